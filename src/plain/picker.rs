//! The list of plans, for a start without a command and without a last
//! plan: a recovery copy is offered first, then the plans by number.

use std::path::PathBuf;

use crate::listing::PlanSummary;
use crate::store::recovery::Found;
use crate::text::{Txt, fill};

/// What the user chose.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    Open(PathBuf),
    Create(String),
    Recover(Box<Found>),
    Quit,
}

pub struct Picker {
    plans: Vec<PlanSummary>,
    recover: Option<Found>,
    /// `nieuw` without a name: the next line is the name.
    naming: bool,
}

/// What a line in the picker did.
pub struct Reply {
    pub lines: Vec<String>,
    pub choice: Option<Choice>,
}

impl Picker {
    pub fn new(plans: Vec<PlanSummary>, recover: Option<Found>) -> Picker {
        Picker {
            plans,
            recover,
            naming: false,
        }
    }

    /// What to say before the next line is read.
    pub fn prompt(&self, tz: &jiff::tz::TimeZone) -> Vec<String> {
        if self.naming {
            return vec![Txt::PlainNewPlanName.get().to_string()];
        }
        if let Some(found) = &self.recover {
            let when = crate::present::format_datetime(found.written, tz);
            return vec![
                fill(Txt::PlainRecoverOffer, &[&found.plan.meta.title, &when]),
                Txt::PlainRecoverHint.get().to_string(),
            ];
        }
        let mut lines = Vec::new();
        if self.plans.is_empty() {
            lines.push(Txt::PlainNoPlansYet.get().to_string());
        } else {
            lines.push(fill(Txt::PlainPlansCount, &[&self.plans.len()]));
        }
        for (i, p) in self.plans.iter().enumerate() {
            lines.push(match &p.status {
                Ok(progress) => fill(
                    Txt::PlainPlanLine,
                    &[&(i + 1), &p.title, &progress.answered, &progress.total],
                ),
                Err(_) => fill(
                    Txt::PlainPlanDamaged,
                    &[&(i + 1), &p.title, &Txt::PickerDamaged.get()],
                ),
            });
        }
        lines.push(Txt::PlainPickerHint.get().to_string());
        lines
    }

    pub fn line(&mut self, text: &str) -> Reply {
        let text = text.trim();
        let say = |t: Txt| Reply {
            lines: vec![t.get().to_string()],
            choice: None,
        };
        let chosen = |choice| Reply {
            lines: Vec::new(),
            choice: Some(choice),
        };
        if self.naming {
            if text.is_empty() {
                return say(Txt::MsgTitleEmpty);
            }
            return chosen(Choice::Create(text.to_string()));
        }
        if let Some(found) = self.recover.take() {
            return match text.to_lowercase().as_str() {
                "j" | "ja" => chosen(Choice::Recover(Box::new(found))),
                "n" | "nee" | "" => Reply {
                    lines: vec![Txt::PlainRecoverLater.get().to_string()],
                    choice: None,
                },
                _ => {
                    self.recover = Some(found);
                    say(Txt::PlainBadConfirm)
                }
            };
        }
        let lower = text.to_lowercase();
        let mut words = lower.splitn(2, ' ');
        match (words.next().unwrap_or_default(), words.next()) {
            ("stoppen" | "stop", None) => chosen(Choice::Quit),
            ("nieuw", None) => {
                self.naming = true;
                Reply {
                    lines: Vec::new(),
                    choice: None,
                }
            }
            // The name as typed, not in lower case.
            ("nieuw", Some(_)) => chosen(Choice::Create(text["nieuw".len()..].trim().to_string())),
            (n, None) if n.parse::<usize>().is_ok() => {
                let plan = n
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| self.plans.get(i));
                match plan.map(|p| (&p.path, &p.status)) {
                    Some((path, Ok(_))) => chosen(Choice::Open(path.clone())),
                    Some((_, Err(why))) => Reply {
                        lines: vec![fill(Txt::PlainDamagedPlan, &[why])],
                        choice: None,
                    },
                    None => Reply {
                        lines: vec![fill(Txt::PlainBadPlanNumber, &[&self.plans.len()])],
                        choice: None,
                    },
                }
            }
            _ => say(Txt::PlainPickerHint),
        }
    }
}

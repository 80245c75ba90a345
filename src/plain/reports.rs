//! What the TUI shows on its panels, said as lines: the help for a
//! question, every command, the overview with the self-scan, the
//! findings with their sources, the form aid, and what the plan asks of
//! the raad. And the advice as it changes: "Nieuw aandachtspunt: …".

use crate::advice::raad::MomentStatus;
use crate::advice::scan::Light;
use crate::advice::{Finding, Severity};
use crate::guide::RaadRole;
use crate::plan::StepStatus;
use crate::present::{capitalise, item_noun, item_title, lower_first, title_field};
use crate::text::{Txt, fill};

use super::effect::Out;
use super::interview::{Interview, key, told};
use super::speak::{plain, step_name};

impl Interview {
    /// `?`: why the question (or field) under the cursor is asked.
    pub fn explain(&self, out: &mut Out) {
        let subject = self.answering().map(|(q, _)| q).or_else(|| self.question());
        let Some(q) = subject else {
            out.txt(Txt::PlainAtTheEnd);
            return;
        };
        out.txt(Txt::HelpPanelTitle);
        out.say(q.help.trim());
        if !q.raad.is_empty() {
            let roles: Vec<&str> = q.raad.iter().map(|r| role_explained(*r)).collect();
            out.fill(Txt::RaadRole, &[&roles.join(", ")]);
        }
        out.txt(Txt::PlainHelpMore);
    }

    /// `hulp`: every command, one per line.
    pub fn help(&self, out: &mut Out) {
        for t in [
            Txt::PlainHelpTitle,
            Txt::PlainHelpExplain,
            Txt::PlainHelpBack,
            Txt::PlainHelpForward,
            Txt::PlainHelpQuestion,
            Txt::PlainHelpStep,
            Txt::PlainHelpClear,
            Txt::PlainHelpOverview,
            Txt::PlainHelpAdvice,
            Txt::PlainHelpForms,
            Txt::PlainHelpRaad,
            Txt::PlainHelpSave,
            Txt::PlainHelpStop,
            Txt::PlainHelpLists,
            Txt::PlainHelpItems,
        ] {
            out.txt(t);
        }
    }

    /// `overzicht`: every step with its status and self-scan light.
    pub fn overview_report(&self, out: &mut Out) {
        out.txt(Txt::OverviewTitle);
        for (i, step) in self.guide.steps.iter().enumerate() {
            let status = self
                .overview
                .steps
                .get(i)
                .map_or(StepStatus::NotStarted, |(_, s)| *s);
            let status = match status {
                StepStatus::NotStarted => Txt::StatusNotStarted,
                StepStatus::InProgress => Txt::StatusInProgress,
                StepStatus::Complete => Txt::StatusComplete,
            };
            let (light, reason) = self
                .advice
                .scan
                .get(i)
                .map_or((Txt::LightAmber, String::new()), |s| {
                    (light_name(s.light), plain(&s.reason))
                });
            out.sentence(
                Txt::PlainOverviewStep,
                &[
                    &i,
                    &step_name(&step.title),
                    &status.get(),
                    &light.get(),
                    &reason,
                ],
            );
        }
        let total = self.overview.total;
        out.fill(Txt::PlainProgress, &[&total.answered, &total.total]);
    }

    /// `advies`: every finding, with why, its source and what to do.
    pub fn advice_report(&self, out: &mut Out) {
        let findings = &self.advice.findings;
        if findings.is_empty() {
            out.txt(Txt::FindingsNone);
            return;
        }
        out.fill(Txt::PlainFindingsCount, &[&findings.len()]);
        for (i, f) in findings.iter().enumerate() {
            out.sentence(
                Txt::PlainFindingHead,
                &[
                    &(i + 1),
                    &findings.len(),
                    &f.step,
                    &severity(f),
                    &f.message.trim(),
                ],
            );
            if let Some(about) = self.about_item(f) {
                out.say(about);
            }
            for (head, text) in [
                (Txt::FindingWhy, &f.why),
                (Txt::FindingSource, &f.source),
                (Txt::FindingAction, &f.action),
            ] {
                if !text.trim().is_empty() {
                    out.say(format!("{}: {}", head.get(), text.trim()));
                }
            }
        }
    }

    /// "Bij taak Warmtenet aanleggen." for a finding about one item.
    fn about_item(&self, f: &Finding) -> Option<String> {
        let item = f.item.as_deref()?;
        let list = match &self.guide.question(&f.question)?.question.kind {
            crate::guide::Kind::PerItem { list, .. } => list.clone(),
            _ => f.question.clone(),
        };
        let found = self.plan.item(&list, item)?;
        let name = item_title(found, title_field(&self.guide, &list));
        Some(fill(
            Txt::PlainFindingAbout,
            &[&item_noun(&self.guide, &list), &name],
        ))
    }

    /// `vorm`: the forms ranked for this plan; `vorm N`: one form in full.
    pub fn forms_report(&self, which: Option<usize>, out: &mut Out) {
        let aid = &self.advice.forms;
        let Some(n) = which else {
            out.txt(Txt::FormsTitle);
            out.say(aid.disclaimer.trim());
            out.say(aid.basis.trim());
            for (i, f) in aid.forms.iter().enumerate() {
                let chosen = if f.chosen {
                    format!(", {}", Txt::FormsChosen.get())
                } else {
                    String::new()
                };
                out.fill(
                    Txt::PlainFormLine,
                    &[
                        &(i + 1),
                        &f.name,
                        &f.reasons_for.len(),
                        &f.reasons_against.len(),
                        &chosen,
                    ],
                );
            }
            out.fill(Txt::PlainFormsHint, &[&aid.forms.len()]);
            return;
        };
        let Some(f) = n.checked_sub(1).and_then(|i| aid.forms.get(i)) else {
            out.refuse(fill(Txt::PlainBadForm, &[&aid.forms.len()]));
            return;
        };
        let heading = if f.chosen {
            format!("{}, {}.", f.name, Txt::FormsChosen.get())
        } else {
            format!("{}.", f.name)
        };
        out.say(heading);
        out.say(f.summary.trim());
        if f.reasons_for.is_empty() && f.reasons_against.is_empty() {
            out.txt(Txt::FormsNothing);
        }
        let doubt = &aid.uncertain_label;
        let reasons = |out: &mut Out, head: Txt, list: &[crate::advice::forms::Reason]| {
            if list.is_empty() {
                return;
            }
            out.say(format!("{}:", head.get()));
            for r in list {
                if r.uncertain {
                    out.say(format!("{} ({doubt})", r.text.trim()));
                } else {
                    out.say(r.text.trim());
                }
            }
        };
        reasons(out, Txt::FormsFor, &f.reasons_for);
        reasons(out, Txt::FormsAgainst, &f.reasons_against);
        if !f.raad_instruments.is_empty() {
            out.say(format!("{}:", Txt::FormsInstruments.get()));
            for i in &f.raad_instruments {
                out.say(i.trim());
            }
        }
        reasons(out, Txt::FormsGeneralFor, &f.considerations_for);
        reasons(out, Txt::FormsGeneralAgainst, &f.considerations_against);
        if !f.properties.is_empty() {
            out.say(format!("{}:", Txt::FormsProperties.get()));
            for p in &f.properties {
                let doubt = if p.uncertain {
                    format!(" ({doubt})")
                } else {
                    String::new()
                };
                out.say(format!("{}: {}{doubt}.", p.label, p.value));
            }
        }
    }

    /// `raad`: the raad's decisions and moments, and the roles.
    pub fn raad_report(&self, out: &mut Out) {
        out.txt(Txt::RaadTitle);
        for m in &self.advice.raad {
            let status = match m.status {
                MomentStatus::Planned => Txt::RaadPlanned,
                MomentStatus::Described => Txt::RaadDescribed,
                MomentStatus::NotPlanned => Txt::RaadNotPlanned,
                MomentStatus::Unknown => Txt::RaadUnknown,
                MomentStatus::Applies => Txt::RaadApplies,
            };
            out.sentence(Txt::PlainRaadMoment, &[&m.title.trim(), &status.get()]);
            if !m.detail.trim().is_empty() {
                out.say(m.detail.trim());
            }
        }
        let roles: Vec<String> = self
            .advice
            .roles
            .iter()
            .map(|r| {
                fill(
                    Txt::PlainRoleCount,
                    &[&role_name(r.role), &r.questions.len()],
                )
            })
            .collect();
        out.fill(Txt::RaadRoles, &[&roles.join(", ")]);
        out.txt(Txt::RaadRolesExplained);
    }

    /// Tell the user which findings are new since the last time, and
    /// which went away. Called after every line.
    pub fn announce_advice(&mut self, out: &mut Out) {
        let now = told(&self.advice.findings);
        let mut said = false;
        for f in &self.advice.findings {
            if !self.told.contains_key(&key(f)) {
                out.sentence(Txt::PlainNewFinding, &[&severity(f), &f.message.trim()]);
                said = true;
            }
        }
        for (gone, message) in &self.told {
            if !now.contains_key(gone) {
                out.sentence(Txt::PlainFindingGone, &[message]);
            }
        }
        if said {
            out.txt(Txt::PlainFindingsMore);
        }
        self.told = now;
    }

    /// The first words about the plan: its title, how far it is, and how
    /// many findings there are.
    #[must_use]
    pub fn opening(&self, created: bool) -> Vec<String> {
        let mut out = Out::default();
        out.txt(Txt::PlainWelcome);
        if created {
            out.sentence(Txt::PlainCreated, &[&self.plan.meta.title]);
            if !self.guide.intro.trim().is_empty() {
                out.say(self.guide.intro.trim());
            }
        } else {
            out.sentence(Txt::PlainOpened, &[&self.plan.meta.title]);
            let total = self.overview.total;
            out.fill(Txt::PlainProgress, &[&total.answered, &total.total]);
            match self.advice.findings.len() {
                0 => {}
                1 => out.txt(Txt::PlainOneFindingAtStart),
                n => out.fill(Txt::PlainFindingsAtStart, &[&n]),
            }
        }
        out.lines
    }
}

fn severity(f: &Finding) -> String {
    lower_first(match f.severity {
        Severity::Warning => Txt::FindingWarning.get(),
        Severity::Hint => Txt::FindingHint.get(),
    })
}

fn light_name(l: Light) -> Txt {
    match l {
        Light::Green => Txt::LightGreen,
        Light::Amber => Txt::LightAmber,
        Light::Red => Txt::LightRed,
    }
}

fn role_name(role: RaadRole) -> String {
    capitalise(match role {
        RaadRole::Kaderstellend => Txt::RoleKaderstellend.get(),
        RaadRole::Controlerend => Txt::RoleControlerend.get(),
        RaadRole::Volksvertegenwoordigend => Txt::RoleVolksvertegenwoordigend.get(),
    })
}

fn role_explained(role: RaadRole) -> &'static str {
    match role {
        RaadRole::Kaderstellend => Txt::RoleKaderstellendExplained.get(),
        RaadRole::Controlerend => Txt::RoleControlerendExplained.get(),
        RaadRole::Volksvertegenwoordigend => Txt::RoleVolksvertegenwoordigendExplained.get(),
    }
}

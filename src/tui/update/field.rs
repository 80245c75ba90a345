//! Answering one question: opening an editor on the current answer,
//! feeding it keys and pastes, and writing the result into the plan.
//!
//! Text answers are written into the plan on every keystroke, so leaving an
//! editor (Esc, Tab, a step change, even a crash with autosave) never loses
//! what was typed.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::answer::{parse_date, parse_number, single_answer, toggled};
use crate::guide::{Guide, Kind, Question};
use crate::plan::{Answer, Plan, Slot};
use crate::present::format_date;
use crate::tui::state::{FieldEditor, Input, PickOption, selected_ids};

use super::typing::{edit_text, text_area};

/// What the editor wants after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Keep editing; `changed` when the plan changed.
    Stay { changed: bool },
    /// The answer is complete; close the editor.
    Done { changed: bool },
    /// The input cannot be kept as it is; tell the user why and stay.
    Refused(String),
}

/// An editor for `q` at `slot`, or `None` for lists (they open a list view).
pub fn open(guide: &Guide, plan: &Plan, q: &Question, slot: Slot) -> Option<FieldEditor> {
    let current = plan.get(&slot);
    let pick = |multi: bool| {
        let options = pick_options(guide, plan, q);
        let cursor = current_index(&options, current).unwrap_or(0);
        Input::Pick {
            options,
            cursor,
            multi,
        }
    };
    let text = |multiline: bool| Input::Text {
        area: text_area(
            current.and_then(Answer::as_text).unwrap_or_default(),
            multiline,
        ),
        multiline,
    };
    let input = match &q.kind {
        Kind::ShortText => text(false),
        Kind::LongText => text(true),
        Kind::Number { min, max, .. } => {
            let text = match current {
                Some(Answer::Number(n)) => n.to_string(),
                _ => String::new(),
            };
            Input::Number {
                area: text_area(&text, false),
                min: *min,
                max: *max,
                invalid: false,
            }
        }
        Kind::Date => {
            let text = match current {
                Some(Answer::Date(d)) => format_date(*d),
                _ => String::new(),
            };
            Input::Date {
                area: text_area(&text, false),
                invalid: false,
            }
        }
        Kind::Choice(_) | Kind::Scale { .. } | Kind::YesNo => pick(false),
        Kind::Multi(_) | Kind::Refs { .. } => pick(true),
        Kind::List { .. } | Kind::PerItem { .. } => return None,
    };
    Some(FieldEditor { slot, input })
}

pub use crate::answer::pick_options;

fn current_index(options: &[PickOption], answer: Option<&Answer>) -> Option<usize> {
    let first = selected_ids(answer).into_iter().next()?;
    options.iter().position(|o| o.id == first)
}

impl FieldEditor {
    /// Handle a key the keymap did not claim (typing, cursor keys, and
    /// Enter/Space in pickers). `kind` is the question's kind.
    pub fn key(&mut self, kind: &Kind, plan: &mut Plan, key: &KeyEvent) -> Outcome {
        match &mut self.input {
            Input::Pick {
                options, cursor, ..
            } => {
                let digit = match key.code {
                    KeyCode::Char(c) => c.to_digit(10).map(|d| d as usize),
                    _ => None,
                };
                if let Some(d) = digit.filter(|d| (1..=options.len()).contains(d)) {
                    *cursor = d - 1;
                    return self.choose(kind, plan);
                }
                Outcome::Stay { changed: false }
            }
            Input::Text { area, multiline } => {
                if key.code == KeyCode::Enter && !*multiline {
                    return Outcome::Done { changed: false };
                }
                let changed = edit_text(area, key, *multiline);
                self.write_text(plan, changed)
            }
            Input::Number { .. } | Input::Date { .. } => {
                if key.code == KeyCode::Enter {
                    return self.finish();
                }
                let allowed = match (&self.input, key.code) {
                    (Input::Number { .. }, KeyCode::Char(c)) => c.is_ascii_digit() || c == '-',
                    (Input::Date { .. }, KeyCode::Char(c)) => {
                        c.is_ascii_digit() || "-/.".contains(c)
                    }
                    _ => true,
                };
                let changed = allowed
                    && match &mut self.input {
                        Input::Number { area, .. } | Input::Date { area, .. } => {
                            edit_text(area, key, false)
                        }
                        Input::Text { .. } | Input::Pick { .. } => false,
                    };
                self.write_text(plan, changed)
            }
        }
    }

    /// Insert pasted text. One-line fields get the lines joined by spaces.
    pub fn paste(&mut self, plan: &mut Plan, text: &str) -> Outcome {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let changed = match &mut self.input {
            Input::Text {
                area,
                multiline: true,
            } => area.insert_str(&text),
            Input::Text {
                area,
                multiline: false,
            } => area.insert_str(text.split('\n').collect::<Vec<_>>().join(" ")),
            Input::Number { area, .. } | Input::Date { area, .. } => {
                area.insert_str(text.split_whitespace().collect::<String>())
            }
            Input::Pick { .. } => false,
        };
        self.write_text(plan, changed)
    }

    /// The text input back to `answer` (an undo, or a number that did not
    /// parse taken back), the cursor at its end.
    pub fn reset_to(&mut self, answer: Option<&Answer>) {
        match &mut self.input {
            Input::Text { area, multiline } => {
                let text = answer.and_then(Answer::as_text).unwrap_or_default();
                *area = text_area(text, *multiline);
            }
            Input::Number { area, invalid, .. } => {
                let text = match answer {
                    Some(Answer::Number(n)) => n.to_string(),
                    _ => String::new(),
                };
                *area = text_area(&text, false);
                *invalid = false;
            }
            Input::Date { area, invalid } => {
                let text = match answer {
                    Some(Answer::Date(d)) => format_date(*d),
                    _ => String::new(),
                };
                *area = text_area(&text, false);
                *invalid = false;
            }
            Input::Pick { .. } => {}
        }
    }

    /// Copy the text into the plan (when it parses) after a change.
    fn write_text(&mut self, plan: &mut Plan, changed: bool) -> Outcome {
        if !changed {
            return Outcome::Stay { changed: false };
        }
        let slot = self.slot.clone();
        match &mut self.input {
            Input::Text { area, .. } => {
                let text = area.lines().join("\n");
                plan.set(&slot, Some(Answer::Text(text)));
            }
            Input::Number {
                area,
                min,
                max,
                invalid,
            } => {
                let text = area.lines().join("").trim().to_string();
                match parse_number(&text, *min, *max) {
                    Some(value) => {
                        *invalid = false;
                        plan.set(&slot, value);
                    }
                    None => *invalid = true,
                }
            }
            Input::Date { area, invalid } => {
                let text = area.lines().join("").trim().to_string();
                if text.is_empty() {
                    *invalid = false;
                    plan.set(&slot, None);
                } else if let Some(d) = parse_date(&text) {
                    *invalid = false;
                    plan.set(&slot, Some(Answer::Date(d)));
                } else {
                    *invalid = true;
                }
            }
            Input::Pick { .. } => {}
        }
        Outcome::Stay { changed: true }
    }

    /// Can the editor close? Text that does not parse as a number or date
    /// keeps it open, so what was typed is not silently dropped.
    pub fn finish(&self) -> Outcome {
        match self.problem() {
            Some(why) => Outcome::Refused(why),
            None => Outcome::Done { changed: false },
        }
    }

    /// Enter or Space in a picker: choose the option under the cursor
    /// (single choice, closes) or toggle it (multiple choice, stays).
    pub fn choose(&mut self, kind: &Kind, plan: &mut Plan) -> Outcome {
        let Input::Pick {
            options,
            cursor,
            multi,
        } = &self.input
        else {
            return Outcome::Stay { changed: false };
        };
        let Some(option) = options.get(*cursor) else {
            return Outcome::Done { changed: false };
        };
        if *multi {
            let answer = toggled(kind, options, plan.get(&self.slot), &option.id);
            plan.set(&self.slot, Some(answer));
            Outcome::Stay { changed: true }
        } else {
            let answer = single_answer(kind, &option.id);
            plan.set(&self.slot, answer);
            Outcome::Done { changed: true }
        }
    }

    /// Move the picker cursor.
    pub fn move_cursor(&mut self, delta: isize) {
        if let Input::Pick {
            options, cursor, ..
        } = &mut self.input
        {
            let last = options.len().saturating_sub(1);
            *cursor = cursor.saturating_add_signed(delta).min(last);
        }
    }

    /// Clear a chosen answer.
    pub fn clear(&mut self, plan: &mut Plan) -> Outcome {
        let had = plan.get(&self.slot).is_some();
        plan.set(&self.slot, None);
        Outcome::Stay { changed: had }
    }
}

//! One line of input: a command, or the answer to what is being asked.

use crate::answer::pick_options;
use crate::guide::Kind;
use crate::plan::{Answer, Slot};
use crate::present::{capitalise, item_noun, title_field};
use crate::text::{Txt, fill};

use super::command::{Command, Place, parse};
use super::effect::{Out, Then};
use super::interview::{InList, Interview};
use super::read::{Reading, read};
use super::speak::{sentence, spoken_answer};

impl Interview {
    /// Handle one line the user typed (without its line ending).
    pub fn line(&mut self, raw: &str) -> Out {
        let mut out = Out::default();
        if self.stopped.is_some() {
            return out;
        }
        self.lines_read += 1;
        // An answers file may explain itself: "# Stap 1: de taken".
        if self.scripted && raw.trim_start().starts_with('#') {
            return out;
        }
        let (text, dropped) = clean(raw);
        if dropped {
            out.txt(Txt::PlainControlsDropped);
        }
        if self.typing.is_some() {
            self.more_text(&text, &mut out);
        } else {
            match parse(&text, self.place()) {
                Some(command) => self.command(command, &mut out),
                None => self.answer(&text, &mut out),
            }
        }
        if out.refused && self.scripted && self.stopped.is_none() {
            self.stop_after_refusal(self.lines_read, &mut out);
        }
        self.announce_advice(&mut out);
        out
    }

    /// A line longer than `limit` bytes arrived; it was not kept. Like any
    /// line that cannot be used, it is refused (and stops a script).
    pub fn too_long(&mut self, limit: usize) -> Out {
        let mut out = Out::default();
        if self.stopped.is_some() {
            return out;
        }
        self.lines_read += 1;
        out.refuse(fill(Txt::PlainLineTooLong, &[&limit]));
        if self.scripted {
            self.stop_after_refusal(self.lines_read, &mut out);
        }
        out
    }

    fn place(&self) -> Place {
        match &self.at.list {
            None => Place::Answer,
            Some(InList::Item { .. }) => Place::Item,
            Some(InList::Menu) => Place::Menu,
            Some(InList::ConfirmRemove { .. }) => Place::Confirm,
        }
    }

    fn command(&mut self, command: Command, out: &mut Out) {
        out.ask = true;
        match command {
            Command::Explain => self.explain(out),
            Command::Help => self.help(out),
            Command::Back => self.backward(out),
            Command::Forward => self.forward_or_leave(false, out),
            Command::Done => self.forward_or_leave(true, out),
            Command::Step(Some(n)) if n < self.guide.steps.len() => self.go_to_step(n, out),
            Command::Step(_) => out.refuse(fill(Txt::PlainBadStep, &[&self.last_step()])),
            Command::Question(n) => self.go_to_question(n.unwrap_or(0), out),
            Command::Clear => self.clear(out),
            Command::Overview => self.overview_report(out),
            Command::Advice => self.advice_report(out),
            Command::Forms(which) => self.forms_report(which, out),
            Command::Raad => self.raad_report(out),
            Command::Save => self.request_save(Then::Confirm, out),
            Command::Stop => self.stop(out),
            Command::Add => self.add_item(out),
            Command::Open(n) => self.open_numbered(n, out),
            Command::Remove(Some(n)) => self.ask_remove(n, out),
            Command::Remove(None) => out.refuse(Txt::PlainBadMenu.get()),
        }
    }

    /// `verder` goes on; `klaar` (`leave`) leaves an item, or the list.
    fn forward_or_leave(&mut self, leave: bool, out: &mut Out) {
        match &self.at.list {
            Some(InList::Item { .. }) if leave => self.leave_item(out),
            Some(InList::ConfirmRemove { .. }) => self.at.list = Some(InList::Menu),
            Some(InList::Menu) => {
                self.at.list = None;
                self.forward(out);
            }
            Some(InList::Item { .. }) | None => self.forward(out),
        }
    }

    fn clear(&mut self, out: &mut Out) {
        let Some((_, slot)) = self.answering() else {
            out.refuse(Txt::PlainNothingToClear.get());
            return;
        };
        if self.plan.get(&slot).is_some() {
            self.plan.set(&slot, None);
            self.changed();
        }
        out.txt(Txt::PlainCleared);
    }

    /// A line that is not a command: an answer, a menu choice, or j/n.
    fn answer(&mut self, text: &str, out: &mut Out) {
        out.ask = true;
        match self.at.list.clone() {
            Some(InList::Menu) => {
                if text.trim().is_empty() {
                    self.at.list = None;
                    self.forward(out);
                } else {
                    out.refuse(self.menu_refusal());
                }
                return;
            }
            Some(InList::ConfirmRemove { item }) => {
                self.confirm_remove(&item, text, out);
                return;
            }
            Some(InList::Item { .. }) | None => {}
        }
        let Some((q, slot)) = self.answering() else {
            // After the last question: only commands do something.
            if text.trim().is_empty() {
                return;
            }
            out.refuse(Txt::PlainAtTheEnd.get());
            return;
        };
        let kind = q.kind.clone();
        let options = pick_options(&self.guide, &self.plan, q);
        match read(&kind, &options, text) {
            Ok(Reading::Keep) => self.forward(out),
            Ok(Reading::Set(answer)) => {
                self.set(&slot, answer, out);
                self.forward(out);
            }
            Ok(Reading::StartText(first)) => {
                self.plan.set(&slot, Some(Answer::Text(first.clone())));
                self.changed();
                self.typing = Some(vec![first]);
                out.txt(Txt::PlainMoreLines);
                out.ask = false;
            }
            Err(why) => out.refuse(why),
        }
    }

    fn set(&mut self, slot: &Slot, answer: Answer, out: &mut Out) {
        let said = self
            .answering()
            .and_then(|(q, _)| spoken_answer(&self.guide, &self.plan, q, Some(&answer)));
        let confirm = match &answer {
            Answer::Text(_) => Txt::PlainNoted.get().to_string(),
            Answer::Number(_) | Answer::Date(_) => {
                sentence(&fill(Txt::PlainNotedValue, &[&said.unwrap_or_default()]))
            }
            _ => sentence(&fill(Txt::PlainChosen, &[&said.unwrap_or_default()])),
        };
        if self.plan.get(slot) != Some(&answer) {
            self.plan.set(slot, Some(answer));
            self.changed();
        }
        out.say(confirm);
    }

    /// The next line of a long text; a line with only a dot ends it.
    fn more_text(&mut self, text: &str, out: &mut Out) {
        let Some(lines) = self.typing.as_mut() else {
            return;
        };
        if text.trim() == "." {
            self.typing = None;
            out.txt(Txt::PlainNoted);
            self.forward(out);
            return;
        }
        lines.push(text.trim_end().to_string());
        let whole = lines.join("\n");
        if let Some((_, slot)) = self.answering() {
            self.plan.set(&slot, Some(Answer::Text(whole)));
            self.changed();
        }
    }

    /// `nieuw` in a list's menu: a new item, asked from its first field.
    fn add_item(&mut self, out: &mut Out) {
        let Some(q) = self.question() else {
            return;
        };
        if !matches!(q.kind, Kind::List { .. }) {
            out.refuse(Txt::PlainNoAddHere.get());
            return;
        }
        let question = q.id.clone();
        let noun = item_noun(&self.guide, &question);
        let item = self.plan.add_item(&question);
        self.changed();
        out.fill(Txt::PlainNewItem, &[&capitalise(&noun)]);
        self.open_item(item);
    }

    /// A number in a list's menu: the questions of that item.
    fn open_numbered(&mut self, n: usize, out: &mut Out) {
        match self.numbered_item(n) {
            Ok(item) => self.open_item(item),
            Err(why) => out.refuse(why),
        }
    }

    fn numbered_item(&self, n: usize) -> Result<String, String> {
        let q = self.question().ok_or_else(String::new)?;
        let items = self.items(q);
        let noun = item_noun(&self.guide, &q.id);
        n.checked_sub(1)
            .and_then(|i| items.get(i))
            .map(|i| i.id.clone())
            .ok_or_else(|| match items.len() {
                0 => Txt::PlainListEmpty.get().to_string(),
                count => fill(Txt::PlainBadItemNumber, &[&noun, &n, &count]),
            })
    }

    /// `verwijder N`: asks first.
    fn ask_remove(&mut self, n: usize, out: &mut Out) {
        let own = self
            .question()
            .is_some_and(|q| matches!(q.kind, Kind::List { .. }));
        if !own {
            out.refuse(Txt::PlainNoRemoveHere.get());
            return;
        }
        match self.numbered_item(n) {
            Ok(item) => self.at.list = Some(InList::ConfirmRemove { item }),
            Err(why) => out.refuse(why),
        }
    }

    fn confirm_remove(&mut self, item: &str, text: &str, out: &mut Out) {
        let Some(q) = self.question() else {
            return;
        };
        let question = q.id.clone();
        let noun = capitalise(&item_noun(&self.guide, &question));
        match text.trim().to_lowercase().as_str() {
            "j" | "ja" => {
                self.plan.remove_item(&question, item);
                self.changed();
                out.fill(Txt::ItemRemoved, &[&noun]);
            }
            "n" | "nee" => out.txt(Txt::PlainNotRemoved),
            _ => {
                out.refuse(Txt::PlainBadConfirm.get());
                return;
            }
        }
        self.at.list = Some(InList::Menu);
    }

    fn menu_refusal(&self) -> String {
        let Some(q) = self.question() else {
            return String::new();
        };
        let noun = item_noun(&self.guide, &q.id);
        match &q.kind {
            Kind::PerItem { .. } => fill(Txt::PlainBadPerItemMenu, &[&noun]),
            _ => fill(Txt::PlainBadMenu, &[&noun]),
        }
    }

    /// The name of item `item`, or "(zonder naam)".
    #[must_use]
    pub fn item_label(&self, item: &str) -> String {
        match self.item_name(item) {
            name if name.is_empty() => Txt::Unnamed.get().to_string(),
            name => name,
        }
    }

    /// The name of item `item` of the list question under the cursor;
    /// empty while it has none.
    pub fn item_name(&self, item: &str) -> String {
        let Some(q) = self.question() else {
            return String::new();
        };
        let list = match &q.kind {
            Kind::PerItem { list, .. } => list.as_str(),
            _ => q.id.as_str(),
        };
        self.plan
            .item(list, item)
            .and_then(|i| i.fields.get(title_field(&self.guide, list)))
            .and_then(Answer::as_text)
            .and_then(|t| t.lines().next())
            .map(|t| t.trim().to_string())
            .unwrap_or_default()
    }
}

/// A line as typed, without control characters: an arrow key in a line
/// (ESC [ A, shown by the terminal as ^[[A) does nothing here, and tabs
/// become spaces. True when something was dropped.
fn clean(raw: &str) -> (String, bool) {
    let mut out = String::with_capacity(raw.len());
    let mut dropped = false;
    let mut chars = raw.trim_end_matches(['\r', '\n']).chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push(' '),
            '\u{1b}' => {
                dropped = true;
                // A CSI or SS3 sequence: up to and including its final byte.
                match chars.peek() {
                    Some('[') => {
                        chars.next();
                        for c in chars.by_ref() {
                            if ('\u{40}'..='\u{7e}').contains(&c) {
                                break;
                            }
                        }
                    }
                    Some('O') => {
                        chars.next();
                        chars.next();
                    }
                    _ => {}
                }
            }
            c if c.is_control() => dropped = true,
            c => out.push(c),
        }
    }
    (out, dropped)
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn arrow_keys_and_controls_are_dropped_from_a_line() {
        assert_eq!(clean("ab\u{1b}[Ac\r"), ("abc".to_string(), true));
        assert_eq!(clean("\u{1b}OPx\u{7}y"), ("xy".to_string(), true));
        assert_eq!(clean("een\ttwee"), ("een twee".to_string(), false));
        assert_eq!(clean("Zoë — één"), ("Zoë — één".to_string(), false));
    }
}

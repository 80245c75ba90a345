//! The one keymap: which key does what where. It drives input handling,
//! the key bar and the help overlay, so the three can never disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::text::Txt;

/// Where the user is; decides which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Applies everywhere, below the others.
    Global,
    Picker,
    /// Typing a plan name in a dialog.
    NameDialog,
    /// "Are you sure?" dialogs.
    Confirm,
    /// Moving between the questions of a step.
    Form,
    /// Typing in a text, number or date field.
    EditText,
    /// Choosing one option (choice, scale, yes/no).
    PickOne,
    /// Choosing several options (multiple choice, references).
    PickMany,
    /// Inside a list of items.
    List,
    /// Inside a list whose items come from an earlier step (no add/remove).
    PerItemList,
    /// The questions of one list item.
    Record,
    /// The help overlay.
    Help,
    /// The list of earlier versions of a plan.
    Versions,
    /// The offer to put back a recovery copy.
    Recover,
    /// A screen beside the questions (findings, form aid, raad, overview).
    Panel,
    /// The details of the form aid, scrolling.
    PanelDetails,
    /// Choosing what to export.
    Export,
}

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NextField,
    PrevField,
    Up,
    Down,
    Enter,
    Back,
    NextStep,
    PrevStep,
    Help,
    Save,
    Quit,
    OpenPicker,
    Add,
    Remove,
    MoveUp,
    MoveDown,
    Toggle,
    Clear,
    Undo,
    Redo,
    NewPlan,
    Rename,
    Delete,
    Yes,
    No,
    ShowVersions,
    SaveAs,
    Discard,
    ShowFindings,
    ShowForms,
    ShowRaad,
    ShowOverview,
    ShowExport,
    ScrollUp,
    ScrollDown,
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::ALT,
    }
}

const fn shift(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::SHIFT,
    }
}

impl Key {
    /// Does a pressed key match this binding? Shift is ignored for
    /// characters (terminals differ in reporting it) and for Shift-Tab.
    pub fn matches(self, ev: &KeyEvent) -> bool {
        match (self.code, ev.code) {
            (KeyCode::BackTab, KeyCode::BackTab) => true,
            (KeyCode::Char(a), KeyCode::Char(b)) => {
                a.eq_ignore_ascii_case(&b) && ev.modifiers - KeyModifiers::SHIFT == self.mods
            }
            (a, b) => a == b && ev.modifiers == self.mods,
        }
    }
}

/// How a key is written in the key bar and the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyName {
    Fixed(&'static str),
    Text(Txt),
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub name: KeyName,
    pub action: Action,
    pub label: Txt,
    /// Shown in the key bar (everything is shown in the help overlay).
    pub in_bar: bool,
}

const fn bind(
    context: Context,
    keys: &'static [Key],
    name: &'static str,
    action: Action,
    label: Txt,
    in_bar: bool,
) -> Binding {
    Binding {
        context,
        keys,
        name: KeyName::Fixed(name),
        action,
        label,
        in_bar,
    }
}

use Context as C;
use KeyCode as K;

/// Every binding, in the order the key bar shows them.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    // Picker
    bind(C::Picker, &[key(K::Up), key(K::Down)], "↑/↓", Action::Down, Txt::KeyMove, true),
    bind(C::Picker, &[key(K::Enter)], "Enter", Action::Enter, Txt::KeyOpen, true),
    bind(C::Picker, &[key(K::Char('n')), key(K::Insert)], "n", Action::NewPlan, Txt::KeyNewPlan, true),
    bind(C::Picker, &[key(K::Char('r')), key(K::F(2))], "r", Action::Rename, Txt::KeyRename, true),
    bind(C::Picker, &[key(K::Delete)], "Del", Action::Delete, Txt::KeyDelete, true),
    bind(C::Picker, &[key(K::Char('v'))], "v", Action::ShowVersions, Txt::KeyVersions, true),
    bind(C::Versions, &[key(K::Up), key(K::Down)], "↑/↓", Action::Down, Txt::KeyMove, true),
    bind(C::Versions, &[key(K::Enter)], "Enter", Action::Enter, Txt::KeyRestore, true),
    bind(C::Versions, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyBack, true),
    bind(C::Recover, &[key(K::Enter)], "Enter", Action::Enter, Txt::KeyRestore, true),
    bind(C::Recover, &[key(K::Delete)], "Del", Action::Discard, Txt::KeyDiscard, true),
    bind(C::Recover, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyLater, true),
    // Dialogs
    bind(C::NameDialog, &[key(K::Enter)], "Enter", Action::Enter, Txt::KeyDone, true),
    bind(C::NameDialog, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyBack, true),
    bind(C::Confirm, &[key(K::Enter), key(K::Char('j')), key(K::Char('y'))], "Enter/j", Action::Yes, Txt::KeyYes, true),
    bind(C::Confirm, &[key(K::Esc), key(K::Char('n'))], "Esc/n", Action::No, Txt::KeyNo, true),
    // Form
    bind(C::Form, &[key(K::Tab), key(K::Down)], "Tab/↓", Action::NextField, Txt::KeyNextField, true),
    bind(C::Form, &[key(K::BackTab), key(K::Up)], "Shift-Tab/↑", Action::PrevField, Txt::KeyPrevField, false),
    bind(C::Form, &[key(K::Enter)], "Enter", Action::Enter, Txt::KeyEdit, true),
    bind(C::Form, &[ctrl('o')], "Ctrl-O", Action::OpenPicker, Txt::KeyPlans, false),
    // Text fields
    bind(C::EditText, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyDone, true),
    bind(C::EditText, &[key(K::Tab)], "Tab", Action::NextField, Txt::KeyNextField, true),
    bind(C::EditText, &[key(K::BackTab)], "Shift-Tab", Action::PrevField, Txt::KeyPrevField, false),
    bind(C::EditText, &[ctrl('z')], "Ctrl-Z", Action::Undo, Txt::KeyUndo, true),
    bind(C::EditText, &[ctrl('y')], "Ctrl-Y", Action::Redo, Txt::KeyRedo, false),
    // Choosing one option
    bind(C::PickOne, &[key(K::Up), key(K::Down)], "↑/↓", Action::Down, Txt::KeyMove, true),
    bind(C::PickOne, &[key(K::Enter), key(K::Char(' '))], "Enter", Action::Enter, Txt::KeyChoose, true),
    bind(C::PickOne, &[key(K::Delete), key(K::Backspace)], "Del", Action::Clear, Txt::KeyClear, true),
    bind(C::PickOne, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyBack, true),
    bind(C::PickOne, &[key(K::Tab)], "Tab", Action::NextField, Txt::KeyNextField, false),
    bind(C::PickOne, &[key(K::BackTab)], "Shift-Tab", Action::PrevField, Txt::KeyPrevField, false),
    // Choosing several options
    bind(C::PickMany, &[key(K::Up), key(K::Down)], "↑/↓", Action::Down, Txt::KeyMove, true),
    Binding {
        context: C::PickMany,
        keys: &[key(K::Char(' '))],
        name: KeyName::Text(Txt::KeySpaceName),
        action: Action::Toggle,
        label: Txt::KeyToggle,
        in_bar: true,
    },
    bind(C::PickMany, &[key(K::Enter), key(K::Esc)], "Enter/Esc", Action::Back, Txt::KeyDone, true),
    bind(C::PickMany, &[key(K::Delete), key(K::Backspace)], "Del", Action::Clear, Txt::KeyClearAll, true),
    bind(C::PickMany, &[key(K::Tab)], "Tab", Action::NextField, Txt::KeyNextField, false),
    bind(C::PickMany, &[key(K::BackTab)], "Shift-Tab", Action::PrevField, Txt::KeyPrevField, false),
    // Lists
    bind(C::List, &[key(K::Up), key(K::Down)], "↑/↓", Action::Down, Txt::KeyMove, true),
    bind(C::List, &[key(K::Enter)], "Enter", Action::Enter, Txt::KeyOpen, true),
    bind(C::List, &[key(K::Char('n')), key(K::Insert)], "n", Action::Add, Txt::KeyAdd, true),
    bind(C::List, &[key(K::Delete)], "Del", Action::Remove, Txt::KeyRemove, true),
    bind(C::List, &[alt(K::Up), alt(K::Down), shift(K::Up), shift(K::Down)], "Alt-↑/↓", Action::MoveDown, Txt::KeyReorder, true),
    bind(C::List, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyBack, true),
    bind(C::List, &[key(K::Tab)], "Tab", Action::NextField, Txt::KeyNextField, false),
    bind(C::List, &[key(K::BackTab)], "Shift-Tab", Action::PrevField, Txt::KeyPrevField, false),
    bind(C::PerItemList, &[key(K::Up), key(K::Down)], "↑/↓", Action::Down, Txt::KeyMove, true),
    bind(C::PerItemList, &[key(K::Enter)], "Enter", Action::Enter, Txt::KeyOpen, true),
    bind(C::PerItemList, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyBack, true),
    bind(C::PerItemList, &[key(K::Tab)], "Tab", Action::NextField, Txt::KeyNextField, false),
    bind(C::PerItemList, &[key(K::BackTab)], "Shift-Tab", Action::PrevField, Txt::KeyPrevField, false),
    // One item
    bind(C::Record, &[key(K::Tab), key(K::Down)], "Tab/↓", Action::NextField, Txt::KeyNextField, true),
    bind(C::Record, &[key(K::BackTab), key(K::Up)], "Shift-Tab/↑", Action::PrevField, Txt::KeyPrevField, false),
    bind(C::Record, &[key(K::Enter)], "Enter", Action::Enter, Txt::KeyEdit, true),
    bind(C::Record, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyBack, true),
    // Help overlay
    bind(C::Help, &[key(K::Up), key(K::Down)], "↑/↓", Action::ScrollDown, Txt::KeyScroll, true),
    bind(C::Help, &[key(K::Esc), key(K::F(1))], "Esc/F1", Action::Back, Txt::KeyBack, true),
    // Screens beside the questions
    bind(C::Panel, &[key(K::Up), key(K::Down)], "↑/↓", Action::Down, Txt::KeyMove, true),
    bind(C::Panel, &[key(K::Enter)], "Enter", Action::Enter, Txt::KeyGoTo, true),
    bind(C::Panel, &[key(K::Tab)], "Tab", Action::NextField, Txt::KeyDetails, false),
    bind(C::Panel, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyQuestions, true),
    bind(C::PanelDetails, &[key(K::Up), key(K::Down)], "↑/↓", Action::ScrollDown, Txt::KeyScroll, true),
    bind(C::PanelDetails, &[key(K::Tab), key(K::BackTab), key(K::Enter)], "Tab", Action::NextField, Txt::KeyBackToList, true),
    bind(C::PanelDetails, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyQuestions, true),
    bind(C::Export, &[key(K::Up), key(K::Down)], "↑/↓", Action::Down, Txt::KeyMove, true),
    bind(C::Export, &[key(K::Enter)], "Enter", Action::Enter, Txt::KeyExport, true),
    bind(C::Export, &[key(K::Esc)], "Esc", Action::Back, Txt::KeyBack, true),
    // Everywhere
    bind(C::Global, &[key(K::F(3))], "F3", Action::ShowFindings, Txt::KeyShowFindings, false),
    bind(C::Global, &[key(K::F(4))], "F4", Action::ShowForms, Txt::KeyShowForms, false),
    bind(C::Global, &[key(K::F(5))], "F5", Action::ShowRaad, Txt::KeyShowRaad, false),
    bind(C::Global, &[key(K::F(6))], "F6", Action::ShowOverview, Txt::KeyShowOverview, false),
    bind(C::Global, &[key(K::F(7))], "F7", Action::ShowExport, Txt::KeyShowExport, false),
    bind(C::Global, &[key(K::PageDown)], "PgDn", Action::NextStep, Txt::KeyNextStep, true),
    bind(C::Global, &[key(K::PageUp)], "PgUp", Action::PrevStep, Txt::KeyPrevStep, false),
    bind(C::Global, &[key(K::F(1))], "F1", Action::Help, Txt::KeyHelp, true),
    bind(C::Global, &[ctrl('s')], "Ctrl-S", Action::Save, Txt::KeySave, true),
    bind(C::Global, &[key(K::F(2))], "F2", Action::SaveAs, Txt::KeySaveAs, false),
    bind(C::Global, &[ctrl('q')], "Ctrl-Q", Action::Quit, Txt::KeyQuit, true),
];

/// The bindings that apply in `context`: its own, then the global ones
/// that make sense there (no step keys outside a plan, little in help).
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    let own = BINDINGS.iter().filter(move |b| b.context == context);
    let global = BINDINGS.iter().filter(move |b| {
        b.context == C::Global
            && match context {
                C::Help => matches!(b.action, Action::Quit | Action::Save),
                C::Picker | C::NameDialog | C::Confirm | C::Versions | C::Recover => {
                    matches!(b.action, Action::Quit | Action::Help)
                }
                _ => true,
            }
    });
    own.chain(global)
}

/// The action a key press asks for in `context`, if any. Up/Down style
/// pairs share one binding; the pressed key decides the direction.
pub fn action(context: Context, ev: &KeyEvent) -> Option<Action> {
    let binding = bindings(context).find(|b| b.keys.iter().any(|k| k.matches(ev)))?;
    let up = matches!(ev.code, K::Up);
    Some(match binding.action {
        Action::Down if up => Action::Up,
        Action::MoveDown if up => Action::MoveUp,
        Action::ScrollDown if up => Action::ScrollUp,
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn context_bindings_come_before_global_ones() {
        let esc = press(K::Esc, KeyModifiers::NONE);
        assert_eq!(action(C::EditText, &esc), Some(Action::Back));
        let f1 = press(K::F(1), KeyModifiers::NONE);
        assert_eq!(action(C::EditText, &f1), Some(Action::Help));
        assert_eq!(action(C::Help, &f1), Some(Action::Back), "F1 closes help");
    }

    #[test]
    fn typed_characters_are_never_bound_while_typing() {
        for c in ['n', 'j', 'q', 's', ' ', 'ë', '?'] {
            let ev = press(K::Char(c), KeyModifiers::NONE);
            assert_eq!(action(C::EditText, &ev), None, "{c:?}");
            let ev = press(K::Char(c), KeyModifiers::SHIFT);
            assert_eq!(action(C::EditText, &ev), None, "shift {c:?}");
        }
    }

    #[test]
    fn control_keys_ignore_shift_and_case() {
        let ev = press(K::Char('S'), KeyModifiers::CONTROL | KeyModifiers::SHIFT);
        assert_eq!(action(C::Form, &ev), Some(Action::Save));
        let ev = press(K::BackTab, KeyModifiers::SHIFT);
        assert_eq!(action(C::Form, &ev), Some(Action::PrevField));
    }

    #[test]
    fn paired_keys_give_their_direction() {
        let up = press(K::Up, KeyModifiers::NONE);
        assert_eq!(action(C::List, &up), Some(Action::Up));
        let alt_up = press(K::Up, KeyModifiers::ALT);
        assert_eq!(action(C::List, &alt_up), Some(Action::MoveUp));
        let alt_down = press(K::Down, KeyModifiers::ALT);
        assert_eq!(action(C::List, &alt_down), Some(Action::MoveDown));
    }

    #[test]
    fn step_keys_do_not_apply_in_the_picker() {
        let pgdn = press(K::PageDown, KeyModifiers::NONE);
        assert_eq!(action(C::Picker, &pgdn), None);
        let quit = press(K::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(action(C::Picker, &quit), Some(Action::Quit));
    }

    #[test]
    fn every_context_can_quit_or_go_back() {
        for ctx in [
            C::Picker,
            C::NameDialog,
            C::Confirm,
            C::Form,
            C::EditText,
            C::PickOne,
            C::PickMany,
            C::List,
            C::PerItemList,
            C::Record,
            C::Help,
        ] {
            let ok =
                bindings(ctx).any(|b| matches!(b.action, Action::Quit | Action::Back | Action::No));
            assert!(ok, "{ctx:?} has a way out");
        }
    }
}

//! The one keymap: which key does what where. It drives input handling,
//! and every key name the user reads is made from it: the key bar, the
//! help, the tab row and the hints and messages that name keys (see
//! [`say`]). So they cannot disagree with what the keys do.

pub mod hint;
mod label;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::text::Txt;

pub use hint::{HINTS, say, say_in};
pub use label::{keys_label, parse_label};

/// Where the user is; decides which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Applies everywhere, below the others.
    Global,
    Picker,
    /// Typing a plan name or a path in a dialog.
    NameDialog,
    /// "Are you sure?" dialogs.
    Confirm,
    /// Moving between the questions of a step.
    Form,
    /// Typing a one-line answer: short text, a number, a date.
    EditLine,
    /// Typing a long text (Enter starts a new line).
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
    /// A screen beside the questions (findings, form aid, raad, overview):
    /// a list, and the details of its row.
    Panel,
    /// The case of a workshop, scrolling.
    CaseText,
    /// Choosing what to export.
    Export,
    /// The messages of this session, to read again.
    Messages,
    /// The plan's details: title, gemeente, author, fractie, date.
    Details,
}

impl Context {
    /// Every context, for checks that must cover them all.
    pub const ALL: [Context; 20] = [
        Context::Global,
        Context::Picker,
        Context::NameDialog,
        Context::Confirm,
        Context::Form,
        Context::EditLine,
        Context::EditText,
        Context::PickOne,
        Context::PickMany,
        Context::List,
        Context::PerItemList,
        Context::Record,
        Context::Help,
        Context::Versions,
        Context::Recover,
        Context::Panel,
        Context::CaseText,
        Context::Export,
        Context::Messages,
        Context::Details,
    ];
}

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NextField,
    PrevField,
    Up,
    Down,
    Enter,
    /// A new line in a long text.
    NewLine,
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
    ShowCase,
    ScrollUp,
    ScrollDown,
    /// A page up or down in a pane that scrolls.
    PageUp,
    PageDown,
    /// The start or the end of a pane that scrolls.
    Top,
    Bottom,
    /// The messages of this session.
    ShowMessages,
    /// The plan's details (title, gemeente, author, fractie, date).
    EditDetails,
    /// Mouse on or off (off: the terminal selects text again).
    ToggleMouse,
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
    #[must_use]
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

pub struct Binding {
    pub context: Context,
    /// Every key that does it; the help names them all.
    pub keys: &'static [Key],
    /// How many of `keys`, from the first, the key bar and hints name
    /// (0: the binding is not in the key bar).
    pub shown: usize,
    pub action: Action,
    pub label: Txt,
}

const fn bind(
    context: Context,
    keys: &'static [Key],
    shown: usize,
    action: Action,
    label: Txt,
) -> Binding {
    Binding {
        context,
        keys,
        shown,
        action,
        label,
    }
}

impl Binding {
    /// The keys as the key bar and hints write them, e.g. "Tab/↓".
    #[must_use]
    pub fn short_label(&self) -> String {
        keys_label(&self.keys[..self.shown.clamp(1, self.keys.len())])
    }

    /// All keys, as the help writes them, e.g. "Enter/j/y".
    #[must_use]
    pub fn full_label(&self) -> String {
        keys_label(self.keys)
    }

    #[must_use]
    pub fn in_bar(&self) -> bool {
        self.shown > 0
    }
}

use Context as C;
use KeyCode as K;

/// Every binding, in the order the key bar shows them. The number is how
/// many of the keys the key bar names (0: only the help names them).
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    // Picker
    bind(C::Picker, &[key(K::Up), key(K::Down)], 2, Action::Down, Txt::KeyMove),
    bind(C::Picker, &[key(K::Enter)], 1, Action::Enter, Txt::KeyOpen),
    bind(C::Picker, &[key(K::Char('n')), key(K::Insert)], 1, Action::NewPlan, Txt::KeyNewPlan),
    bind(C::Picker, &[key(K::Char('r')), ctrl('p')], 1, Action::EditDetails, Txt::KeyPlanDetails),
    bind(C::Picker, &[key(K::Delete)], 1, Action::Delete, Txt::KeyDelete),
    bind(C::Picker, &[key(K::Char('v'))], 1, Action::ShowVersions, Txt::KeyVersions),
    bind(C::Versions, &[key(K::Up), key(K::Down)], 2, Action::Down, Txt::KeyMove),
    bind(C::Versions, &[key(K::Enter)], 1, Action::Enter, Txt::KeyRestore),
    bind(C::Versions, &[key(K::Esc)], 1, Action::Back, Txt::KeyBack),
    bind(C::Recover, &[key(K::Enter)], 1, Action::Enter, Txt::KeyRestore),
    bind(C::Recover, &[key(K::Delete)], 1, Action::Discard, Txt::KeyDiscard),
    bind(C::Recover, &[key(K::Esc)], 1, Action::Back, Txt::KeyLater),
    // Dialogs
    bind(C::NameDialog, &[key(K::Enter)], 1, Action::Enter, Txt::KeyDone),
    bind(C::NameDialog, &[key(K::Esc)], 1, Action::Back, Txt::KeyBack),
    bind(C::Confirm, &[key(K::Enter), key(K::Char('j')), key(K::Char('y'))], 2, Action::Yes, Txt::KeyYes),
    bind(C::Confirm, &[key(K::Esc), key(K::Char('n'))], 2, Action::No, Txt::KeyNo),
    bind(C::Details, &[key(K::Tab), key(K::Down)], 2, Action::NextField, Txt::KeyNextDetail),
    bind(C::Details, &[key(K::BackTab), key(K::Up)], 0, Action::PrevField, Txt::KeyPrevDetail),
    bind(C::Details, &[key(K::Enter)], 1, Action::Enter, Txt::KeySaveDetails),
    bind(C::Details, &[key(K::Esc)], 1, Action::Back, Txt::KeyCancel),
    // Form
    bind(C::Form, &[key(K::Tab), key(K::Down)], 2, Action::NextField, Txt::KeyNextField),
    bind(C::Form, &[key(K::BackTab), key(K::Up)], 0, Action::PrevField, Txt::KeyPrevField),
    bind(C::Form, &[key(K::Enter)], 1, Action::Enter, Txt::KeyEdit),
    bind(C::Form, &[ctrl('o')], 0, Action::OpenPicker, Txt::KeyPlans),
    // One-line answers: Enter is done, as Esc is
    bind(C::EditLine, &[key(K::Esc), key(K::Enter)], 1, Action::Back, Txt::KeyDone),
    bind(C::EditLine, &[key(K::Tab)], 1, Action::NextField, Txt::KeyNextField),
    bind(C::EditLine, &[key(K::BackTab)], 0, Action::PrevField, Txt::KeyPrevField),
    bind(C::EditLine, &[ctrl('z')], 1, Action::Undo, Txt::KeyUndo),
    // Long texts: Enter starts a new line
    bind(C::EditText, &[key(K::Esc)], 1, Action::Back, Txt::KeyDone),
    bind(C::EditText, &[key(K::Enter)], 0, Action::NewLine, Txt::KeyNewLine),
    bind(C::EditText, &[key(K::Tab)], 1, Action::NextField, Txt::KeyNextField),
    bind(C::EditText, &[key(K::BackTab)], 0, Action::PrevField, Txt::KeyPrevField),
    bind(C::EditText, &[ctrl('z')], 1, Action::Undo, Txt::KeyUndo),
    // Choosing one option
    bind(C::PickOne, &[key(K::Up), key(K::Down)], 2, Action::Down, Txt::KeyMove),
    bind(C::PickOne, &[key(K::Enter), key(K::Char(' '))], 1, Action::Enter, Txt::KeyChoose),
    bind(C::PickOne, &[key(K::Delete), key(K::Backspace)], 1, Action::Clear, Txt::KeyClear),
    bind(C::PickOne, &[key(K::Esc)], 1, Action::Back, Txt::KeyBack),
    bind(C::PickOne, &[key(K::Tab)], 0, Action::NextField, Txt::KeyNextField),
    bind(C::PickOne, &[key(K::BackTab)], 0, Action::PrevField, Txt::KeyPrevField),
    // Choosing several options
    bind(C::PickMany, &[key(K::Up), key(K::Down)], 2, Action::Down, Txt::KeyMove),
    bind(C::PickMany, &[key(K::Char(' '))], 1, Action::Toggle, Txt::KeyToggle),
    bind(C::PickMany, &[key(K::Enter), key(K::Esc)], 2, Action::Back, Txt::KeyDone),
    bind(C::PickMany, &[key(K::Delete), key(K::Backspace)], 1, Action::Clear, Txt::KeyClearAll),
    bind(C::PickMany, &[key(K::Tab)], 0, Action::NextField, Txt::KeyNextField),
    bind(C::PickMany, &[key(K::BackTab)], 0, Action::PrevField, Txt::KeyPrevField),
    // Lists
    bind(C::List, &[key(K::Up), key(K::Down)], 2, Action::Down, Txt::KeyMove),
    bind(C::List, &[key(K::Enter)], 1, Action::Enter, Txt::KeyOpen),
    bind(C::List, &[key(K::Char('n')), key(K::Insert)], 1, Action::Add, Txt::KeyAdd),
    bind(C::List, &[key(K::Delete)], 1, Action::Remove, Txt::KeyRemove),
    bind(C::List, &[alt(K::Up), alt(K::Down), shift(K::Up), shift(K::Down)], 2, Action::MoveDown, Txt::KeyReorder),
    bind(C::List, &[key(K::Esc)], 1, Action::Back, Txt::KeyBack),
    bind(C::List, &[key(K::Tab)], 0, Action::NextField, Txt::KeyNextField),
    bind(C::List, &[key(K::BackTab)], 0, Action::PrevField, Txt::KeyPrevField),
    bind(C::PerItemList, &[key(K::Up), key(K::Down)], 2, Action::Down, Txt::KeyMove),
    bind(C::PerItemList, &[key(K::Enter)], 1, Action::Enter, Txt::KeyOpen),
    bind(C::PerItemList, &[key(K::Esc)], 1, Action::Back, Txt::KeyBack),
    bind(C::PerItemList, &[key(K::Tab)], 0, Action::NextField, Txt::KeyNextField),
    bind(C::PerItemList, &[key(K::BackTab)], 0, Action::PrevField, Txt::KeyPrevField),
    // One item
    bind(C::Record, &[key(K::Tab), key(K::Down)], 2, Action::NextField, Txt::KeyNextField),
    bind(C::Record, &[key(K::BackTab), key(K::Up)], 0, Action::PrevField, Txt::KeyPrevField),
    bind(C::Record, &[key(K::Enter)], 1, Action::Enter, Txt::KeyEdit),
    bind(C::Record, &[key(K::Esc)], 1, Action::Back, Txt::KeyBackToList),
    // Help and the messages: text that scrolls
    bind(C::Help, &[key(K::Up), key(K::Down)], 2, Action::ScrollDown, Txt::KeyScroll),
    bind(C::Help, &[key(K::PageUp), key(K::PageDown)], 2, Action::PageDown, Txt::KeyPage),
    bind(C::Help, &[key(K::Home), key(K::End)], 0, Action::Bottom, Txt::KeyEnds),
    bind(C::Help, &[key(K::Esc), key(K::F(1))], 2, Action::Back, Txt::KeyClose),
    bind(C::Messages, &[key(K::Up), key(K::Down)], 2, Action::ScrollDown, Txt::KeyScroll),
    bind(C::Messages, &[key(K::PageUp), key(K::PageDown)], 2, Action::PageDown, Txt::KeyPage),
    bind(C::Messages, &[key(K::Home), key(K::End)], 0, Action::Bottom, Txt::KeyEnds),
    bind(C::Messages, &[key(K::Esc), key(K::F(9))], 2, Action::Back, Txt::KeyClose),
    // Screens beside the questions: a list, and the details of its row
    bind(C::Panel, &[key(K::Up), key(K::Down)], 2, Action::Down, Txt::KeyMove),
    bind(C::Panel, &[key(K::PageUp), key(K::PageDown)], 2, Action::PageDown, Txt::KeyPageDetails),
    bind(C::Panel, &[key(K::Home), key(K::End)], 0, Action::Bottom, Txt::KeyEndsDetails),
    bind(C::Panel, &[key(K::Enter)], 1, Action::Enter, Txt::KeyGoTo),
    bind(C::Panel, &[key(K::Esc)], 1, Action::Back, Txt::KeyQuestions),
    bind(C::CaseText, &[key(K::Up), key(K::Down)], 2, Action::ScrollDown, Txt::KeyScroll),
    bind(C::CaseText, &[key(K::PageUp), key(K::PageDown)], 2, Action::PageDown, Txt::KeyPage),
    bind(C::CaseText, &[key(K::Home), key(K::End)], 0, Action::Bottom, Txt::KeyEnds),
    bind(C::CaseText, &[key(K::Esc)], 1, Action::Back, Txt::KeyQuestions),
    bind(C::Export, &[key(K::Up), key(K::Down)], 2, Action::Down, Txt::KeyMove),
    bind(C::Export, &[key(K::Enter)], 1, Action::Enter, Txt::KeyExport),
    bind(C::Export, &[key(K::Esc)], 1, Action::Back, Txt::KeyBack),
    // Everywhere
    bind(C::Global, &[key(K::F(3))], 0, Action::ShowFindings, Txt::KeyShowFindings),
    bind(C::Global, &[key(K::F(4))], 0, Action::ShowForms, Txt::KeyShowForms),
    bind(C::Global, &[key(K::F(5))], 0, Action::ShowRaad, Txt::KeyShowRaad),
    bind(C::Global, &[key(K::F(6))], 0, Action::ShowOverview, Txt::KeyShowOverview),
    bind(C::Global, &[key(K::F(7))], 0, Action::ShowExport, Txt::KeyShowExport),
    bind(C::Global, &[key(K::F(8))], 0, Action::ShowCase, Txt::KeyShowCase),
    bind(C::Global, &[key(K::PageDown)], 1, Action::NextStep, Txt::KeyNextStep),
    bind(C::Global, &[key(K::PageUp)], 0, Action::PrevStep, Txt::KeyPrevStep),
    bind(C::Global, &[ctrl('z')], 0, Action::Undo, Txt::KeyUndo),
    bind(C::Global, &[ctrl('y')], 0, Action::Redo, Txt::KeyRedo),
    bind(C::Global, &[key(K::F(1))], 1, Action::Help, Txt::KeyHelp),
    bind(C::Global, &[ctrl('s')], 1, Action::Save, Txt::KeySave),
    bind(C::Global, &[key(K::F(2))], 0, Action::SaveAs, Txt::KeySaveAs),
    bind(C::Global, &[ctrl('p')], 0, Action::EditDetails, Txt::KeyPlanDetails),
    bind(C::Global, &[key(K::F(9))], 0, Action::ShowMessages, Txt::KeyMessages),
    bind(C::Global, &[key(K::F(12))], 0, Action::ToggleMouse, Txt::KeyMouse),
    bind(C::Global, &[ctrl('q')], 1, Action::Quit, Txt::KeyQuit),
];

/// Does the global binding `b` apply in `context`? Outside a plan there
/// are no steps, panels or saving; undo works where answers are given.
fn global_applies(b: &Binding, context: Context) -> bool {
    let in_plan = matches!(
        context,
        C::Form
            | C::EditLine
            | C::EditText
            | C::PickOne
            | C::PickMany
            | C::List
            | C::PerItemList
            | C::Record
            | C::Panel
            | C::CaseText
    );
    match b.action {
        Action::Quit | Action::Help | Action::ShowMessages | Action::ToggleMouse => {
            !matches!(context, C::Help | C::Messages) || b.action == Action::Quit
        }
        // Undo and redo change answers: not while a screen beside the
        // questions shows something else.
        Action::Undo | Action::Redo => in_plan && !matches!(context, C::Panel | C::CaseText),
        _ => in_plan,
    }
}

/// The bindings that apply in `context`: its own, then the global ones
/// that make sense there and whose keys the context leaves free.
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    let own = BINDINGS.iter().filter(move |b| b.context == context);
    let global = BINDINGS.iter().filter(move |b| {
        b.context == C::Global
            && (context == C::Global || global_applies(b, context))
            && !b.keys.iter().all(|k| {
                BINDINGS
                    .iter()
                    .any(|o| o.context == context && o.keys.contains(k))
            })
    });
    own.chain(global)
}

/// The binding that does `action` in `context`, if any.
#[must_use]
pub fn binding_for(context: Context, action: Action) -> Option<&'static Binding> {
    bindings(context).find(|b| b.action == action)
}

/// The action a key press asks for in `context`, if any. Up/Down style
/// pairs share one binding; the pressed key decides the direction.
#[must_use]
pub fn action(context: Context, ev: &KeyEvent) -> Option<Action> {
    let binding = bindings(context).find(|b| b.keys.iter().any(|k| k.matches(ev)))?;
    let up = matches!(ev.code, K::Up);
    Some(match binding.action {
        Action::Down if up => Action::Up,
        Action::MoveDown if up => Action::MoveUp,
        Action::ScrollDown if up => Action::ScrollUp,
        Action::PageDown if ev.code == K::PageUp => Action::PageUp,
        Action::Bottom if ev.code == K::Home => Action::Top,
        other => other,
    })
}

#[cfg(test)]
mod tests;

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
    for ctx in [C::EditLine, C::EditText, C::NameDialog] {
        for c in ['n', 'j', 'q', 's', ' ', 'ë', '?', 'y', 'v', 'r'] {
            let ev = press(K::Char(c), KeyModifiers::NONE);
            assert_eq!(action(ctx, &ev), None, "{ctx:?} {c:?}");
            let ev = press(K::Char(c), KeyModifiers::SHIFT);
            assert_eq!(action(ctx, &ev), None, "{ctx:?} shift {c:?}");
        }
    }
}

#[test]
fn enter_ends_a_line_but_starts_a_new_line_in_a_long_text() {
    let enter = press(K::Enter, KeyModifiers::NONE);
    assert_eq!(action(C::EditLine, &enter), Some(Action::Back));
    assert_eq!(action(C::EditText, &enter), Some(Action::NewLine));
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
fn step_keys_do_not_apply_in_the_picker_or_dialogs() {
    let pgdn = press(K::PageDown, KeyModifiers::NONE);
    for ctx in [C::Picker, C::Export, C::NameDialog, C::Confirm] {
        assert_eq!(action(ctx, &pgdn), None, "{ctx:?}");
    }
    let quit = press(K::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(action(C::Picker, &quit), Some(Action::Quit));
}

#[test]
fn labels_are_made_from_the_keys_and_read_back() {
    assert_eq!(keys_label(&[ctrl('s')]), "Ctrl-S");
    assert_eq!(keys_label(&[key(K::Tab), key(K::Down)]), "Tab/↓");
    assert_eq!(keys_label(&[alt(K::Up), alt(K::Down)]), "Alt-↑/↓");
    assert_eq!(keys_label(&[key(K::BackTab), key(K::Up)]), "Shift-Tab/↑");
    assert_eq!(keys_label(&[key(K::Char(' '))]), "Spatie");
    for b in BINDINGS {
        let label = b.full_label();
        assert_eq!(parse_label(&label).as_deref(), Some(b.keys), "{label}");
        let short = b.short_label();
        let named = parse_label(&short).expect("short label parses");
        assert!(b.keys.starts_with(&named), "{short}");
    }
}

#[test]
fn a_key_is_bound_once_per_context() {
    // Two bindings for one key in one context: the second could never
    // run, and the help would promise it.
    for ctx in Context::ALL {
        let own: Vec<&Binding> = BINDINGS.iter().filter(|b| b.context == ctx).collect();
        for (i, a) in own.iter().enumerate() {
            for b in &own[i + 1..] {
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{ctx:?}: {k:?} twice");
                }
            }
        }
    }
}

//! The F7 dialog names the folder the file really goes to (W20), also
//! when the user has no documents folder.

use crate::common;

use common::Harness;
use ratatui::crossterm::event::KeyCode;
use samenwerkwijzer::tui::driver::Places;

fn exported_files(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.path().is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn without_a_documents_folder_the_dialog_names_home_and_the_file_goes_there() {
    let mut h = Harness::with_plan("Warmte");
    let home = h.home();
    std::fs::create_dir_all(&home).expect("home");
    h.driver.set_places(Places {
        home: Some(home.clone()),
        documents: None,
    });
    h.key(KeyCode::F(7));
    let screen = common::squeeze(&h.screen(80, 24));
    assert!(
        screen.contains("komt in de map ~ (uw persoonlijke map);"),
        "{screen}"
    );
    assert!(!screen.contains("Documenten"), "{screen}");
    h.key(KeyCode::Enter);
    assert_eq!(exported_files(&home), ["warmte.html"]);
}

#[test]
fn with_a_documents_folder_the_dialog_names_it() {
    let mut h = Harness::with_plan("Warmte");
    h.key(KeyCode::F(7));
    let screen = common::squeeze(&h.screen(80, 24));
    assert!(screen.contains("komt in de map ~/Documenten;"), "{screen}");
    h.key(KeyCode::Enter);
    assert_eq!(
        exported_files(&h.home().join("Documenten")),
        ["warmte.html"]
    );
}

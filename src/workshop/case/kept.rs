//! Cases kept beside the plans: a group that joins a workshop gets a copy
//! of its case in `<data>/cases/`, so the app can show the case text later,
//! also when the workshop folder (a USB stick) is gone or the case is a
//! trainer's own.

use std::io;
use std::path::{Path, PathBuf};

use crate::guide::Guide;
use crate::store::{DataDir, create_private_dir, write_atomic};

use super::load::{LoadedCase, embedded, load_file};

/// `<data>/cases`: one `<case id>.ron` per case a group joined.
pub fn cases_dir(data: &DataDir) -> PathBuf {
    data.root().join("cases")
}

/// Keep a copy of `case` in the data folder; nothing is written when the
/// same text is there already. Case ids are plain file names (the loader
/// allows only `a-z`, `0-9`, `-` and `_`).
pub fn keep(data: &DataDir, case: &LoadedCase) -> io::Result<PathBuf> {
    let dir = cases_dir(data);
    create_private_dir(&dir)?;
    let path = dir.join(format!("{}.ron", case.case.id));
    let same = std::fs::read(&path).is_ok_and(|there| there == case.text.as_bytes());
    if !same {
        write_atomic(&path, case.text.as_bytes())?;
    }
    Ok(path)
}

/// Remember the workshop folder a group joined, so the app can offer it
/// when the group hands its plan in (`<data>/cases/<id>.workshop`).
pub fn remember_workshop(data: &DataDir, id: &str, dir: &Path) -> io::Result<()> {
    let folder = cases_dir(data);
    create_private_dir(&folder)?;
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let text = dir.to_string_lossy().into_owned();
    write_atomic(&folder.join(format!("{id}.workshop")), text.as_bytes())
}

/// The workshop folder remembered for case `id`, when it is (still) there:
/// a USB stick may be gone.
pub fn workshop_folder(data: &DataDir, id: &str) -> Option<PathBuf> {
    if !super::validate::is_good_id(id) {
        return None;
    }
    let file = cases_dir(data).join(format!("{id}.workshop"));
    let text = crate::workshop::read::read_text(&file, 4096).ok()?;
    let dir = PathBuf::from(text.trim());
    crate::workshop::names::is_workshop(&dir).then_some(dir)
}

/// The case a plan was started from: the copy kept in the data folder
/// (what the group actually got), else the embedded case with that id.
pub fn case_for_plan(guide: &Guide, data: &DataDir, id: &str) -> Option<LoadedCase> {
    let kept = cases_dir(data).join(format!("{id}.ron"));
    if super::validate::is_good_id(id)
        && let Ok(case) = load_file(&kept, guide)
        && case.case.id == id
    {
        return Some(case);
    }
    embedded(guide).ok()?.into_iter().find(|c| c.case.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_case_wins_over_the_embedded_one() {
        let guide = crate::guide::load_embedded().expect("guide");
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path());
        let mut case = embedded(&guide).expect("cases").remove(0);
        let id = case.case.id.clone();
        assert_eq!(
            case_for_plan(&guide, &data, &id).map(|c| c.source),
            Some(case.source.clone())
        );
        case.text = case.text.replacen("Dalwijk", "Dalveen", 1);
        let path = keep(&data, &case).expect("kept");
        let found = case_for_plan(&guide, &data, &id).expect("found");
        assert!(found.text.contains("Dalveen"));
        assert!(matches!(found.source, super::super::load::Source::File(_)));
        // Keeping it again changes nothing on disk.
        let before = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        keep(&data, &case).expect("kept again");
        assert_eq!(
            std::fs::metadata(&path).and_then(|m| m.modified()).ok(),
            before
        );
        assert!(case_for_plan(&guide, &data, "../etc").is_none());
        // The workshop folder is offered only while it is there.
        let workshop = dir.path().join("training");
        std::fs::create_dir(&workshop).expect("dir");
        remember_workshop(&data, &id, &workshop).expect("remembered");
        assert_eq!(workshop_folder(&data, &id), None, "no workshop.ron yet");
        std::fs::write(workshop.join("workshop.ron"), "()").expect("write");
        assert_eq!(
            workshop_folder(&data, &id),
            Some(workshop.canonicalize().expect("canonical"))
        );
        assert_eq!(workshop_folder(&data, "../x"), None);
        assert!(case_for_plan(&guide, &data, "onbekend").is_none());
    }
}

//! `samenwerkwijzer guide copy|check`, and loading the guide for every
//! other command.

use std::path::{Path, PathBuf};

use crate::guide::{self, Guide};
use crate::text::describe_guide_error;

use super::output::line;

/// The guide of `--guide`, or the embedded one.
pub fn load(path: Option<&PathBuf>) -> Result<Guide, String> {
    let loaded = match path {
        Some(p) => guide::load_dir(p),
        None => guide::load_embedded(),
    };
    loaded.map_err(|e| describe_guide_error(&e))
}

pub fn check(guide: &Guide) -> Result<(), String> {
    let questions = guide.questions().count();
    line(&format!(
        "De gids is in orde: {} stappen, {questions} vragen.",
        guide.steps.len()
    ))?;
    // An adapted guide may switch advice off; say which, so a trainer
    // does it on purpose.
    for unmet in crate::advice::expect::unmet(guide) {
        line(&unmet.describe())?;
    }
    Ok(())
}

/// Write the embedded guide files to `dir` (made 0700 when new), never
/// over existing files.
pub fn copy(dir: &Path) -> Result<(), String> {
    crate::store::create_private_dir(dir).map_err(|e| format!("kan de map niet maken: {e}"))?;
    for (name, text) in guide::EMBEDDED_FILES {
        let path = dir.join(name);
        crate::store::write_new(&path, text.as_bytes())
            .map_err(|e| format!("kan de gids niet neerzetten: {e}"))?;
    }
    line(&format!(
        "De gids staat in {}. Pas de bestanden aan en start met: samenwerkwijzer --guide {}",
        dir.display(),
        dir.display()
    ))
}

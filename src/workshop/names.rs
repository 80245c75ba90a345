//! The names of the files in a workshop folder. A leaf module: the case
//! loader, the folder and the hand-in all need them.

use std::path::Path;

pub const WORKSHOP_FILE: &str = "workshop.ron";
pub const CASE_FILE: &str = "casus.ron";
pub const HANDOUT_FILE: &str = "deelnemers.html";
pub const HAND_IN_DIR: &str = "inleveren";
pub const STATE_FILE: &str = "presentatie.ron";

/// Does `dir` look like a workshop folder (it has a `workshop.ron`)?
pub fn is_workshop(dir: &Path) -> bool {
    dir.join(WORKSHOP_FILE).is_file()
}

//! What a group does: start a plan from the case, and hand in a copy for
//! the trainer.

use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::plan::{self, Plan};
use crate::store::{create_private_dir, stem_from_title, write_new};

use super::case::{Case, start_plan};
use super::names::{HAND_IN_DIR, is_workshop};
pub use super::problem::HandInError;
use super::read::read_text;

/// The plan a group starts with: the case's starting plan, titled
/// "<case> — <group>" (or the case's title without a group name).
pub fn plan_for_group(case: &Case, group: Option<&str>, now: Timestamp) -> Plan {
    let title = match group.map(str::trim).filter(|g| !g.is_empty()) {
        Some(g) => format!("{} — {g}", case.title),
        None => case.title.clone(),
    };
    start_plan(case, &title, now)
}

/// A file name stem for a group's plan that keeps the group in it: the
/// case id and the group ("energiehuis-groep-a"); a long case title would
/// otherwise push the group's name out of a shortened name.
pub fn file_stem(plan: &Plan) -> String {
    let group = plan
        .meta
        .title
        .rsplit_once(" — ")
        .map(|(_, g)| g.trim())
        .filter(|g| !g.is_empty());
    match (&plan.case, group) {
        (Some(case), Some(group)) => stem_from_title(&format!("{case} {group}")),
        (Some(case), None) => stem_from_title(case),
        (None, _) => stem_from_title(&plan.meta.title),
    }
}

/// Where a hand-in to `target` goes: a workshop folder's `inleveren/`, or
/// the folder itself (a USB stick, a shared folder).
pub fn inbox(target: &Path) -> PathBuf {
    if is_workshop(target) {
        target.join(HAND_IN_DIR)
    } else {
        target.to_path_buf()
    }
}

/// The copy the trainer gets: without the author and fractie unless the
/// group chose to include them.
pub fn hand_in_copy(plan: &Plan, with_author: bool) -> Plan {
    let mut copy = plan.clone();
    if !with_author {
        copy.meta.author.clear();
        copy.meta.fractie.clear();
    }
    copy
}

/// What a hand-in did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandedIn {
    /// A new file at this path.
    Written(PathBuf),
    /// The same copy was handed in before, at this path; nothing written.
    AlreadyThere(PathBuf),
}

/// Write the hand-in copy of `plan` into the inbox of `target`, under a
/// name made from its title; a name that is taken gets `-2`, `-3` ... so
/// another group's file is never replaced. Handing in the same copy twice
/// writes nothing the second time.
pub fn hand_in(plan: &Plan, target: &Path, with_author: bool) -> Result<HandedIn, HandInError> {
    let dir = inbox(target);
    if is_workshop(target) && !dir.exists() {
        create_private_dir(&dir).map_err(|e| HandInError::Write(dir.clone(), e))?;
    }
    if !dir.is_dir() {
        return Err(HandInError::NoFolder(dir));
    }
    let text = plan::to_string(&hand_in_copy(plan, with_author));
    let stem = file_stem(plan);
    for n in 1..1000 {
        let name = match n {
            1 => format!("{stem}.ron"),
            n => format!("{stem}-{n}.ron"),
        };
        let path = dir.join(name);
        let limit = text.len() as u64;
        if read_text(&path, limit).is_ok_and(|there| there == text) {
            return Ok(HandedIn::AlreadyThere(path));
        }
        match write_new(&path, text.as_bytes()) {
            Ok(()) => return Ok(HandedIn::Written(path)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(HandInError::Write(path, e)),
        }
    }
    Err(HandInError::NoFreeName(dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_the_group() {
        let mut plan = Plan::new(
            "Een Energiehuis met inwoners en corporatie — Groep A",
            Timestamp::UNIX_EPOCH,
        );
        assert_eq!(
            file_stem(&plan),
            "een-energiehuis-met-inwoners-en-corporatie-groep"
        );
        plan.case = Some("energiehuis".into());
        assert_eq!(file_stem(&plan), "energiehuis-groep-a");
        plan.meta.title = "Een Energiehuis".into();
        assert_eq!(file_stem(&plan), "energiehuis");
    }
}

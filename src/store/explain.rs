//! What went wrong with a file, in plain Dutch with what to do about it.
//!
//! Every error the store hands out has a Dutch `Display`: a clause in
//! lower case without a full stop, so a front-end can put it into its own
//! sentence ("Opslaan is mislukt: {reden}. …"). The error kind stays as
//! the system gave it, so callers can still tell "already exists" apart.
//! The texts live here rather than in `crate::text`, which itself depends
//! on the store to describe load errors.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::os_error::os_error;
use super::read::{FileKind, megabytes};

/// Why the store would not write (or could not), beyond what the system says.
#[derive(Debug)]
pub enum Refusal {
    /// The target is a FIFO, a device, a folder …
    NotRegular { path: PathBuf, kind: FileKind },
    /// The target is a symbolic link; writing would replace the link.
    Symlink { path: PathBuf },
    /// The file is marked read-only.
    ReadOnly { path: PathBuf },
    /// The file has more than one name; replacing it would split them.
    HardLinked { path: PathBuf },
    /// A folder on the way is a file.
    NotAFolder { path: PathBuf },
    /// An export aimed at a plan file.
    PlanTarget { path: PathBuf },
    /// An export aimed into one of the app's own folders (plans, history,
    /// recovery, trash).
    InsideDataDir { path: PathBuf },
    /// A file is there and overwriting was not asked for.
    Exists { path: PathBuf },
    /// The plan would be larger than a plan file can be.
    PlanTooLarge { bytes: u64, limit: u64 },
    /// The plan does not add up (a bug); saving it would make it
    /// unopenable. `what` says what, in Dutch.
    PlanInvalid { what: String },
    /// A thousand plans with the same name.
    TooManyNamesakes { stem: String },
    /// One of the app's own folders in the data folder is a link.
    LinkedFolder { path: PathBuf },
    /// The system's error, told in Dutch, at `path`.
    Os { path: PathBuf, text: String },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::NotRegular { path, kind } => write!(
                f,
                "{} is geen gewoon bestand maar {}; kies een andere naam",
                name(path),
                kind.dutch()
            ),
            Refusal::Symlink { path } => write!(
                f,
                "{} is een koppeling (symbolische link) en Samenwerkwijzer schrijft daar niet \
                 doorheen; geef het bestand zelf op of kies een andere naam",
                name(path)
            ),
            Refusal::ReadOnly { path } => write!(
                f,
                "{} is alleen-lezen gemaakt; maak het weer schrijfbaar of kies een andere naam",
                name(path)
            ),
            Refusal::HardLinked { path } => write!(
                f,
                "{} heeft nog een tweede naam (een harde koppeling) en opslaan zou die twee \
                 uit elkaar halen; kies een andere naam",
                name(path)
            ),
            Refusal::NotAFolder { path } => write!(
                f,
                "{} is een bestand en geen map. Verplaats of hernoem dat bestand, of kies een \
                 andere map",
                path.display()
            ),
            Refusal::PlanTarget { path } => write!(
                f,
                "{} is een plan of lijkt erop (.ron); een export overschrijft nooit een plan, \
                 dus kies een andere naam voor de export",
                name(path)
            ),
            Refusal::InsideDataDir { path } => write!(
                f,
                "{} ligt in een map die Samenwerkwijzer zelf beheert (plannen, eerdere versies, \
                 herstelkopieën, prullenbak); zet een export ergens anders neer",
                path.display()
            ),
            Refusal::Exists { path } => write!(
                f,
                "{} bestaat al; kies een andere naam, of geef --force om het te overschrijven",
                name(path)
            ),
            Refusal::PlanTooLarge { bytes, limit } => write!(
                f,
                "het plan is te groot om op te slaan ({}; hoogstens {}). Haal een lange \
                 geplakte tekst weg; de vorige versie blijft zoals hij was",
                megabytes(*bytes),
                megabytes(*limit)
            ),
            Refusal::PlanInvalid { what } => {
                write!(
                    f,
                    "het plan klopt niet ({what}) en is daarom niet opgeslagen; de vorige \
                     versie blijft zoals hij was. Sla uw werk op onder een andere naam en meld \
                     dit als fout in Samenwerkwijzer"
                )
            }
            Refusal::TooManyNamesakes { stem } => write!(
                f,
                "er zijn al te veel plannen met de naam \"{stem}\"; kies een andere naam"
            ),
            Refusal::LinkedFolder { path } => write!(
                f,
                "{} is een koppeling en geen gewone map; Samenwerkwijzer schrijft daar niet \
                 doorheen. Vervang de koppeling door een gewone map",
                path.display()
            ),
            Refusal::Os { path, text } => write!(f, "{}: {text}", path.display()),
        }
    }
}

impl std::error::Error for Refusal {}

/// A file by its name: the folder is known where these are said (the plan
/// being saved, the `-o` just typed), and a full path crowds the message.
fn name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// An `io::Error` of `kind` that says `refusal`.
pub fn refuse(kind: io::ErrorKind, refusal: Refusal) -> io::Error {
    io::Error::new(kind, refusal)
}

/// `e` with a Dutch message naming `path`; refusals are already Dutch and
/// pass unchanged.
pub fn at(path: &Path, e: io::Error) -> io::Error {
    if e.get_ref().is_some_and(|inner| inner.is::<Refusal>()) {
        return e;
    }
    let kind = e.kind();
    let text = os_error(&e);
    refuse(
        kind,
        Refusal::Os {
            path: path.to_path_buf(),
            text,
        },
    )
}

/// Does `e` carry one of our refusals?
pub fn refusal(e: &io::Error) -> Option<&Refusal> {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<Refusal>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_errors_become_dutch_and_keep_their_kind() {
        let e = at(Path::new("/x/trash"), io::Error::from_raw_os_error(17));
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        let text = e.to_string();
        assert!(!text.contains("os error"), "{text}");
        assert!(
            text.contains("/x/trash") && text.contains("staat al"),
            "{text}"
        );
        // Already explained: not explained twice.
        let again = at(Path::new("/y"), e);
        assert!(!again.to_string().contains("/y"));
    }

    #[test]
    fn no_system_error_is_left_in_english() {
        for code in 1..135 {
            let e = io::Error::from_raw_os_error(code);
            let text = os_error(&e);
            assert!(!text.contains("os error"), "{code}: {text}");
            assert!(
                text.chars().next().is_some_and(char::is_lowercase),
                "{code}"
            );
        }
    }
}

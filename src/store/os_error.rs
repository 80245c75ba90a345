//! The system's I/O errors in plain Dutch. A leaf: the reader and the
//! writer both use it, and it uses nothing of theirs.

use std::io;

/// What the system's error means, in Dutch, with what to do.
pub fn os_error(e: &io::Error) -> String {
    use io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "de map of het bestand bestaat niet (meer)".into(),
        K::PermissionDenied => {
            "u hebt hier geen toestemming voor; kies een andere map of vraag de beheerder \
             om toegang"
                .into()
        }
        K::AlreadyExists => "er staat al een bestand met die naam".into(),
        K::ReadOnlyFilesystem => {
            "de schijf is alleen-lezen; kies een andere plek, bijvoorbeeld met F2".into()
        }
        K::StorageFull | K::QuotaExceeded => {
            "de schijf is vol; maak ruimte vrij of kies een andere plek".into()
        }
        K::NotADirectory => "een deel van het pad is een bestand en geen map".into(),
        K::IsADirectory => "dit is een map en geen bestand".into(),
        K::DirectoryNotEmpty => "de map is niet leeg".into(),
        K::FileTooLarge => "het bestand is te groot voor deze schijf".into(),
        K::CrossesDevices => "het bestand kan niet naar een andere schijf worden verplaatst".into(),
        K::InvalidFilename => "de naam is te lang of bevat tekens die hier niet mogen".into(),
        K::TooManyLinks => "er zijn te veel koppelingen naar dit bestand".into(),
        K::ResourceBusy | K::ExecutableFileBusy => {
            "het bestand is in gebruik door een ander programma; probeer het zo nog eens".into()
        }
        K::TimedOut | K::Interrupted | K::WouldBlock => {
            "de schijf reageerde niet op tijd; probeer het nog eens".into()
        }
        K::StaleNetworkFileHandle | K::NetworkDown | K::NotConnected | K::HostUnreachable => {
            "de netwerkschijf is niet bereikbaar; controleer de verbinding".into()
        }
        _ => match e.raw_os_error() {
            Some(code) => format!(
                "de computer meldt een fout bij lezen of schrijven (foutcode {code}); probeer \
                 het nog eens of kies een andere plek"
            ),
            None => "er ging iets mis bij lezen of schrijven; probeer het nog eens of kies \
                     een andere plek"
                .into(),
        },
    }
}

//! The workshop files' errors and remarks in plain Dutch, with the file and
//! the place, and what to do about them.

use crate::text::describe_syntax;

use std::fmt;

use super::case::{MAX_MINUTES, SITUATION_WORDS};
use super::error::{ErrorKind, FileError, FileRemark};
use super::problem::{
    CaseProblem, CaseRemark, FolderProblem, HandInError, Remark, WorkshopProblem,
};
use super::read::ReadError;

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&describe_error(self))
    }
}

impl std::error::Error for FileError {}

/// "Fout in FILE, regel L, kolom C: wat er mis is."
pub fn describe_error(e: &FileError) -> String {
    let place = match e.position {
        Some((line, col)) => format!("{}, regel {line}, kolom {col}", e.file),
        None => e.file.clone(),
    };
    let what = match &e.kind {
        ErrorKind::Read(r) => read_error(r),
        ErrorKind::Syntax(kind) => describe_syntax(kind),
        ErrorKind::Case(p) => case_problem(p),
        ErrorKind::Workshop(p) => workshop_problem(p),
        ErrorKind::Folder(p) => return folder_problem(&e.file, p),
    };
    let end = if what.ends_with(['?', '.']) { "" } else { "." };
    format!("Fout in {place}: {what}{end}")
}

pub fn describe_remark(r: &FileRemark) -> String {
    let what = match &r.remark {
        Remark::Case(CaseRemark::SituationWords(n)) => format!(
            "de situatie telt {n} woorden; voor een groep is {} tot {} woorden goed te lezen",
            SITUATION_WORDS.start(),
            SITUATION_WORDS.end()
        ),
        Remark::Case(CaseRemark::StepWithoutMaterial(step)) => {
            format!("de casus geeft niets bij \"{step}\"")
        }
        Remark::Case(CaseRemark::NoDebrief) => {
            "de casus heeft geen punten voor de nabespreking (debrief)".to_string()
        }
        Remark::NoHandout => {
            "het bestand ontbreekt; de deelnemers hebben dan geen casus op papier \
                              (maak het met: samenwerkwijzer export -f worksheet --case ID)"
                .to_string()
        }
        Remark::NoHandInFolder => {
            "de map ontbreekt; die wordt gemaakt zodra een groep inlevert".to_string()
        }
        Remark::StepNotOnAgenda(step) => {
            format!(
                "de casus heeft materiaal bij \"{step}\", maar die stap staat niet op de agenda"
            )
        }
    };
    format!("Opmerking bij {}: {what}.", r.file)
}

fn read_error(r: &ReadError) -> String {
    match r {
        ReadError::File(refused) => refused.to_string(),
        ReadError::NotText { .. } => {
            "hier staan onleesbare tekens; is dit wel een tekstbestand?".into()
        }
    }
}

fn case_problem(p: &CaseProblem) -> String {
    match p {
        CaseProblem::BadId(id) => format!(
            "id \"{id}\" mag alleen kleine letters, cijfers, '-' en '_' bevatten en begint met een letter"
        ),
        CaseProblem::EmptyText(field) => format!("\"{field}\" is leeg"),
        CaseProblem::NoSteps => "de casus heeft geen stappen (steps)".into(),
        CaseProblem::UnknownStep(step) => {
            format!(
                "stap \"{step}\" staat niet in de gids; gebruik het id van een stap uit de gids"
            )
        }
        CaseProblem::DuplicateStep(step) => format!("stap \"{step}\" staat er twee keer"),
        CaseProblem::Minutes { step, minutes } => {
            format!("bij stap \"{step}\" staat {minutes} minuten; kies 1 tot en met {MAX_MINUTES}")
        }
        CaseProblem::EmptyEntry { step, what } => {
            format!("bij stap \"{step}\" staat een lege regel in \"{what}\"")
        }
        CaseProblem::UnknownQuestion(q) => format!(
            "het startplan geeft een antwoord op \"{q}\", maar die vraag staat niet in de gids"
        ),
        CaseProblem::Answer(message) => format!("in het startplan: {message}"),
        CaseProblem::BadItemId(id) => format!(
            "het id \"{id}\" van een item in het startplan mag alleen kleine letters, cijfers, \
             '.', '-' en '_' bevatten, begint met een letter en lijkt niet op i1, i2 (die zijn \
             voor de app zelf)"
        ),
        CaseProblem::DuplicateItemId(id) => {
            format!("het id \"{id}\" wordt in het startplan voor twee items gebruikt")
        }
        CaseProblem::DuplicateDebrief(id) => {
            format!("het punt \"{id}\" staat twee keer in de nabespreking")
        }
        CaseProblem::UnknownRule { point, rule } => format!(
            "bij punt \"{point}\" staat adviesregel \"{rule}\", maar die regel bestaat niet"
        ),
        CaseProblem::UnknownDebriefQuestion { point, question } => format!(
            "bij punt \"{point}\" staat vraag \"{question}\", maar die vraag staat niet in de gids"
        ),
        CaseProblem::UnknownForm { point, form } => format!(
            "bij punt \"{point}\" staat vorm \"{form}\", maar dat is geen keuze bij de vraag \
             naar de vorm van samenwerking"
        ),
    }
}

fn workshop_problem(p: &WorkshopProblem) -> String {
    match p {
        WorkshopProblem::EmptyTitle => "de titel (title) is leeg".into(),
        WorkshopProblem::BadDate(d) => {
            format!("\"{d}\" is geen datum; schrijf die als dd-mm-jjjj, of laat \"\" staan")
        }
        WorkshopProblem::CaseMismatch { named, found } => format!(
            "hier staat casus \"{named}\", maar casus.ron bevat casus \"{found}\"; zet hier \
             \"{found}\", of zet de goede casus in casus.ron"
        ),
        WorkshopProblem::NoAgenda => "de agenda is leeg".into(),
        WorkshopProblem::BadItemId(id) => format!(
            "id \"{id}\" mag alleen kleine letters, cijfers, '-' en '_' bevatten en begint met een letter"
        ),
        WorkshopProblem::DuplicateItem(id) => {
            format!("onderdeel \"{id}\" staat twee keer op de agenda")
        }
        WorkshopProblem::ItemWithoutTitle(id) => format!("onderdeel \"{id}\" heeft geen titel"),
        WorkshopProblem::UnknownStep { item, step } => format!(
            "onderdeel \"{item}\" noemt stap \"{step}\", maar die stap staat niet in de gids"
        ),
        WorkshopProblem::Minutes { item, minutes } => {
            format!("onderdeel \"{item}\" duurt {minutes} minuten; kies 1 tot en met {MAX_MINUTES}")
        }
        WorkshopProblem::EmptyEntry { item, what } => {
            format!("onderdeel \"{item}\" heeft een lege regel in \"{what}\"")
        }
    }
}

fn folder_problem(folder: &str, p: &FolderProblem) -> String {
    match p {
        FolderProblem::Missing => format!("De map {folder} bestaat niet."),
        FolderProblem::NotAFolder => format!("{folder} is geen map."),
        FolderProblem::Unreadable(m) => format!("De map {folder} kan niet worden gelezen ({m})."),
        FolderProblem::NotEmpty => format!(
            "In {folder} staan al bestanden. Kies een nieuwe of lege map: een workshop wordt \
             nooit over bestaande bestanden heen gezet."
        ),
        FolderProblem::TooManyFiles(n) => {
            format!("In {folder} staan meer dan {n} bestanden; is dit wel de map met casussen?")
        }
        FolderProblem::NoCases => format!("In {folder} staan geen casussen (.ron-bestanden)."),
        FolderProblem::IsWorkshop => format!(
            "{folder} is de map van een workshop. Geef bij --cases een map met casussen op; de \
             casus van deze workshop staat in {folder}/casus.ron."
        ),
        FolderProblem::DuplicateCase { id, other } => format!(
            "Fout in {folder}: casus \"{id}\" staat ook in {other}; geef elke casus een eigen id."
        ),
        FolderProblem::UnknownCase { id, known } => format!(
            "Er is geen casus \"{id}\". Kies uit: {}. Zie: samenwerkwijzer workshop cases",
            known.join(", ")
        ),
        FolderProblem::Write(m) => format!("{folder} kan niet worden geschreven ({m})."),
    }
}

pub fn describe_hand_in_error(e: &HandInError) -> String {
    match e {
        HandInError::NoFolder(dir) => format!(
            "De map {} bestaat niet. Kies een bestaande map, bijvoorbeeld op de USB-stick, of de \
             map van de workshop.",
            dir.display()
        ),
        HandInError::Write(path, e) => format!(
            "Inleveren is mislukt: {} kan niet worden geschreven ({e}). Uw plan is niet \
             veranderd; kies een andere map.",
            path.display()
        ),
        HandInError::NoFreeName(dir) => format!(
            "In {} staan al heel veel plannen met deze naam; geef uw plan een andere naam.",
            dir.display()
        ),
    }
}

//! Errors from the core, told in plain Dutch with what to do about them.

use std::io::ErrorKind;

use crate::guide::{GuideError, GuideErrorKind, Problem};
use crate::plan::{FORMAT_VERSION, FormatError};
use crate::store::LoadError;

pub fn describe_format_error(e: &FormatError) -> String {
    match e {
        FormatError::TooLarge { bytes } => format!(
            "Het bestand is {} MB; een plan is nooit zo groot. Controleer of dit wel een plan is.",
            bytes / (1024 * 1024)
        ),
        FormatError::Empty => {
            "Het bestand is leeg. Gebruik een eerdere versie of maak een nieuw plan.".to_string()
        }
        FormatError::NotText { line, col } => format!(
            "Regel {line}, kolom {col}: het bestand bevat geen gewone tekst (onleesbare tekens). \
             Misschien is het beschadigd of geen plan."
        ),
        FormatError::Syntax { line, col, message } => format!(
            "Regel {line}, kolom {col}: hier klopt de opbouw van het bestand niet ({message}). \
             Herstel het bestand in een teksteditor of gebruik een eerdere versie."
        ),
        FormatError::Newer { found } => format!(
            "Dit plan is gemaakt met een nieuwere Samenwerkwijzer (bestandsversie {found}; \
             deze versie leest tot en met {FORMAT_VERSION}). Werk Samenwerkwijzer bij om het te openen."
        ),
    }
}

pub fn describe_load_error(e: &LoadError) -> String {
    match e {
        LoadError::Format(f) => describe_format_error(f),
        LoadError::Io { kind, message } => match kind {
            ErrorKind::NotFound => "Het bestand bestaat niet (meer).".to_string(),
            ErrorKind::PermissionDenied => {
                "U heeft geen toestemming om dit bestand te lezen.".to_string()
            }
            _ => format!("Het bestand kan niet worden gelezen ({message})."),
        },
    }
}

pub fn describe_guide_error(e: &GuideError) -> String {
    let place = match e.position {
        Some((line, col)) => format!("{}, regel {line}, kolom {col}", e.file),
        None => e.file.clone(),
    };
    let what = match &e.kind {
        GuideErrorKind::Read(m) => format!("kan niet worden gelezen ({m})"),
        GuideErrorKind::Syntax(m) => format!("de opbouw klopt niet ({m})"),
        GuideErrorKind::Invalid(p) => describe_problem(p),
    };
    format!("Fout in de gids: {place}: {what}.")
}

fn describe_problem(p: &Problem) -> String {
    match p {
        Problem::NoSteps => "de gids heeft geen stappen".into(),
        Problem::StepFileName(n) => {
            format!("stapbestand \"{n}\" moet een gewone bestandsnaam in dezelfde map zijn")
        }
        Problem::BadId(id) => {
            format!("id \"{id}\" mag alleen kleine letters, cijfers, '.', '_' en '-' bevatten")
        }
        Problem::DuplicateStepId(id) => format!("stap-id \"{id}\" komt twee keer voor"),
        Problem::DuplicateId(id) => format!("id \"{id}\" komt twee keer voor"),
        Problem::EmptyText { id, what } => format!("bij \"{id}\" is {what} leeg"),
        Problem::NoChoices(id) => format!("vraag \"{id}\" heeft geen keuzes"),
        Problem::DuplicateChoice { question, choice } => {
            format!("vraag \"{question}\" heeft keuze \"{choice}\" twee keer")
        }
        Problem::NumberRange(id) => format!("bij \"{id}\" is min groter dan max"),
        Problem::NoFields(id) => format!("lijst \"{id}\" heeft geen velden"),
        Problem::TitleField { list, field } => {
            format!("title_field \"{field}\" van \"{list}\" is geen tekstveld van die lijst")
        }
        Problem::NestedList(id) => format!("\"{id}\": een lijst kan niet in een lijst staan"),
        Problem::RefsOutsideList(id) => {
            format!("\"{id}\": Refs mag alleen als veld van een lijst")
        }
        Problem::UnknownList { question, list } => format!(
            "\"{question}\" verwijst naar \"{list}\", maar dat is geen lijst die eerder in de gids staat"
        ),
        Problem::UnknownCondition { question, target } => format!(
            "\"{question}\" hangt af van \"{target}\", maar dat is geen keuze- of ja/nee-vraag die eerder staat"
        ),
        Problem::ConditionValue { question, value } => {
            format!("\"{question}\" hangt af van waarde \"{value}\", maar die keuze bestaat niet")
        }
    }
}

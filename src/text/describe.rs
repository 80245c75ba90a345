//! Errors from the core, told in plain Dutch with what to do about them.

use crate::guide::{GuideError, GuideErrorKind, Problem};
use crate::plan::{FORMAT_VERSION, FormatError, MAX_ITEM_NUMBER, PlanProblem, SyntaxKind};
use crate::store::LoadError;

pub fn describe_format_error(e: &FormatError) -> String {
    const FIX: &str = "Kies in de lijst met plannen een eerdere versie (toets v). Of vraag \
                       iemand met verstand van computers het bestand te herstellen.";
    match e {
        FormatError::TooLarge { bytes } => format!(
            "Regel 1, kolom 1: het bestand is {} MB; een plan is nooit zo groot. \
             Controleer of dit wel een plan is.",
            bytes / (1024 * 1024)
        ),
        FormatError::Empty => format!("Regel 1, kolom 1: het bestand is leeg. {FIX}"),
        FormatError::NotAPlan { line, col } => format!(
            "Regel {line}, kolom {col}: dit bestand is geen plan (een plan begint met een \
             haakje: \"(\"). Controleer of u het goede bestand hebt gekozen."
        ),
        FormatError::NotText { line, col } => format!(
            "Regel {line}, kolom {col}: hier staan onleesbare tekens; het bestand is \
             beschadigd of geen plan. {FIX}"
        ),
        FormatError::Syntax { line, col, kind } => {
            format!(
                "Regel {line}, kolom {col}: {}. {FIX}",
                describe_syntax(kind)
            )
        }
        FormatError::Newer { found, line, col } => format!(
            "Regel {line}, kolom {col}: dit plan is gemaakt met een nieuwere versie van Samenwerkwijzer (bestandsversie {found}; \
             deze versie leest tot en met {FORMAT_VERSION}). Werk Samenwerkwijzer bij om het \
             te openen. Het bestand blijft onaangeroerd."
        ),
        FormatError::Invalid { line, col, problem } => {
            let what = match problem {
                PlanProblem::DuplicateId(id) => {
                    format!("het nummer \"{id}\" wordt voor twee onderdelen van een lijst gebruikt")
                }
                PlanProblem::Dangling(id) => {
                    format!("hier wordt verwezen naar \"{id}\", maar dat onderdeel bestaat niet")
                }
                PlanProblem::CounterTooHigh(n) => format!(
                    "de teller voor nieuwe onderdelen (next_item) staat op {n}; dat is hoger \
                     dan {MAX_ITEM_NUMBER}, het hoogste dat kan. Zet hem op één meer dan het \
                     hoogste nummer van een onderdeel"
                ),
                PlanProblem::IdTooHigh(id) => format!(
                    "het nummer van onderdeel \"{id}\" is hoger dan {MAX_ITEM_NUMBER}, het \
                     hoogste dat kan"
                ),
            };
            format!("Regel {line}, kolom {col}: {what}. {FIX}")
        }
    }
}

/// The parser names what it expected in English serde terms.
fn expected_in_dutch(expected: &str) -> String {
    let known = [
        ("string", "tekst tussen aanhalingstekens"),
        ("number", "een getal"),
        ("integer", "een heel getal"),
        ("u8", "een heel getal"),
        ("u32", "een heel getal"),
        ("u64", "een heel getal"),
        ("i64", "een heel getal"),
        ("boolean", "true of false"),
        ("sequence", "een lijst tussen [ ]"),
        ("map", "een tabel tussen { }"),
        ("struct", "een groep tussen ( )"),
        ("enum", "een van de vaste waarden"),
    ];
    known
        .iter()
        .find(|(en, _)| expected.contains(en))
        .map_or_else(|| expected.to_string(), |(_, nl)| (*nl).to_string())
}

/// What a RON syntax error means, in Dutch (without the place).
pub fn describe_syntax(kind: &SyntaxKind) -> String {
    match kind {
        SyntaxKind::UnexpectedEnd => {
            "het bestand houdt hier plotseling op; misschien is het niet helemaal opgeslagen of \
             gekopieerd"
                .to_string()
        }
        SyntaxKind::UnknownField(name) => format!("het veld \"{name}\" is onbekend"),
        SyntaxKind::MissingField(name) => format!("het veld \"{name}\" ontbreekt"),
        SyntaxKind::DuplicateField(name) => format!("het veld \"{name}\" staat er twee keer"),
        SyntaxKind::DuplicateKey(key) => format!(
            "\"{key}\" staat er twee keer; welke van de twee geldt, is niet te zeggen. Haal er \
             een weg"
        ),
        SyntaxKind::UnknownValue(value) => format!("de waarde \"{value}\" is onbekend"),
        SyntaxKind::WrongValue { expected, .. } => format!(
            "hier staat een verkeerd soort waarde (verwacht: {})",
            expected_in_dutch(expected)
        ),
        SyntaxKind::TooDeep => "het bestand zit te ingewikkeld in elkaar".to_string(),
        SyntaxKind::MissingComma => "hier ontbreekt een komma".to_string(),
        SyntaxKind::UnexpectedChar(c) if !c.is_control() => {
            format!("het teken '{c}' hoort hier niet")
        }
        SyntaxKind::UnexpectedChar(_) => "hier staat een teken dat hier niet hoort".to_string(),
        SyntaxKind::TrailingText => {
            "na het einde staat nog tekst; misschien is er iets dubbel geplakt".to_string()
        }
        SyntaxKind::BadEscape => {
            "hier staat een backslash (\\) die niet klopt; schrijf \\\\ voor één backslash"
                .to_string()
        }
        // The parser's own message can quote the file: not shown.
        SyntaxKind::Other(_) => "hier klopt de opbouw van het bestand niet".to_string(),
    }
}

/// A plan that cannot be opened, as a sentence: the format problem, or
/// what is wrong with the file itself (missing, a FIFO, no permission).
pub fn describe_load_error(e: &LoadError) -> String {
    match e {
        LoadError::Format(f) => describe_format_error(f),
        LoadError::Read(r) => sentence(&r.to_string()),
    }
}

/// A clause as a sentence: first letter upper case, a full stop.
fn sentence(clause: &str) -> String {
    let mut chars = clause.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

pub fn describe_guide_error(e: &GuideError) -> String {
    let place = match e.position {
        Some((line, col)) => format!("{}, regel {line}, kolom {col}", e.file),
        None => e.file.clone(),
    };
    let what = match &e.kind {
        GuideErrorKind::Read(m) => format!("kan niet worden gelezen: {m}"),
        GuideErrorKind::TooLarge(n) => format!(
            "het bestand is {} kB; een gidsbestand is nooit zo groot",
            n / 1024
        ),
        GuideErrorKind::NotText => {
            "hier staan onleesbare tekens; is dit wel een tekstbestand?".into()
        }
        GuideErrorKind::Syntax(kind) => describe_syntax(kind),
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

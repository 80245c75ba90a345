//! Strings of the generated documents (exports, worksheets, calendar and
//! the plan comparison), keyed like [`super::Txt`] so that an English
//! edition is one more table. Kept apart from the interface strings because
//! documents are read on paper, without the app.

/// A key into the document string table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Doc {
    // The plan document
    PlanKicker,
    MetaGemeente,
    MetaAuthor,
    MetaCreated,
    MetaUpdated,
    MetaProgress,
    ProgressTotal,
    StepProgress,
    StepProgressDone,
    Contents,
    ItemHeading,
    PerItemHeading,
    Footer,
    // Sections from the advice, when there is advice
    GeneralFindings,
    StepFindings,
    FindingWarning,
    FindingHint,
    SelfScan,
    LegalForms,
    RaadMoments,
    ScanLabel,
    LightGreen,
    LightAmber,
    LightRed,
    FitGood,
    FitFair,
    FitNeutral,
    FitPoor,
    FormChosen,
    ReasonFor,
    ReasonAgainst,
    RaadInstruments,
    MomentPlanned,
    MomentNotPlanned,
    MomentUnknown,
    // The worksheet
    WorksheetKicker,
    WorksheetHowTo,
    WorksheetName,
    WorksheetGemeente,
    WorksheetDate,
    WorksheetQuestion,
    WorksheetOptional,
    WorksheetPickOne,
    WorksheetPickMany,
    WorksheetScale,
    WorksheetNumber,
    WorksheetDateHint,
    WorksheetList,
    WorksheetListItem,
    WorksheetPerItem,
    WorksheetPerItemName,
    WorksheetRefs,
    WorksheetShowIf,
    WorksheetExample,
    // A workshop case printed with the worksheet
    CaseKicker,
    CaseFacts,
    CaseGiven,
    CaseQuestions,
    // The calendar
    CalendarName,
    CalendarReport,
    CalendarEvaluation,
    CalendarEvaluationEveryYear,
    CalendarEvaluationEvery,
    CalendarFromPlan,
    CalendarNoDates,
    CalendarItemWithoutDate,
    // The comparison of two plans
    DiffNone,
    DiffPlan,
    DiffOther,
    DiffTitle,
    DiffGemeente,
    DiffAuthor,
    DiffAdded,
    DiffRemoved,
    DiffChanged,
    DiffItemAdded,
    DiffItemRemoved,
    DiffItemField,
    DiffReordered,
}

impl Doc {
    /// The string in the document language (Dutch).
    pub fn get(self) -> &'static str {
        nl(self)
    }

    /// The string with `{0}`, `{1}` ... replaced by `args`.
    pub fn fill(self, args: &[&dyn std::fmt::Display]) -> String {
        super::fill_str(self.get(), args)
    }
}

fn nl(d: Doc) -> &'static str {
    match d {
        Doc::PlanKicker => "Samenwerkplan",
        Doc::MetaGemeente => "Gemeente",
        Doc::MetaAuthor => "Opgesteld door",
        Doc::MetaCreated => "Aangemaakt",
        Doc::MetaUpdated => "Laatst gewijzigd",
        Doc::MetaProgress => "Voortgang",
        Doc::ProgressTotal => "{0} van {1} vragen beantwoord ({2}%)",
        Doc::StepProgress => "{0} van {1} vragen beantwoord · {2}",
        Doc::StepProgressDone => "{0} van {1} vragen beantwoord",
        Doc::Contents => "Inhoud",
        Doc::ItemHeading => "{0} {1}: {2}",
        Doc::PerItemHeading => "{0}: {1}",
        Doc::Footer => "Gemaakt met Samenwerkwijzer. Stand van het plan: {0}.",
        Doc::GeneralFindings => "Belangrijkste aandachtspunten",
        Doc::StepFindings => "Aandachtspunten bij deze stap",
        Doc::FindingWarning => "Let op",
        Doc::FindingHint => "Tip",
        Doc::SelfScan => "Zelfscan",
        Doc::LegalForms => "Overwegingen bij de vorm van samenwerking",
        Doc::RaadMoments => "Wanneer de raad aan zet is",
        Doc::ScanLabel => "Stand",
        Doc::LightGreen => "groen",
        Doc::LightAmber => "oranje",
        Doc::LightRed => "rood",
        Doc::FitGood => "past goed bij de antwoorden",
        Doc::FitFair => "past redelijk bij de antwoorden",
        Doc::FitNeutral => "de antwoorden zeggen er weinig over",
        Doc::FitPoor => "past minder goed bij de antwoorden",
        Doc::FormChosen => "overwogen in dit plan",
        Doc::ReasonFor => "Voor",
        Doc::ReasonAgainst => "Tegen",
        Doc::RaadInstruments => "Wat de raad in handen houdt",
        Doc::MomentPlanned => "Gepland.",
        Doc::MomentNotPlanned => "Nog niet gepland.",
        Doc::MomentUnknown => "Nog onbekend of dit gepland is.",
        Doc::WorksheetKicker => "Werkblad",
        Doc::WorksheetHowTo => {
            "Vul dit werkblad in met pen, alleen of samen met anderen. Bij elke vraag staat \
             waarom die ertoe doet. U kunt de antwoorden later overnemen in Samenwerkwijzer."
        }
        Doc::WorksheetName => "Naam",
        Doc::WorksheetGemeente => "Gemeente",
        Doc::WorksheetDate => "Datum",
        Doc::WorksheetQuestion => "Vraag {0}",
        Doc::WorksheetOptional => "niet verplicht",
        Doc::WorksheetPickOne => "Kies één antwoord:",
        Doc::WorksheetPickMany => "Kies wat van toepassing is:",
        Doc::WorksheetScale => "Omcirkel of kruis aan: 1 = {0}, 5 = {1}",
        Doc::WorksheetNumber => "Een heel getal van {0} tot en met {1}",
        Doc::WorksheetDateHint => "Datum (dd-mm-jjjj)",
        Doc::WorksheetList => {
            "Vul per {0} de vragen hieronder in. Meer nodig? Gebruik een extra vel."
        }
        Doc::WorksheetListItem => "{0} {1}",
        Doc::WorksheetPerItem => "Beantwoord dit voor elke {0} uit de vraag \"{1}\".",
        Doc::WorksheetPerItemName => "Naam van de {0}",
        Doc::WorksheetRefs => "Kies uit uw antwoorden op \"{0}\" en schrijf ze hier op:",
        Doc::WorksheetShowIf => "Alleen invullen als het antwoord op \"{0}\" is: {1}.",
        Doc::WorksheetExample => "Bijvoorbeeld: {0}",
        Doc::CaseKicker => "Casus",
        Doc::CaseFacts => "Uit de casus",
        Doc::CaseGiven => "Dit staat al in het plan van de casus",
        Doc::CaseQuestions => "Om in de groep te bespreken",
        Doc::CalendarName => "Samenwerkwijzer: {0}",
        Doc::CalendarReport => "Rapportage: {0}",
        Doc::CalendarEvaluation => "Evaluatie van de samenwerking: {0}",
        Doc::CalendarEvaluationEveryYear => "Daarna elk jaar.",
        Doc::CalendarEvaluationEvery => "Daarna om de {0} jaar.",
        Doc::CalendarFromPlan => "Uit het plan \"{0}\".",
        Doc::CalendarNoDates => {
            "Het plan heeft nog geen datums voor de agenda. Vul in stap 4 de datum van de eerste \
             rapportage of van de eerste evaluatie in. De agenda is nu leeg."
        }
        Doc::CalendarItemWithoutDate => {
            "{0} \"{1}\" heeft nog geen datum voor de eerste rapportage en staat niet in de agenda."
        }
        Doc::DiffNone => "Geen verschillen.",
        Doc::DiffPlan => "Plan",
        Doc::DiffOther => "Antwoorden die niet in de gids staan",
        Doc::DiffTitle => "Titel",
        Doc::DiffGemeente => "Gemeente",
        Doc::DiffAuthor => "Opgesteld door",
        Doc::DiffAdded => "{0} ingevuld: {1}",
        Doc::DiffRemoved => "{0} leeggemaakt (was {1})",
        Doc::DiffChanged => "{0} gewijzigd van {1} naar {2}",
        Doc::DiffItemAdded => "{0} {1} toegevoegd",
        Doc::DiffItemRemoved => "{0} {1} verwijderd",
        Doc::DiffItemField => "{0} {1}: {2}",
        Doc::DiffReordered => "Volgorde gewijzigd bij {0}",
    }
}

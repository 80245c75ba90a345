//! Strings of the generated documents (exports, worksheets, calendar and
//! the plan comparison), keyed like [`super::Txt`] so that an English
//! edition is one more table. Kept apart from the interface strings because
//! documents are read on paper, without the app.

/// A key into the document string table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Doc {
    // The plan as a notitie: title block
    PlanKicker,
    MetaGemeente,
    MetaFractie,
    MetaAuthor,
    MetaDate,
    MetaVersion,
    VersionLine,
    Footer,
    // Summary
    SummaryTitle,
    SummaryOpgave,
    SummaryGoal,
    SummaryTogether,
    SummaryTaskColumn,
    SummaryWithColumn,
    SummaryNoPartner,
    SummaryPartners,
    SummaryLead,
    SummaryForm,
    SummaryFormNamed,
    SummaryNoForm,
    SummaryBestFit,
    NoPointsFor,
    MorePoints,
    SummaryFormNote,
    NoPointsAgainst,
    SummaryRaad,
    RaadColumnWhat,
    RaadColumnDate,
    RaadColumnStatus,
    NoDate,
    SummaryFindings,
    SummaryFindingsMore,
    SummaryNotYet,
    // The steps, and what is open
    StepsTitle,
    StepEmpty,
    ItemHeading,
    PerItemHeading,
    OpenTitle,
    OpenIntro,
    OpenContext,
    // The advice, in full
    AdviceTitle,
    AdviceIntro,
    AdviceFindings,
    GeneralFindings,
    FindingWarning,
    FindingHint,
    SourceNote,
    SelfScan,
    ScanLabel,
    LegalForms,
    FormHeading,
    FormHeadingChosen,
    RaadMoments,
    LightGreen,
    LightAmber,
    LightRed,
    FitGood,
    FitFair,
    FitNeutral,
    FitPoor,
    ReasonFor,
    ReasonAgainst,
    GeneralFor,
    GeneralAgainst,
    RaadInstruments,
    MomentPlanned,
    MomentDescribed,
    MomentNotPlanned,
    MomentUnknown,
    MomentApplies,
    SourcesTitle,
    SourceGuide,
    DocxFailed,
    // Shared by the plan and the worksheet
    Contents,
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
    CalendarFromPlanBy,
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
        Doc::PlanKicker => "Notitie",
        Doc::MetaGemeente => "Gemeente",
        Doc::MetaFractie => "Fractie",
        Doc::MetaAuthor => "Opgesteld door",
        Doc::MetaDate => "Datum",
        Doc::MetaVersion => "Versie",
        Doc::VersionLine => "stand van {0}; {1} van {2} antwoorden ingevuld",
        Doc::Footer => "Gemaakt met Samenwerkwijzer. Stand van het plan: {0}.",
        Doc::SummaryTitle => "Samenvatting",
        Doc::SummaryOpgave => "De opgave",
        Doc::SummaryGoal => "Gezamenlijk doel",
        Doc::SummaryTogether => "Wat de gemeente samen doet, en met wie",
        Doc::SummaryTaskColumn => "Taak die de gemeente samen doet",
        Doc::SummaryWithColumn => "Met wie",
        Doc::SummaryNoPartner => "nog geen partner genoemd",
        Doc::SummaryPartners => "Partners:",
        Doc::SummaryLead => "trekker",
        Doc::SummaryForm => "De vorm die wordt overwogen",
        Doc::SummaryFormNamed => "Het plan noemt: {0}.",
        Doc::SummaryNoForm => "Het plan noemt nog geen vorm van samenwerking.",
        Doc::SummaryBestFit => "Bij de antwoorden passen het best: {0} ({1}).",
        Doc::MorePoints => "En {0} meer in het deel Advies.",
        Doc::SummaryFormNote => {
            "Een hulpmiddel bij het gesprek, geen juridisch advies. Alle vormen staan in het deel \
             Advies."
        }
        Doc::NoPointsFor => "De antwoorden geven geen punten voor deze vorm.",
        Doc::NoPointsAgainst => "De antwoorden geven geen punten tegen deze vorm.",
        Doc::SummaryRaad => "Wat de raad besluit, en wanneer",
        Doc::RaadColumnWhat => "Wat de raad doet",
        Doc::RaadColumnDate => "Datum",
        Doc::RaadColumnStatus => "Stand",
        Doc::NoDate => "nog geen datum",
        Doc::SummaryFindings => "Belangrijkste aandachtspunten",
        Doc::SummaryFindingsMore => {
            "Alle aandachtspunten staan met uitleg en bron in het deel Advies."
        }
        Doc::SummaryNotYet => "Het plan zegt hier nog niets over.",
        Doc::StepsTitle => "Het plan stap voor stap",
        Doc::StepEmpty => "In deze stap is nog niets ingevuld.",
        Doc::ItemHeading => "{0} {1}: {2}",
        Doc::PerItemHeading => "{0}: {1}",
        Doc::OpenTitle => "Nog open",
        Doc::OpenIntro => "Deze vragen zijn nog niet beantwoord.",
        Doc::OpenContext => "{0} \"{1}\": ",
        Doc::AdviceTitle => "Advies",
        Doc::AdviceIntro => {
            "Wat Samenwerkwijzer opmerkt bij de antwoorden in dit plan. Het advies helpt bij \
             het gesprek in de raad en met het college; het is geen juridisch advies."
        }
        Doc::AdviceFindings => "Aandachtspunten per stap",
        Doc::GeneralFindings => "Het hele plan",
        Doc::FindingWarning => "Let op",
        Doc::FindingHint => "Tip",
        Doc::SourceNote => "(Bron: {0})",
        Doc::SelfScan => "Zelfscan",
        Doc::ScanLabel => "Stand",
        Doc::LegalForms => "Overwegingen bij de vorm van samenwerking",
        Doc::FormHeading => "{0}: {1}",
        Doc::FormHeadingChosen => "{0}: {1} (overwogen in dit plan)",
        Doc::RaadMoments => "Wanneer de raad aan zet is",
        Doc::LightGreen => "groen",
        Doc::LightAmber => "oranje",
        Doc::LightRed => "rood",
        Doc::FitGood => "past goed bij de antwoorden",
        Doc::FitFair => "past redelijk bij de antwoorden",
        Doc::FitNeutral => "de antwoorden zeggen er weinig over",
        Doc::FitPoor => "past minder goed bij de antwoorden",
        Doc::ReasonFor => "Voor",
        Doc::ReasonAgainst => "Tegen",
        Doc::GeneralFor => "In het algemeen voor",
        Doc::GeneralAgainst => "In het algemeen tegen",
        Doc::RaadInstruments => "Wat de raad in handen houdt",
        Doc::MomentPlanned => "Gepland",
        Doc::MomentDescribed => "Beschreven",
        Doc::MomentNotPlanned => "Nog niet gepland",
        Doc::MomentUnknown => "Nog onbekend",
        Doc::MomentApplies => "Geldt",
        Doc::SourcesTitle => "Bronnen",
        Doc::SourceGuide => "De vragen volgen de gids \"{0}\".",
        Doc::DocxFailed => "Het Word-bestand kon niet worden gemaakt: {0}",
        Doc::Contents => "Inhoud",
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
        Doc::CalendarFromPlanBy => "Uit het plan \"{0}\" van {1}.",
        Doc::CalendarNoDates => {
            "Geen agenda gemaakt: er staan nog geen datums in het plan. Vul die in bij stap 4 \
             (eerste rapportage of evaluatie)."
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

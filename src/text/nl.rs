//! Dutch interface strings (the first language of the product).

use super::Txt;

pub fn text(t: Txt) -> &'static str {
    match t {
        Txt::AppName => "Samenwerkwijzer",
        Txt::StepOf => "Stap {0} van {1}",
        Txt::Saved => "Opgeslagen {0}",
        Txt::Unsaved => "Nog niet opgeslagen",
        Txt::SaveFailed => "Opslaan mislukt",
        Txt::Steps => "Stappen",
        Txt::Progress => "Voortgang",
        Txt::AnsweredOf => "{0} van {1} vragen",
        Txt::StatusNotStarted => "niet begonnen",
        Txt::StatusInProgress => "bezig",
        Txt::StatusComplete => "klaar",
        Txt::NotAnswered => "(nog niet ingevuld)",
        Txt::NotAnsweredOptional => "(nog niet ingevuld, niet verplicht)",
        Txt::NoItemsYet => "(nog geen {0})",
        Txt::AndMore => "… en nog {0}",
        Txt::ListEmptyHint => "Nog niets in deze lijst. Druk op n om een {0} toe te voegen.",
        Txt::PerItemNeedsList => {
            "Deze vraag gaat over elke {0} uit \"{1}\". Die lijst is nog leeg."
        }
        Txt::Unnamed => "(zonder naam)",
        Txt::ItemOf => "{0} {1} van {2}",
        Txt::WrongKind => {
            "(dit antwoord past niet meer bij de vraag; het blijft bewaard in het bestand)"
        }
        Txt::Scale => "{0} van 5",
        Txt::YesNoJa => "Ja",
        Txt::YesNoNee => "Nee",
        Txt::YesNoWeetNiet => "Weet ik niet",
        Txt::HintShortText => "Typ uw antwoord. Enter of Esc: klaar.",
        Txt::HintLongText => "Typ uw antwoord. Enter: nieuwe regel. Esc: klaar.",
        Txt::HintPickOne => "Kies met ↑/↓ en druk op Enter.",
        Txt::HintPickMany => "Kies met ↑/↓, zet aan of uit met de spatiebalk, Enter: klaar.",
        Txt::HintNumber => "Typ een heel getal van {0} tot en met {1}.",
        Txt::HintDate => "Typ een datum als dd-mm-jjjj, bijvoorbeeld 15-04-2027.",
        Txt::HintList => "Kies met ↑/↓. Enter: openen. n: nieuw. Del: verwijderen.",
        Txt::HintRecord => "Tab: volgende vraag. Enter: bewerken. Esc: terug naar de lijst.",
        Txt::HintBrowse => "Tab: volgende vraag. Enter: beantwoorden. PgDn: volgende stap.",
        Txt::BadNumber => {
            "Dit is geen heel getal van {0} tot en met {1}. Pas het aan of maak het veld leeg."
        }
        Txt::BadDate => "Dit is geen geldige datum. Schrijf dd-mm-jjjj, of maak het veld leeg.",
        Txt::NoRefsYet => "Er is nog niets om uit te kiezen: vul eerst \"{0}\" in.",
        Txt::HelpPanelTitle => "Waarom deze vraag?",
        Txt::RaadRole => "Rol van de raad: {0}",
        Txt::RoleKaderstellend => "kaderstellend",
        Txt::RoleControlerend => "controlerend",
        Txt::RoleVolksvertegenwoordigend => "volksvertegenwoordigend",
        Txt::HelpOverlayTitle => "Hulp",
        Txt::HelpKeysTitle => "Toetsen",
        Txt::HelpMarksLegend => "Tekens bij de stappen: ○ niet begonnen · ◑ bezig · ● klaar",
        Txt::HelpClose => "Esc of F1: hulp sluiten · ↑/↓: scrollen",
        Txt::HelpMore => "… meer lezen: druk op F1",
        Txt::KeyNextField => "volgende vraag",
        Txt::KeyPrevField => "vorige vraag",
        Txt::KeyMove => "omhoog/omlaag",
        Txt::KeyEdit => "beantwoorden",
        Txt::KeyDone => "klaar",
        Txt::KeyBack => "terug",
        Txt::KeyNextStep => "volgende stap",
        Txt::KeyPrevStep => "vorige stap",
        Txt::KeyHelp => "hulp",
        Txt::KeySave => "opslaan",
        Txt::KeyQuit => "stoppen",
        Txt::KeyAdd => "nieuw",
        Txt::KeyRemove => "verwijderen",
        Txt::KeyReorder => "verplaatsen",
        Txt::KeyChoose => "kiezen",
        Txt::KeyToggle => "aan/uit",
        Txt::KeyClear => "wissen",
        Txt::KeyUndo => "ongedaan maken",
        Txt::KeyRedo => "opnieuw doen",
        Txt::KeyOpen => "openen",
        Txt::KeyNewPlan => "nieuw plan",
        Txt::KeyRename => "naam wijzigen",
        Txt::KeyDelete => "verwijderen",
        Txt::KeyYes => "ja",
        Txt::KeyNo => "nee",
        Txt::KeyScroll => "scrollen",
        Txt::KeyNewline => "nieuwe regel",
        Txt::KeySpaceName => "Spatie",
        Txt::KeyVersions => "eerdere versies",
        Txt::KeyRestore => "terugzetten",
        Txt::KeyDiscard => "weggooien",
        Txt::KeyLater => "later",
        Txt::KeySaveAs => "ergens anders opslaan",
        Txt::VersionsTitle => "Eerdere versies van \"{0}\"",
        Txt::VersionsEmpty => {
            "Van dit plan zijn nog geen eerdere versies bewaard. Samenwerkwijzer bewaart een versie zodra u een plan opent en wijzigt, en daarna elke tien minuten (de laatste tien)."
        }
        Txt::VersionRestored => {
            "De versie van {0} is teruggezet. De versie die er stond, is bewaard bij de eerdere versies."
        }
        Txt::RecoverTitle => "Herstelkopie gevonden",
        Txt::RecoverBody => {
            "Van plan \"{0}\" is op {1} een herstelkopie gemaakt, omdat Samenwerkwijzer niet normaal kon opslaan of stoppen. Enter: terugzetten en openen (de versie die er nu staat, wordt eerst bewaard bij de eerdere versies). Del: weggooien (naar de prullenbak). Esc: later beslissen."
        }
        Txt::RecoverDone => "De herstelkopie is teruggezet.",
        Txt::RecoverDiscarded => "De herstelkopie is naar de prullenbak verplaatst.",
        Txt::SaveAsTitle => "Ergens anders opslaan",
        Txt::SaveAsPrompt => {
            "Typ waar het plan moet komen, bijvoorbeeld ~/Documenten/plan.ron of een USB-stick. Daarna werkt u verder in dat bestand. Enter: opslaan. Esc: terug."
        }
        Txt::SaveAsDone => "Plan opgeslagen in {0}. U werkt nu verder in dat bestand.",
        Txt::SaveAsExists => {
            "Daar staat al een bestand ({0}). Kies een andere naam; Samenwerkwijzer overschrijft het niet."
        }
        Txt::MsgPlanBusy => {
            "Dit plan is al geopend in een ander venster met Samenwerkwijzer. Sluit het daar eerst, dan kan niemand elkaars werk overschrijven."
        }
        Txt::MsgConflict => {
            "Het planbestand is intussen buiten Samenwerkwijzer gewijzigd. Het is niet overschreven: uw versie staat nu in {0}, en daar werkt u verder."
        }
        Txt::MsgQuitRecovered => "Opslaan lukte niet; er is een herstelkopie gemaakt in {0}.",
        Txt::ExitRecovered => {
            "Samenwerkwijzer kon het plan niet op de gewone plek opslaan ({0}). Er staat een herstelkopie in {1}; bij de volgende start kunt u die terugzetten."
        }
        Txt::ExitCrashRecovered => {
            "Er ging iets mis in Samenwerkwijzer. Uw laatste wijzigingen staan in een herstelkopie: {0}. Start Samenwerkwijzer opnieuw om die terug te zetten."
        }
        Txt::ExitDump => {
            "Samenwerkwijzer kon uw plan nergens opslaan ({0}). Hieronder staat het hele plan; bewaar deze tekst in een bestand met de naam plan.ron en open het later met: samenwerkwijzer open plan.ron"
        }
        Txt::KeyPlans => "naar de lijst met plannen",
        Txt::KeyClearAll => "alles uit",
        Txt::GroupEverywhere => "Overal",
        Txt::GroupQuestions => "Vragen",
        Txt::GroupEditing => "Antwoord typen of kiezen",
        Txt::GroupLists => "Lijsten",
        Txt::GroupPicker => "Plannen kiezen",
        Txt::GroupDialogs => "Vragen om bevestiging",
        Txt::TooSmallTitle => "Venster te klein",
        Txt::TooSmallBody => {
            "Maak het venster groter: minstens {0} × {1} tekens. Nu is het {2} × {3}."
        }
        Txt::PickerTitle => "Kies een plan",
        Txt::PickerColPlan => "Plan",
        Txt::PickerColUpdated => "Gewijzigd",
        Txt::PickerColProgress => "Voortgang",
        Txt::PickerEmpty => "U heeft nog geen plannen. Druk op n om een nieuw plan te maken.",
        Txt::PickerDamaged => "beschadigd",
        Txt::PickerWhere => "Plannen staan in {0}",
        Txt::NewPlanTitle => "Nieuw plan",
        Txt::NewPlanPrompt => {
            "Geef het plan een naam, bijvoorbeeld de opgave of de regio. Enter: maken. Esc: terug."
        }
        Txt::RenameTitle => "Naam van het plan wijzigen",
        Txt::ConfirmDeletePlan => "Plan \"{0}\" verwijderen?",
        Txt::ConfirmDeletePlanBody => {
            "Het bestand gaat naar de prullenbak in de map met gegevens. Daar kunt u het terughalen."
        }
        Txt::PlanTrashed => "Plan verplaatst naar {0}",
        Txt::PlanCreated => "Nieuw plan gemaakt: {0}",
        Txt::DefaultPlanTitle => "Nieuw plan",
        Txt::ConfirmRemoveItem => "{0} \"{1}\" verwijderen?",
        Txt::ConfirmRemoveItemBody => {
            "De antwoorden bij deze {0} verdwijnen, ook waar andere stappen ernaar verwijzen."
        }
        Txt::ItemRemoved => "{0} verwijderd.",
        Txt::MsgSaved => "Plan opgeslagen.",
        Txt::MsgSaveFailed => {
            "Opslaan is mislukt: {0}. Uw antwoorden staan nog in het geheugen. Los het probleem op en druk op Ctrl-S."
        }
        Txt::MsgOpenFailed => "Dit plan kan niet worden geopend. {0}",
        Txt::MsgListFailed => "De map met plannen kan niet worden gelezen: {0}",
        Txt::MsgCreateFailed => "Het plan kan niet worden gemaakt: {0}",
        Txt::MsgTitleEmpty => "Geef het plan eerst een naam.",
        Txt::MsgDamagedPlan => {
            "Dit plan is beschadigd en wordt niet geopend; het bestand blijft zoals het is. {0}"
        }
        Txt::MsgWelcome => {
            "Welkom! Begin met stap 0. Tab gaat naar de volgende vraag, Enter beantwoordt de vraag."
        }
        Txt::MsgQuitSaveFailed => {
            "Stoppen is uitgesteld: opslaan mislukte ({0}). Druk nogmaals op Ctrl-Q om toch te stoppen."
        }
        Txt::MsgMigrated => {
            "Dit plan had een oudere bestandsvorm (versie {0}). Het wordt bij de eerstvolgende wijziging in de nieuwe vorm opgeslagen; de oude versie blijft bewaard in de geschiedenis."
        }
        Txt::MsgFirstStep => "Dit is de eerste stap.",
        Txt::MsgLastStep => "Dit is de laatste stap. Uw plan wordt steeds vanzelf opgeslagen.",
        Txt::Breadcrumb => " › ",
    }
}

//! Every user-facing interface string, keyed.
//!
//! Widgets ask for a [`Txt`] and never spell out words themselves, so an
//! English edition is one more table beside [`nl`], not a hunt through the
//! UI code. Templates use `{0}`, `{1}` ... for values; see [`fill`].

mod controls;
mod describe;
mod doc;
mod nl;

pub use controls::neutralise_controls;
pub use describe::{
    describe_format_error, describe_guide_error, describe_load_error, describe_syntax,
};
pub use doc::Doc;

/// A key into the string table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Txt {
    AppName,
    // Header and save state
    Saved,
    Unsaved,
    SaveFailed,
    // Sidebar
    Steps,
    Progress,
    AnsweredOf,
    StatusNotStarted,
    StatusInProgress,
    StatusComplete,
    // Form
    NotAnswered,
    NotAnsweredOptional,
    NoItemsYet,
    AndMore,
    ListEmptyHint,
    PerItemNeedsList,
    Unnamed,
    ItemOf,
    WrongKind,
    Scale,
    YesNoJa,
    YesNoNee,
    YesNoWeetNiet,
    // Editing hints
    HintShortText,
    HintLongText,
    HintPickOne,
    HintPickMany,
    HintNumber,
    HintDate,
    BadNumber,
    BadDate,
    NoRefsYet,
    // Help
    HelpPanelTitle,
    RaadRole,
    RoleKaderstellend,
    RoleControlerend,
    RoleVolksvertegenwoordigend,
    RoleKaderstellendExplained,
    RoleControlerendExplained,
    RoleVolksvertegenwoordigendExplained,
    HelpOverlayTitle,
    HelpClose,
    HelpMore,
    // Key labels
    KeyNextField,
    KeyPrevField,
    KeyMove,
    KeyEdit,
    KeyDone,
    KeyBack,
    KeyNextStep,
    KeyPrevStep,
    KeyHelp,
    KeySave,
    KeyQuit,
    KeyAdd,
    KeyRemove,
    KeyReorder,
    KeyChoose,
    KeyToggle,
    KeyClear,
    KeyUndo,
    KeyRedo,
    KeyOpen,
    KeyNewPlan,
    KeyDelete,
    KeyYes,
    KeyNo,
    KeyScroll,
    KeySpaceName,
    KeyGoTo,
    KeyQuestions,
    KeyBackToList,
    KeyExport,
    TabQuestions,
    TabFindings,
    TabForms,
    TabRaad,
    TabOverview,
    TabExport,
    TabCase,
    KeyShowFindings,
    KeyShowForms,
    KeyShowRaad,
    KeyShowOverview,
    KeyShowExport,
    KeyShowCase,
    FindingsTitle,
    FindingsNone,
    FindingWarning,
    FindingHint,
    FindingWhy,
    FindingSource,
    FindingAction,
    FindingsAtItems,
    FindingAtItem,
    FormsTitle,
    FormsChosen,
    FormsFor,
    FormsAgainst,
    FormsInstruments,
    FormsGeneralFor,
    FormsGeneralAgainst,
    FormsProperties,
    FormsNothing,
    RaadTitle,
    RaadPlanned,
    RaadNotPlanned,
    RaadUnknown,
    RaadDescribed,
    RaadApplies,
    RaadRoles,
    RaadRolesExplained,
    OverviewTitle,
    LightGreen,
    LightAmber,
    LightRed,
    LegendLights,
    LegendGreen,
    LegendAmber,
    LegendRed,
    ExportTitle,
    ExportHtml,
    ExportDocx,
    ExportMarkdown,
    ExportCalendar,
    ExportWorksheet,
    ExportDone,
    ExportFailed,
    ExportHint,
    ExportHandIn,
    ExportHandInNamed,
    HandInTitle,
    HandInPrompt,
    HandInDone,
    HandInDoneNamed,
    HandInSame,
    FindingStep,
    KeyVersions,
    KeyRestore,
    KeyDiscard,
    KeyLater,
    KeySaveAs,
    VersionsTitle,
    VersionsEmpty,
    VersionsHint,
    VersionRestored,
    RecoverTitle,
    RecoverBody,
    RecoverDone,
    RecoverDiscarded,
    SaveAsTitle,
    SaveAsPrompt,
    SaveAsDone,
    SaveAsExists,
    MsgPlanBusy,
    MsgConflict,
    ExitRecovered,
    ExitCrashRecovered,
    ExitDump,
    KeyPlans,
    KeyClearAll,
    // Key-group headings in the help overlay
    // Too small
    TooSmallTitle,
    TooSmallBody,
    // Picker
    PickerTitle,
    PickerColPlan,
    PickerColUpdated,
    PickerColProgress,
    PickerEmpty,
    PickerDamaged,
    PickerWhere,
    NewPlanTitle,
    NewPlanPrompt,
    ConfirmDeletePlan,
    ConfirmDeletePlanBody,
    PlanTrashed,
    DefaultPlanTitle,
    // Item removal
    ConfirmRemoveItem,
    ConfirmRemoveItemBody,
    ItemRemoved,
    // Undo and redo (W18)
    UndoAnswer,
    UndoAdd,
    UndoRemove,
    UndoMove,
    MsgUndone,
    MsgRedone,
    MsgUndoneTyping,
    MsgNothingToUndo,
    MsgNothingToRedo,
    // Messages
    MsgSaved,
    MsgSaveFailed,
    MsgHistoryFailed,
    MsgOpenFailed,
    MsgListFailed,
    MsgCreateFailed,
    MsgTitleEmpty,
    MsgDamagedPlan,
    MsgWelcome,
    MsgQuitSaveFailed,
    MsgFirstStep,
    MsgMigrated,
    MsgLastStep,
    Breadcrumb,
    MsgPasteControls,
    // Plain line mode (issue 15)
    PlainWelcome,
    PlainCreated,
    PlainOpened,
    PlainProgress,
    PlainOneFindingAtStart,
    PlainFindingsAtStart,
    PlainStep,
    PlainQuestion,
    PlainOptional,
    PlainItemQuestion,
    PlainItemQuestionUnnamed,
    PlainNow,
    PlainNowFilledIn,
    PlainNotYet,
    PlainExample,
    PlainHintShortText,
    PlainHintLongText,
    PlainHintChoice,
    PlainHintMulti,
    PlainHintScale,
    PlainHintYesNo,
    PlainHintNumberUnit,
    PlainHintDate,
    PlainEmptyKeeps,
    PlainEmptySkips,
    PlainEmptyGoesOn,
    PlainChosen,
    PlainNoted,
    PlainNotedValue,
    PlainCleared,
    PlainNothingToClear,
    PlainMoreLines,
    PlainBadChoice,
    PlainBadMulti,
    PlainBadScale,
    PlainBadYesNo,
    PlainBadNumber,
    PlainBadDate,
    PlainNothingToChoose,
    PlainBadStep,
    PlainBadQuestionNumber,
    PlainFirstQuestion,
    PlainAtTheEnd,
    PlainListEmpty,
    PlainListCount,
    PlainListItem,
    PlainListItemStatus,
    PlainNotAllAnswered,
    PlainHintList,
    PlainHintPerItem,
    PlainPerItemIntro,
    PlainBadMenu,
    PlainBadPerItemMenu,
    PlainBadItemNumber,
    PlainNoAddHere,
    PlainNoRemoveHere,
    PlainNewItem,
    PlainItemDone,
    PlainItemDropped,
    PlainConfirmHint,
    PlainBadConfirm,
    PlainNotRemoved,
    PlainLineTooLong,
    PlainControlsDropped,
    PlainSaveFailed,
    PlainStopSaveFailed,
    PlainGoodbye,
    PlainEndOfInput,
    PlainScriptStopped,
    PlainNoPlan,
    PlainNewFinding,
    PlainFindingGone,
    PlainFindingsMore,
    PlainFindingsCount,
    PlainFindingHead,
    PlainFindingAbout,
    PlainOverviewStep,
    PlainFormLine,
    PlainFormsHint,
    PlainBadForm,
    PlainRaadMoment,
    PlainRoleCount,
    PlainHelpTitle,
    PlainHelpExplain,
    PlainHelpBack,
    PlainHelpForward,
    PlainHelpQuestion,
    PlainHelpStep,
    PlainHelpClear,
    PlainHelpOverview,
    PlainHelpAdvice,
    PlainHelpForms,
    PlainHelpRaad,
    PlainHelpSave,
    PlainHelpStop,
    PlainHelpLists,
    PlainHelpItems,
    PlainHelpMore,
    PlainNewPlanName,
    PlainRecoverOffer,
    PlainRecoverHint,
    PlainRecoverLater,
    PlainNoPlansYet,
    PlainPlansCount,
    PlainPlanLine,
    PlainPlanDamaged,
    PlainDamagedPlan,
    PlainPickerHint,
    PlainBadPlanNumber,
    // The case of a workshop, beside the questions
    CaseSituation,
    CaseAtStep,
    CaseFacts,
    CaseGiven,
    CaseQuestions,
    CaseNone,
    KeyNewLine,
    MsgPickerFailed,
    // guide check
    GuideUnmet,
    GuideUnmetMissing,
    GuideUnmetKind,
    GuideUnmetChoice,
    GuideUsedByRule,
    GuideUsedByForms,
    GuideUsedByRaad,
    GuideUsedByCalendar,
    // Screens that scroll, the key bar and the message log (issue 11)
    KeyClose,
    KeyPage,
    KeyEnds,
    KeyPageDetails,
    KeyEndsDetails,
    KeyNextDetail,
    KeyPrevDetail,
    KeySaveDetails,
    KeyCancel,
    KeyPlanDetails,
    KeyMessages,
    KeyMouse,
    ScrollMore,
    ScrollMiddle,
    ScrollEnd,
    MsgMore,
    TabFormsShort,
    TabExportShort,
    StepAhead,
    StepAheadOne,
    StepLast,
    SavedShort,
    StepNumber,
    FormMore,
    ExampleLine,
    DatePlaceholder,
    IntroMore,
    FindingsCounted,
    FormsBasis,
    MessagesTitle,
    MessagesClose,
    MessagesNone,
    MsgMouseOn,
    HomeFolder,
    MsgMouseOff,
    DetailsTitle,
    DetailsIntro,
    DetailsDateHint,
    DetailTitle,
    DetailGemeente,
    DetailAuthor,
    DetailFractie,
    DetailDate,
    MsgDetailsSaved,
    HelpKeysHere,
    HelpOtherKeys,
    HelpSigns,
    HelpMouseTitle,
    HelpMouse,
    HelpSignSteps,
    HelpSignMarks,
    HelpSignLights,
    HelpSignBadge,
    HelpSignFocus,
    HelpSignChoices,
    HelpSignPanels,
    HelpSignMore,
    HelpPickerScreen,
    HelpFindingsScreen,
    HelpFormsScreen,
    HelpRaadScreen,
    HelpOverviewScreen,
    HelpExportScreen,
    GroupMove,
    GroupAnswer,
    GroupScreens,
    GroupFile,
    PlacePicker,
    PlaceDialogs,
    PlaceReading,
    PlaceForm,
    PlaceTyping,
    PlacePicking,
    PlaceList,
    PlaceRecord,
    PlacePanel,
    ItemOpen,
    OverviewOpen,
    OverviewNoneOpen,
    OverviewEnter,
    StepProgress,
    OpenQuestion,
    OpenField,
    HelpCaseScreen,
    PlaceCase,
}

impl Txt {
    /// The string in the interface language (Dutch).
    pub fn get(self) -> &'static str {
        nl::text(self)
    }
}

/// `template` with `{0}`, `{1}` ... replaced by `args`.
pub fn fill(template: Txt, args: &[&dyn std::fmt::Display]) -> String {
    fill_str(template.get(), args)
}

/// A Dutch enumeration: "a", "a en b", "a, b en c".
pub fn and_list(items: &[String]) -> String {
    joined(items, "en")
}

/// A Dutch choice: "a", "a of b", "a, b of c".
pub fn or_list(items: &[String]) -> String {
    joined(items, "of")
}

fn joined(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}

/// One pass over the template, so a value that itself contains `{1}` (a
/// title typed by a user) is never filled in again.
pub(crate) fn fill_str(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let place = after
            .find('}')
            .and_then(|close| Some((close, after[..close].parse::<usize>().ok()?)))
            .and_then(|(close, i)| Some((close, args.get(i)?)));
        match place {
            Some((close, arg)) => {
                out.push_str(&arg.to_string());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_commas_and_one_last_word() {
        let v = |xs: &[&str]| xs.iter().map(|x| (*x).to_string()).collect::<Vec<_>>();
        assert_eq!(or_list(&v(&[])), "");
        assert_eq!(or_list(&v(&["Stichting"])), "Stichting");
        assert_eq!(
            or_list(&v(&["Stichting", "Vereniging", "BV"])),
            "Stichting, Vereniging of BV"
        );
        assert_eq!(and_list(&v(&["a", "b"])), "a en b");
    }

    #[test]
    fn fill_replaces_numbered_places() {
        assert_eq!(fill_str("Stap {0} van {1}", &[&2, &5]), "Stap 2 van 5");
        assert_eq!(fill_str("{0} {0}", &[&"a"]), "a a");
        assert_eq!(
            fill_str("{x} {9}", &[&"a"]),
            "{x} {9}",
            "unknown places stay"
        );
    }

    #[test]
    fn fill_never_fills_a_value_again() {
        assert_eq!(fill_str("{0} naar {1}", &[&"{1}", &"b"]), "{1} naar b");
    }
}

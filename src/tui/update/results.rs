//! What `update` makes of the driver's answers: the new screen, the state
//! after a save, and a message in plain Dutch.

use crate::present::format_datetime;
use crate::text::{Txt, fill};
use crate::tui::effect::{Done, Effect, Opened, SaveAsFailure};
use crate::tui::keymap::say;
use crate::tui::state::{App, Editor, Message, Overlay, Picker, SaveState, Screen};

use super::picker::name_input;
use super::save;

pub fn done(app: &mut App, done: Done) -> Vec<Effect> {
    match done {
        Done::Saved {
            revision,
            path,
            copy,
            at,
            history_failed,
            then,
        } => {
            if let Some(why) = history_failed
                && !app.history_warned
            {
                // Saving works; only the earlier versions do not. Said once (R15).
                app.history_warned = true;
                app.message = Some(Message::error(fill(Txt::MsgHistoryFailed, &[&why])));
            }
            save::saved(app, revision, path, copy, at, then)
        }
        Done::SaveFailed { why, then } => save::failed(app, why, then),
        Done::Rescued {
            written,
            why,
            crashed,
        } => {
            app.exit_note = Some(save::exit_note(app, &written, &why, crashed));
            app.quit = true;
            Vec::new()
        }
        Done::Opened {
            path,
            plan,
            how,
            case,
        } => {
            let mut editor = Editor::new(path, *plan, &app.guide, app.policy);
            editor.case = case;
            app.screen = Screen::Editor(Box::new(editor));
            app.overlays.clear();
            let text = match how {
                Opened::File {
                    migrated_from: Some(old),
                } => Some(fill(Txt::MsgMigrated, &[&old])),
                Opened::File {
                    migrated_from: None,
                } => None,
                Opened::Created => Some(say(Txt::MsgWelcome, &[])),
                Opened::Recovered => Some(Txt::RecoverDone.get().to_string()),
            };
            app.message = text.map(Message::info);
            Vec::new()
        }
        Done::Busy => {
            app.message = Some(Message::error(Txt::MsgPlanBusy.get()));
            list_plans(app)
        }
        Done::OpenFailed(why) => {
            app.message = Some(Message::error(fill(Txt::MsgOpenFailed, &[&why])));
            Vec::new()
        }
        Done::CreateFailed(why) => {
            app.message = Some(Message::error(fill(Txt::MsgCreateFailed, &[&why])));
            Vec::new()
        }
        Done::Plans {
            plans,
            recover,
            error,
            select,
        } => {
            let mut picker = Picker::new(plans);
            if let Some(path) = select {
                picker.selected = picker
                    .plans
                    .iter()
                    .position(|p| p.path == path)
                    .unwrap_or(0);
            }
            app.screen = Screen::Picker(Box::new(picker));
            app.overlays.clear();
            app.overlays.extend(recover.map(Overlay::Recover));
            if let Some(e) = error {
                app.message = Some(Message::error(fill(Txt::MsgListFailed, &[&e])));
            }
            Vec::new()
        }
        Done::DetailsRead { path, result } => {
            match result {
                Ok(details) => app
                    .overlays
                    .push(Overlay::Details(super::plan_details::form(
                        Some(path),
                        &details,
                    ))),
                Err(why) => app.message = Some(Message::error(fill(Txt::MsgPickerFailed, &[&why]))),
            }
            Vec::new()
        }
        Done::DetailsSaved(result) => {
            app.message = Some(match result {
                Ok(()) => Message::info(Txt::MsgDetailsSaved.get()),
                Err(why) => Message::error(fill(Txt::MsgPickerFailed, &[&why])),
            });
            list_plans(app)
        }
        Done::Trashed(result) => {
            app.message = Some(match result {
                Ok(to) => Message::info(fill(Txt::PlanTrashed, &[&to.display()])),
                Err(why) => Message::error(why),
            });
            list_plans(app)
        }
        Done::Versions { path, versions } => {
            if let Screen::Picker(p) = &app.screen {
                let title = p
                    .plans
                    .iter()
                    .find(|s| s.path == path)
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                app.overlays.push(Overlay::Versions {
                    path,
                    title,
                    versions,
                    selected: 0,
                });
            }
            Vec::new()
        }
        Done::VersionsFailed(why) => {
            app.message = Some(Message::error(why));
            Vec::new()
        }
        Done::Restored(result) => {
            app.message = Some(match result {
                Ok(taken) => {
                    let taken = taken
                        .map(|t| format_datetime(t, &app.tz))
                        .unwrap_or_default();
                    Message::info(fill(Txt::VersionRestored, &[&taken]))
                }
                Err(why) => Message::error(fill(Txt::MsgPickerFailed, &[&why])),
            });
            list_plans(app)
        }
        Done::RecoverFailed(why) => {
            app.message = Some(Message::error(fill(Txt::MsgPickerFailed, &[&why])));
            list_plans(app)
        }
        Done::RecoverGone => list_plans(app),
        Done::Discarded(result) => {
            app.message = Some(match result {
                Ok(()) => Message::info(Txt::RecoverDiscarded.get()),
                Err(why) => Message::error(why),
            });
            list_plans(app)
        }
        Done::SaveAsSuggested(text) => {
            app.overlays.push(Overlay::SaveAs(name_input(&text)));
            Vec::new()
        }
        Done::ExportFolder(folder) => {
            if app.editor().is_some() {
                app.overlays.push(Overlay::Export {
                    selected: 0,
                    folder,
                });
            }
            Vec::new()
        }
        Done::HandInSuggested { text, with_author } => {
            app.overlays.push(Overlay::HandIn {
                input: name_input(&text),
                with_author,
            });
            Vec::new()
        }
        Done::HandedIn {
            result,
            typed,
            with_author,
        } => {
            use crate::workshop::participant::HandedIn;
            app.message = Some(match result {
                Ok(HandedIn::Written(path)) => {
                    let done = if with_author {
                        Txt::HandInDoneNamed
                    } else {
                        Txt::HandInDone
                    };
                    Message::info(fill(done, &[&path.display()]))
                }
                Ok(HandedIn::AlreadyThere(path)) => {
                    Message::info(fill(Txt::HandInSame, &[&path.display()]))
                }
                Err(why) => {
                    // The folder typed is offered again, to correct.
                    app.overlays.push(Overlay::HandIn {
                        input: name_input(&typed),
                        with_author,
                    });
                    Message::error(why)
                }
            });
            Vec::new()
        }
        Done::SavedAs { path, at, revision } => {
            if let Screen::Editor(e) = &mut app.screen {
                let shown = path.display().to_string();
                e.path = path;
                e.saved_revision = e.saved_revision.max(revision);
                e.save = SaveState::Saved(at);
                e.autosave.succeeded();
                app.message = Some(Message::info(fill(Txt::SaveAsDone, &[&shown])));
            }
            Vec::new()
        }
        Done::SaveAsFailed { typed, failure } => {
            app.overlays.push(Overlay::SaveAs(name_input(&typed)));
            app.message = Some(Message::error(match failure {
                SaveAsFailure::Exists(path) => fill(Txt::SaveAsExists, &[&path.display()]),
                SaveAsFailure::Failed(why) => say(Txt::MsgSaveFailed, &[&why]),
            }));
            Vec::new()
        }
        Done::Exported { path, notes } => {
            let mut text = fill(Txt::ExportDone, &[&path.display()]);
            for note in &notes {
                text.push_str(". ");
                text.push_str(note);
            }
            app.message = Some(Message::info(text));
            Vec::new()
        }
        Done::NothingToExport(why) => {
            app.message = Some(Message::error(why));
            Vec::new()
        }
        Done::ExportFailed(why) => {
            app.message = Some(Message::error(fill(Txt::ExportFailed, &[&why])));
            Vec::new()
        }
    }
}

/// List the plans again, keeping the selection.
fn list_plans(app: &App) -> Vec<Effect> {
    let select = match &app.screen {
        Screen::Editor(e) => Some(e.path.clone()),
        Screen::Picker(p) => p.current().map(|s| s.path.clone()),
    };
    vec![Effect::ListPlans { select }]
}

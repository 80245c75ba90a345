//! Drawing the overlays over a screen: the dialogs and the help.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::export::Format;
use crate::present::format_datetime;
use crate::text::{Txt, fill};
use crate::tui::drawn::Drawn;
use crate::tui::keymap::say;
use crate::tui::state::{App, ExportChoice, Overlay, export_choices};

use super::dialog::Choices;
use super::{dialog, help, messages, plan_details};

pub fn render(app: &App, overlay: &Overlay, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    match overlay {
        Overlay::Help { scroll } => help::render_overlay(app, *scroll, frame, area, drawn),
        Overlay::Messages { scroll } => messages::render(app, *scroll, frame, area, drawn),
        Overlay::NewPlan(input) => dialog::prompt(
            Txt::NewPlanTitle.get(),
            &say(Txt::NewPlanPrompt, &[]),
            input,
            frame,
            area,
        ),
        Overlay::Details(form) => plan_details::render(form, frame, area, drawn),
        Overlay::HandIn { input, .. } => dialog::prompt(
            Txt::HandInTitle.get(),
            &say(Txt::HandInPrompt, &[]),
            input,
            frame,
            area,
        ),
        Overlay::SaveAs(input) => dialog::prompt(
            Txt::SaveAsTitle.get(),
            &say(Txt::SaveAsPrompt, &[]),
            input,
            frame,
            area,
        ),
        Overlay::ConfirmDelete { title, .. } => dialog::confirm(
            &fill(Txt::ConfirmDeletePlan, &[title]),
            Txt::ConfirmDeletePlanBody.get(),
            frame,
            area,
            drawn,
        ),
        Overlay::ConfirmRemove { question, item } => {
            if let Some(e) = app.editor() {
                dialog::confirm_remove(&app.guide, e, question, item, frame, area, drawn);
            }
        }
        Overlay::Versions {
            title,
            versions,
            selected,
            ..
        } => {
            let rows: Vec<(String, bool)> = versions
                .iter()
                .map(|v| {
                    let when = format_datetime(v.taken, &app.tz);
                    match &v.status {
                        Ok(p) => (format!("{when}   {:>3}%", p.percent()), false),
                        Err(_) => (format!("{when}   ⚠ {}", Txt::PickerDamaged.get()), true),
                    }
                })
                .collect();
            let list = Choices {
                title: &fill(Txt::VersionsTitle, &[title]),
                empty: Txt::VersionsEmpty.get(),
                hint: &say(Txt::VersionsHint, &[]),
                rows: &rows,
                selected: *selected,
            };
            dialog::choose_list(&list, frame, area, drawn);
        }
        Overlay::Recover(offer) => {
            let when = format_datetime(offer.written, &app.tz);
            dialog::message(
                Txt::RecoverTitle.get(),
                &fill(Txt::RecoverBody, &[&offer.title, &when]),
                frame,
                area,
            );
        }
        Overlay::Export { selected, folder } => {
            export_dialog(*selected, folder, frame, area, drawn)
        }
    }
}

fn export_dialog(selected: usize, folder: &str, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let rows: Vec<(String, bool)> = export_choices()
        .iter()
        .map(|c| {
            let label = match c {
                ExportChoice::Format(Format::Html) => Txt::ExportHtml,
                ExportChoice::Format(Format::Docx) => Txt::ExportDocx,
                ExportChoice::Format(Format::Markdown) => Txt::ExportMarkdown,
                ExportChoice::Format(Format::Calendar) => Txt::ExportCalendar,
                ExportChoice::Format(Format::Worksheet | Format::WorksheetMarkdown) => {
                    Txt::ExportWorksheet
                }
                ExportChoice::HandIn { with_author: false } => Txt::ExportHandIn,
                ExportChoice::HandIn { with_author: true } => Txt::ExportHandInNamed,
            };
            (label.get().to_string(), false)
        })
        .collect();
    let list = Choices {
        title: Txt::ExportTitle.get(),
        empty: "",
        hint: &fill(Txt::ExportHint, &[&folder]),
        rows: &rows,
        selected,
    };
    dialog::choose_list(&list, frame, area, drawn);
}

//! Drawing the overlays over a screen: the dialogs and the help.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::export::Format;
use crate::present::format_datetime;
use crate::text::{Txt, fill};
use crate::tui::keymap::say;
use crate::tui::state::{App, ExportChoice, Overlay, export_choices};

use super::{dialog, help};

pub fn render(app: &App, overlay: &Overlay, frame: &mut Frame, area: Rect) {
    match overlay {
        Overlay::Help { scroll } => help::render_overlay(app, *scroll, frame, area),
        Overlay::NewPlan(input) => dialog::prompt(
            Txt::NewPlanTitle.get(),
            &say(Txt::NewPlanPrompt, &[]),
            input,
            frame,
            area,
        ),
        Overlay::Rename { input, .. } => dialog::prompt(
            Txt::RenameTitle.get(),
            &say(Txt::NewPlanPrompt, &[]),
            input,
            frame,
            area,
        ),
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
        ),
        Overlay::ConfirmRemove { question, item } => {
            if let Some(e) = app.editor() {
                dialog::confirm_remove(&app.guide, e, question, item, frame, area);
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
            dialog::choose_list(
                &fill(Txt::VersionsTitle, &[title]),
                Txt::VersionsEmpty.get(),
                &say(Txt::VersionsHint, &[]),
                &rows,
                *selected,
                frame,
                area,
            );
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
        Overlay::Export { selected } => export_dialog(*selected, frame, area),
    }
}

fn export_dialog(selected: usize, frame: &mut Frame, area: Rect) {
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
    dialog::choose_list(
        Txt::ExportTitle.get(),
        "",
        Txt::ExportHint.get(),
        &rows,
        selected,
        frame,
        area,
    );
}

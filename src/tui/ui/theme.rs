//! Semantic styles. Focus and state are never shown by colour alone: a
//! marker or a modifier always goes with it, so the app reads the same
//! with `NO_COLOR` or on a monochrome projector.

use ratatui::style::{Color, Modifier, Style};

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn hint() -> Style {
    Style::new()
        .add_modifier(Modifier::ITALIC)
        .fg(Color::DarkGray)
}

/// The focused question or the selected row.
pub fn focus() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

pub fn focus_label() -> Style {
    Style::new().add_modifier(Modifier::BOLD).fg(Color::Cyan)
}

pub fn answer() -> Style {
    Style::new()
}

pub fn error() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

pub fn ok() -> Style {
    Style::new().fg(Color::Green)
}

pub fn key() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

pub fn border_active() -> Style {
    Style::new().fg(Color::Cyan)
}

pub fn header() -> Style {
    Style::new()
        .add_modifier(Modifier::BOLD)
        .bg(Color::Blue)
        .fg(Color::White)
}

pub fn warn() -> Style {
    Style::new().fg(Color::Yellow)
}

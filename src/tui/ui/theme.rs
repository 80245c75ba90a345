//! Semantic styles. Focus and state are never shown by colour alone: a
//! marker or a modifier always goes with it, so the app reads the same
//! with `NO_COLOR` or on a monochrome projector.
//!
//! Three palettes (`session::Colours`), chosen once at start:
//! - normal: the colours below;
//! - none (`NO_COLOR`): the same styles without any colour, so not one
//!   colour code reaches the terminal; the header and active borders
//!   are bold or reversed instead;
//! - high contrast (`--contrast hoog`): the terminal's own foreground and
//!   background only (so the user's own high-contrast settings hold), no
//!   grey or italic text, emphasis by bold, underline and reverse.

use std::sync::atomic::{AtomicU8, Ordering};

use ratatui::style::{Color, Modifier, Style};

use crate::session::Colours;

static PALETTE: AtomicU8 = AtomicU8::new(0);

/// Choose the palette for the rest of the run (the TUI's start does).
pub fn set(colours: Colours) {
    let n = match colours {
        Colours::Normal => 0,
        Colours::None => 1,
        Colours::HighContrast => 2,
    };
    PALETTE.store(n, Ordering::Relaxed);
}

fn palette() -> Colours {
    match PALETTE.load(Ordering::Relaxed) {
        1 => Colours::None,
        2 => Colours::HighContrast,
        _ => Colours::Normal,
    }
}

/// `style` as the palette has it: without colours unless normal, and in
/// high contrast with `high` instead.
fn pick(style: Style, high: Style) -> Style {
    match palette() {
        Colours::Normal => style,
        Colours::None => Style {
            fg: None,
            bg: None,
            underline_color: None,
            ..style
        },
        Colours::HighContrast => high,
    }
}

pub fn title() -> Style {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    pick(bold, bold)
}

pub fn dim() -> Style {
    pick(Style::new().fg(Color::DarkGray), Style::new())
}

pub fn hint() -> Style {
    pick(
        Style::new()
            .add_modifier(Modifier::ITALIC)
            .fg(Color::DarkGray),
        Style::new(),
    )
}

/// The focused question or the selected row.
pub fn focus() -> Style {
    let reversed = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
    pick(reversed, reversed)
}

pub fn focus_label() -> Style {
    pick(
        Style::new().add_modifier(Modifier::BOLD).fg(Color::Cyan),
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
    )
}

pub fn answer() -> Style {
    Style::new()
}

pub fn error() -> Style {
    pick(
        Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
    )
}

pub fn ok() -> Style {
    pick(
        Style::new().fg(Color::Green),
        Style::new().add_modifier(Modifier::BOLD),
    )
}

pub fn key() -> Style {
    let reversed = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
    pick(reversed, reversed)
}

pub fn border_active() -> Style {
    match palette() {
        Colours::Normal => Style::new().fg(Color::Cyan),
        Colours::None | Colours::HighContrast => Style::new().add_modifier(Modifier::BOLD),
    }
}

pub fn header() -> Style {
    match palette() {
        Colours::Normal => Style::new()
            .add_modifier(Modifier::BOLD)
            .bg(Color::Blue)
            .fg(Color::White),
        Colours::None | Colours::HighContrast => {
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
        }
    }
}

pub fn warn() -> Style {
    pick(
        Style::new().fg(Color::Yellow),
        Style::new().add_modifier(Modifier::BOLD),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every style of every palette; the palette is process-wide, so one
    /// test walks them all in turn.
    #[test]
    fn only_the_normal_palette_has_colours() {
        let all = || {
            [
                title(),
                dim(),
                hint(),
                focus(),
                focus_label(),
                answer(),
                error(),
                ok(),
                key(),
                border_active(),
                header(),
                warn(),
            ]
        };
        let coloured = |s: &Style| s.fg.is_some() || s.bg.is_some() || s.underline_color.is_some();
        set(Colours::Normal);
        assert!(all().iter().any(coloured));
        for colours in [Colours::None, Colours::HighContrast] {
            set(colours);
            let styles = all();
            assert!(!styles.iter().any(coloured), "{colours:?}: {styles:?}");
            // Focus, errors and the header still stand out.
            for s in [focus(), error(), header(), key()] {
                assert!(!s.add_modifier.is_empty(), "{colours:?}: {s:?}");
            }
        }
        set(Colours::HighContrast);
        assert!(
            !all()
                .iter()
                .any(|s| s.add_modifier.contains(Modifier::ITALIC)),
            "no italic text in high contrast"
        );
        set(Colours::Normal);
    }
}

//! Where things go on the screen, and the item's text as wrapped lines.
//! Shared by `render` and by `update` (which needs to know how far the
//! text can scroll), so both always agree.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::slide::Slide;
use super::state::{Presenter, View};
use super::words::{HELP_LINES, W};

/// Below this the presenter shows only a line asking for a larger window
/// (with the clock as text).
pub const MIN_SIZE: (u16, u16) = (40, 12);
/// From here the clock gets a column of its own.
const WIDE: (u16, u16) = (110, 30);
/// From here the lines of the text get air between them.
const LARGE: (u16, u16) = (140, 40);
const CLOCK_COLUMN: u16 = 52;
/// Rows of the clock in its column: digits, words and a gauge.
const CLOCK_ROWS: u16 = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub clock: Rect,
    pub content: Rect,
    pub notes: Option<Rect>,
    pub message: Option<Rect>,
    pub keys: Rect,
    /// The clock has a column of its own.
    pub wide: bool,
    /// Room for air between the lines (projector sizes).
    pub large: bool,
}

pub fn is_too_small(area: Rect) -> bool {
    area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1
}

/// The width one key bar entry takes: the key in a block, its words, and
/// a gap after it.
pub fn entry_width(key: &str, what: &str) -> usize {
    key.chars().count() + 2 + 1 + what.chars().count() + 2
}

/// Two rows for the key bar when the longest bar would not fit in one (and
/// the screen has the room), so no key needs to be left out at 80 columns.
pub fn key_rows(area: Rect) -> u16 {
    let widest: usize = WIDEST_BAR
        .iter()
        .map(|(k, w)| entry_width(k, w.get()))
        .sum();
    if usize::from(area.width) >= widest || area.height < 16 {
        1
    } else {
        2
    }
}

/// The longest key bar there can be, for [`key_rows`].
const WIDEST_BAR: &[(&str, W)] = &[
    ("Spatie", W::KeyResume),
    ("←/→", W::KeyPrevNext),
    ("+/−", W::KeyPlusMinus),
    ("n", W::KeyHideNotes),
    ("o", W::KeyRunSheet),
    ("p", W::KeyPauseScreen),
    ("↑/↓", W::KeyScroll),
    ("Esc", W::KeyBack),
    ("?", W::KeyHelp),
    ("q", W::KeyQuit),
];

pub fn areas(p: &Presenter, area: Rect) -> Areas {
    let message_rows = u16::from(p.message.is_some());
    let [header, body, message, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(message_rows),
        Constraint::Length(key_rows(area)),
    ])
    .areas(area);
    let wide = area.width >= WIDE.0 && area.height >= WIDE.1;
    let large = area.width >= LARGE.0 && area.height >= LARGE.1;
    let notes_shown = p.notes && p.view == View::Item;
    let (clock, content, notes) = if wide {
        let [text, _, column] = Layout::horizontal([
            Constraint::Min(20),
            Constraint::Length(2),
            Constraint::Length(CLOCK_COLUMN),
        ])
        .areas(body);
        // The notes go under the clock, apart from what the room reads.
        let [clock, _, below] = Layout::vertical([
            Constraint::Length(CLOCK_ROWS.min(column.height)),
            Constraint::Length(1),
            Constraint::Min(0),
        ])
        .areas(column);
        (clock, text, notes_shown.then_some(below))
    } else {
        // A banner: four rows of big digits and a rule under them.
        let rows = if body.height >= 16 { 5 } else { 4 };
        let [clock, text] =
            Layout::vertical([Constraint::Length(rows), Constraint::Min(1)]).areas(body);
        if notes_shown {
            let wanted = p.slide().map_or(1, |s| s.notes.len().max(1)) as u16 * 2 + 2;
            let height = wanted.min(text.height / 2).max(3.min(text.height));
            let [content, notes] =
                Layout::vertical([Constraint::Min(1), Constraint::Length(height)]).areas(text);
            (clock, content, Some(notes))
        } else {
            (clock, text, None)
        }
    };
    Areas {
        header,
        clock,
        content,
        notes,
        message: p.message.as_ref().map(|_| message),
        keys,
        wide,
        large,
    }
}

/// How the item's text is laid out in an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    /// A blank line between bullets.
    pub roomy: bool,
}

impl Areas {
    pub fn text_style(&self) -> TextStyle {
        TextStyle { roomy: self.large }
    }
}

/// The current item's text as lines of at most `width` columns.
pub fn content_lines(slide: &Slide, width: u16, style: TextStyle) -> Vec<Line<'static>> {
    let width = usize::from(width.max(10));
    let mut lines = Vec::new();
    // "Pauze" above "Pauze" says nothing twice.
    if slide.label != slide.title {
        lines.push(Line::styled(
            slide.label.clone(),
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    for part in textwrap::wrap(&slide.title, width) {
        lines.push(Line::styled(
            part.into_owned(),
            Style::new().add_modifier(Modifier::BOLD),
        ));
    }
    for section in &slide.sections {
        lines.push(Line::default());
        if !section.heading.is_empty() {
            lines.push(Line::styled(
                section.heading.clone(),
                Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            ));
        }
        for (n, text) in section.lines.iter().enumerate() {
            if n > 0 && (!section.bullets || style.roomy) {
                lines.push(Line::default());
            }
            lines.extend(wrapped(text, width, section.bullets));
        }
    }
    lines
}

/// `text` wrapped to `width`, as a bullet with a hanging indent or as a
/// plain paragraph.
pub fn wrapped(text: &str, width: usize, bullet: bool) -> Vec<Line<'static>> {
    let options = if bullet {
        textwrap::Options::new(width)
            .initial_indent("• ")
            .subsequent_indent("  ")
    } else {
        textwrap::Options::new(width)
    };
    textwrap::wrap(text, options)
        .into_iter()
        .map(|l| Line::from(Span::raw(l.into_owned())))
        .collect()
}

/// Everything between the header and the message or key bar: where the
/// run-sheet, the pause screen and help go.
pub fn body(a: &Areas) -> Rect {
    let top = a.header.bottom();
    let bottom = a.message.unwrap_or(a.keys).top();
    Rect::new(a.header.x, top, a.header.width, bottom.saturating_sub(top))
}

/// The help screen as lines of at most `width` columns.
pub fn help_lines(width: u16) -> Vec<Line<'static>> {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let keys = HELP_LINES
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let width = usize::from(width.max(keys as u16 + 12));
    let mut lines = vec![Line::styled(W::HelpTitle.get(), bold)];
    for (key, what) in HELP_LINES {
        let options = textwrap::Options::new(width - keys - 2);
        for (n, part) in textwrap::wrap(what, options).into_iter().enumerate() {
            let key = if n == 0 { *key } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!("{key:<keys$}  "), bold),
                Span::raw(part.into_owned()),
            ]));
        }
    }
    lines.push(Line::default());
    lines.extend(wrapped(W::HelpClock.get(), width, false));
    lines
}

/// How far the help screen can scroll at the current size.
pub fn max_help_scroll(p: &Presenter) -> u16 {
    let (w, h) = p.size;
    let area = Rect::new(0, 0, w, h);
    if is_too_small(area) {
        return 0;
    }
    let body = body(&areas(p, area));
    let lines = help_lines(body.width).len();
    u16::try_from(lines.saturating_sub(usize::from(body.height))).unwrap_or(u16::MAX)
}

/// How far the item's text can scroll at the current size.
pub fn max_scroll(p: &Presenter) -> u16 {
    let (w, h) = p.size;
    let area = Rect::new(0, 0, w, h);
    let Some(slide) = p.slide() else {
        return 0;
    };
    if is_too_small(area) {
        return 0;
    }
    let a = areas(p, area);
    let lines = content_lines(slide, a.content.width, a.text_style()).len();
    let content = lines.saturating_sub(usize::from(a.content.height));
    // ↑/↓ scroll the notes along with the text, so both reach their end.
    let notes = a.notes.map_or(0, |n| {
        let inner = notes_inner(n);
        notes_lines(p, inner.width)
            .len()
            .saturating_sub(usize::from(inner.height))
    });
    u16::try_from(content.max(notes)).unwrap_or(u16::MAX)
}

/// How far the item's text itself can scroll (the notes may go further).
pub fn max_content_scroll(p: &Presenter, a: &Areas) -> u16 {
    let Some(slide) = p.slide() else {
        return 0;
    };
    let lines = content_lines(slide, a.content.width, a.text_style()).len();
    u16::try_from(lines.saturating_sub(usize::from(a.content.height))).unwrap_or(u16::MAX)
}

/// The notes pane without its top border and title row.
pub fn notes_inner(area: Rect) -> Rect {
    Rect::new(
        area.x,
        area.y.saturating_add(1),
        area.width,
        area.height.saturating_sub(1),
    )
}

/// The trainer notes of the current item as lines of at most `width`.
pub fn notes_lines(p: &Presenter, width: u16) -> Vec<Line<'static>> {
    let notes = p.slide().map(|s| s.notes.as_slice()).unwrap_or_default();
    let width = usize::from(width.max(10));
    if notes.is_empty() {
        vec![Line::from(W::NoNotes.get())]
    } else {
        notes.iter().flat_map(|n| wrapped(n, width, true)).collect()
    }
}

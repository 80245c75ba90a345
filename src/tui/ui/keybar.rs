//! The key bar: the keys that work here, always visible, on at most two
//! rows. When they do not all fit, the keys that work everywhere go first
//! (the next step, saving), then the arrow keys, then the others; F1, the
//! way back and Ctrl-Q go last: the help lists them all. A key is shown
//! whole or not at all. A click on a key does what the key does.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::drawn::{Drawn, Hit};
use crate::tui::keymap::{Action, Binding, Context, bindings};

use super::theme;

/// Rows the bar may take.
const MAX_ROWS: usize = 2;

/// One key in the bar.
struct Item {
    keys: String,
    label: &'static str,
    binding: &'static Binding,
}

impl Item {
    /// " Tab/↓ " (inverted) then " volgende vraag" and a space.
    fn width(&self) -> usize {
        self.keys.width() + self.label.width() + 4
    }
}

/// The (keys, label) pairs of the bar for `context`, in order.
#[cfg(test)]
pub fn items(context: Context) -> Vec<(String, &'static str)> {
    all(context)
        .into_iter()
        .map(|i| (i.keys, i.label))
        .collect()
}

#[cfg(test)]
fn all(context: Context) -> Vec<Item> {
    all_but(context, &[])
}

/// The items of `context` without the keys whose `skip` actions have
/// nothing to act on now (an empty list of plans).
fn all_but(context: Context, skip: &[Action]) -> Vec<Item> {
    bindings(context)
        .filter(|b| b.in_bar() && !skip.contains(&b.action))
        .map(|b| Item {
            keys: b.short_label(),
            label: b.label.get(),
            binding: b,
        })
        .collect()
}

/// The items laid out in rows of at most `width` columns.
fn rows_of(items: Vec<Item>, width: u16) -> Vec<Vec<Item>> {
    let mut out: Vec<Vec<Item>> = vec![Vec::new()];
    let mut used = 0usize;
    for item in items {
        let w = item.width();
        if used + w > usize::from(width) && used > 0 {
            out.push(Vec::new());
            used = 0;
        }
        used += w;
        if let Some(row) = out.last_mut() {
            row.push(item);
        }
    }
    out
}

/// The rows the bar shows at `width`: everything if it fits in two rows,
/// else without the keys that matter least (from the end of the keys
/// that work everywhere, then from the end of the rest; F1 and stopping
/// stay).
fn layout(context: Context, width: u16, skip: &[Action]) -> Vec<Vec<Item>> {
    let mut items = all_but(context, skip);
    loop {
        let rows = rows_of(std::mem::take(&mut items), width);
        if rows.len() <= MAX_ROWS {
            return rows;
        }
        items = rows.into_iter().flatten().collect();
        let global = |i: &Item| i.binding.context == Context::Global;
        // F1, the way back and Ctrl-Q stay longest: a new user must
        // always see how to get help, go back and stop (the plan saves
        // itself). The arrow keys go before other keys of the screen:
        // everyone tries them.
        let kept =
            |i: &Item| matches!(i.binding.action, Action::Help | Action::Quit | Action::Back);
        let arrows = |i: &Item| matches!(i.binding.action, Action::Down | Action::ScrollDown);
        let drop = items
            .iter()
            .rposition(|i| global(i) && !kept(i))
            .or_else(|| items.iter().rposition(|i| arrows(i) && !global(i)))
            .or_else(|| items.iter().rposition(|i| !kept(i)))
            .or_else(|| items.iter().rposition(|i| i.binding.action != Action::Help));
        match drop {
            Some(at) => {
                items.remove(at);
            }
            None => return rows_of(items, width),
        }
    }
}

/// The keys the bar shows at `width`, for the checks that it is honest.
#[cfg(test)]
pub fn shown(context: Context, width: u16) -> Vec<(String, &'static str)> {
    layout(context, width, &[])
        .into_iter()
        .flatten()
        .map(|i| (i.keys, i.label))
        .collect()
}

/// Rows the bar needs at this width.
pub fn height(context: Context, width: u16, skip: &[Action]) -> u16 {
    u16::try_from(layout(context, width, skip).len()).unwrap_or(2)
}

/// Up/down pairs are one item ("↑/↓ omhoog/omlaag"): a click could mean
/// either, so only single keys are buttons.
fn clickable(b: &Binding) -> bool {
    !matches!(
        b.action,
        Action::Down | Action::MoveDown | Action::ScrollDown | Action::PageDown | Action::Bottom
    )
}

/// The bar for `context`, without the keys of `skip` (they would do
/// nothing now).
pub fn render(context: Context, skip: &[Action], frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let rows = layout(context, area.width, skip);
    let mut lines: Vec<Line> = Vec::new();
    for (r, items) in rows.into_iter().enumerate() {
        let mut spans = Vec::new();
        let mut x = area.x;
        let y = area.y + u16::try_from(r).unwrap_or(0);
        for item in items {
            let w = u16::try_from(item.width()).unwrap_or(0);
            if clickable(item.binding)
                && let Some(&key) = item.binding.keys.first()
                && y < area.y + area.height
            {
                drawn.zone(Rect::new(x, y, w.saturating_sub(1), 1), Hit::Press(key));
            }
            x = x.saturating_add(w);
            spans.push(Span::styled(format!(" {} ", item.keys), theme::key()));
            spans.push(Span::raw(format!(" {} ", item.label)));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_takes_two_rows_at_most_and_keeps_f1() {
        for context in Context::ALL {
            for width in [60, 80, 120] {
                let rows = layout(context, width, &[]);
                assert!(rows.len() <= MAX_ROWS, "{context:?} at {width}");
                for row in &rows {
                    let used: usize = row.iter().map(Item::width).sum();
                    assert!(used <= usize::from(width), "{context:?} at {width}");
                }
                let has_help = all(context)
                    .iter()
                    .any(|i| i.binding.action == Action::Help);
                let keeps_help = rows
                    .iter()
                    .flatten()
                    .any(|i| i.binding.action == Action::Help);
                assert_eq!(has_help, keeps_help, "{context:?} at {width}");
                // How to go back and how to stop are never dropped for
                // another key.
                let has = |a: Action| all(context).iter().any(|i| i.binding.action == a);
                let keeps_back = rows
                    .iter()
                    .flatten()
                    .any(|i| i.binding.action == Action::Back);
                assert_eq!(has(Action::Back), keeps_back, "{context:?} at {width}");
                let keeps_quit = rows
                    .iter()
                    .flatten()
                    .any(|i| i.binding.action == Action::Quit);
                assert_eq!(has(Action::Quit), keeps_quit, "{context:?} at {width}");
            }
        }
    }
}

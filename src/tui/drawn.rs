//! What the last frame drew where: the zones a click can hit, and the
//! scrolling panes with how much of their text was shown.
//!
//! `ui::render` returns this and the loop hands it to `update` as
//! `Event::Drawn`, so a scroll key stops at the last line the user can see
//! and a click acts on what is under the pointer, while drawing itself
//! changes nothing. Before the first frame it is empty: scroll keys then
//! move freely (the view clamps them) and clicks hit nothing.

use ratatui::layout::{Position, Rect};

use super::keymap::Key;

/// What a click on a zone means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// As if this key were pressed: a tab, a key in the key bar, a button.
    Press(Key),
    /// A step in the step list.
    Step(usize),
    /// A question (or a field of an item) by its place among those shown.
    Question(usize),
    /// An option of the open choice.
    Choice(usize),
    /// A row of a list: items, plans, findings, forms, dialog rows.
    Row(usize),
}

/// A scrolling pane, for the keys and the mouse wheel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The F1 help.
    Help,
    /// The message log.
    Messages,
    /// The details of the panel (F3–F6) under or beside its list.
    Details,
    /// The questions of a step or an item; `focus_end` is the row (in the
    /// whole column) where the focused question's block ends.
    Form { focus_end: u16 },
    /// A list whose wheel moves the selection (items, plans, panel rows).
    List,
}

/// A pane as drawn: its area, how many lines it holds, and the first one
/// shown (after the view clamped the scroll position).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaneView {
    pub pane: Pane,
    pub area: Rect,
    pub total: u16,
    pub first: u16,
}

impl PaneView {
    /// The first line of the last screenful: as far as scrolling goes.
    #[must_use]
    pub fn last_first(&self) -> u16 {
        self.total.saturating_sub(self.area.height)
    }

    /// Lines one page key moves: a screenful less one, so the last line
    /// read stays in sight.
    #[must_use]
    pub fn page(&self) -> u16 {
        self.area.height.saturating_sub(1).max(1)
    }
}

/// One clickable zone; `layer` 0 is the screen, 1 the first overlay …
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone {
    pub area: Rect,
    pub layer: usize,
    pub hit: Hit,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawn {
    pub zones: Vec<Zone>,
    pub panes: Vec<(usize, PaneView)>,
    /// The layer being drawn now (while drawing).
    pub layer: usize,
}

impl Drawn {
    pub fn zone(&mut self, area: Rect, hit: Hit) {
        if area.width > 0 && area.height > 0 {
            let layer = self.layer;
            self.zones.push(Zone { area, layer, hit });
        }
    }

    pub fn pane(&mut self, view: PaneView) {
        self.panes.push((self.layer, view));
    }

    /// The topmost zone at `at`, on layer `layer` only: a dialog shields
    /// the screen under it.
    #[must_use]
    pub fn hit(&self, at: Position, layer: usize) -> Option<Hit> {
        self.zones
            .iter()
            .rev()
            .find(|z| z.layer == layer && z.area.contains(at))
            .map(|z| z.hit)
    }

    /// The pane `pane` of layer `layer`, as last drawn.
    #[must_use]
    pub fn view(&self, pane: Pane, layer: usize) -> Option<PaneView> {
        self.panes
            .iter()
            .rev()
            .find(|(l, v)| *l == layer && same_kind(v.pane, pane))
            .map(|(_, v)| *v)
    }

    /// The innermost pane under `at` on layer `layer`.
    #[must_use]
    pub fn pane_at(&self, at: Position, layer: usize) -> Option<PaneView> {
        self.panes
            .iter()
            .rev()
            .find(|(l, v)| *l == layer && v.area.contains(at))
            .map(|(_, v)| *v)
    }
}

fn same_kind(a: Pane, b: Pane) -> bool {
    std::mem::discriminant(&a) == std::mem::discriminant(&b)
}

/// A scroll position moved by `delta` lines, kept within what `view` says
/// can be shown (unbounded when the pane was not drawn yet).
#[must_use]
pub fn scrolled_by(current: u16, delta: i32, view: Option<PaneView>) -> u16 {
    let (from, last) = match view {
        Some(v) => (current.min(v.last_first()), v.last_first()),
        None => (current, u16::MAX),
    };
    let moved = i32::from(from).saturating_add(delta).max(0);
    u16::try_from(moved).unwrap_or(u16::MAX).min(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(total: u16, height: u16) -> PaneView {
        PaneView {
            pane: Pane::Help,
            area: Rect::new(0, 0, 10, height),
            total,
            first: 0,
        }
    }

    #[test]
    fn scrolling_stops_at_the_last_screenful_and_comes_straight_back() {
        let v = Some(view(30, 10));
        assert_eq!(scrolled_by(0, 100, v), 20);
        // A position beyond the end (set before a resize) counts from the end.
        assert_eq!(scrolled_by(25, -1, v), 19);
        assert_eq!(scrolled_by(3, -10, v), 0);
        assert_eq!(scrolled_by(3, 5, None), 8);
        assert_eq!(view(30, 10).page(), 9);
    }

    #[test]
    fn a_dialog_shields_the_screen_under_it() {
        let mut d = Drawn::default();
        d.zone(Rect::new(0, 0, 10, 10), Hit::Step(1));
        d.layer = 1;
        d.zone(Rect::new(2, 2, 3, 3), Hit::Row(0));
        let inside = Position::new(3, 3);
        let outside = Position::new(8, 8);
        assert_eq!(d.hit(inside, 1), Some(Hit::Row(0)));
        assert_eq!(d.hit(outside, 1), None);
        assert_eq!(d.hit(outside, 0), Some(Hit::Step(1)));
    }
}

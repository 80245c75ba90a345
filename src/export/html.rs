//! The notitie as one self-contained HTML file: inline CSS, no scripts, no
//! links outside the file. maud escapes every value put into the template,
//! so a title like `<script>` shows as text.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::model::{Block, Document, Para, Table, TitleBlock, user_text};

/// Screen, phone and A4 print styles for plans and worksheets alike.
const STYLE: &str = include_str!("style.css");

/// A complete HTML page around `body`.
pub(crate) fn page(title: &str, body: Markup) -> String {
    page_styled(title, STYLE, body)
}

/// A complete HTML page around `body`, with `style` as its stylesheet
/// (the compare report has its own).
pub(crate) fn page_styled(title: &str, style: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="nl" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="Samenwerkwijzer";
                title { (title) }
                style { (PreEscaped(style)) }
            }
            body { (body) }
        }
    }
    .into_string()
}

pub(crate) fn render(doc: &Document) -> String {
    let body = html! {
        (title_block(&doc.title))
        main {
            @for block in &doc.body { (render_block(block)) }
        }
        @if !doc.footer.is_empty() {
            footer { p { (doc.footer) } }
        }
    };
    page(&doc.title.title, body)
}

/// The title block: kicker, title and a table of whose plan it is. An
/// empty value is a line to write on.
pub(crate) fn title_block(t: &TitleBlock) -> Markup {
    html! {
        header.cover {
            @if !t.kicker.is_empty() { p.kicker { (t.kicker) } }
            h1 { (t.title) }
            @if !t.rows.is_empty() {
                table.titleblock {
                    @for (label, value) in &t.rows {
                        tr {
                            th scope="row" { (label) }
                            @if value.is_empty() { td.write {} } @else { td { (value) } }
                        }
                    }
                }
            }
        }
    }
}

fn render_block(block: &Block) -> Markup {
    html! {
        @match block {
            // The title is h1; a part is h2, down to an item at h5.
            Block::Heading { level, text } => {
                @match level {
                    0 | 1 => h2 { (text) },
                    2 => h3 { (text) },
                    3 => h4 { (text) },
                    _ => h5 { (text) },
                }
            }
            Block::Para(p) => (para(p)),
            Block::List { ordered, items } => (list(*ordered, items)),
            Block::Table(t) => (table(t)),
            // A value of one paragraph shares its line with the label.
            Block::Field { label, value } => {
                @if let [Block::Para(p)] = value.as_slice() {
                    @let class = if p.aside { "field aside" } else { "field" };
                    p class=(class) {
                        strong.label { (label) (colon(label)) } " " (spans(p))
                    }
                } @else {
                    div.field {
                        p.label { (label) }
                        @for b in value { (render_block(b)) }
                    }
                }
            }
            Block::Section { part, blocks } => {
                @let class = if part.new_page() { "part new-page" } else { "part" };
                section class=(class) id=(part.id()) {
                    @for b in blocks { (render_block(b)) }
                }
            }
        }
    }
}

/// A label that ends in "?" or ":" needs no colon before its value.
fn colon(label: &str) -> &'static str {
    if super::notitie::label_sep(label) == " " {
        ""
    } else {
        ":"
    }
}

fn spans(p: &Para) -> Markup {
    html! {
        @for s in &p.spans {
            @if s.strong { strong { (s.text) } } @else { (s.text) }
        }
    }
}

fn para(p: &Para) -> Markup {
    html! {
        @if p.aside { p.aside { (spans(p)) } } @else { p { (spans(p)) } }
    }
}

fn list(ordered: bool, items: &[Para]) -> Markup {
    html! {
        @if ordered {
            ol { @for i in items { li { (spans(i)) } } }
        } @else {
            ul { @for i in items { li { (spans(i)) } } }
        }
    }
}

fn table(t: &Table) -> Markup {
    html! {
        table {
            thead { tr { @for h in &t.head { th scope="col" { (h) } } } }
            tbody {
                @for row in &t.rows {
                    tr { @for cell in row { td { (cell) } } }
                }
            }
        }
    }
}

/// Guide text (help, intros) as paragraphs and lists, the way the notitie
/// shows user text.
pub(crate) fn paragraphs(text: &str) -> Markup {
    html! {
        @for b in user_text(text) { (render_block(&b)) }
    }
}

//! The notitie as a Word document (.docx), written with `docx-rs`.
//!
//! Headings use Word's own heading styles ("heading 1" … "heading 4", with
//! outline levels), so the griffie's table of contents and navigation pane
//! work; tables are real tables; the document language is Dutch (nl-NL),
//! so spelling checks and hyphenation use Dutch. The parts after the
//! summary start on a new page, and headings keep with the next paragraph.

mod package;

use std::io::Cursor;

use docx_rs::{
    Docx, Footer, IndentLevel, LevelOverride, Numbering, NumberingId, PageNum, Paragraph, Run,
    Shading, Table as WordTable, TableCell, TableCellBorder, TableCellBorderPosition, TableRow,
    WidthType,
};

use crate::plan::Meta;

use super::NoExport;
use super::model::{Block, Document, Para, Table, TitleBlock};
use package::{base, tidy, with_core_properties, with_language};

/// The document language, in the styles (spelling, hyphenation) and the
/// package properties.
pub(crate) const LANGUAGE: &str = "nl-NL";

const FONT: &str = "Calibri";
const ACCENT: &str = "154273";
const MUTED: &str = "555555";
/// Table header shading.
const SOFT: &str = "E4ECF4";

/// A4 in twentieths of a point, with margins of 1.8 cm (1021) at the top
/// and bottom and 2 cm (1134) at the sides.
const A4_WIDTH: u32 = 11906;
const A4_HEIGHT: u32 = 16838;
const MARGIN: i32 = 1021;
const MARGIN_SIDE: i32 = 1134;
/// The text width: A4 minus both side margins.
const TEXT_WIDTH: usize = 11906 - 2 * 1134;

/// Numbering definitions: one for bullets, one for numbered lists (each
/// numbered list gets an instance of its own, so it starts at 1).
/// (docx-rs adds a decimal list of its own as number 1.)
const BULLETS: usize = 2;
const NUMBERS: usize = 3;

pub(crate) fn render(doc: &Document, meta: &Meta) -> Result<Vec<u8>, NoExport> {
    // Every page says what it is part of, and which page it is.
    let page_footer = Footer::new().add_paragraph(
        Paragraph::new()
            .style("Aside")
            .add_run(run(format!("{} · ", doc.title.title)))
            .add_page_num(PageNum::new()),
    );
    let mut w = Writer {
        docx: Some(base(meta).footer(page_footer)),
        next_numbering: NUMBERS + 1,
    };
    w.title_block(&doc.title);
    for block in &doc.body {
        w.block(block, false);
    }
    if !doc.footer.is_empty() {
        w.add(Paragraph::new().style("Aside").add_run(run(&doc.footer)));
    }
    let mut built = w.docx.unwrap_or_default().build();
    built.styles = with_language(&tidy(&built.styles));
    built.document = tidy(&built.document);
    built.numberings = tidy(&built.numberings);
    built.footers = built.footers.iter().map(|f| tidy(f)).collect();
    built.doc_props.core = with_core_properties(&built.doc_props.core, meta);
    let mut out = Cursor::new(Vec::new());
    built.pack(&mut out).map_err(|e| NoExport {
        reason: crate::text::Doc::DocxFailed.fill(&[&e]),
    })?;
    Ok(out.into_inner())
}

struct Writer {
    /// Always there; an `Option` only so that `change` can move it.
    docx: Option<Docx>,
    next_numbering: usize,
}

impl Writer {
    /// Change the document with one of docx-rs's builder calls. The
    /// document is moved out and back rather than swapped for a default
    /// one: `Docx::default()` builds a whole style sheet, and doing that
    /// per paragraph made the Word export 4× slower than the others
    /// (issue 16).
    fn change(&mut self, f: impl FnOnce(Docx) -> Docx) {
        if let Some(docx) = self.docx.take() {
            self.docx = Some(f(docx));
        }
    }

    fn add(&mut self, p: Paragraph) {
        self.change(|docx| docx.add_paragraph(p));
    }

    fn add_table(&mut self, t: WordTable) {
        self.change(|docx| docx.add_table(t));
    }

    fn title_block(&mut self, t: &TitleBlock) {
        if !t.kicker.is_empty() {
            self.add(Paragraph::new().style("Kicker").add_run(run(&t.kicker)));
        }
        self.add(Paragraph::new().style("Title").add_run(run(&t.title)));
        if t.rows.is_empty() {
            return;
        }
        let rows = t
            .rows
            .iter()
            .map(|(label, value)| {
                let value = if value.is_empty() {
                    // A line to write on.
                    TableCell::new()
                        .set_border(TableCellBorder::new(TableCellBorderPosition::Bottom))
                        .add_paragraph(Paragraph::new().style("WriteLine"))
                } else {
                    TableCell::new()
                        .add_paragraph(Paragraph::new().style("TitleRow").add_run(run(value)))
                };
                TableRow::new(vec![
                    TableCell::new().width(2400, WidthType::Dxa).add_paragraph(
                        Paragraph::new()
                            .style("TitleRow")
                            .add_run(run(label).bold()),
                    ),
                    value.width(TEXT_WIDTH - 2400, WidthType::Dxa),
                ])
                .cant_split()
            })
            .collect();
        self.add_table(
            WordTable::without_borders(rows)
                .set_grid(vec![2400, TEXT_WIDTH - 2400])
                .width(TEXT_WIDTH, WidthType::Dxa),
        );
        self.add(Paragraph::new().style("TableAfter"));
    }

    /// `new_page`: the block is the first of a part that starts a page.
    fn block(&mut self, block: &Block, new_page: bool) {
        match block {
            Block::Heading { level, text } => {
                let style = match level {
                    0 | 1 => "Heading1",
                    2 => "Heading2",
                    3 => "Heading3",
                    _ => "Heading4",
                };
                self.add(
                    Paragraph::new()
                        .style(style)
                        .page_break_before(new_page)
                        .add_run(run(text)),
                );
            }
            Block::Para(p) => self.add(para(p, None)),
            Block::List { ordered, items } => self.list(*ordered, items),
            Block::Table(t) => self.table(t),
            Block::Field { label, value } => self.field(label, value),
            Block::Section { part, blocks } => {
                for (i, b) in blocks.iter().enumerate() {
                    self.block(b, i == 0 && part.new_page());
                }
            }
        }
    }

    fn list(&mut self, ordered: bool, items: &[Para]) {
        let id = if ordered {
            let id = self.next_numbering;
            self.next_numbering += 1;
            self.change(|docx| {
                docx.add_numbering(
                    Numbering::new(id, NUMBERS).add_override(LevelOverride::new(0).start(1)),
                )
            });
            id
        } else {
            BULLETS
        };
        for item in items {
            self.add(para(item, None).numbering(NumberingId::new(id), IndentLevel::new(0)));
        }
    }

    fn table(&mut self, t: &Table) {
        let columns = t.head.len().max(1);
        let first = TEXT_WIDTH * 45 / 100;
        let widths: Vec<usize> = (0..columns)
            .map(|i| {
                if columns == 1 {
                    TEXT_WIDTH
                } else if i == 0 {
                    first
                } else {
                    (TEXT_WIDTH - first) / (columns - 1)
                }
            })
            .collect();
        let cell = |text: &str, width: usize, head: bool| {
            let run = run(text);
            let cell = TableCell::new().width(width, WidthType::Dxa).add_paragraph(
                Paragraph::new()
                    .style("TableText")
                    .add_run(if head { run.bold() } else { run }),
            );
            if head {
                cell.shading(Shading::new().fill(SOFT))
            } else {
                cell
            }
        };
        let mut rows = vec![
            TableRow::new(
                t.head
                    .iter()
                    .zip(&widths)
                    .map(|(h, w)| cell(h, *w, true))
                    .collect(),
            )
            .cant_split(),
        ];
        for row in &t.rows {
            rows.push(
                TableRow::new(
                    widths
                        .iter()
                        .enumerate()
                        .map(|(i, w)| cell(row.get(i).map_or("", String::as_str), *w, false))
                        .collect(),
                )
                .cant_split(),
            );
        }
        self.add_table(
            WordTable::new(rows)
                .set_grid(widths)
                .width(TEXT_WIDTH, WidthType::Dxa),
        );
        // Word joins two tables that touch; a paragraph keeps them apart.
        self.add(Paragraph::new().style("TableAfter"));
    }

    /// A single paragraph value shares a line with its label; a longer
    /// value follows the label, which keeps with it on the page.
    fn field(&mut self, label: &str, value: &[Block]) {
        let lead = format!("{}{}", label.trim_end(), label_colon(label));
        match value {
            [Block::Para(p)] => self.add(para(p, Some(&lead))),
            _ => {
                self.add(
                    Paragraph::new()
                        .style("FieldLabel")
                        .add_run(run(&lead).bold()),
                );
                for b in value {
                    self.block(b, false);
                }
            }
        }
    }
}

fn label_colon(label: &str) -> &'static str {
    if super::notitie::label_sep(label) == " " {
        ""
    } else {
        ":"
    }
}

/// A run of text. XML 1.0 allows no control characters, so they are left
/// out (a plan file can hold them; the other writers escape them).
fn run(text: impl AsRef<str>) -> Run {
    let clean: String = text
        .as_ref()
        .chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .collect();
    Run::new().add_text(clean)
}

/// A paragraph, with a bold lead ("Label ") before it when given.
fn para(p: &Para, lead: Option<&str>) -> Paragraph {
    let mut out = Paragraph::new();
    if p.aside {
        out = out.style("Aside");
    }
    if let Some(lead) = lead {
        out = out.add_run(run(format!("{lead} ")).bold());
    }
    for s in &p.spans {
        let run = run(&s.text);
        out = out.add_run(if s.strong { run.bold() } else { run });
    }
    out
}

//! The notitie as a Word document (.docx), written with `docx-rs`.
//!
//! Headings use Word's own heading styles ("heading 1" … "heading 4", with
//! outline levels), so the griffie's table of contents and navigation pane
//! work; tables are real tables; the document language is Dutch (nl-NL),
//! so spelling checks and hyphenation use Dutch. The parts after the
//! summary start on a new page, and headings keep with the next paragraph.

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, IndentLevel, Level, LevelJc, LevelOverride, LevelText,
    LineSpacing, NumberFormat, Numbering, NumberingId, PageMargin, Paragraph, Run, RunFonts,
    Shading, SpecialIndentType, Start, Style, StyleType, Table as WordTable, TableCell,
    TableCellBorder, TableCellBorderPosition, TableRow, WidthType,
};

use crate::plan::Meta;

use super::NoExport;
use super::model::{Block, Document, Para, Table, TitleBlock};

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
    let mut w = Writer {
        docx: base(meta),
        next_numbering: NUMBERS + 1,
    };
    w.title_block(&doc.title);
    for block in &doc.body {
        w.block(block, false);
    }
    if !doc.footer.is_empty() {
        w.add(Paragraph::new().style("Aside").add_run(run(&doc.footer)));
    }
    let mut built = w.docx.build();
    built.styles = with_language(&built.styles);
    built.doc_props.core = with_core_properties(&built.doc_props.core, meta);
    let mut out = Cursor::new(Vec::new());
    built.pack(&mut out).map_err(|e| NoExport {
        reason: crate::text::Doc::DocxFailed.fill(&[&e]),
    })?;
    Ok(out.into_inner())
}

struct Writer {
    docx: Docx,
    next_numbering: usize,
}

impl Writer {
    fn add(&mut self, p: Paragraph) {
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(p);
    }

    fn add_table(&mut self, t: WordTable) {
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_table(t);
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
            let docx = std::mem::take(&mut self.docx);
            self.docx = docx.add_numbering(
                Numbering::new(id, NUMBERS).add_override(LevelOverride::new(0).start(1)),
            );
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

/// The document with its page, styles and numbering definitions.
fn base(meta: &Meta) -> Docx {
    let stamp = |t: jiff::Timestamp| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut docx = Docx::new()
        .page_size(A4_WIDTH, A4_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN_SIDE)
                .right(MARGIN_SIDE),
        )
        .created_at(&stamp(meta.created))
        .updated_at(&stamp(meta.updated))
        .default_fonts(
            RunFonts::new()
                .ascii(FONT)
                .hi_ansi(FONT)
                .cs(FONT)
                .east_asia(FONT),
        )
        .default_size(21)
        .default_line_spacing(LineSpacing::new().after(100).line(252))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(360),
                    Some(SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .add_abstract_numbering(
            AbstractNumbering::new(NUMBERS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("decimal"),
                    LevelText::new("%1."),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(360),
                    Some(SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(NUMBERS, NUMBERS));
    for style in styles() {
        docx = docx.add_style(style);
    }
    docx
}

fn paragraph_style(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
}

fn styles() -> Vec<Style> {
    let heading = |level: usize, size: usize, before: u32| {
        let mut s = paragraph_style(&format!("Heading{level}"), &format!("heading {level}"))
            .size(size)
            .bold()
            .color(ACCENT)
            .outline_lvl(level - 1)
            .line_spacing(LineSpacing::new().before(before).after(80));
        s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
        s
    };
    let mut field_label = paragraph_style("FieldLabel", "Samenwerkwijzer veldnaam")
        .line_spacing(LineSpacing::new().before(80).after(40));
    field_label.paragraph_property = field_label.paragraph_property.keep_next(true);
    vec![
        Style::new("Normal", StyleType::Paragraph).name("Normal"),
        paragraph_style("Title", "Title")
            .size(40)
            .bold()
            .color(ACCENT)
            .line_spacing(LineSpacing::new().after(200)),
        paragraph_style("Kicker", "Samenwerkwijzer bovenregel")
            .size(18)
            .bold()
            .color(ACCENT),
        heading(1, 30, 240),
        heading(2, 25, 160),
        heading(3, 23, 160),
        heading(4, 22, 120),
        paragraph_style("Aside", "Samenwerkwijzer toelichting")
            .size(19)
            .italic()
            .color(MUTED),
        field_label,
        paragraph_style("TableText", "Samenwerkwijzer tabeltekst")
            .size(19)
            .line_spacing(LineSpacing::new().after(0))
            .align(AlignmentType::Left),
        paragraph_style("TitleRow", "Samenwerkwijzer titelblok")
            .line_spacing(LineSpacing::new().after(40)),
        paragraph_style("WriteLine", "Samenwerkwijzer schrijflijn")
            .line_spacing(LineSpacing::new().before(240).after(0)),
        paragraph_style("TableAfter", "Samenwerkwijzer na tabel")
            .size(8)
            .line_spacing(LineSpacing::new().after(0)),
    ]
}

/// docx-rs writes no language; put `<w:lang>` in the document defaults,
/// where Word and LibreOffice look for the language of every run. It goes
/// last in `w:rPr`, as the schema orders it.
fn with_language(styles: &[u8]) -> Vec<u8> {
    let xml = String::from_utf8_lossy(styles);
    let lang =
        format!("<w:lang w:val=\"{LANGUAGE}\" w:eastAsia=\"{LANGUAGE}\" w:bidi=\"ar-SA\" />");
    let patched = xml.replacen(
        "</w:rPr></w:rPrDefault>",
        &format!("{lang}</w:rPr></w:rPrDefault>"),
        1,
    );
    patched.into_bytes()
}

/// Title, author and language in the package properties (File >
/// Properties in Word), which docx-rs leaves as "unknown".
fn with_core_properties(core: &[u8], meta: &Meta) -> Vec<u8> {
    let xml = String::from_utf8_lossy(core);
    let author = if meta.author.trim().is_empty() {
        "Samenwerkwijzer".to_string()
    } else {
        escape(meta.author.trim())
    };
    let extra = format!(
        "<dc:title>{}</dc:title><dc:language>{LANGUAGE}</dc:language></cp:coreProperties>",
        escape(meta.title.trim())
    );
    xml.replacen(
        "<dc:creator>unknown</dc:creator>",
        &format!("<dc:creator>{author}</dc:creator>"),
        1,
    )
    .replacen(
        "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
        "<cp:lastModifiedBy>Samenwerkwijzer</cp:lastModifiedBy>",
        1,
    )
    .replacen("</cp:coreProperties>", &extra, 1)
    .into_bytes()
}

/// Text for XML element content, with control characters (which XML 1.0
/// does not allow) left out.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_goes_last_in_the_default_run_properties() {
        let styles =
            b"<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\" /></w:rPr></w:rPrDefault>";
        let out = String::from_utf8(with_language(styles)).expect("utf8");
        assert!(
            out.contains("<w:sz w:val=\"22\" /><w:lang w:val=\"nl-NL\""),
            "{out}"
        );
    }

    #[test]
    fn escapes_text_for_xml() {
        assert_eq!(escape("<a & \"b\">\u{0}"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}

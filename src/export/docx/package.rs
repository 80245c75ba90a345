//! The package around the text: page size, styles (Word's own heading
//! styles, with outline levels), numbering definitions, the document
//! language and the package properties.

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, Level, LevelJc, LevelText, LineSpacing, NumberFormat,
    Numbering, PageMargin, RunFonts, SpecialIndentType, Start, Style, StyleType,
};

use crate::plan::Meta;

use super::{
    A4_HEIGHT, A4_WIDTH, ACCENT, BULLETS, FONT, LANGUAGE, MARGIN, MARGIN_SIDE, MUTED, NUMBERS,
};

/// The document with its page, styles and numbering definitions.
pub(super) fn base(meta: &Meta) -> Docx {
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
        .default_size(20)
        .default_line_spacing(LineSpacing::new().after(100).line(252))
        .add_abstract_numbering(list_numbering(BULLETS, "bullet", "•"))
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .add_abstract_numbering(list_numbering(NUMBERS, "decimal", "%1."))
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
            .size(18)
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
pub(super) fn with_language(styles: &[u8]) -> Vec<u8> {
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

/// docx-rs opens every paragraph's properties with an empty `<w:rPr />`,
/// before `<w:pStyle>`, where the schema wants `w:pStyle` first and
/// `w:rPr` last; strict readers (Word's validator) complain. The empty
/// element says nothing, so it goes.
pub(super) fn tidy(xml: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(xml)
        .replace("<w:pPr><w:rPr /></w:pPr>", "")
        .replace("<w:pPr><w:rPr />", "<w:pPr>")
        .into_bytes()
}

/// Title, author and language in the package properties (File >
/// Properties in Word), which docx-rs leaves as "unknown".
pub(super) fn with_core_properties(core: &[u8], meta: &Meta) -> Vec<u8> {
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

/// A one-level list: `format` ("bullet", "decimal") with `text` as its
/// sign, hanging a quarter inch.
fn list_numbering(id: usize, format: &str, text: &str) -> AbstractNumbering {
    AbstractNumbering::new(id).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(Some(360), Some(SpecialIndentType::Hanging(360)), None, None),
    )
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
    fn empty_run_properties_leave_paragraph_properties() {
        let xml = b"<w:p><w:pPr><w:rPr /><w:pStyle w:val=\"Heading1\" /></w:pPr></w:p><w:p><w:pPr><w:rPr /></w:pPr></w:p>";
        assert_eq!(
            String::from_utf8(tidy(xml)).expect("utf8"),
            "<w:p><w:pPr><w:pStyle w:val=\"Heading1\" /></w:pPr></w:p><w:p></w:p>"
        );
    }

    #[test]
    fn escapes_text_for_xml() {
        assert_eq!(escape("<a & \"b\">\u{0}"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}

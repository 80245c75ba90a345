//! Hostile text in every field of a plan stays text: no tags in the HTML,
//! no markup in the Markdown.

use crate::export_support;

use export_support::{HOSTILE, guide, hostile_plan};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use samenwerkwijzer::export::{self, Extras, Finding, Level, Report};

/// The tags and attributes our templates write. User text that broke out
/// of its place would bring others (`img`, `script`, `onerror`).
const TAGS: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "nav", "section",
    "article", "div", "span", "p", "br", "h1", "h2", "h3", "h4", "h5", "dl", "dt", "dd", "ol",
    "ul", "li", "a", "strong", "table", "thead", "tbody", "tr", "th", "td",
];
const ATTRIBUTES: &[&str] = &[
    "lang",
    "charset",
    "name",
    "content",
    "class",
    "id",
    "href",
    "style",
    "aria-label",
    "aria-hidden",
    "scope",
];

/// Check every tag in `page`: known name, known attributes, quoted values.
fn assert_only_our_tags(page: &str) {
    let body = page.strip_prefix("<!DOCTYPE html>").expect("doctype first");
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').expect("tag closes") + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if let Some(end) = tag.strip_prefix('/') {
            assert!(TAGS.contains(&end), "closing tag {end:?}");
            continue;
        }
        let name = tag.split([' ', '/']).next().unwrap_or_default();
        assert!(TAGS.contains(&name), "tag {name:?} in <{tag}>");
        // Attributes: name="value" pairs; values hold no raw quote.
        let mut attrs = tag[name.len()..].trim();
        while !attrs.is_empty() {
            let eq = attrs.find('=').unwrap_or(attrs.len());
            let attr = attrs[..eq].trim();
            assert!(ATTRIBUTES.contains(&attr), "attribute {attr:?} in <{tag}>");
            let value = attrs[eq + 1..].strip_prefix('"').expect("quoted value");
            let end = value.find('"').expect("value closes");
            attrs = value[end + 1..].trim();
        }
        if name == "style" {
            // The style sheet is ours; skip to its end so CSS is not read as tags.
            let end = rest.find("</style>").expect("style closes");
            rest = &rest[end..];
        }
    }
}

fn hostile_report() -> Report {
    Report {
        findings: HOSTILE
            .iter()
            .map(|h| Finding {
                step: Some(0),
                level: Level::Warning,
                title: h.to_string(),
                text: h.to_string(),
                source: h.to_string(),
            })
            .collect(),
        ..Report::default()
    }
}

#[test]
fn html_shows_hostile_text_as_text() {
    let g = guide();
    let plan = hostile_plan(&g);
    let extras = Extras {
        report: hostile_report(),
        ..Extras::default()
    };
    let page = export::html(&g, &plan, &extras);
    assert_only_our_tags(&page);
    assert!(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    assert!(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
    assert!(page.contains("<td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>"));
    assert!(page.contains("&amp;amp; &amp;lt;b&amp;gt; 'enkel' &quot;dubbel&quot;"));
    assert!(!page.contains("<script") && !page.contains("<img"));
    // Every text answer and item field came through, escaped: count the
    // first hostile line (a text answer shows every line as a paragraph).
    let text_questions = g
        .questions()
        .flat_map(|q| std::iter::once(q).chain(q.kind.fields()))
        .filter(|q| {
            matches!(
                q.kind,
                samenwerkwijzer::guide::Kind::ShortText | samenwerkwijzer::guide::Kind::LongText
            )
        })
        .count();
    let shown = page
        .matches("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
        .count();
    assert!(
        shown >= text_questions,
        "{shown} escaped texts for {text_questions} text questions"
    );
}

/// The text of every paragraph, heading and list item of `markdown`, as a
/// CommonMark reader (with the GitHub extensions) sees it, and whether it
/// found any raw HTML, link, image, table or code.
fn read_markdown(markdown: &str) -> (Vec<String>, Vec<String>) {
    let mut blocks = vec![String::new()];
    let mut markup = Vec::new();
    // Smart punctuation would turn quotes into curly ones: not markup.
    let options = Options::all() - Options::ENABLE_SMART_PUNCTUATION;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Text(t) => blocks.last_mut().expect("block").push_str(&t),
            Event::SoftBreak | Event::HardBreak => blocks.last_mut().expect("block").push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                blocks.push(String::new())
            }
            Event::Html(h) | Event::InlineHtml(h) => markup.push(format!("html {h}")),
            Event::Code(c) => markup.push(format!("code {c}")),
            Event::InlineMath(m) | Event::DisplayMath(m) => markup.push(format!("math {m}")),
            Event::Start(
                tag @ (Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::Table(_)
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::Strikethrough),
            ) => markup.push(format!("{tag:?}")),
            _ => {}
        }
    }
    (blocks, markup)
}

#[test]
fn markdown_shows_hostile_text_as_text() {
    let g = guide();
    let plan = hostile_plan(&g);
    let extras = Extras {
        report: hostile_report(),
        ..Extras::default()
    };
    let md = export::markdown(&g, &plan, &extras);
    let (blocks, markup) = read_markdown(&md);
    assert!(markup.is_empty(), "user text became markup: {markup:?}");
    // A multi-line answer comes back line for line: each line a
    // paragraph, lines with a list marker as list items (W22: no hard
    // breaks, so no backslashes to read).
    for line in HOSTILE {
        let expected = match *line {
            "- lijst" => "lijst",
            "1. genummerd" => "genummerd",
            other => other,
        };
        assert!(
            blocks.iter().any(|b| b == expected),
            "no block reads {expected:?}"
        );
    }
    assert!(!md.contains("\\\n"), "no hard line breaks");
    // The title, in a heading, and a finding in a list item.
    assert!(blocks.iter().any(|b| b == "<script>alert(1)</script>"));
    assert!(
        blocks
            .iter()
            .any(|b| b.starts_with("Let op: *vet* _schuin_ [link](javascript:alert(1))"))
    );
}

#[test]
fn worksheets_escape_an_adapted_guide() {
    let mut g = guide();
    g.title = "<script>alert(1)</script> *vet*".into();
    g.steps[0].questions[0].label = "\"><img src=x onerror=alert(1)>".into();
    g.steps[0].questions[0].help = "- lijst\n1. genummerd | pijp".into();
    let blank = export::SheetHeading::default();
    let page = export::worksheet_html(&g, &blank);
    assert_only_our_tags(&page);
    assert!(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; *vet*</h1>"));
    let (blocks, markup) = read_markdown(&export::worksheet_markdown(&g, &blank));
    assert!(markup.is_empty(), "{markup:?}");
    assert!(blocks.contains(&"<script>alert(1)</script> *vet*".to_string()));
    assert!(
        blocks
            .iter()
            .any(|b| b.contains("\"><img src=x onerror=alert(1)>"))
    );
    assert!(blocks.contains(&"lijst".to_string()));
    assert!(blocks.contains(&"genummerd | pijp".to_string()));
}

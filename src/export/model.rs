//! The document model every plan export is rendered from: a title block and
//! a tree of blocks (headings, paragraphs, lists, tables, labelled fields,
//! sections). Markdown, HTML and Word render this one structure, so they
//! can never disagree on what a plan says or in which order.
//!
//! Everything in it is plain text; each writer escapes for its own format.

/// A whole document.
pub(crate) struct Document {
    pub title: TitleBlock,
    pub body: Vec<Block>,
    /// One line for the end of the document; may be empty.
    pub footer: String,
}

/// What the first lines of a notitie say: what it is, its title, and whose
/// it is.
pub(crate) struct TitleBlock {
    /// A small line above the title ("Notitie", "Werkblad").
    pub kicker: String,
    pub title: String,
    /// Label and value. An empty value is a line to write on (worksheets).
    pub rows: Vec<(String, String)>,
}

/// Parts of a document that print differently: the summary fits page 1,
/// the other parts start on a new page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Summary,
    Steps,
    Advice,
    Open,
    Sources,
}

impl Part {
    /// A fragment id and class name for HTML.
    pub fn id(self) -> &'static str {
        match self {
            Part::Summary => "samenvatting",
            Part::Steps => "stappen",
            Part::Advice => "advies",
            Part::Open => "nog-open",
            Part::Sources => "bronnen",
        }
    }

    /// Does the part begin on a new page when printed?
    pub fn new_page(self) -> bool {
        match self {
            Part::Summary | Part::Open | Part::Sources => false,
            Part::Steps | Part::Advice => true,
        }
    }
}

pub(crate) enum Block {
    /// Level 1 is a part ("Samenvatting"), 2 a step or topic, 3 a question,
    /// 4 an item of a list.
    Heading {
        level: u8,
        text: String,
    },
    Para(Para),
    List {
        ordered: bool,
        items: Vec<Para>,
    },
    Table(Table),
    /// A question and its answer, or a field of an item: the label leads,
    /// the value follows (paragraphs and lists only).
    Field {
        label: String,
        value: Vec<Block>,
    },
    /// A part of the document, with its heading inside.
    Section {
        part: Part,
        blocks: Vec<Block>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Para {
    pub spans: Vec<Span>,
    /// Explanations around the content (disclaimers, notes): smaller and
    /// in italics.
    pub aside: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    pub text: String,
    pub strong: bool,
}

pub(crate) struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Para {
    pub fn text(text: impl Into<String>) -> Para {
        Para {
            spans: vec![Span {
                text: text.into(),
                strong: false,
            }],
            aside: false,
        }
    }

    pub fn aside(text: impl Into<String>) -> Para {
        Para {
            aside: true,
            ..Para::text(text)
        }
    }

    /// "**Lead:** rest", e.g. a finding ("Let op: …").
    pub fn led(lead: impl Into<String>, rest: impl Into<String>) -> Para {
        Para {
            spans: vec![
                Span {
                    text: lead.into(),
                    strong: true,
                },
                Span {
                    text: rest.into(),
                    strong: false,
                },
            ],
            aside: false,
        }
    }

    /// All text of the paragraph, without markup.
    #[cfg(test)]
    pub fn plain(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

impl Block {
    pub fn heading(level: u8, text: impl Into<String>) -> Block {
        Block::Heading {
            level,
            text: text.into(),
        }
    }

    pub fn para(text: impl Into<String>) -> Block {
        Block::Para(Para::text(text))
    }

    pub fn bullets(items: impl IntoIterator<Item = Para>) -> Block {
        Block::List {
            ordered: false,
            items: items.into_iter().collect(),
        }
    }
}

/// User text as blocks. Blank lines separate paragraphs; within one, every
/// line stays a line of its own: lines that start with a bullet ("- ", "* ",
/// "• ") or a small number ("1. ", "2) ") become a list, other lines a
/// paragraph each. No writer needs hard line breaks, so Markdown shows no
/// backslashes (W22).
pub(crate) fn user_text(text: &str) -> Vec<Block> {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut blocks = Vec::new();
    let mut list: Option<(bool, Vec<Para>)> = None;
    let flush = |list: &mut Option<(bool, Vec<Para>)>, blocks: &mut Vec<Block>| {
        if let Some((ordered, items)) = list.take() {
            blocks.push(Block::List { ordered, items });
        }
    };
    for line in normalised.lines().map(str::trim) {
        if line.is_empty() {
            flush(&mut list, &mut blocks);
            continue;
        }
        match list_item(line) {
            Some((ordered, rest)) => {
                if list.as_ref().is_some_and(|(o, _)| *o != ordered) {
                    flush(&mut list, &mut blocks);
                }
                list.get_or_insert_with(|| (ordered, Vec::new()))
                    .1
                    .push(Para::text(rest));
            }
            None => {
                flush(&mut list, &mut blocks);
                blocks.push(Block::para(line));
            }
        }
    }
    flush(&mut list, &mut blocks);
    blocks
}

/// A list line: whether it is numbered, and its text without the marker.
fn list_item(line: &str) -> Option<(bool, &str)> {
    for bullet in ["- ", "* ", "+ ", "• ", "– "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            let rest = rest.trim_start();
            return (!rest.is_empty()).then_some((false, rest));
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        for marker in [". ", ") "] {
            if let Some(rest) = rest.strip_prefix(marker) {
                let rest = rest.trim_start();
                return (!rest.is_empty()).then_some((true, rest));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Para(p) => format!("p {}", p.plain()),
                Block::List { ordered, items } => format!(
                    "{} {}",
                    if *ordered { "ol" } else { "ul" },
                    items.iter().map(Para::plain).collect::<Vec<_>>().join("|")
                ),
                _ => "other".to_string(),
            })
            .collect()
    }

    #[test]
    fn user_text_keeps_lines_and_finds_lists() {
        let text = "Wat we afspraken (2021):\r\n- De kosten delen\n-   De baten ook\n\n\
                    1. eerst\n2) dan\nTot slot.\n  \n";
        assert_eq!(
            shape(&user_text(text)),
            [
                "p Wat we afspraken (2021):",
                "ul De kosten delen|De baten ook",
                "ol eerst|dan",
                "p Tot slot.",
            ]
        );
    }

    #[test]
    fn numbers_and_dashes_that_are_not_markers_stay_text() {
        assert_eq!(
            shape(&user_text(
                "2027. Een jaar\n2.000 woningen\n-\n-x\n100) honderd"
            )),
            [
                "p 2027. Een jaar",
                "p 2.000 woningen",
                "p -",
                "p -x",
                "p 100) honderd"
            ]
        );
        assert!(user_text(" \n\r\n").is_empty());
    }
}

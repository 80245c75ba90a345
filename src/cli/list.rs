//! `samenwerkwijzer list`: every plan with its progress, or why it cannot
//! be opened.

use unicode_width::UnicodeWidthStr;

use crate::guide::Guide;
use crate::listing::summaries;
use crate::present::format_datetime;
use crate::store::Library;

use super::output::line;

pub fn list(library: &Library, guide: &Guide) -> Result<(), String> {
    let plans = library.data_dir().plans();
    let summaries =
        summaries(library, guide).map_err(|e| format!("kan de map met plannen niet lezen: {e}"))?;
    if summaries.is_empty() {
        return line(&format!("Nog geen plannen in {}.", plans.display()));
    }
    let tz = crate::store::system_time_zone();
    let rows: Vec<[String; 4]> = summaries
        .iter()
        .map(|s| {
            let name = s
                .path
                .file_stem()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let when = s
                .updated
                .map(|t| format_datetime(t, &tz))
                .unwrap_or_default();
            // A damaged plan has no progress; why it is damaged goes last.
            let (status, last) = match &s.status {
                Ok(p) => (format!("{:>3}%", p.percent()), s.title.clone()),
                Err(why) => ("   !".to_string(), format!("beschadigd: {why}")),
            };
            [name, when, status, last]
        })
        .collect();
    // The title goes last, so a long one is never cut and never pushes the
    // other columns out of line; the others are as wide as their widest.
    let width = |i: usize| rows.iter().map(|r| r[i].width()).max().unwrap_or(0);
    let (names, whens) = (width(0), width(1));
    for [name, when, status, last] in &rows {
        line(&format!(
            "{}  {}  {status}  {last}",
            pad(name, names),
            pad(when, whens)
        ))?;
    }
    Ok(())
}

/// `text` and spaces up to `width` columns (wide characters count double).
fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

//! `samenwerkwijzer list`: every plan with its progress, or why it cannot
//! be opened.

use crate::guide::Guide;
use crate::listing::summary;
use crate::present::format_datetime;
use crate::store::Library;

use super::output::line;

pub fn list(library: &Library, guide: &Guide) -> Result<(), String> {
    let plans = library.data_dir().plans();
    let entries = library
        .list(guide)
        .map_err(|e| format!("kan de map met plannen niet lezen: {e}"))?;
    if entries.is_empty() {
        return line(&format!("Nog geen plannen in {}.", plans.display()));
    }
    let tz = crate::store::system_time_zone();
    for entry in &entries {
        let s = summary(entry, guide);
        let when = s
            .updated
            .map(|t| format_datetime(t, &tz))
            .unwrap_or_default();
        let status = match &s.status {
            Ok(p) => format!("{:>3}%", p.percent()),
            Err(why) => format!("beschadigd: {why}"),
        };
        line(&format!(
            "{:<28} {:<40} {when}  {status}",
            entry.name(),
            s.title
        ))?;
    }
    Ok(())
}

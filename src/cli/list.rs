//! `samenwerkwijzer list`: every plan with its progress, or why it cannot
//! be opened.

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
    for s in &summaries {
        let name = s
            .path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let when = s
            .updated
            .map(|t| format_datetime(t, &tz))
            .unwrap_or_default();
        let status = match &s.status {
            Ok(p) => format!("{:>3}%", p.percent()),
            Err(why) => format!("beschadigd: {why}"),
        };
        line(&format!("{name:<28} {:<40} {when}  {status}", s.title))?;
    }
    Ok(())
}

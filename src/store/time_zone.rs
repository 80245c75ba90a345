//! The user's time zone, for the times the app shows ("opgeslagen om
//! 14:05", the plan list).
//!
//! `jiff::tz::TimeZone::try_system` finds the zone's name through jiff's
//! copy of the zone database, which it builds by walking the whole
//! zoneinfo tree: about half a millisecond before the first frame
//! (issue 16). Here the common case is read directly: `/etc/localtime` as
//! a link into a zoneinfo folder gives the name, and the file it points to
//! is the zone. Anything else (`TZ` set, no link, an unreadable file)
//! goes to jiff as before.

use jiff::tz::TimeZone;

/// Zone files are a few kilobytes; anything much bigger is not one.
#[cfg(unix)]
const MAX_ZONE_BYTES: u64 = 256 * 1024;

/// The system's time zone, or UTC when there is none to find.
#[must_use]
pub fn system_time_zone() -> TimeZone {
    fast_path()
        .or_else(|| TimeZone::try_system().ok())
        .unwrap_or(TimeZone::UTC)
}

#[cfg(unix)]
fn fast_path() -> Option<TimeZone> {
    if std::env::var_os("TZ").is_some() {
        return None;
    }
    let target = std::fs::read_link("/etc/localtime").ok()?;
    let target = target.to_str()?;
    let name = &target[target.rfind("zoneinfo/")? + "zoneinfo/".len()..];
    let file = std::path::Path::new("/etc").join(target);
    let bytes = super::read::read_bounded(&file, MAX_ZONE_BYTES).ok()?;
    TimeZone::tzif(name, &bytes).ok()
}

#[cfg(not(unix))]
fn fast_path() -> Option<TimeZone> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the shortcut applies, it finds the zone jiff finds.
    #[test]
    fn the_shortcut_agrees_with_jiff() {
        let Some(fast) = fast_path() else {
            return;
        };
        let jiff = TimeZone::try_system().expect("jiff finds a zone where the shortcut does");
        assert_eq!(fast.iana_name(), jiff.iana_name());
        let t: jiff::Timestamp = "2026-07-01T12:00:00Z".parse().expect("timestamp");
        assert_eq!(fast.to_offset(t), jiff.to_offset(t));
        let w: jiff::Timestamp = "2026-01-01T12:00:00Z".parse().expect("timestamp");
        assert_eq!(fast.to_offset(w), jiff.to_offset(w));
    }
}

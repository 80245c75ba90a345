//! Reading standard input line by line on a thread of its own, so the
//! loop can wait for a line, a signal and the autosave clock at once.
//! A terminal in its normal (cooked) mode, a pipe and a file read alike.

use std::io::{self, BufRead};
use std::sync::mpsc::Sender;

use super::effect::Incoming;

/// The longest line kept; a longer one is refused as a whole (a plan
/// answer is never this long, and memory stays bounded whatever comes in).
pub const MAX_LINE: usize = 64 * 1024;

/// One line read.
#[derive(Debug, PartialEq, Eq)]
pub enum Read {
    Line(String),
    TooLong,
}

pub fn listen(tx: Sender<Incoming>) {
    std::thread::spawn(move || {
        let stdin = io::stdin();
        let mut reader = stdin.lock();
        loop {
            let incoming = match read_line(&mut reader, MAX_LINE) {
                Ok(Some(Read::Line(text))) => Incoming::Line(text),
                Ok(Some(Read::TooLong)) => Incoming::TooLong,
                // An input that cannot be read any more has ended too.
                Ok(None) | Err(_) => Incoming::End,
            };
            let end = incoming == Incoming::End;
            if tx.send(incoming).is_err() || end {
                return;
            }
        }
    });
}

/// The next line of `reader` (without `\n` or `\r\n`), at most `limit`
/// bytes; `None` at the end of the input. Bytes that are not UTF-8 become
/// replacement characters.
///
/// # Errors
///
/// When the input cannot be read (the caller takes it as its end).
pub fn read_line(reader: &mut impl BufRead, limit: usize) -> io::Result<Option<Read>> {
    let mut line = Vec::new();
    let mut too_long = false;
    let mut any = false;
    loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        any = true;
        let (part, done) = match buf.iter().position(|b| *b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        if line.len() + part.len() > limit {
            too_long = true;
        } else if !too_long {
            line.extend_from_slice(part);
        }
        let used = done.unwrap_or(buf.len());
        reader.consume(used);
        if done.is_some() {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if too_long {
        return Ok(Some(Read::TooLong));
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some(Read::Line(
        String::from_utf8_lossy(&line).into_owned(),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_at_newlines_and_long_ones_are_refused_whole() {
        let mut input: &[u8] = b"een\r\ntwee\n\nvier-is-te-lang\nvijf\xff";
        let mut read = || read_line(&mut input, 10).expect("read");
        assert_eq!(read(), Some(Read::Line("een".into())));
        assert_eq!(read(), Some(Read::Line("twee".into())));
        assert_eq!(read(), Some(Read::Line(String::new())));
        assert_eq!(read(), Some(Read::TooLong));
        assert_eq!(read(), Some(Read::Line("vijf\u{fffd}".into())));
        assert_eq!(read(), None);
    }
}

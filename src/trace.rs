//! Streaming reader of JSON Lines traces (`spec/trace-format.md`).
//!
//! Reads one line at a time, so a trace of any length replays in flat memory,
//! and reports every bad line with file, line number and reason, never panicking.

use crate::event::{Event, Millis};
use std::fmt;
use std::io::BufRead;

/// A line that is not a valid event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceError {
    pub file: String,
    /// 1-based; 0 when the error is not about one line (an I/O error before any line).
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for TraceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for TraceError {}

/// Longest line accepted; a longer one is an input error rather than a memory hazard.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// Iterator over the events of one trace.
pub struct TraceReader<R> {
    input: R,
    file: String,
    line_no: usize,
    last_t: Option<Millis>,
    buf: String,
    failed_io: bool,
}

impl<R: BufRead> TraceReader<R> {
    pub fn new(input: R, file: impl Into<String>) -> Self {
        TraceReader {
            input,
            file: file.into(),
            line_no: 0,
            last_t: None,
            buf: String::new(),
            failed_io: false,
        }
    }

    fn error(&self, reason: impl Into<String>) -> TraceError {
        TraceError { file: self.file.clone(), line: self.line_no, reason: reason.into() }
    }

    /// The line number of the last line read.
    pub fn line(&self) -> usize {
        self.line_no
    }
}

impl<R: BufRead> Iterator for TraceReader<R> {
    type Item = Result<Event, TraceError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed_io {
            return None;
        }
        loop {
            self.buf.clear();
            let read =
                std::io::Read::take(&mut self.input, MAX_LINE_BYTES as u64 + 1).read_line(&mut self.buf);
            match read {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.failed_io = true;
                    self.line_no += 1;
                    let reason = if e.kind() == std::io::ErrorKind::InvalidData {
                        "not valid UTF-8".to_string()
                    } else {
                        format!("read error: {e}")
                    };
                    return Some(Err(self.error(reason)));
                }
            }
            self.line_no += 1;
            if self.buf.len() > MAX_LINE_BYTES {
                self.failed_io = true;
                return Some(Err(self.error(format!("line longer than {MAX_LINE_BYTES} bytes"))));
            }
            let line = self.buf.trim();
            if line.is_empty() {
                continue;
            }
            let event = match Event::from_json(line) {
                Ok(e) => e,
                Err(e) => return Some(Err(self.error(clean_serde_message(&e)))),
            };
            if let Some(last) = self.last_t {
                if event.t < last {
                    return Some(Err(self.error(format!("t goes backwards ({} after {last})", event.t))));
                }
            }
            self.last_t = Some(event.t);
            return Some(Ok(event));
        }
    }
}

/// serde_json appends " at line 1 column 42"; the line is ours to report, the column is kept.
/// The offending value is left out: in a field of the wrong type it may be a phone number
/// or typed text (`"number": 13800000000`), and error messages end up in logs.
fn clean_serde_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = match msg.rfind(" at line ") {
        Some(i) => format!("{} (column {})", &msg[..i], e.column()),
        None => msg,
    };
    redact_value(&msg)
}

/// `invalid type: string "13800000000", expected u64` → `invalid type: string, expected u64`.
fn redact_value(msg: &str) -> String {
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = msg.strip_prefix(prefix) {
            if let Some(comma) = rest.find(", expected") {
                let kind = rest[..comma].split([' ', '`', '"']).next().unwrap_or("value");
                return format!("{prefix}{kind}{}", &rest[comma..]);
            }
        }
    }
    msg.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Vec<Result<Event, TraceError>> {
        TraceReader::new(s.as_bytes(), "t.jsonl").collect()
    }

    #[test]
    fn skips_blank_lines_and_counts_them() {
        let r = read("\n{\"t\":1,\"type\":\"call_ended\"}\n\n{\"t\":2,\"type\":\"nope\"}\n");
        assert!(r[0].is_ok());
        let e = r[1].as_ref().unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.to_string().starts_with("t.jsonl:4: unknown event type `nope`"), "{e}");
    }

    #[test]
    fn backwards_time_is_an_error_and_reading_goes_on() {
        let r = read("{\"t\":5,\"type\":\"call_ended\"}\n{\"t\":4,\"type\":\"call_ended\"}\n{\"t\":6,\"type\":\"call_ended\"}\n");
        assert!(r[1].as_ref().unwrap_err().reason.contains("backwards"));
        assert!(r[2].is_ok(), "a lenient reader can go on after a bad line");
    }

    #[test]
    fn bad_json_and_bad_utf8() {
        let r = read("{\"t\":1,\"type\":\"call_ended\"");
        assert!(r[0].as_ref().unwrap_err().reason.contains("EOF"));
        let bytes: &[u8] = b"{\"t\":1,\"type\":\"call_ended\"}\n\xff\xfe\n";
        let r: Vec<_> = TraceReader::new(bytes, "b").collect();
        assert_eq!(r.len(), 2);
        let e = r[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.reason.as_str()), (2, "not valid UTF-8"));
    }

    #[test]
    fn wrong_field_types_do_not_echo_the_value() {
        let r = read("{\"t\":1,\"type\":\"call_started\",\"direction\":\"incoming\",\"peer\":\"unknown\",\"number\":13800000000}");
        let e = r[0].as_ref().unwrap_err();
        assert!(!e.reason.contains("13800000000"), "{e}");
        assert!(e.reason.starts_with("invalid type: integer, expected a string"), "{e}");
        let r = read("{\"t\":1,\"type\":\"text_entered\",\"package\":\"a.b\",\"field\":\"code\",\"text\":[\"123456\"]}");
        let e = r[0].as_ref().unwrap_err();
        assert!(!e.reason.contains("123456"), "{e}");
        assert_eq!(
            redact_value("invalid value: integer `-1`, expected u64"),
            "invalid value: integer, expected u64"
        );
        assert_eq!(redact_value("unknown variant `x`, expected one"), "unknown variant `x`, expected one");
    }

    #[test]
    fn wrong_field_type_names_the_column() {
        let r = read("{\"t\":1,\"type\":\"app_foreground\",\"package\":42}");
        let e = r[0].as_ref().unwrap_err();
        assert!(e.reason.contains("invalid type") && e.reason.contains("column"), "{e}");
    }
}

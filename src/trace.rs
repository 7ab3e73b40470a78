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
    buf: Vec<u8>,
    failed_io: bool,
    recent: crate::event::RecentTexts,
}

impl<R: BufRead> TraceReader<R> {
    pub fn new(input: R, file: impl Into<String>) -> Self {
        TraceReader {
            input,
            file: file.into(),
            line_no: 0,
            last_t: None,
            buf: Vec::new(),
            failed_io: false,
            recent: Default::default(),
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
            let read = std::io::Read::take(&mut self.input, MAX_LINE_BYTES as u64 + 1)
                .read_until(b'\n', &mut self.buf);
            match read {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    // The source itself failed: nothing more can be read from it.
                    self.failed_io = true;
                    self.line_no += 1;
                    return Some(Err(self.error(format!("read error: {}", e.kind()))));
                }
            }
            self.line_no += 1;
            if self.buf.len() > MAX_LINE_BYTES && self.buf.last() != Some(&b'\n') {
                // Skip the rest of the overlong line so the next one can be read.
                loop {
                    self.buf.clear();
                    match std::io::Read::take(&mut self.input, 64 * 1024).read_until(b'\n', &mut self.buf) {
                        Ok(0) => break,
                        Ok(_) if self.buf.last() == Some(&b'\n') => break,
                        Ok(_) => {}
                        Err(_) => {
                            self.failed_io = true;
                            break;
                        }
                    }
                }
                return Some(Err(self.error(format!("line longer than {MAX_LINE_BYTES} bytes"))));
            }
            // The common line (a flat object of plain strings and integers) is parsed
            // without serde; anything else takes the general path below, whose result
            // and messages are the same as ever. Only JSON's ASCII whitespace is trimmed
            // here: a line that starts or ends with other (Unicode) whitespace is left
            // to `str::trim` below. The fast path checks the UTF-8 of each string itself
            // (a text seen lately is not checked again), and takes a line only when all
            // of it is UTF-8; any other line is checked whole here.
            let json = self.buf.trim_ascii();
            if json.starts_with(b"{") && json.ends_with(b"}") {
                if let Some(event) = crate::event::fast::parse_bytes(json, &mut self.recent) {
                    return Some(self.accept(event));
                }
            }
            let Ok(text) = std::str::from_utf8(&self.buf) else {
                return Some(Err(self.error("not valid UTF-8")));
            };
            let line = text.trim();
            if line.is_empty() {
                continue;
            }
            let event = match Event::from_json(line) {
                Ok(e) => e,
                Err(e) => return Some(Err(self.error(clean_serde_message(&e)))),
            };
            return Some(self.accept(event));
        }
    }
}

impl<R> TraceReader<R> {
    /// Checks that time does not go backwards and takes the event.
    fn accept(&mut self, event: Event) -> Result<Event, TraceError> {
        if let Some(last) = self.last_t {
            if event.t < last {
                return Err(TraceError {
                    file: self.file.clone(),
                    line: self.line_no,
                    reason: format!("t goes backwards ({} after {last})", event.t),
                });
            }
        }
        self.last_t = Some(event.t);
        Ok(event)
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
    // `unknown variant `13987654321`, expected one of ...`: the value may be a number.
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        if let Some(comma) = rest.find(", expected") {
            return format!("unknown variant{}", &rest[comma..]);
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
        assert!(e.to_string().starts_with("t.jsonl:4: unknown event type"), "{e}");
        assert!(!e.to_string().contains("nope"), "{e}");
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
        let bytes: &[u8] =
            b"{\"t\":1,\"type\":\"call_ended\"}\n\xff\xfe\n{\"t\":2,\"type\":\"call_ended\"}\n";
        let r: Vec<_> = TraceReader::new(bytes, "b").collect();
        assert_eq!(r.len(), 3, "reading goes on after a bad line");
        let e = r[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.reason.as_str()), (2, "not valid UTF-8"));
        assert!(r[2].is_ok());
    }

    #[test]
    fn a_text_seen_before_with_one_byte_broken_is_still_not_utf8() {
        let text = "请立即下载远程协助软件并共享屏幕，配合警方调查您的涉案资金。".repeat(3);
        let good = format!("{{\"t\":1,\"type\":\"screen_text\",\"package\":\"a.b\",\"text\":\"{text}\"}}\n");
        let mut input = good.clone().into_bytes();
        input.extend_from_slice(good.replace("\"t\":1", "\"t\":2").as_bytes());
        // The same text with a byte of its last character cut out.
        let mut broken = good.replace("\"t\":1", "\"t\":3").into_bytes();
        let at = broken.len() - "\"}\n".len() - 1;
        broken.remove(at);
        input.extend_from_slice(&broken);
        // A lone continuation byte outside any string.
        input.extend_from_slice(b"{\"t\":4,\"type\":\"call_ended\"}\x80\n");
        input.extend_from_slice(good.replace("\"t\":1", "\"t\":5").as_bytes());
        let r: Vec<_> = TraceReader::new(&input[..], "u").collect();
        assert_eq!(r.len(), 5);
        let serde: Event = serde_json::from_str(good.trim()).unwrap();
        assert_eq!(r[0].as_ref().unwrap(), &serde);
        assert_eq!(r[1].as_ref().unwrap().kind, serde.kind, "a repeated text reads the same");
        for (i, line) in [(2, 3), (3, 4)] {
            let e = r[i].as_ref().unwrap_err();
            assert_eq!((e.line, e.reason.as_str()), (line, "not valid UTF-8"));
        }
        assert_eq!(r[4].as_ref().unwrap().t, 5);
    }

    #[test]
    fn an_overlong_line_is_skipped_and_reading_goes_on() {
        let mut input = format!(
            "{{\"t\":1,\"type\":\"screen_text\",\"package\":\"a.b\",\"text\":\"{}\"}}\n",
            "x".repeat(MAX_LINE_BYTES + 10)
        );
        input.push_str("{\"t\":2,\"type\":\"call_ended\"}\n");
        let r: Vec<_> = TraceReader::new(input.as_bytes(), "big").collect();
        assert_eq!(r.len(), 2);
        assert!(r[0].as_ref().unwrap_err().reason.contains("longer than"));
        assert_eq!(r[1].as_ref().unwrap().t, 2);
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
        assert_eq!(
            redact_value("unknown variant `13987654321`, expected one"),
            "unknown variant, expected one"
        );
    }

    #[test]
    fn wrong_field_type_names_the_column() {
        let r = read("{\"t\":1,\"type\":\"app_foreground\",\"package\":42}");
        let e = r[0].as_ref().unwrap_err();
        assert!(e.reason.contains("invalid type") && e.reason.contains("column"), "{e}");
    }
}

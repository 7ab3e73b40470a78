//! The snapshot's own JSON reader and writer. Why not serde's derives: they cost the
//! arm64 library ~73 KB for this one format (~30 KB of it serde's buffering for the
//! internally tagged fact enum), against a 1.5 MB budget; this reader, a tree and the
//! hand-written mapping in `snapshot` do the same for a fraction of that.
//!
//! The reader takes standard JSON (RFC 8259: whitespace, escapes with `\uXXXX`
//! surrogate pairs, numbers kept as their text until a field says what they are) and
//! refuses nesting deeper than the snapshot's schema could need, so a hostile body
//! cannot exhaust the stack.

/// Input that is not JSON, or not the shape a field expects.
#[derive(Debug)]
pub(super) struct Bad;

/// A parsed value; numbers stay text so each field parses them exactly as its type.
pub(super) enum J<'a> {
    Null,
    Bool(bool),
    Num(&'a str),
    Str(String),
    Arr(Vec<J<'a>>),
    Obj(Vec<(String, J<'a>)>),
}

/// The schema nests five deep (body, signals, a signal, its fact, its amount).
const MAX_DEPTH: usize = 16;

/// Parses one JSON value filling all of `text` (surrounding whitespace allowed).
pub(super) fn parse(text: &str) -> Result<J<'_>, Bad> {
    let mut p = Reader { s: text, i: 0 };
    let v = p.value(0)?;
    p.ws();
    if p.i == text.len() {
        Ok(v)
    } else {
        Err(Bad)
    }
}

struct Reader<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    /// Skips whitespace and then `b` if it is next.
    fn eat(&mut self, b: u8) -> bool {
        self.ws();
        let found = self.peek() == Some(b);
        if found {
            self.i += 1;
        }
        found
    }

    fn word(&mut self, w: &str, v: J<'a>) -> Result<J<'a>, Bad> {
        let found = self.s.as_bytes().get(self.i..).is_some_and(|r| r.starts_with(w.as_bytes()));
        if !found {
            return Err(Bad);
        }
        self.i += w.len();
        Ok(v)
    }

    fn value(&mut self, depth: usize) -> Result<J<'a>, Bad> {
        self.ws();
        match self.peek().ok_or(Bad)? {
            b'n' => self.word("null", J::Null),
            b't' => self.word("true", J::Bool(true)),
            b'f' => self.word("false", J::Bool(false)),
            b'"' => self.string().map(J::Str),
            b'[' | b'{' if depth >= MAX_DEPTH => Err(Bad),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(Bad);
                        }
                    }
                }
                Ok(J::Arr(items))
            }
            b'{' => {
                self.i += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.ws();
                        if self.peek() != Some(b'"') {
                            return Err(Bad);
                        }
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return Err(Bad);
                        }
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(Bad);
                        }
                    }
                }
                Ok(J::Obj(fields))
            }
            _ => self.number().map(J::Num),
        }
    }

    /// A number's text, checked against JSON's grammar (no `+`, `.5`, `01`, `inf`).
    fn number(&mut self) -> Result<&'a str, Bad> {
        let s: &'a str = self.s;
        let b = s.as_bytes();
        let digits = |i: &mut usize| {
            let from = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > from
        };
        let start = self.i;
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        if b.get(i) == Some(&b'0') {
            i += 1;
        } else if !digits(&mut i) {
            return Err(Bad);
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            if !digits(&mut i) {
                return Err(Bad);
            }
        }
        if let Some(b'e' | b'E') = b.get(i) {
            i += 1;
            if let Some(b'+' | b'-') = b.get(i) {
                i += 1;
            }
            if !digits(&mut i) {
                return Err(Bad);
            }
        }
        self.i = i;
        s.get(start..i).ok_or(Bad)
    }

    /// A string at its opening quote.
    fn string(&mut self) -> Result<String, Bad> {
        let s: &'a str = self.s;
        let b = s.as_bytes();
        self.i += 1;
        let mut out = String::new();
        loop {
            let run = self.i;
            while b.get(self.i).is_some_and(|&c| c != b'"' && c != b'\\' && c >= 0x20) {
                self.i += 1;
            }
            // Runs end at ASCII bytes, so on character boundaries.
            out.push_str(s.get(run..self.i).ok_or(Bad)?);
            match b.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let e = *b.get(self.i + 1).ok_or(Bad)?;
                    self.i += 2;
                    out.push(match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return Err(Bad),
                    });
                }
                // The end of the input, or a control character JSON wants escaped.
                _ => return Err(Bad),
            }
        }
    }

    /// The character of a `\u` escape whose `\u` is read: a surrogate pair is one
    /// character, a lone surrogate is refused (as serde_json refuses it for a String).
    fn escaped_char(&mut self) -> Result<char, Bad> {
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            let pair = self.s.as_bytes().get(self.i..).is_some_and(|r| r.starts_with(b"\\u"));
            if !pair {
                return Err(Bad);
            }
            self.i += 2;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(Bad);
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        char::from_u32(code).ok_or(Bad)
    }

    fn hex4(&mut self) -> Result<u32, Bad> {
        let h = self.s.get(self.i..self.i + 4).ok_or(Bad)?;
        // from_str_radix alone would take a sign.
        if !h.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err(Bad);
        }
        self.i += 4;
        u32::from_str_radix(h, 16).map_err(|_| Bad)
    }
}

impl<'a> J<'a> {
    pub(super) fn str(self) -> Result<String, Bad> {
        match self {
            J::Str(s) => Ok(s),
            _ => Err(Bad),
        }
    }

    pub(super) fn bool(self) -> Result<bool, Bad> {
        match self {
            J::Bool(b) => Ok(b),
            _ => Err(Bad),
        }
    }

    /// An integer of type `T`: a fraction, an exponent, a negative value for an
    /// unsigned type or a value out of range is refused (`-0` is 0, as serde_json has it).
    pub(super) fn int<T: std::str::FromStr>(self) -> Result<T, Bad> {
        match self {
            J::Num(n) => if n == "-0" { "0" } else { n }.parse().map_err(|_| Bad),
            _ => Err(Bad),
        }
    }

    /// An f32 read from its own decimal text, so the shortest text the writer gave
    /// comes back to the same bits; beyond f32's range is refused.
    pub(super) fn f32(self) -> Result<f32, Bad> {
        match self {
            J::Num(n) => n.parse::<f32>().ok().filter(|v| v.is_finite()).ok_or(Bad),
            _ => Err(Bad),
        }
    }

    pub(super) fn list<T>(self, f: impl FnMut(J<'a>) -> Result<T, Bad>) -> Result<Vec<T>, Bad> {
        match self {
            J::Arr(v) => v.into_iter().map(f).collect(),
            _ => Err(Bad),
        }
    }

    /// An array of exactly `N` items (a tuple).
    pub(super) fn tuple<const N: usize>(self) -> Result<[J<'a>; N], Bad> {
        match self {
            J::Arr(v) => v.try_into().map_err(|_| Bad),
            _ => Err(Bad),
        }
    }

    /// An object whose keys are all among `known`, none twice.
    pub(super) fn obj(self, known: &[&str]) -> Result<Obj<'a>, Bad> {
        let J::Obj(fields) = self else { return Err(Bad) };
        for (i, (k, _)) in fields.iter().enumerate() {
            if !known.contains(&k.as_str()) || fields[..i].iter().any(|(seen, _)| seen == k) {
                return Err(Bad);
            }
        }
        Ok(Obj(fields))
    }
}

/// An object's fields, taken one by one.
pub(super) struct Obj<'a>(Vec<(String, J<'a>)>);

impl<'a> Obj<'a> {
    /// The field, if present.
    pub(super) fn take(&mut self, key: &str) -> Option<J<'a>> {
        let i = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.swap_remove(i).1)
    }

    /// A field that must be present.
    pub(super) fn req(&mut self, key: &str) -> Result<J<'a>, Bad> {
        self.take(key).ok_or(Bad)
    }

    /// Refuses fields left over (keys the object's kind does not have).
    pub(super) fn done(self) -> Result<(), Bad> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Bad)
        }
    }
}

/// An optional value: absent or null is `None`.
pub(super) fn opt<'a, T>(
    j: Option<J<'a>>,
    f: impl FnOnce(J<'a>) -> Result<T, Bad>,
) -> Result<Option<T>, Bad> {
    match j {
        None | Some(J::Null) => Ok(None),
        Some(j) => f(j).map(Some),
    }
}

/// Compact JSON output; commas go in by position, so callers only name keys and values.
#[derive(Default)]
pub(super) struct Writer(pub(super) String);

impl Writer {
    fn sep(&mut self) {
        if !self.0.is_empty() && !self.0.ends_with(['{', '[', ':']) {
            self.0.push(',');
        }
    }

    /// Starts a field: `"key":` (keys are plain names, nothing to escape).
    pub(super) fn key(&mut self, k: &str) -> &mut Self {
        self.sep();
        self.0.push('"');
        self.0.push_str(k);
        self.0.push_str("\":");
        self
    }

    pub(super) fn open(&mut self, c: char) -> &mut Self {
        self.sep();
        self.0.push(c);
        self
    }

    pub(super) fn close(&mut self, c: char) -> &mut Self {
        self.0.push(c);
        self
    }

    pub(super) fn null(&mut self) -> &mut Self {
        self.sep();
        self.0.push_str("null");
        self
    }

    pub(super) fn bool(&mut self, b: bool) -> &mut Self {
        self.sep();
        self.0.push_str(if b { "true" } else { "false" });
        self
    }

    pub(super) fn int(&mut self, n: impl std::fmt::Display) -> &mut Self {
        use std::fmt::Write;
        self.sep();
        let _ = write!(self.0, "{n}");
        self
    }

    /// As serde_json writes an f32 (shortest text that reads back to the same bits).
    pub(super) fn f32(&mut self, v: f32) -> &mut Self {
        self.sep();
        self.0.push_str(&serde_json::to_string(&v).unwrap_or_default());
        self
    }

    /// A string, escaped by serde_json.
    pub(super) fn str(&mut self, s: &str) -> &mut Self {
        self.sep();
        self.0.push_str(&serde_json::to_string(s).unwrap_or_default());
        self
    }

    pub(super) fn opt_str(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    pub(super) fn opt_int(&mut self, n: Option<u64>) -> &mut Self {
        match n {
            Some(n) => self.int(n),
            None => self.null(),
        }
    }
}

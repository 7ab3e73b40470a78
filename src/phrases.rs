//! Phrase lists kept as data files in a format small enough to need no parser
//! crate (the library's size budget is tight): `[section]` lines open a list, every
//! other non-blank line that does not start with `#` is one phrase. Used by
//! `codes` (one-time codes) and `chat` (someone new in the chats).

/// The lists of `text`, in the order of `sections`. Every phrase must be lower
/// case (matching lower-cases the text once), at most 64 bytes, and under a
/// listed section; every section must be present and non-empty.
pub fn parse(file: &str, text: &str, sections: &[&str]) -> Result<Vec<Vec<String>>, String> {
    let mut lists: Vec<Vec<String>> = vec![Vec::new(); sections.len()];
    let mut current: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(
                sections
                    .iter()
                    .position(|s| *s == name)
                    .ok_or_else(|| format!("{file}:{}: unknown section `{name}`", n + 1))?,
            );
            continue;
        }
        let i = current.ok_or_else(|| format!("{file}:{}: a phrase before any section", n + 1))?;
        if line.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(format!("{file}:{}: phrases must be lower case", n + 1));
        }
        if line.len() > 64 {
            return Err(format!("{file}:{}: a phrase longer than 64 bytes", n + 1));
        }
        lists[i].push(line.to_string());
    }
    if let Some(i) = lists.iter().position(Vec::is_empty) {
        return Err(format!("{file}: section `{}` is missing or empty", sections[i]));
    }
    Ok(lists)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn sections_hold_their_phrases_and_mistakes_are_named() {
        let ok = parse("f", "# c\n[a]\nx\ny\n\n[b]\nz\n", &["a", "b"]).unwrap();
        assert_eq!(ok, vec![vec!["x".to_string(), "y".to_string()], vec!["z".to_string()]]);
        assert!(parse("f", "x\n[a]\ny\n", &["a"]).unwrap_err().contains("before any section"));
        assert!(parse("f", "[c]\ny\n", &["a"]).unwrap_err().contains("unknown section"));
        assert!(parse("f", "[a]\nY\n", &["a"]).unwrap_err().contains("lower case"));
        assert!(parse("f", "[a]\n", &["a"]).unwrap_err().contains("missing or empty"));
        assert!(parse("f", &format!("[a]\n{}\n", "x".repeat(65)), &["a"]).unwrap_err().contains("64"));
    }
}

//! Evidence and word templates (`data/messages.json`), in every warning language.
//!
//! Depends only on `serde` and `kinds`, so `build.rs` validates the file with this code.

use crate::kinds::{EventType, Lang};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The shipped messages.
/// The shipped `data/messages.json` (src/builtin.rs).
pub fn builtin_json() -> &'static str {
    crate::builtin::messages_json()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    #[serde(rename = "zh-CN")]
    zh: String,
    /// Traditional Chinese; the simplified text is shown until it is there.
    #[serde(rename = "zh-HK", default)]
    hk: Option<String>,
    en: String,
}

/// Templates by key. `{name}` placeholders are filled by [`Messages::render`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Messages {
    evidence: BTreeMap<String, Entry>,
    words: BTreeMap<String, Entry>,
    /// The replay command's timeline, for a person reading a trace.
    timeline: BTreeMap<String, Entry>,
}

/// Keys the engine uses; `validate` insists on every one.
pub const EVIDENCE_KEYS: &[&str] = &[
    "call",
    "call_outgoing",
    "call_recent_contact",
    "call_spoofed",
    "call_service_claimed",
    "voip_call",
    "contact_added",
    "scam_words",
    "loan_app",
    "exchange_app",
    "screen_share",
    "accessibility",
    "sideload",
    "remote_app",
    "unknown_sources",
    "bank_notifications_off",
    "overlay",
    "money_app",
    "amount",
    "transfer",
    "payment_prompt",
    "credentials",
    "money_out",
    "platform_risk",
];

/// Timeline keys beyond one per event type (`EventType::wire_name`).
pub const TIMELINE_KEYS: &[&str] = &[
    "incoming",
    "outgoing",
    "typed_hidden",
    "typed_amount",
    "words_found",
    "on",
    "off",
    "sender_contact",
    "sender_unknown",
    "sender_service",
    "field_amount",
    "field_account",
    "field_password",
    "field_code",
    "field_other",
    "level_caution",
    "level_danger",
    "level_critical",
    "evidence",
    "actions",
    "summary",
    "none",
];

pub const WORD_KEYS: &[&str] = &[
    "just_now",
    "minutes_ago",
    "hours_ago",
    "peer_unknown",
    "peer_hidden",
    "peer_flagged",
    "peer_unverified",
    "peer_contact",
    "peer_service",
    "prompt_qr_scan",
    "prompt_payment_code",
    "prompt_collect_request",
    "prompt_drawdown",
    "risk_screen_captured",
    "risk_device_controlled",
    "risk_display_cast",
    "risk_voip_call",
    "channel_cellular",
    "channel_voip",
    "source_sms",
    "source_notification",
    "source_screen",
    "unknown_app",
    "unknown_installer",
    "payee_new",
    "ongoing",
];

impl Messages {
    pub fn from_json(json: &str) -> Result<Messages, String> {
        let m: Messages = serde_json::from_str(json).map_err(|e| e.to_string())?;
        for key in EVIDENCE_KEYS {
            m.check(&m.evidence, "evidence", key)?;
        }
        for key in WORD_KEYS {
            m.check(&m.words, "words", key)?;
        }
        let event_keys = EventType::ALL.iter().map(|t| t.wire_name());
        for key in event_keys.chain(TIMELINE_KEYS.iter().copied()) {
            m.check(&m.timeline, "timeline", key)?;
        }
        Ok(m)
    }

    fn check(&self, map: &BTreeMap<String, Entry>, section: &str, key: &str) -> Result<(), String> {
        match map.get(key) {
            None => Err(format!("messages: `{section}.{key}` is missing")),
            Some(e) if e.zh.trim().is_empty() || e.en.trim().is_empty() => {
                Err(format!("messages: `{section}.{key}` needs zh-CN and en"))
            }
            Some(_) => Ok(()),
        }
    }

    /// The built-in messages; validated at build time.
    pub fn builtin() -> Messages {
        Messages::from_json(builtin_json()).unwrap_or_else(|_| Messages {
            evidence: BTreeMap::new(),
            words: BTreeMap::new(),
            timeline: BTreeMap::new(),
        })
    }

    fn pick(e: &Entry, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &e.zh,
            Lang::ZhHk => e.hk.as_deref().unwrap_or(&e.zh),
            Lang::En => &e.en,
        }
    }

    pub fn has_evidence(&self, key: &str) -> bool {
        self.evidence.contains_key(key)
    }

    /// A word (peer kind, channel...), or the key itself if missing.
    pub fn word(&self, key: &str, lang: Lang) -> String {
        self.words.get(key).map(|e| Self::pick(e, lang).to_string()).unwrap_or_else(|| key.to_string())
    }

    /// A timeline template with its placeholders filled (the key itself if missing).
    pub fn timeline(&self, key: &str, lang: Lang, args: &[(&str, &str)]) -> String {
        let template = self.timeline.get(key).map(|e| Self::pick(e, lang)).unwrap_or(key);
        fill(template, args)
    }

    /// An evidence line with its placeholders filled.
    pub fn evidence(&self, key: &str, lang: Lang, args: &[(&str, &str)]) -> String {
        let template = self.evidence.get(key).map(|e| Self::pick(e, lang)).unwrap_or(key);
        fill(template, args)
    }
}

/// Replaces `{name}` with its value; unknown placeholders stay as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_messages_are_complete() {
        let m = Messages::from_json(builtin_json()).expect("valid");
        assert_eq!(m.word("channel_voip", Lang::En), "internet (VoIP)");
        let line =
            m.evidence("amount", Lang::En, &[("ago", "just now"), ("app", "ABC"), ("amount", "¥1.00")]);
        assert_eq!(line, "just now: amount ¥1.00 entered in ABC");
    }

    #[test]
    fn fill_handles_odd_templates() {
        assert_eq!(fill("a{x}b{y}", &[("x", "1")]), "a1b{y}");
        assert_eq!(fill("open {brace", &[]), "open {brace");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn missing_keys_are_rejected() {
        let err = Messages::from_json(r#"{"evidence":{},"words":{},"timeline":{}}"#).unwrap_err();
        assert!(err.contains("evidence.call"), "{err}");
    }
}

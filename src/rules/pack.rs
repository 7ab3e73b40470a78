//! The rule pack format (JSON) and its validation.
//!
//! Depends only on `serde` and `kinds`: `build.rs` includes this file to reject
//! a broken built-in pack at build time, and the engine runs the same
//! `validate` on packs loaded at run time.

use crate::kinds::{
    Category, EventType, Field, InstallerKind, Lang, Level, Peer, SenderKind, Setting, Stage,
};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// A whole rule pack.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    /// Format version; this engine reads version 1.
    pub version: u32,
    /// A name for logs and bug reports ("default 2026-11").
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub windows: Windows,
    /// Named word lists for `text_vocab` conditions (plain substrings, not regexes,
    /// so a pack cannot carry a pathological pattern).
    pub vocabulary: BTreeMap<String, Vec<String>>,
    /// Action id → what to tell the user.
    pub actions: BTreeMap<String, Text>,
    pub rules: Vec<RuleDef>,
}

/// Time windows, in milliseconds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Windows {
    /// How long after a stranger call ends it still counts as "recent".
    pub stranger_call_ms: u64,
    /// A gap longer than this between scam-stage signals ends an episode, and a
    /// stage not seen again for this long no longer counts.
    pub episode_ms: u64,
    /// How long an accessibility grant to a non-accessibility app counts as remote control.
    pub remote_control_ms: u64,
    /// How long a sideloaded app stays suspicious.
    pub sideload_ms: u64,
    /// Default time before the same rule may fire again at the same level.
    pub cooldown_ms: u64,
}

impl Default for Windows {
    fn default() -> Self {
        Windows {
            stranger_call_ms: 30 * 60_000,
            episode_ms: 3_600_000,
            remote_control_ms: 2 * 3_600_000,
            sideload_ms: 24 * 3_600_000,
            cooldown_ms: 30 * 60_000,
        }
    }
}

/// A text in every language warnings are given in.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(rename = "zh-CN")]
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn | Lang::ZhHk => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// One rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    /// Stable id, kebab-case; tests, logs and users refer to it.
    pub id: String,
    /// Level when the conditions hold and no escalation does.
    pub level: Level,
    /// Event types that trigger an evaluation.
    pub on: Vec<EventType>,
    /// All of these must hold.
    #[serde(default)]
    pub when: Cond,
    /// Raise the level when more holds; the highest matching entry wins.
    #[serde(default)]
    pub escalate: Vec<Escalation>,
    /// Stages of the scam script this rule's match reveals (beyond those the
    /// engine marks by itself), e.g. scam vocabulary marks `pretext`.
    #[serde(default)]
    pub marks: Vec<Stage>,
    /// Overrides `windows.cooldown_ms`.
    #[serde(default)]
    pub cooldown_ms: Option<u64>,
    pub title: Text,
    pub message: Text,
    /// Action ids, defined in the pack's `actions`.
    pub actions: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    pub when: Cond,
    pub level: Level,
}

/// Whether a stranger call (peer not a contact) is going on, or recently was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recency {
    /// The call is going on now.
    Active,
    /// Going on, or ended within `windows.stranger_call_ms`.
    Recent,
}

/// Conditions; every one that is present must hold. An empty `Cond` always holds.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cond {
    /// The triggering event is one of these types.
    pub event_any: Option<Vec<EventType>>,
    /// The event's app is in one of these catalog categories. A `transfer_started`
    /// always counts as `bank`: only bank and payment apps report it.
    pub app_category_any: Option<Vec<Category>>,
    /// The event's app is in none of these categories (true for unknown apps).
    pub app_category_none: Option<Vec<Category>>,
    /// `text_entered`: the field is one of these.
    pub field_any: Option<Vec<Field>>,
    /// `call_started`: the peer is one of these.
    pub peer_any: Option<Vec<Peer>>,
    /// `sms_received`: the sender is one of these kinds.
    pub sender_any: Option<Vec<SenderKind>>,
    /// `setting_changed`: this setting...
    pub setting: Option<Setting>,
    /// ...switched to this value.
    pub enabled: Option<bool>,
    /// `app_installed`: the installer is of one of these kinds.
    pub installer_any: Option<Vec<InstallerKind>>,
    /// The event's text (and title) contains a word of this vocabulary list.
    pub text_vocab: Option<String>,
    pub stranger_call: Option<Recency>,
    /// A screen share is going on.
    pub sharing_active: Option<bool>,
    /// A non-accessibility app was granted accessibility within `windows.remote_control_ms`.
    pub remote_control_active: Option<bool>,
    /// `sharing_active` or `remote_control_active`.
    pub control_active: Option<bool>,
    /// The event's app was installed by a non-store installer within `windows.sideload_ms`.
    pub sideloaded_recently: Option<bool>,
    /// The event carries money: an amount typed into an `amount` field, or a transfer.
    pub has_amount: Option<bool>,
    /// That amount looks like a dictated "code" (see `Money::is_code_like`).
    pub amount_code_like: Option<bool>,
    /// That amount is at least this many fen.
    pub amount_min_fen: Option<i64>,
    /// `transfer_started`: the payee is new.
    pub payee_new: Option<bool>,
    /// The current episode has shown at least this many distinct stages.
    pub stages_at_least: Option<u8>,
    /// The current episode has shown at least one of these stages (a stranger's
    /// call an hour ago still colours what follows, where a work meeting does not).
    pub episode_has_any: Option<Vec<Stage>>,
    /// At least one of these holds.
    pub any: Option<Vec<Cond>>,
}

/// Most rules, words and conditions a pack may hold: a pack is data from outside
/// and must not be able to make the engine slow or large.
pub const MAX_RULES: usize = 256;
pub const MAX_WORDS: usize = 4_096;
const MAX_NESTING: usize = 4;

impl RulePack {
    /// Parses and validates a pack.
    pub fn from_json(json: &str) -> Result<RulePack, String> {
        let pack: RulePack = serde_json::from_str(json).map_err(|e| e.to_string())?;
        pack.validate()?;
        Ok(pack)
    }

    /// Everything serde cannot check: references, ids, texts, limits.
    pub fn validate(&self) -> Result<(), String> {
        if self.version != 1 {
            return Err(format!("unsupported rule pack version {} (this engine reads 1)", self.version));
        }
        let w = &self.windows;
        for (name, v) in [
            ("stranger_call_ms", w.stranger_call_ms),
            ("episode_ms", w.episode_ms),
            ("remote_control_ms", w.remote_control_ms),
            ("sideload_ms", w.sideload_ms),
        ] {
            if v == 0 {
                return Err(format!("windows.{name} must be greater than 0"));
            }
        }
        if self.rules.is_empty() {
            return Err("the pack has no rules".into());
        }
        if self.rules.len() > MAX_RULES {
            return Err(format!("too many rules ({} > {MAX_RULES})", self.rules.len()));
        }
        let words: usize = self.vocabulary.values().map(Vec::len).sum();
        if words > MAX_WORDS {
            return Err(format!("too many vocabulary words ({words} > {MAX_WORDS})"));
        }
        for (name, list) in &self.vocabulary {
            if list.is_empty() {
                return Err(format!("vocabulary `{name}` is empty"));
            }
            if let Some(w) = list.iter().find(|w| w.trim().is_empty()) {
                return Err(format!("vocabulary `{name}` has an empty word {w:?}"));
            }
        }
        for (id, text) in &self.actions {
            check_text(text, &format!("action `{id}`"))?;
        }
        let mut seen = BTreeSet::new();
        for rule in &self.rules {
            let what = format!("rule `{}`", rule.id);
            if !is_kebab(&rule.id) {
                return Err(format!("{what}: id must be kebab-case (a-z, 0-9, '-')"));
            }
            if !seen.insert(rule.id.as_str()) {
                return Err(format!("{what}: duplicate id"));
            }
            if rule.on.is_empty() {
                return Err(format!("{what}: `on` lists no event type"));
            }
            check_text(&rule.title, &format!("{what} title"))?;
            check_text(&rule.message, &format!("{what} message"))?;
            if rule.actions.is_empty() {
                return Err(format!("{what}: no actions"));
            }
            for a in &rule.actions {
                if !self.actions.contains_key(a) {
                    return Err(format!("{what}: unknown action `{a}`"));
                }
            }
            self.check_cond(&rule.when, &what, 0)?;
            for e in &rule.escalate {
                if e.level <= rule.level {
                    return Err(format!(
                        "{what}: escalation to `{}` is not above the rule's level `{}`",
                        e.level, rule.level
                    ));
                }
                self.check_cond(&e.when, &what, 0)?;
            }
        }
        Ok(())
    }

    fn check_cond(&self, c: &Cond, what: &str, depth: usize) -> Result<(), String> {
        if depth > MAX_NESTING {
            return Err(format!("{what}: conditions nested deeper than {MAX_NESTING}"));
        }
        if let Some(v) = &c.text_vocab {
            if !self.vocabulary.contains_key(v) {
                return Err(format!("{what}: unknown vocabulary `{v}`"));
            }
        }
        if let Some(any) = &c.any {
            if any.is_empty() {
                return Err(format!("{what}: `any` is empty"));
            }
            for sub in any {
                self.check_cond(sub, what, depth + 1)?;
            }
        }
        Ok(())
    }
}

fn check_text(t: &Text, what: &str) -> Result<(), String> {
    if t.zh.trim().is_empty() || t.en.trim().is_empty() {
        return Err(format!("{what}: needs non-empty zh-CN and en texts"));
    }
    Ok(())
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

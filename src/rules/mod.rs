//! Rules: the pack (data) compiled for fast evaluation, and the conditions.

pub mod pack;
pub mod vocab;

use crate::amount::Money;
use crate::catalog::Categories;
use crate::event::{Event, EventKind, Millis};
use crate::kinds::{EventType, InstallerKind, Level};
use crate::state::DeviceState;
pub use pack::{Cond, Recency, RuleDef, RulePack, Text, Windows};
use vocab::Vocabularies;

/// The default rule pack shipped in the library (validated by `build.rs`).
pub const BUILTIN_JSON: &str = include_str!("../../data/rules.json");

/// Texts longer than this are only scanned up to it: screen text can be long,
/// and the time spent per event must stay bounded.
pub const MAX_SCAN_BYTES: usize = 4096;

/// A validated pack, with its vocabularies compiled and rules indexed by event type.
#[derive(Debug, Clone)]
pub struct Rules {
    pub pack: RulePack,
    vocab: Vocabularies,
    by_type: Vec<Vec<usize>>,
}

impl Rules {
    pub fn from_json(json: &str) -> Result<Rules, String> {
        Ok(Rules::compile(RulePack::from_json(json)?))
    }

    /// Indexes a validated pack (validation is `RulePack::from_json`'s job).
    pub fn compile(pack: RulePack) -> Rules {
        let vocab = Vocabularies::new(&pack.vocabulary);
        let mut by_type = vec![Vec::new(); EventType::ALL.len()];
        for (i, rule) in pack.rules.iter().enumerate() {
            for t in &rule.on {
                if !by_type[*t as usize].contains(&i) {
                    by_type[*t as usize].push(i);
                }
            }
        }
        Rules { pack, vocab, by_type }
    }

    /// The built-in pack. It is checked at build time, so this does not fail.
    pub fn builtin() -> Rules {
        match Rules::from_json(BUILTIN_JSON) {
            Ok(r) => r,
            Err(e) => unreachable!("built-in rule pack was validated by build.rs: {e}"),
        }
    }

    pub fn windows(&self) -> &Windows {
        &self.pack.windows
    }

    /// Indexes of the rules triggered by this event type, in pack order.
    pub fn for_type(&self, t: EventType) -> &[usize] {
        &self.by_type[t as usize]
    }

    pub fn rule(&self, i: usize) -> &RuleDef {
        &self.pack.rules[i]
    }

    pub fn len(&self) -> usize {
        self.pack.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pack.rules.is_empty()
    }

    /// For each vocabulary (in pack order), the first word of it found in `text`.
    pub fn scan<'t>(&self, text: &'t str) -> Vec<Option<&'t str>> {
        let text = clip(text, MAX_SCAN_BYTES);
        self.vocab.scan(text)
    }

    fn vocab_index(&self, name: &str) -> Option<usize> {
        self.vocab.index_of(name)
    }

    /// The level at which the rule matches now (after escalations), or `None`.
    pub fn evaluate(&self, i: usize, ctx: &Ctx<'_>) -> Option<Level> {
        let rule = self.rule(i);
        if !self.holds(&rule.when, ctx) {
            return None;
        }
        let mut level = rule.level;
        for e in &rule.escalate {
            if e.level > level && self.holds(&e.when, ctx) {
                level = e.level;
            }
        }
        Some(level)
    }

    fn holds(&self, c: &Cond, ctx: &Ctx<'_>) -> bool {
        let ev = ctx.event;
        let w = self.windows();
        if let Some(types) = &c.event_any {
            if !types.contains(&ev.event_type()) {
                return false;
            }
        }
        if let Some(cats) = &c.app_category_any {
            if !ctx.categories.intersects(Categories::from_list(cats)) {
                return false;
            }
        }
        if let Some(cats) = &c.app_category_none {
            if ctx.categories.intersects(Categories::from_list(cats)) {
                return false;
            }
        }
        if let Some(fields) = &c.field_any {
            match &ev.kind {
                EventKind::TextEntered { field, .. } if fields.contains(field) => {}
                _ => return false,
            }
        }
        if let Some(peers) = &c.peer_any {
            match &ev.kind {
                EventKind::CallStarted { peer, .. } if peers.contains(peer) => {}
                _ => return false,
            }
        }
        if let Some(kinds) = &c.sender_any {
            match &ev.kind {
                EventKind::SmsReceived { sender_kind, .. } if kinds.contains(sender_kind) => {}
                _ => return false,
            }
        }
        if c.setting.is_some() || c.enabled.is_some() {
            match &ev.kind {
                EventKind::SettingChanged { setting, enabled, .. } => {
                    if c.setting.is_some_and(|s| s != *setting) || c.enabled.is_some_and(|e| e != *enabled) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        if let Some(kinds) = &c.installer_any {
            match ctx.installer_kind {
                Some(k) if kinds.contains(&k) => {}
                _ => return false,
            }
        }
        if let Some(name) = &c.text_vocab {
            let hit = self.vocab_index(name).and_then(|i| ctx.vocab_hits.get(i).copied().flatten());
            if hit.is_none() {
                return false;
            }
        }
        if let Some(r) = c.stranger_call {
            let ok = match r {
                Recency::Active => ctx.state.stranger_call_active(),
                Recency::Recent => ctx.state.stranger_call_recent(ctx.t, w.stranger_call_ms),
            };
            if !ok {
                return false;
            }
        }
        let sharing = || ctx.state.sharing_active();
        let remote = || ctx.state.remote_control_active(ctx.t, w.remote_control_ms);
        if c.sharing_active.is_some_and(|want| want != sharing()) {
            return false;
        }
        if c.remote_control_active.is_some_and(|want| want != remote()) {
            return false;
        }
        if c.control_active.is_some_and(|want| want != (sharing() || remote())) {
            return false;
        }
        if let Some(want) = c.sideloaded_recently {
            let is = ev.package().is_some_and(|p| ctx.state.sideloaded_recently(p, ctx.t, w.sideload_ms));
            if want != is {
                return false;
            }
        }
        if c.has_amount.is_some_and(|want| want != ctx.amount.is_some()) {
            return false;
        }
        if let Some(want) = c.amount_code_like {
            if ctx.amount.map(Money::is_code_like) != Some(want) {
                return false;
            }
        }
        if let Some(min) = c.amount_min_fen {
            if !ctx.amount.is_some_and(|a| a.fen() >= min) {
                return false;
            }
        }
        if let Some(want) = c.payee_new {
            match &ev.kind {
                EventKind::TransferStarted { payee_new: Some(p), .. } if *p == want => {}
                _ => return false,
            }
        }
        if let Some(n) = c.stages_at_least {
            if ctx.state.episode.stage_count(ctx.t, w.episode_ms) < n {
                return false;
            }
        }
        if let Some(stages) = &c.episode_has_any {
            if !stages.iter().any(|s| ctx.state.episode.has(*s, ctx.t, w.episode_ms)) {
                return false;
            }
        }
        if let Some(any) = &c.any {
            if !any.iter().any(|sub| self.holds(sub, ctx)) {
                return false;
            }
        }
        true
    }
}

/// What a rule sees: the event, facts derived from it once, and the state after it.
pub struct Ctx<'a> {
    pub event: &'a Event,
    pub t: Millis,
    /// Catalog categories of the event's app.
    pub categories: Categories,
    /// The money the event carries, if any.
    pub amount: Option<Money>,
    /// For `app_installed`: how the installer is judged.
    pub installer_kind: Option<InstallerKind>,
    /// Per vocabulary, the first word found in the event's text.
    pub vocab_hits: &'a [Option<&'a str>],
    pub state: &'a DeviceState,
}

/// The longest prefix of `s` that is at most `max` bytes and ends on a char boundary.
pub fn clip(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal(rules: &str) -> String {
        format!(
            r#"{{"version":1,"vocabulary":{{"v":["x"]}},"actions":{{"a":{{"zh-CN":"甲","en":"A"}}}},"rules":[{rules}]}}"#
        )
    }

    const RULE: &str = r#"{"id":"r-1","level":"caution","on":["call_started"],"title":{"zh-CN":"t","en":"t"},"message":{"zh-CN":"m","en":"m"},"actions":["a"]}"#;

    #[test]
    fn builtin_pack_is_valid_and_indexed() {
        let r = Rules::builtin();
        assert!(r.len() >= 12);
        assert!(r
            .for_type(EventType::ScreenShareStarted)
            .iter()
            .any(|&i| r.rule(i).id == "screen-share-during-stranger-call"));
    }

    #[test]
    fn broken_packs_are_rejected_with_reasons() {
        let bad = |json: String, needle: &str| {
            let err = Rules::from_json(&json).unwrap_err();
            assert!(err.contains(needle), "{err} should mention {needle}");
        };
        assert!(Rules::from_json(&minimal(RULE)).is_ok());
        bad("{".into(), "EOF");
        bad(minimal(&RULE.replace("r-1", "R 1")), "kebab-case");
        bad(minimal(&format!("{RULE},{RULE}")), "duplicate id");
        bad(minimal(&RULE.replace(r#"["a"]"#, r#"["zz"]"#)), "unknown action `zz`");
        bad(minimal(&RULE.replace("caution", "severe")), "unknown variant");
        bad(minimal(&RULE.replace("call_started", "call_sarted")), "unknown variant");
        bad(
            minimal(&RULE.replace(r#""on""#, r#""when":{"text_vocab":"nope"},"on""#)),
            "unknown vocabulary `nope`",
        );
        bad(minimal(&RULE.replace(r#""on""#, r#""when":{"colour":"red"},"on""#)), "unknown field `colour`");
        bad(minimal(&RULE.replace(r#""en":"t""#, r#""en":"""#)), "needs non-empty");
        bad(
            minimal(&RULE.replace(r#""on""#, r#""escalate":[{"when":{},"level":"caution"}],"on""#)),
            "not above",
        );
        bad(minimal(RULE).replace(r#""version":1"#, r#""version":2"#), "version 2");
        bad(minimal(""), "no rules");
    }

    #[test]
    fn scan_finds_words_and_clips_long_text() {
        let r = Rules::builtin();
        let hits = r.scan("请把钱转到安全账户");
        assert!(hits.iter().flatten().any(|w| *w == "安全账户"));
        let long = "好".repeat(10_000);
        assert!(r.scan(&long).iter().all(Option::is_none));
        assert_eq!(clip("好好", 4), "好");
    }
}

//! The evidence model as data (`data/model.json`): what each signal weighs and how
//! fast it fades, how stages add up, the thresholds that turn risk into a level,
//! and the patterns that name and explain a warning.
//!
//! Depends only on `serde` and `kinds`, so `build.rs` validates the shipped model
//! with this very code, and `Engine::load_model` validates a vendor's model the same way.

use crate::kinds::{Lang, Level, Stage};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The shipped model.
/// The shipped `data/model.json` (src/builtin.rs).
pub fn builtin_json() -> &'static str {
    crate::builtin::model_json()
}

/// Largest model accepted at run time: a pack is data, not a payload.
pub const MAX_MODEL_BYTES: usize = 256 * 1024;
/// Longest text (title, message, action) in any language.
pub const MAX_TEXT_BYTES: usize = 1024;

/// The same text in every warning language.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    #[serde(rename = "zh-CN")]
    pub zh_cn: String,
    /// Traditional Chinese; until a model carries it, the simplified text is shown.
    #[serde(rename = "zh-HK", default)]
    pub zh_hk: Option<String>,
    pub en: String,
}

impl Texts {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.zh_cn,
            Lang::ZhHk => self.zh_hk.as_deref().unwrap_or(&self.zh_cn),
            Lang::En => &self.en,
        }
    }
}

/// One kind of observation: its stage, weight and how fast it fades.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SignalSpec {
    pub stage: Stage,
    pub weight: f32,
    pub half_life_min: f32,
    /// Key of its evidence line in `data/messages.json`.
    pub evidence: String,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// Each extra stage present multiplies risk by `1 + chain_bonus`.
    pub chain_bonus: f32,
    /// Risk with a single stage is multiplied by this (one kind of sign is weak).
    pub single_stage_factor: f32,
    /// A stage counts as present from this much score.
    pub stage_present: f32,
    /// A signal seen again adds this share of the smaller weight (repetition is weak evidence).
    pub repeat_share: f32,
}

/// What makes a chain someone else's doing rather than the owner's own day: a
/// stranger (contact stage), scam talk (pretext), or a means of control that
/// ordinary life rarely brings (a sideloaded app, remote control). Without an
/// anchor, nothing rises above a caution.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Anchors {
    pub stages: Vec<Stage>,
    pub signals: Vec<String>,
    /// Signals of `signals` that anchor only when someone is already behind the
    /// episode as they are seen (a stage of `stages`): a meeting app asked for on
    /// a stranger's call is the "agent's", the same install on a quiet day is the
    /// user's own (a new job, a class) and is taken as trusted. Optional in a pack:
    /// a pack written before it keeps the engine's behaviour then (the meeting app).
    #[serde(default)]
    pub when_asked: Option<Vec<String>>,
}

impl Anchors {
    /// Whether `id` anchors only when someone is already behind the episode.
    pub fn only_when_asked(&self, id: &str) -> bool {
        match &self.when_asked {
            Some(ids) => ids.iter().any(|s| s == id),
            None => id == "meeting_app_installed",
        }
    }
}

/// Outside the money gate, danger needs more than a stranger and a means of
/// control (that is also an IT helpdesk or a vendor's screen share): a stage
/// that shows what the stranger is after, or one of these signals.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DangerNeeds {
    pub stages: Vec<Stage>,
    pub signals: Vec<String>,
    /// Signals that are a scam on their own, with no one else seen behind them:
    /// an app from outside any store taking control of the phone is how banking
    /// malware works. Optional in a pack.
    #[serde(default)]
    pub alone: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub caution: f32,
    pub danger: f32,
    pub critical: f32,
}

impl Thresholds {
    pub fn level(&self, risk: f32) -> Option<Level> {
        if risk >= self.critical {
            Some(Level::Critical)
        } else if risk >= self.danger {
            Some(Level::Danger)
        } else if risk >= self.caution {
            Some(Level::Caution)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LevelThresholds {
    /// When money is about to move (the gate).
    pub gate: Thresholds,
    /// Any other event that adds a signal.
    pub other: Thresholds,
}

/// What is added to the episode's risk at the money gate.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    pub live_stranger_call: f32,
    pub live_weak_call: f32,
    /// A call still on after this long at the money step is a guided session: banks
    /// treat "on a call while paying" as one of the strongest signs of APP fraud.
    pub long_call_ms: u64,
    pub long_stranger_call: f32,
    /// For an `unverified` or `service` caller (the bank-app view sees only these).
    pub long_weak_call: f32,
    /// A long call that ended before the money step: "call you back after", "go to
    /// your bank app now". Added in full right after the call, halving every
    /// `recent_call_half_life_ms` (no cliff: paying 31 minutes later is the same
    /// script as paying 29 minutes later), and not at all after `recent_call_ms`.
    pub recent_long_call: f32,
    pub recent_call_ms: u64,
    /// Optional in a pack (packs written before it keep loading).
    #[serde(default = "default_recent_call_half_life_ms")]
    pub recent_call_half_life_ms: u64,
    /// A long call that is over ties a payment on its own, with nothing else on
    /// the phone pointing at a scam, only when the payment comes within this long
    /// of hanging up ("now open your bank app") or the call ran `calls.long_ms`
    /// (a script's length). Later than that, a clinic's or a landlord's call then
    /// their invoice paid is a question, not an alarm. Optional in a pack.
    #[serde(default = "default_hung_up_ties_ms")]
    pub hung_up_ties_ms: u64,
    pub live_control: f32,
    pub payee_new: f32,
    pub dictated_amount: f32,
    pub dictated_needs_risk: f32,
    pub credentials_after_scam_text: f32,
    /// Paying exactly an amount a scam text demanded (a fee, a deposit, a "code").
    pub demanded_amount: f32,
    /// A new payee after a sideloaded app or remote control: the no-call scams' money step.
    pub new_payee_after_anchor: f32,
    /// A transfer to a payee the bank says is known is that much less likely a scam.
    pub known_payee_factor: f32,
    /// How much a `drawdown` in a bank's own app counts when nobody guided it (no
    /// call on, no call of `long_call_ms` before it): the loan the user applied for,
    /// approved after the bank's short check call. 0..=1; optional in a pack (1).
    #[serde(default = "one")]
    pub own_drawdown_factor: f32,
    pub uncatalogued_app_factor: f32,
    pub money_left_min_risk: f32,
    /// A large payment per currency (ISO code -> whole units). On a long call the
    /// observer could not check (every call a bank app sees), moving at least this
    /// much ties the payment to the call; a small one (a shop, a gift to the family
    /// member on the line) does not. Optional in a pack; a currency left out has
    /// no large amount.
    #[serde(default)]
    pub large_amount: std::collections::BTreeMap<String, u64>,
    /// A very large payment: this many times `large_amount`. After a long call that
    /// is over, it ties the payment to the call whenever it comes (the stake makes
    /// the question worth asking loudly). Optional in a pack.
    #[serde(default = "default_very_large_times")]
    pub very_large_times: u64,
    /// Added when a large amount goes to a new payee after scam talk or a credit
    /// draw: a boss's "urgent supplier payment", a "hospital bill" from someone met
    /// online. Optional in a pack (0).
    #[serde(default)]
    pub large_new_payee: f32,
    /// Added when a large amount goes to a new payee while a call nobody could
    /// check is on: what a bank app sees of "move it to a safe account, I'll stay
    /// on the line". Optional in a pack (0).
    #[serde(default)]
    pub weak_call_new_payee: f32,
    /// Added at any money step after scam talk (the pretext stage present): paying
    /// is what the talk was for. Not at credentials typed into a page, which weigh
    /// `credentials_after_scam_text` instead. Optional in a pack (0).
    #[serde(default)]
    pub scam_talk: f32,
    /// Scripts whose very point is a payment from the victim (a task's "top-up", an
    /// investment "deposit", a loan's "unfreezing fee"): any money step after one of
    /// these signals adds `pay_to_script`. Optional in a pack (none, 0).
    #[serde(default)]
    pub pay_to_script_signals: Vec<String>,
    #[serde(default)]
    pub pay_to_script: f32,
    /// An app installed from outside any store shortly before the money step (the
    /// task, loan or "trading" app a link just delivered, then its top-up): added in
    /// full right after the install, halving every `fresh_sideload_half_life_ms`,
    /// and it ties the payment to the chain for two half-lives. Ordinary sideloads
    /// (a company's attendance app) are not followed by a payment minutes later.
    /// Optional in a pack (0: off).
    #[serde(default)]
    pub fresh_sideload: f32,
    #[serde(default = "default_fresh_sideload_half_life_ms")]
    pub fresh_sideload_half_life_ms: u64,
}

fn default_fresh_sideload_half_life_ms() -> u64 {
    1_800_000
}

fn default_very_large_times() -> u64 {
    10
}

fn default_hung_up_ties_ms() -> u64 {
    300_000
}

fn default_recent_call_half_life_ms() -> u64 {
    3_600_000
}

/// How a call's trust and length shape its weight.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Calls {
    pub short_ms: u64,
    pub full_ms: u64,
    pub long_ms: u64,
    pub short_factor: f32,
    pub long_factor: f32,
    pub outgoing_factor: f32,
    pub meeting_voip_factor: f32,
    /// Control handed over during (or just after) a call with a trusted contact
    /// (family fixing a phone, a colleague's meeting) counts this much.
    pub trusted_context_factor: f32,
    pub trusted_context_ms: u64,
    pub recent_contact_ms: u64,
    /// A call with no end event is taken as ended after this long.
    pub max_call_ms: u64,
    /// The same for a VoIP call (video "interrogations" run for a day or more).
    pub max_voip_call_ms: u64,
    /// A VoIP call known only from the platform's audio mode (`platform_risk
    /// voip_call`), whose observer may never report its end. Optional in a pack.
    #[serde(default = "default_max_reported_voip_ms")]
    pub max_reported_voip_ms: u64,
    /// What a call the user makes to a trusted contact checks. Optional in a
    /// pack (nothing).
    #[serde(default)]
    pub contact_check: ContactCheck,
    /// What is left (0 to 1) of a live call's weight when the bank's own app says
    /// the call is the bank's (`bank_screen`). Optional in a pack (1: no change).
    #[serde(default = "one")]
    pub bank_call_factor: f32,
}

fn one() -> f32 {
    1.0
}

/// A relative's or a boss's request for money, after the user has spoken with
/// someone they know (the cousin rung back about the hospital deposit), is
/// checked: a scammer behind a hijacked account or a new number cannot take a
/// call on the real person's old number.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ContactCheck {
    /// The signals raised before the call that it checks.
    pub signals: Vec<String>,
    /// How long the call must last (from dialling) to be a talk, not a voicemail.
    pub min_call_ms: u64,
    /// What is left of their weight (0 to 1); they anchor nothing after.
    pub factor: f32,
    /// A chat-app (VoIP) call, either way and with anyone, this long or longer also
    /// checks them: the parent who says "video call me now" and sees and hears the
    /// daughter on her new number for minutes has checked her. "Hi Mum" scammers
    /// and fake bosses avoid calls (the voice would give them away). Optional in a
    /// pack (0: chat calls check nothing).
    #[serde(default)]
    pub min_voip_ms: u64,
    /// Signals the call checks only when a notification's words raised them (a
    /// chat's message: "my Barclays card's been frozen, send me £180"), the
    /// request the user rang about. The same words in an SMS from a stranger or
    /// on a page are someone else's, whoever the user rings after. Optional in a
    /// pack (none).
    #[serde(default)]
    pub notification_signals: Vec<String>,
    /// Signals checked, whatever raised them, when the user rings an official
    /// service number (`call_service`: one in the region table, or one an official
    /// page printed) on the phone network for `min_call_ms`: the bank or courier
    /// the text spoke for has told them what is real ("yes, that decline was ours,
    /// switch international use on in the app"). A number the text gave is not
    /// official, and a call it placed reaches the scammer. Optional in a pack (none).
    #[serde(default)]
    pub service_signals: Vec<String>,
}

fn default_max_reported_voip_ms() -> u64 {
    7_200_000
}

impl Calls {
    /// A 40-second call is not a guided session; an hour-long one is.
    pub fn length_factor(&self, length_ms: u64) -> f32 {
        if length_ms <= self.short_ms {
            self.short_factor
        } else if length_ms <= self.full_ms {
            let span = (self.full_ms - self.short_ms).max(1) as f32;
            self.short_factor + (1.0 - self.short_factor) * (length_ms - self.short_ms) as f32 / span
        } else if length_ms <= self.long_ms {
            let span = (self.long_ms - self.full_ms).max(1) as f32;
            1.0 + (self.long_factor - 1.0) * (length_ms - self.full_ms) as f32 / span
        } else {
            self.long_factor
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TextModel {
    /// Findings weaker than this are ignored.
    pub min_strength: f32,
    /// How much a text counts by where it was seen.
    pub sources: BTreeMap<String, f32>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EpisodeSpec {
    /// The episode ends when its risk falls below this.
    pub end_below: f32,
    /// A signal is forgotten when its weight falls below this.
    pub drop_below: f32,
    /// The same pattern at the same level stays quiet this long within an episode.
    pub cooldown_ms: u64,
    /// A money step repeats its warning at most this often.
    pub gate_repeat_ms: u64,
    /// What a store remote tool's control signals keep of their weight when its
    /// session visibly ends (0..=1; 1 keeps all, as packs before it did).
    #[serde(default = "one")]
    pub signed_off_factor: f32,
    /// The half-life, in minutes, those signals fade with from then on, when
    /// shorter than their own: the session is history, not a grant someone can
    /// still use (1..=20160; absent, as in packs before it, they keep their own).
    #[serde(default)]
    pub signed_off_half_life_min: Option<f32>,
}

/// Which events a pattern explains.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum On {
    /// Money is about to move.
    Gate,
    /// A bank reports money gone during an episode.
    MoneyLeft,
    /// Any other event that added a signal.
    Signal,
}

/// How money is about to move.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum GateKind {
    Amount,
    Transfer,
    Prompt,
    Credentials,
}

/// Names and explains a warning: the first pattern whose conditions hold wins.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    pub id: String,
    pub on: On,
    /// The event added one of these signals.
    #[serde(default)]
    pub signals_any: Vec<String>,
    /// The episode has this stage.
    #[serde(default)]
    pub needs_stage: Option<Stage>,
    /// A screen share or remote control is on now.
    #[serde(default)]
    pub live_control: bool,
    /// The amount looks dictated.
    #[serde(default)]
    pub dictated: bool,
    #[serde(default)]
    pub gate_kind: Option<GateKind>,
    /// The loudest level this pattern speaks at: a question ("did the caller ask
    /// you to pay?") fits a caution, not a hold. Louder decisions pass it by.
    #[serde(default)]
    pub max_level: Option<Level>,
    pub title: Texts,
    pub message: Texts,
    pub actions: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub version: u32,
    pub name: String,
    pub signals: BTreeMap<String, SignalSpec>,
    pub stage_caps: BTreeMap<Stage, f32>,
    pub scoring: Scoring,
    pub anchors: Anchors,
    /// Signals that tie any payment in their episode to the scam (see `decision`).
    pub gate_ties: Vec<String>,
    pub danger_needs: DangerNeeds,
    pub thresholds: LevelThresholds,
    pub gate: Gate,
    pub calls: Calls,
    pub text: TextModel,
    pub episode: EpisodeSpec,
    pub patterns: Vec<Pattern>,
    pub actions: BTreeMap<String, Texts>,
    /// `signals` in `SIGNAL_IDS` order, filled by `from_json`: the engine looks a
    /// signal up several times per event, and a string-keyed map walk cost ~300
    /// instructions a time (a third of `observe`'s lookups, issue 11).
    #[serde(skip)]
    by_index: Vec<SignalSpec>,
    /// `stage_caps` by `Stage as usize`, filled by `from_json`.
    #[serde(skip)]
    caps: Option<[f32; Stage::ALL.len()]>,
}

/// Signals the engine emits by name; a model must define every one.
pub const SIGNAL_IDS: &[&str] = &[
    "call_unknown",
    "call_dialled",
    "call_hidden",
    "call_flagged",
    "call_unverified",
    "call_recent_contact",
    "call_spoofed",
    "call_service",
    "call_service_claimed",
    "call_from_message",
    "voip_call",
    "contact_added",
    "chat_new_contact",
    "met_online_asks",
    "payee_mismatch",
    "bank_not_calling",
    "code_during_call",
    "code_for_more",
    "text_impersonation",
    "text_safe_account",
    "text_remote_access",
    "text_refund",
    "text_task",
    "text_investment",
    "text_loan_fee",
    "text_phishing",
    "text_prize",
    "text_boss",
    "text_redirect",
    "text_code_request",
    "text_advance_fee",
    "text_extortion",
    "text_recovery",
    "text_credit",
    "loan_app_installed",
    "exchange_app_installed",
    "loan_app_opened",
    "drawdown",
    "savings_broken",
    "share",
    "share_remote",
    "remote_app_installed",
    "meeting_app_installed",
    "sideload",
    "a11y_remote",
    "a11y_sideloaded",
    "a11y_other",
    "overlay",
    "overlay_sideloaded",
    "unknown_sources",
    "bank_notifications_off",
    "platform_captured",
    "platform_controlled",
    "display_cast",
    "money_app_while_controlled",
    "money_app_while_remote",
    "money_app_during_call",
    "money_step",
];

/// Text sources the engine weighs.
pub const TEXT_SOURCES: &[&str] = &[
    "sms_unknown",
    "sms_service",
    "sms_contact",
    "notification",
    "notification_messaging",
    "screen",
    "institution",
    "screen_browser",
];

/// Actions the engine may add by itself.
pub const REQUIRED_ACTIONS: &[&str] = &["report", "stop_payment"];

/// Evidence keys the engine renders (beyond those the signals name).
pub const EXTRA_EVIDENCE_KEYS: &[&str] =
    &["amount", "transfer", "payment_prompt", "credentials", "money_out"];

fn finite_in(v: f32, lo: f32, hi: f32) -> bool {
    v.is_finite() && v >= lo && v <= hi
}

impl Model {
    /// Parses and validates a model; the message names the part that is wrong.
    pub fn from_json(json: &str) -> Result<Model, String> {
        if json.len() > MAX_MODEL_BYTES {
            return Err(format!("model is larger than {MAX_MODEL_BYTES} bytes"));
        }
        let mut m: Model = serde_json::from_str(json).map_err(|e| format!("model: {e}"))?;
        m.validate()?;
        // Validation checked that every id of `SIGNAL_IDS` and every stage is there.
        m.by_index = SIGNAL_IDS.iter().filter_map(|id| m.signals.get(*id).cloned()).collect();
        let mut caps = [0f32; Stage::ALL.len()];
        for stage in Stage::ALL {
            caps[*stage as usize] = m.stage_caps.get(stage).copied().unwrap_or(0.0);
        }
        m.caps = Some(caps);
        Ok(m)
    }

    fn validate(&self) -> Result<(), String> {
        if self.version != 2 {
            return Err("model: `version` must be 2".into());
        }
        for id in SIGNAL_IDS {
            if !self.signals.contains_key(*id) {
                return Err(format!("model: signal `{id}` is missing"));
            }
        }
        for (id, s) in &self.signals {
            if !SIGNAL_IDS.contains(&id.as_str()) {
                return Err(format!("model: signal `{id}` is not one the engine emits"));
            }
            if !finite_in(s.weight, 0.0, 10.0) {
                return Err(format!("model: signal `{id}`: weight must be within 0..=10"));
            }
            if !finite_in(s.half_life_min, 1.0, 60.0 * 24.0 * 14.0) {
                return Err(format!("model: signal `{id}`: half_life_min must be within 1..=20160"));
            }
            if s.evidence.is_empty() {
                return Err(format!("model: signal `{id}`: evidence key is empty"));
            }
        }
        for stage in Stage::ALL {
            match self.stage_caps.get(stage) {
                Some(c) if finite_in(*c, 0.0, 20.0) => {}
                _ => return Err(format!("model: stage_caps.{stage} must be within 0..=20")),
            }
        }
        let sc = &self.scoring;
        for (name, v, hi) in [
            ("chain_bonus", sc.chain_bonus, 2.0),
            ("single_stage_factor", sc.single_stage_factor, 1.0),
            ("stage_present", sc.stage_present, 10.0),
            ("repeat_share", sc.repeat_share, 1.0),
        ] {
            if !finite_in(v, 0.0, hi) {
                return Err(format!("model: scoring.{name} out of range"));
            }
        }
        for (name, t) in [("gate", &self.thresholds.gate), ("other", &self.thresholds.other)] {
            let rising = t.caution <= t.danger && t.danger <= t.critical && t.critical.is_finite();
            if !(finite_in(t.caution, 0.0, 1e6) && rising) {
                return Err(format!("model: thresholds.{name} must rise: caution <= danger <= critical"));
            }
        }
        let g = &self.gate;
        for v in [
            g.live_stranger_call,
            g.live_weak_call,
            g.long_stranger_call,
            g.long_weak_call,
            g.recent_long_call,
            g.live_control,
            g.payee_new,
            g.dictated_amount,
            g.dictated_needs_risk,
            g.credentials_after_scam_text,
            g.demanded_amount,
            g.new_payee_after_anchor,
            g.known_payee_factor,
            g.uncatalogued_app_factor,
            g.money_left_min_risk,
        ] {
            if !finite_in(v, 0.0, 100.0) {
                return Err("model: gate values must be within 0..=100".into());
            }
        }
        for (code, units) in &g.large_amount {
            let iso_like = code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase());
            if !iso_like || *units == 0 || *units > 1_000_000_000 {
                return Err("model: gate.large_amount needs ISO 4217 codes and positive whole units".into());
            }
        }
        if !finite_in(g.own_drawdown_factor, 0.0, 1.0) {
            return Err("model: gate.own_drawdown_factor must be within 0..=1".into());
        }
        if g.fresh_sideload_half_life_ms == 0 {
            return Err("model: gate.fresh_sideload_half_life_ms must be positive".into());
        }
        if g.recent_call_half_life_ms == 0 {
            return Err("model: gate.recent_call_half_life_ms must be positive".into());
        }
        if !(1..=1000).contains(&g.very_large_times) {
            return Err("model: gate.very_large_times must be within 1..=1000".into());
        }
        if g.hung_up_ties_ms > g.recent_call_ms {
            return Err("model: gate.hung_up_ties_ms must be at most gate.recent_call_ms".into());
        }
        let c = &self.calls;
        if !(c.short_ms < c.full_ms
            && c.full_ms < c.long_ms
            && c.long_ms < c.max_call_ms
            && c.long_ms < c.max_voip_call_ms
            && c.max_reported_voip_ms > 0)
        {
            return Err("model: calls: short_ms < full_ms < long_ms < max_call_ms".into());
        }
        for v in [
            c.short_factor,
            c.long_factor,
            c.outgoing_factor,
            c.meeting_voip_factor,
            c.trusted_context_factor,
        ] {
            if !finite_in(v, 0.0, 5.0) {
                return Err("model: call factors must be within 0..=5".into());
            }
        }
        for src in TEXT_SOURCES {
            match self.text.sources.get(*src) {
                Some(v) if finite_in(*v, 0.0, 5.0) => {}
                _ => return Err(format!("model: text.sources.{src} must be within 0..=5")),
            }
        }
        if !finite_in(c.contact_check.factor, 0.0, 1.0) || !finite_in(c.bank_call_factor, 0.0, 1.0) {
            return Err(
                "model: calls.contact_check.factor and calls.bank_call_factor must be within 0..=1".into()
            );
        }
        let checks = c
            .contact_check
            .signals
            .iter()
            .chain(&c.contact_check.notification_signals)
            .chain(&c.contact_check.service_signals);
        if let Some(s) = checks.into_iter().find(|s| !self.signals.contains_key(s.as_str())) {
            return Err(format!("model: calls.contact_check: unknown signal `{s}`"));
        }
        if !finite_in(self.text.min_strength, 0.0, 1.0) {
            return Err("model: text.min_strength must be within 0..=1".into());
        }
        let e = &self.episode;
        if !(finite_in(e.drop_below, 0.0, 10.0) && finite_in(e.end_below, e.drop_below, 100.0)) {
            return Err("model: episode: 0 <= drop_below <= end_below".into());
        }
        if !finite_in(e.signed_off_factor, 0.0, 1.0) {
            return Err("model: episode.signed_off_factor must be within 0..=1".into());
        }
        if e.signed_off_half_life_min.is_some_and(|h| !finite_in(h, 1.0, 60.0 * 24.0 * 14.0)) {
            return Err("model: episode.signed_off_half_life_min must be within 1..=20160".into());
        }
        if self.patterns.is_empty() || self.patterns.len() > 256 {
            return Err("model: 1 to 256 patterns".into());
        }
        for s in self
            .anchors
            .signals
            .iter()
            .chain(&self.danger_needs.signals)
            .chain(&self.danger_needs.alone)
            .chain(&self.gate_ties)
        {
            if !self.signals.contains_key(s) {
                return Err(format!("model: anchors: unknown signal `{s}`"));
            }
        }
        if let Some(s) = self.anchors.when_asked.iter().flatten().find(|s| !self.anchors.signals.contains(s))
        {
            return Err(format!("model: anchors.when_asked: `{s}` is not in anchors.signals"));
        }
        let mut ids = std::collections::BTreeSet::new();
        for p in &self.patterns {
            if p.id.is_empty()
                || p.id.len() > 64
                || !p.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            {
                return Err("model: a pattern id must be 1-64 of [A-Za-z0-9-]".into());
            }
            if !ids.insert(p.id.as_str()) {
                return Err(format!("model: pattern `{}` appears twice", p.id));
            }
            for s in &p.signals_any {
                if !self.signals.contains_key(s) {
                    return Err(format!("model: pattern `{}`: unknown signal `{s}`", p.id));
                }
            }
            for a in &p.actions {
                if !self.actions.contains_key(a) {
                    return Err(format!("model: pattern `{}`: unknown action `{a}`", p.id));
                }
            }
            check_texts(&p.title, &format!("pattern `{}` title", p.id))?;
            check_texts(&p.message, &format!("pattern `{}` message", p.id))?;
        }
        for on in [On::Gate, On::MoneyLeft, On::Signal] {
            if !self.patterns.iter().any(|p| p.on == on && is_fallback(p)) {
                return Err(format!(
                    "model: needs a pattern with `on: {on:?}` and no conditions (the fallback)"
                ));
            }
        }
        for a in REQUIRED_ACTIONS {
            if !self.actions.contains_key(*a) {
                return Err(format!("model: action `{a}` is missing"));
            }
        }
        for (k, t) in &self.actions {
            check_texts(t, &format!("action `{k}`"))?;
        }
        Ok(())
    }

    pub fn signal(&self, id: &str) -> Option<&SignalSpec> {
        // A model not made by `from_json` (serde alone) has no index: the map answers.
        match signal_index(id).and_then(|i| self.by_index.get(i)) {
            Some(spec) if self.by_index.len() == SIGNAL_IDS.len() => Some(spec),
            _ => self.signals.get(id),
        }
    }

    pub fn cap(&self, stage: Stage) -> f32 {
        match &self.caps {
            Some(caps) => caps[stage as usize],
            None => self.stage_caps.get(&stage).copied().unwrap_or(0.0),
        }
    }
}

/// Slots of the id table below: a power of two about three times `SIGNAL_IDS`, so a
/// lookup mostly compares one string.
const ID_SLOTS: usize = 128;
const EMPTY_SLOT: u8 = u8::MAX;
const _: () = assert!(SIGNAL_IDS.len() < ID_SLOTS / 2 && ID_SLOTS < EMPTY_SLOT as usize);

/// Where an id's search starts: its length and three of its bytes, which tell the
/// engine's ids apart without reading all of them (multipliers found by a random
/// search that leaves two of the 57 ids sharing a slot).
const fn id_slot(id: &[u8]) -> usize {
    let n = id.len();
    if n == 0 {
        return 0;
    }
    let h = n.wrapping_mul(33966)
        ^ (id[n - 1] as usize).wrapping_mul(45178)
        ^ (id[n / 2] as usize).wrapping_mul(41433)
        ^ (id[n / 3] as usize).wrapping_mul(17239);
    (h ^ (h >> 7)) % ID_SLOTS
}

/// Open-addressing table from `id_slot` to an index of `SIGNAL_IDS`, built at compile time.
const ID_TABLE: [u8; ID_SLOTS] = {
    let mut table = [EMPTY_SLOT; ID_SLOTS];
    let mut i = 0;
    while i < SIGNAL_IDS.len() {
        let mut slot = id_slot(SIGNAL_IDS[i].as_bytes());
        while table[slot] != EMPTY_SLOT {
            slot = (slot + 1) % ID_SLOTS;
        }
        table[slot] = i as u8;
        i += 1;
    }
    table
};

/// The position of a signal id in `SIGNAL_IDS`, or `None` for an id the engine does
/// not emit.
pub fn signal_index(id: &str) -> Option<usize> {
    let mut slot = id_slot(id.as_bytes());
    // The table is at most half full, so an empty slot ends every search.
    loop {
        let i = ID_TABLE[slot];
        if i == EMPTY_SLOT {
            return None;
        }
        if SIGNAL_IDS[usize::from(i)] == id {
            return Some(usize::from(i));
        }
        slot = (slot + 1) % ID_SLOTS;
    }
}

/// A pattern that always applies to its kind of event.
fn is_fallback(p: &Pattern) -> bool {
    p.signals_any.is_empty()
        && p.needs_stage.is_none()
        && !p.live_control
        && !p.dictated
        && p.gate_kind.is_none()
}

fn check_texts(t: &Texts, what: &str) -> Result<(), String> {
    let all = [Some(&t.zh_cn), t.zh_hk.as_ref(), Some(&t.en)];
    for s in all.into_iter().flatten() {
        if s.trim().is_empty() || s.len() > MAX_TEXT_BYTES {
            return Err(format!("model: {what}: every language needs a text of 1-{MAX_TEXT_BYTES} bytes"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_is_valid() {
        let m = Model::from_json(builtin_json()).unwrap();
        assert!(m.patterns.len() > 10);
    }

    #[test]
    fn refuses_what_is_wrong() {
        let base: serde_json::Value = serde_json::from_str(builtin_json()).unwrap();
        let broken = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut v = base.clone();
            f(&mut v);
            Model::from_json(&v.to_string()).unwrap_err()
        };
        assert!(broken(&|v| v["signals"]["share"]["weight"] = (-1.0).into()).contains("share"));
        assert!(broken(&|v| {
            v["signals"].as_object_mut().unwrap().remove("sideload");
        })
        .contains("sideload"));
        assert!(broken(&|v| v["thresholds"]["gate"]["danger"] = 0.1.into()).contains("thresholds.gate"));
        assert!(broken(&|v| v["patterns"][1]["actions"] = serde_json::json!(["nope"])).contains("nope"));
        assert!(broken(&|v| v["version"] = 1.into()).contains("version"));
        assert!(broken(&|v| v["gate"]["own_drawdown_factor"] = 1.5.into()).contains("own_drawdown_factor"));
        assert!(broken(&|v| v["gate"]["very_large_times"] = 0.into()).contains("very_large_times"));
        assert!(broken(&|v| v["gate"]["hung_up_ties_ms"] = 86_400_000u64.into()).contains("hung_up_ties_ms"));
        assert!(broken(&|v| v["episode"]["signed_off_factor"] = 1.5.into()).contains("signed_off_factor"));
        assert!(broken(&|v| v["episode"]["signed_off_half_life_min"] = 0.0.into())
            .contains("signed_off_half_life"));
        assert!(broken(&|v| v["anchors"]["when_asked"] = serde_json::json!(["share"])).contains("when_asked"));
        let e = broken(&|v| v["patterns"][0]["max_level"] = "loud".into());
        assert!(e.contains("unknown variant"), "{e}");
        // A pack written before them loads, with the defaults.
        let mut old = base.clone();
        old["gate"].as_object_mut().unwrap().remove("very_large_times");
        old["gate"].as_object_mut().unwrap().remove("hung_up_ties_ms");
        old["episode"].as_object_mut().unwrap().remove("signed_off_factor");
        old["episode"].as_object_mut().unwrap().remove("signed_off_half_life_min");
        old["anchors"].as_object_mut().unwrap().remove("when_asked");
        let m = Model::from_json(&old.to_string()).unwrap();
        assert!(m.anchors.when_asked.is_none() && m.anchors.only_when_asked("meeting_app_installed"));
        assert_eq!((m.gate.very_large_times, m.gate.hung_up_ties_ms), (10, 300_000));
        assert_eq!((m.episode.signed_off_factor, m.episode.signed_off_half_life_min), (1.0, None));
        assert!(Model::from_json(&" ".repeat(MAX_MODEL_BYTES + 1)).unwrap_err().contains("larger"));
    }

    #[test]
    fn every_signal_id_has_its_own_index() {
        let m = Model::from_json(builtin_json()).unwrap();
        let mut probes_in_all = 0;
        for (i, id) in SIGNAL_IDS.iter().enumerate() {
            assert_eq!(signal_index(id), Some(i), "{id}");
            assert_eq!(m.signal(id), m.signals.get(*id), "{id}");
            let mut slot = id_slot(id.as_bytes());
            let mut probes = 1;
            while usize::from(ID_TABLE[slot]) != i {
                slot = (slot + 1) % ID_SLOTS;
                probes += 1;
            }
            probes_in_all += probes;
        }
        // The multipliers were chosen (a random search, session 31) so that all but two
        // ids have a slot of their own; an id added later may share one, which costs a
        // probe, not a wrong answer.
        assert!(probes_in_all * 4 <= SIGNAL_IDS.len() * 5, "ids crowd the table: {probes_in_all} probes");
        for other in ["", "share_", "shar", "call_unknowm", "money_step ", "text_phishing\0", "分享"] {
            assert_eq!(signal_index(other), None, "{other:?}");
            assert!(m.signal(other).is_none());
        }
        for stage in Stage::ALL {
            assert_eq!(m.cap(*stage), m.stage_caps[stage]);
        }
        // A model deserialized without `from_json` has no index and still answers.
        let plain: Model = serde_json::from_str(builtin_json()).unwrap();
        assert_eq!(plain.signal("share"), m.signal("share"));
        assert_eq!(plain.cap(Stage::Control), m.cap(Stage::Control));
    }

    #[test]
    fn call_length_shapes_weight() {
        let m = Model::from_json(builtin_json()).unwrap();
        let c = m.calls;
        assert_eq!(c.length_factor(40_000), c.short_factor);
        assert!((c.length_factor(c.full_ms) - 1.0).abs() < 1e-6);
        assert_eq!(c.length_factor(3 * 3_600_000), c.long_factor);
        assert!(c.length_factor(120_000) > c.short_factor && c.length_factor(120_000) < 1.0);
    }
}

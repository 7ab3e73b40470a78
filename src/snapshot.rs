//! State that survives process death: a versioned, bounded, checksummed image of
//! the device state and the episode, holding no raw numbers or typed text.
//!
//! What is kept: the call in progress (its kind, not its number), shares, the
//! app in front, recent installs and grants (package names and install labels),
//! the episode's signals with the facts that explain them (scam words as seen,
//! package names, amounts), what was already said, and the engine's clock.
//! What is not: numbers of saved contacts (their keyed hashes are per process,
//! and a hash of a phone number in a file is a phone number to anyone patient).

use crate::amount::{Amount, Currency, Money};
use crate::catalog::Fnv;
use crate::episode::{Episode, Fact, Fired, Live, Signal, WordSource};
use crate::event::Millis;
use crate::kinds::{Channel, Direction, InstallerKind, Level, PaymentKind, Peer, RiskKind, Stage};
use crate::model::SIGNAL_IDS;
use crate::state::{Call, DeviceState, Grant, Install, Share};
use serde::{Deserialize, Serialize};
use std::hash::Hasher;

/// The snapshot format this engine writes; it reads this one only.
pub const VERSION: u32 = 1;
/// Largest snapshot accepted: every list in the state is capped, so a real one is far smaller.
pub const MAX_BYTES: usize = 256 * 1024;

/// Why a snapshot was refused (the engine then keeps the state it had).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotError {
    TooLarge,
    Malformed,
    Checksum,
    Version,
    Invalid(&'static str),
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SnapshotError::TooLarge => write!(f, "snapshot is larger than {MAX_BYTES} bytes"),
            SnapshotError::Malformed => f.write_str("snapshot is not a snapshot (truncated or corrupt)"),
            SnapshotError::Checksum => f.write_str("snapshot checksum does not match (corrupt or altered)"),
            SnapshotError::Version => f.write_str("snapshot is from another engine version"),
            SnapshotError::Invalid(what) => write!(f, "snapshot has an invalid {what}"),
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    v: u32,
    sum: String,
    body: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    last_t: Option<Millis>,
    #[serde(default)]
    last_raw: Option<Millis>,
    #[serde(default)]
    aged_at: Option<Millis>,
    /// The boot the times count from and one moment of it on the wall clock.
    #[serde(default)]
    boot: Option<BootRef>,
    call: Option<CallS>,
    shares: Vec<(Option<String>, Millis)>,
    foreground: Option<(String, Millis)>,
    installs: Vec<(String, InstallerKind, Option<String>, Millis)>,
    grants: Vec<(String, Millis)>,
    platform_capture: Option<Millis>,
    platform_control: Option<Millis>,
    #[serde(default)]
    trusted_call_end: Option<Millis>,
    #[serde(default)]
    demanded: Vec<(i64, Millis)>,
    #[serde(default)]
    last_call: Option<(Option<String>, Millis, Millis)>,
    #[serde(default)]
    asker_call: Option<(Millis, Millis)>,
    #[serde(default)]
    lost_voip: Option<Millis>,
    #[serde(default)]
    payee_typed: Option<(String, Millis)>,
    #[serde(default)]
    payee_public: Option<(String, Millis)>,
    /// `DeviceState::payee_registered`; older snapshots have none.
    #[serde(default)]
    payee_registered: Option<(String, Millis)>,
    /// The app, currency code and time of `DeviceState::screen_currency`; older snapshots have none.
    #[serde(default)]
    screen_currency: Option<(String, String, Millis)>,
    /// `DeviceState::page_sum`: app, sum (`sum_text`), time; older snapshots have none.
    /// The shapes of `screen_currency` and `payee_typed`: a shape of its own costs the
    /// arm64 library ~6 KB of serde code.
    #[serde(default)]
    page_sum: Option<(String, String, Millis)>,
    /// `DeviceState::code_sum`: sum (`sum_text`), time; older snapshots have none.
    #[serde(default)]
    code_sum: Option<(String, Millis)>,
    /// Tags of numbers messages wrote (`numbers::number_tag`); older snapshots have none.
    #[serde(default)]
    numbers_seen: Vec<(u32, Millis)>,
    /// Tags of numbers official pages printed; older snapshots have none.
    #[serde(default)]
    official_numbers: Vec<(u32, Millis)>,
    /// Name tags of people met online (`tags::name_tag`); older snapshots have none.
    #[serde(default)]
    met_online: Vec<(u32, Millis)>,
    /// Tags of numbers that spoke as a relative or a boss (`DeviceState::claimants`);
    /// older snapshots have none.
    #[serde(default)]
    claimants: Vec<(u32, Millis)>,
    #[serde(default)]
    claim_talked: Option<Millis>,
    /// The browser that last showed an official site; older snapshots have none.
    #[serde(default)]
    official_site: Option<(String, Millis)>,
    #[serde(default)]
    government_site: Option<Millis>,
    #[serde(default)]
    last_long_call: Option<(Option<String>, Millis, Millis)>,
    /// `DeviceState::last_call_voip` and `last_long_voip`; older snapshots have
    /// neither (both phone calls).
    #[serde(default)]
    last_call_voip: bool,
    #[serde(default)]
    last_long_voip: bool,
    /// When a browser was last in front; older snapshots have none.
    #[serde(default)]
    browser_at: Option<Millis>,
    start: Option<Millis>,
    signals: Vec<SignalS>,
    fired: Vec<(String, Level, Millis)>,
    last_gate: Option<(Level, Millis)>,
    /// The episode's evidence record (its chain is checked again on restore).
    #[serde(default)]
    record: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CallS {
    direction: Direction,
    peer: Peer,
    channel: Channel,
    app: Option<String>,
    since: Millis,
    /// Older snapshots have none: the call's start.
    #[serde(default)]
    heard: Option<Millis>,
    signal: Option<String>,
    /// `Call::claimant`; older snapshots have none.
    #[serde(default)]
    claimant: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignalS {
    id: String,
    stage: Stage,
    weight: f32,
    half_life_ms: f32,
    t: Millis,
    since: Millis,
    live: u8,
    package: Option<String>,
    fact: FactS,
    #[serde(default)]
    trusted: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "k", deny_unknown_fields)]
enum FactS {
    Call { peer: Peer, channel: Channel, since: Millis, key: String },
    Voip,
    ContactAdded,
    Words { source: u8, word: String },
    App { key: String, package: Option<String>, installer: Option<String> },
    Setting { key: String },
    Platform { kind: RiskKind },
    Prompt { kind: PaymentKind, package: Option<String>, amount: Option<(i64, Option<String>)> },
    Amount { package: String, amount: (i64, Option<String>) },
    Transfer { package: Option<String>, amount: (i64, Option<String>), payee_new: bool },
    Credentials { package: String },
    MoneyOut { package: Option<String> },
}

/// Keys that facts and calls may carry: the evidence templates the engine renders.
const FACT_KEYS: &[&str] = &[
    "call",
    "call_outgoing",
    "call_recent_contact",
    "call_spoofed",
    "call_service_claimed",
    "loan_app",
    "exchange_app",
    "money_app",
    "sideload",
    "remote_app",
    "screen_share",
    "accessibility",
    "overlay",
    "unknown_sources",
    "bank_notifications_off",
    "code_during_call",
    "code_for_more",
    "call_from_message",
    "chat_new_contact",
    "met_online_asks",
    "payee_mismatch",
    "bank_not_calling",
    "savings_broken",
];

/// A sum as a snapshot keeps it: its fen, and its currency code if named ("38640 HKD").
fn sum_text(a: &crate::amount::Amount) -> String {
    match a.currency {
        Some(c) => format!("{} {}", a.money.fen(), c.code()),
        None => a.money.fen().to_string(),
    }
}

/// A sum read back: positive fen and, if named, a known currency code; anything else
/// is dropped (a sum read wrong must not raise a warning).
fn sum_of(text: &str) -> Option<crate::amount::Amount> {
    let (fen, code) = match text.split_once(' ') {
        Some((f, c)) => (f, Some(crate::amount::Currency::from_code(c)?)),
        None => (text, None),
    };
    let fen: i64 = fen.parse().ok().filter(|f| *f > 0)?;
    Some(crate::amount::Amount::new(crate::amount::Money(fen), code))
}

fn static_of(list: &[&'static str], s: &str, what: &'static str) -> Result<&'static str, SnapshotError> {
    list.iter().copied().find(|k| *k == s).ok_or(SnapshotError::Invalid(what))
}

/// A call's signal; one a newer build named is a stranger's call here, the
/// cautious reading (a trusted call has no signal at all).
fn call_signal(s: &str) -> &'static str {
    SIGNAL_IDS.iter().copied().find(|k| *k == s).unwrap_or("call_unknown")
}

fn checksum(body: &str) -> String {
    let mut h = Fnv::default();
    h.write(b"scamguard-snapshot-v1");
    h.write(body.as_bytes());
    format!("{:016x}", h.finish())
}

/// The engine's clock: its last time, the last event time as given, when it last
/// aged state, and the boot the event times count from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock {
    pub last_t: Option<Millis>,
    pub last_raw: Option<Millis>,
    pub aged_at: Option<Millis>,
    pub boot: Option<BootRef>,
}

/// A boot of the device and one moment of it on both clocks: `elapsed` on the event
/// clock (restarts at each boot) and `wall` on the wall clock (goes on across boots).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BootRef {
    pub boot: u64,
    pub elapsed: Millis,
    pub wall: Millis,
}

/// The engine's state as a snapshot string.
pub fn write(state: &DeviceState, ep: &Episode, record: &crate::record::Record, clock: Clock) -> String {
    let Clock { last_t, last_raw, aged_at, boot } = clock;
    let body = Body {
        last_t,
        last_raw,
        aged_at,
        boot,
        call: state.call.as_ref().map(|c| CallS {
            direction: c.direction,
            peer: c.peer,
            channel: c.channel,
            app: c.app.clone(),
            since: c.since,
            heard: Some(c.heard),
            signal: c.signal.map(str::to_string),
            claimant: c.claimant,
        }),
        shares: state.shares.iter().map(|s| (s.package.clone(), s.since)).collect(),
        foreground: state.foreground.clone(),
        installs: state
            .installs
            .iter()
            .map(|i| (i.package.clone(), i.installer_kind, i.label.clone(), i.t))
            .collect(),
        grants: state.grants.iter().map(|g| (g.package.clone(), g.t)).collect(),
        platform_capture: state.platform_capture,
        platform_control: state.platform_control,
        trusted_call_end: state.trusted_call_end,
        demanded: state.demanded.iter().map(|(m, t)| (m.fen(), *t)).collect(),
        last_call: state.last_call.map(|(s, a, b)| (s.map(str::to_string), a, b)),
        asker_call: state.asker_call,
        lost_voip: state.lost_voip,
        payee_typed: state.payee_typed.clone(),
        payee_public: state.payee_public.clone(),
        payee_registered: state.payee_registered.clone(),
        screen_currency: state
            .screen_currency
            .as_ref()
            .map(|(p, c, t)| (p.clone(), c.code().to_string(), *t)),
        page_sum: state.page_sum.as_ref().map(|(p, a, t)| (p.clone(), sum_text(a), *t)),
        code_sum: state.code_sum.map(|(a, t)| (sum_text(&a), t)),
        numbers_seen: state.numbers_seen.clone(),
        official_numbers: state.official_numbers.clone(),
        met_online: state.met_online.clone(),
        claimants: state.claimants.clone(),
        claim_talked: state.claim_talked,
        official_site: state.official_site.clone(),
        government_site: state.government_site,
        browser_at: state.browser_at,
        last_long_call: state.last_long_call.map(|(s, a, b)| (s.map(str::to_string), a, b)),
        last_call_voip: state.last_call_voip,
        last_long_voip: state.last_long_voip,
        start: ep.start,
        signals: ep.signals.iter().map(signal_out).collect(),
        fired: ep.fired.iter().map(|f| (f.pattern.clone(), f.level, f.t)).collect(),
        last_gate: ep.last_gate,
        record: (!record.entries.is_empty()).then(|| serde_json::to_string(record).unwrap_or_default()),
    };
    let body = serde_json::to_string(&body).unwrap_or_default();
    let env = Envelope { v: VERSION, sum: checksum(&body), body };
    serde_json::to_string(&env).unwrap_or_default()
}

fn signal_out(s: &Signal) -> SignalS {
    let fact = match &s.fact {
        Fact::Call { peer, channel, since, key } => {
            FactS::Call { peer: *peer, channel: *channel, since: *since, key: key.to_string() }
        }
        Fact::Voip => FactS::Voip,
        Fact::ContactAdded => FactS::ContactAdded,
        Fact::Words { source, word } => FactS::Words { source: *source as u8, word: word.clone() },
        Fact::App { key, package, installer } => {
            FactS::App { key: key.to_string(), package: package.clone(), installer: installer.clone() }
        }
        Fact::Setting { key } => FactS::Setting { key: key.to_string() },
        Fact::Platform { kind } => FactS::Platform { kind: *kind },
        Fact::Prompt { kind, package, amount } => {
            FactS::Prompt { kind: *kind, package: package.clone(), amount: amount.map(amount_out) }
        }
        Fact::Amount { package, amount } => {
            FactS::Amount { package: package.clone(), amount: amount_out(*amount) }
        }
        Fact::Transfer { package, amount, payee_new } => {
            FactS::Transfer { package: package.clone(), amount: amount_out(*amount), payee_new: *payee_new }
        }
        Fact::Credentials { package } => FactS::Credentials { package: package.clone() },
        Fact::MoneyOut { package } => FactS::MoneyOut { package: package.clone() },
    };
    SignalS {
        id: s.id.to_string(),
        stage: s.stage,
        weight: s.weight,
        half_life_ms: s.half_life_ms,
        t: s.t,
        since: s.since,
        live: match s.live {
            Live::No => 0,
            Live::Call => 1,
            Live::Share => 2,
        },
        package: s.package.clone(),
        fact,
        trusted: s.trusted,
    }
}

fn amount_out(a: Amount) -> (i64, Option<String>) {
    (a.money.fen(), a.currency.map(|c| c.code().to_string()))
}

fn money((fen, code): (i64, Option<String>)) -> Result<Amount, SnapshotError> {
    if fen < 0 {
        return Err(SnapshotError::Invalid("amount"));
    }
    let currency = match code {
        Some(c) => Some(Currency::from_code(&c).ok_or(SnapshotError::Invalid("currency"))?),
        None => None,
    };
    Ok(Amount::new(Money(fen), currency))
}

/// A signal as saved, or `None` for one this build does not know: a newer build
/// named a signal or an evidence key added since. Its other signals and the
/// device state still restore (dropping the whole state would lose more).
fn signal_in(s: SignalS) -> Result<Option<Signal>, SnapshotError> {
    let Some(id) = SIGNAL_IDS.iter().copied().find(|k| *k == s.id) else {
        log::warn!("snapshot: a signal this build does not know is dropped");
        return Ok(None);
    };
    if let FactS::Call { key, .. } | FactS::App { key, .. } | FactS::Setting { key } = &s.fact {
        if !FACT_KEYS.contains(&key.as_str()) {
            log::warn!("snapshot: a signal whose evidence this build does not know is dropped");
            return Ok(None);
        }
    }
    let fact = match s.fact {
        FactS::Call { peer, channel, since, key } => {
            Fact::Call { peer, channel, since, key: static_of(FACT_KEYS, &key, "evidence key")? }
        }
        FactS::Voip => Fact::Voip,
        FactS::ContactAdded => Fact::ContactAdded,
        FactS::Words { source, word } => {
            let source = match source {
                0 => WordSource::Sms,
                1 => WordSource::Notification,
                2 => WordSource::Screen,
                _ => return Err(SnapshotError::Invalid("word source")),
            };
            Fact::Words { source, word }
        }
        FactS::App { key, package, installer } => {
            Fact::App { key: static_of(FACT_KEYS, &key, "evidence key")?, package, installer }
        }
        FactS::Setting { key } => Fact::Setting { key: static_of(FACT_KEYS, &key, "evidence key")? },
        FactS::Platform { kind } => Fact::Platform { kind },
        FactS::Prompt { kind, package, amount } => {
            Fact::Prompt { kind, package, amount: amount.map(money).transpose()? }
        }
        FactS::Amount { package, amount } => Fact::Amount { package, amount: money(amount)? },
        FactS::Transfer { package, amount, payee_new } => {
            Fact::Transfer { package, amount: money(amount)?, payee_new }
        }
        FactS::Credentials { package } => Fact::Credentials { package },
        FactS::MoneyOut { package } => Fact::MoneyOut { package },
    };
    let ok = |v: f32, lo: f32, hi: f32| v.is_finite() && v >= lo && v <= hi;
    if !ok(s.weight, 0.0, 100.0) || !ok(s.half_life_ms, 1.0, 1e12) {
        return Err(SnapshotError::Invalid("signal weight"));
    }
    Ok(Some(Signal {
        id,
        stage: s.stage,
        weight: s.weight,
        half_life_ms: s.half_life_ms,
        t: s.t,
        since: s.since,
        live: match s.live {
            0 => Live::No,
            1 => Live::Call,
            2 => Live::Share,
            _ => return Err(SnapshotError::Invalid("signal state")),
        },
        package: s.package,
        fact,
        trusted: s.trusted,
    }))
}

/// What a snapshot restores.
pub struct Restored {
    pub state: DeviceState,
    pub episode: Episode,
    pub record: crate::record::Record,
    pub clock: Clock,
}

/// Reads a snapshot; any doubt refuses it whole.
pub fn read(text: &str) -> Result<Restored, SnapshotError> {
    use crate::state::{MAX_GRANTS, MAX_INSTALLS, MAX_SHARES};
    if text.len() > MAX_BYTES {
        return Err(SnapshotError::TooLarge);
    }
    let env: Envelope = serde_json::from_str(text).map_err(|_| SnapshotError::Malformed)?;
    if env.v != VERSION {
        return Err(SnapshotError::Version);
    }
    if checksum(&env.body) != env.sum {
        return Err(SnapshotError::Checksum);
    }
    let b: Body = serde_json::from_str(&env.body).map_err(|_| SnapshotError::Malformed)?;
    if b.shares.len() > MAX_SHARES
        || b.installs.len() > MAX_INSTALLS
        || b.grants.len() > MAX_GRANTS
        || b.numbers_seen.len() > crate::state::MAX_NUMBERS_SEEN
        || b.official_numbers.len() > crate::state::MAX_NUMBERS_SEEN
        || b.met_online.len() > crate::state::MAX_MET_ONLINE
        || b.claimants.len() > crate::state::MAX_CLAIMANTS
        || b.signals.len() > crate::episode::MAX_SIGNALS
        || b.fired.len() > 64
    {
        return Err(SnapshotError::Invalid("list length"));
    }
    let call = match b.call {
        None => None,
        Some(c) => Some(Call {
            direction: c.direction,
            peer: c.peer,
            channel: c.channel,
            app: c.app,
            since: c.since,
            heard: c.heard.unwrap_or(c.since).max(c.since),
            signal: c.signal.map(|s| call_signal(&s)),
            claimant: c.claimant,
        }),
    };
    let state = DeviceState {
        call,
        shares: b.shares.into_iter().map(|(package, since)| Share { package, since }).collect(),
        foreground_categories: Default::default(),
        foreground: b.foreground,
        installs: b
            .installs
            .into_iter()
            .map(|(package, installer_kind, label, t)| Install { package, installer_kind, label, t })
            .collect(),
        grants: b.grants.into_iter().map(|(package, t)| Grant { package, t }).collect(),
        contacts_added: Vec::new(),
        platform_capture: b.platform_capture,
        platform_control: b.platform_control,
        trusted_call_end: b.trusted_call_end,
        last_call: b.last_call.map(|(sig, a, e)| (sig.map(|s| call_signal(&s)), a, e)),
        lost_voip: b.lost_voip,
        asker_call: b.asker_call,
        demanded: b
            .demanded
            .into_iter()
            .filter(|(f, _)| *f > 0)
            .take(crate::state::MAX_DEMANDED)
            .map(|(f, t)| (Money(f), t))
            .collect(),
        payee_typed: b.payee_typed,
        payee_public: b.payee_public,
        payee_registered: b.payee_registered,
        screen_currency: b
            .screen_currency
            .and_then(|(p, c, t)| crate::amount::Currency::from_code(&c).map(|c| (p, c, t))),
        page_sum: b.page_sum.and_then(|(p, a, t)| Some((p, sum_of(&a)?, t))),
        code_sum: b.code_sum.and_then(|(a, t)| Some((sum_of(&a)?, t))),
        numbers_seen: b.numbers_seen.into_iter().filter(|(tag, _)| crate::numbers::is_tag(*tag)).collect(),
        official_numbers: b
            .official_numbers
            .into_iter()
            .filter(|(tag, _)| crate::numbers::is_tag(*tag))
            .collect(),
        met_online: b.met_online.into_iter().filter(|(tag, _)| crate::tags::is_met_key(*tag)).collect(),
        claimants: b.claimants.into_iter().filter(|(tag, _)| crate::numbers::is_tag(*tag)).collect(),
        claim_talked: b.claim_talked,
        official_site: b.official_site,
        government_site: b.government_site,
        browser_at: b.browser_at,
        last_long_call: b.last_long_call.map(|(sig, a, e)| (sig.map(|s| call_signal(&s)), a, e)),
        last_call_voip: b.last_call_voip,
        last_long_voip: b.last_long_voip,
    };
    let episode = Episode {
        start: b.start,
        signals: b.signals.into_iter().filter_map(|s| signal_in(s).transpose()).collect::<Result<_, _>>()?,
        fired: b.fired.into_iter().map(|(pattern, level, t)| Fired { pattern, level, t }).collect(),
        last_gate: b.last_gate,
    };
    let record = match b.record {
        Some(json) => {
            crate::record::Record::verify(&json, None).map_err(|_| SnapshotError::Invalid("record"))?
        }
        None => crate::record::Record::default(),
    };
    Ok(Restored {
        state,
        episode,
        record,
        clock: Clock { last_t: b.last_t, last_raw: b.last_raw, aged_at: b.aged_at, boot: b.boot },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Engine, Event};

    /// Rewrites `snap`'s body with `edit` and seals it again, as a newer build would.
    fn resealed(snap: &str, edit: impl Fn(&str) -> String) -> String {
        let env: Envelope = serde_json::from_str(snap).unwrap();
        let body = edit(&env.body);
        serde_json::to_string(&Envelope { v: env.v, sum: checksum(&body), body }).unwrap()
    }

    #[test]
    fn signals_a_newer_build_named_are_dropped_not_the_whole_state() {
        let mut e = Engine::new();
        for line in [
            r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown"}"#,
            r#"{"t":1000,"type":"screen_share_started"}"#,
        ] {
            e.observe(&Event::from_json(line).unwrap()).unwrap();
        }
        let snap = e.snapshot();
        assert!(snap.contains("call_unknown") && snap.contains("\\\"share\\\""), "{snap}");
        // A newer build's call signal and a newer signal beside a known one.
        let newer = resealed(&snap, |b| b.replace("\"signal\":\"call_unknown\"", "\"signal\":\"call_v9\""));
        let newer = resealed(&newer, |b| b.replacen("\"id\":\"share\"", "\"id\":\"share_v9\"", 1));
        assert!(newer.contains("call_v9") && newer.contains("share_v9"), "{newer}");
        let mut fresh = Engine::new();
        fresh.restore(&newer).unwrap();
        // The call is still a stranger's, and the unknown signal alone is gone.
        assert!(fresh.state().stranger_call_active());
        let ids: Vec<&str> = fresh.episode().signals.iter().map(|s| s.id).collect();
        assert!(!ids.contains(&"share") && ids.contains(&"call_unknown"), "{ids:?}");
        // A signal whose known id carries a state no build writes is still refused.
        let broken = resealed(&snap, |b| b.replacen("\"live\":1", "\"live\":7", 1));
        assert_ne!(broken, snap);
        assert!(Engine::new().restore(&broken).is_err());
    }
}

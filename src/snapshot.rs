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
use json::{opt, Bad, Writer, J};
use serde::{Deserialize, Serialize};
use std::hash::Hasher;

mod json;

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

impl From<Bad> for SnapshotError {
    fn from(_: Bad) -> SnapshotError {
        SnapshotError::Malformed
    }
}

/// The body as read, before its checks. Its fields are the snapshot's keys and
/// shapes (tuples are JSON arrays); those marked "older snapshots have none" and
/// every `Option` may be absent (`body_in` keeps the defaults serde's derive had).
/// In tests these types also derive serde's reader with the attributes the format
/// was first defined by: the oracle `body_in` is held to (see the tests).
#[cfg_attr(test, derive(Debug, serde::Deserialize), serde(deny_unknown_fields))]
struct Body {
    last_t: Option<Millis>,
    #[cfg_attr(test, serde(default))]
    last_raw: Option<Millis>,
    #[cfg_attr(test, serde(default))]
    aged_at: Option<Millis>,
    /// The boot the times count from and one moment of it on the wall clock.
    #[cfg_attr(test, serde(default))]
    boot: Option<BootRef>,
    call: Option<CallS>,
    shares: Vec<(Option<String>, Millis)>,
    foreground: Option<(String, Millis)>,
    installs: Vec<(String, InstallerKind, Option<String>, Millis)>,
    grants: Vec<(String, Millis)>,
    platform_capture: Option<Millis>,
    platform_control: Option<Millis>,
    #[cfg_attr(test, serde(default))]
    trusted_call_end: Option<Millis>,
    #[cfg_attr(test, serde(default))]
    demanded: Vec<(i64, Millis)>,
    #[cfg_attr(test, serde(default))]
    last_call: Option<(Option<String>, Millis, Millis)>,
    #[cfg_attr(test, serde(default))]
    asker_call: Option<(Millis, Millis)>,
    #[cfg_attr(test, serde(default))]
    lost_voip: Option<Millis>,
    #[cfg_attr(test, serde(default))]
    payee_typed: Option<(String, Millis)>,
    #[cfg_attr(test, serde(default))]
    payee_public: Option<(String, Millis)>,
    /// `DeviceState::payee_registered`; older snapshots have none.
    #[cfg_attr(test, serde(default))]
    payee_registered: Option<(String, Millis)>,
    /// The app, currency code and time of `DeviceState::screen_currency`; older snapshots have none.
    #[cfg_attr(test, serde(default))]
    screen_currency: Option<(String, String, Millis)>,
    /// `DeviceState::page_sum`: app, sum (`sum_text`), time; older snapshots have none.
    /// The shapes of `screen_currency` and `payee_typed` (chosen when a shape of its own
    /// cost ~6 KB of serde code; the readers in `body_in` are shared the same way).
    #[cfg_attr(test, serde(default))]
    page_sum: Option<(String, String, Millis)>,
    /// `DeviceState::code_sum`: sum (`sum_text`), time; older snapshots have none.
    #[cfg_attr(test, serde(default))]
    code_sum: Option<(String, Millis)>,
    /// Tags of numbers messages wrote (`numbers::number_tag`); older snapshots have none.
    #[cfg_attr(test, serde(default))]
    numbers_seen: Vec<(u32, Millis)>,
    /// Tags of numbers official pages printed; older snapshots have none.
    #[cfg_attr(test, serde(default))]
    official_numbers: Vec<(u32, Millis)>,
    /// Name tags of people met online (`tags::name_tag`); older snapshots have none.
    #[cfg_attr(test, serde(default))]
    met_online: Vec<(u32, Millis)>,
    /// Tags of numbers that spoke as a relative or a boss (`DeviceState::claimants`);
    /// older snapshots have none.
    #[cfg_attr(test, serde(default))]
    claimants: Vec<(u32, Millis)>,
    #[cfg_attr(test, serde(default))]
    claim_talked: Option<Millis>,
    /// The browser that last showed an official site; older snapshots have none.
    #[cfg_attr(test, serde(default))]
    official_site: Option<(String, Millis)>,
    #[cfg_attr(test, serde(default))]
    government_site: Option<Millis>,
    #[cfg_attr(test, serde(default))]
    last_long_call: Option<(Option<String>, Millis, Millis)>,
    /// `DeviceState::last_call_voip` and `last_long_voip`; older snapshots have
    /// neither (both phone calls).
    #[cfg_attr(test, serde(default))]
    last_call_voip: bool,
    #[cfg_attr(test, serde(default))]
    last_long_voip: bool,
    /// When a browser was last in front; older snapshots have none.
    #[cfg_attr(test, serde(default))]
    browser_at: Option<Millis>,
    start: Option<Millis>,
    signals: Vec<SignalS>,
    fired: Vec<(String, Level, Millis)>,
    last_gate: Option<(Level, Millis)>,
    /// The episode's evidence record (its chain is checked again on restore).
    #[cfg_attr(test, serde(default))]
    record: Option<String>,
}

#[cfg_attr(test, derive(Debug, serde::Deserialize), serde(deny_unknown_fields))]
struct CallS {
    direction: Direction,
    peer: Peer,
    channel: Channel,
    app: Option<String>,
    since: Millis,
    /// Older snapshots have none: the call's start.
    #[cfg_attr(test, serde(default))]
    heard: Option<Millis>,
    signal: Option<String>,
    /// `Call::claimant`; older snapshots have none.
    #[cfg_attr(test, serde(default))]
    claimant: bool,
}

#[cfg_attr(test, derive(Debug, serde::Deserialize), serde(deny_unknown_fields))]
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
    #[cfg_attr(test, serde(default))]
    trusted: bool,
}

/// A fact as saved: an object with its variant's name under `"k"` and its fields.
#[cfg_attr(test, derive(Debug, serde::Deserialize), serde(tag = "k", deny_unknown_fields))]
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
    let body = body_out(state, ep, record, clock);
    let mut w = Writer::default();
    w.open('{').key("v").int(VERSION).key("sum").str(&checksum(&body)).key("body").str(&body).close('}');
    w.0
}

/// The body, key by key in the order (and with the shapes) the serde derive wrote.
fn body_out(state: &DeviceState, ep: &Episode, record: &crate::record::Record, clock: Clock) -> String {
    let Clock { last_t, last_raw, aged_at, boot } = clock;
    let mut w = Writer::default();
    w.open('{')
        .key("last_t")
        .opt_int(last_t)
        .key("last_raw")
        .opt_int(last_raw)
        .key("aged_at")
        .opt_int(aged_at);
    w.key("boot");
    match boot {
        Some(b) => w
            .open('{')
            .key("boot")
            .int(b.boot)
            .key("elapsed")
            .int(b.elapsed)
            .key("wall")
            .int(b.wall)
            .close('}'),
        None => w.null(),
    };
    w.key("call");
    match &state.call {
        Some(c) => w
            .open('{')
            .key("direction")
            .str(c.direction.wire_name())
            .key("peer")
            .str(c.peer.wire_name())
            .key("channel")
            .str(c.channel.wire_name())
            .key("app")
            .opt_str(c.app.as_deref())
            .key("since")
            .int(c.since)
            .key("heard")
            .int(c.heard)
            .key("signal")
            .opt_str(c.signal)
            .key("claimant")
            .bool(c.claimant)
            .close('}'),
        None => w.null(),
    };
    w.key("shares").open('[');
    for s in &state.shares {
        w.open('[').opt_str(s.package.as_deref()).int(s.since).close(']');
    }
    w.close(']').key("foreground");
    str_time(&mut w, &state.foreground);
    w.key("installs").open('[');
    for i in &state.installs {
        w.open('[')
            .str(&i.package)
            .str(i.installer_kind.wire_name())
            .opt_str(i.label.as_deref())
            .int(i.t)
            .close(']');
    }
    w.close(']').key("grants").open('[');
    for g in &state.grants {
        w.open('[').str(&g.package).int(g.t).close(']');
    }
    w.close(']');
    w.key("platform_capture").opt_int(state.platform_capture);
    w.key("platform_control").opt_int(state.platform_control);
    w.key("trusted_call_end").opt_int(state.trusted_call_end);
    w.key("demanded").open('[');
    for (m, t) in &state.demanded {
        w.open('[').int(m.fen()).int(*t).close(']');
    }
    w.close(']').key("last_call");
    call_time(&mut w, state.last_call);
    w.key("asker_call");
    match state.asker_call {
        Some((a, b)) => w.open('[').int(a).int(b).close(']'),
        None => w.null(),
    };
    w.key("lost_voip").opt_int(state.lost_voip);
    w.key("payee_typed");
    str_time(&mut w, &state.payee_typed);
    w.key("payee_public");
    str_time(&mut w, &state.payee_public);
    w.key("payee_registered");
    str_time(&mut w, &state.payee_registered);
    w.key("screen_currency");
    match &state.screen_currency {
        Some((p, c, t)) => w.open('[').str(p).str(c.code()).int(*t).close(']'),
        None => w.null(),
    };
    w.key("page_sum");
    match &state.page_sum {
        Some((p, a, t)) => w.open('[').str(p).str(&sum_text(a)).int(*t).close(']'),
        None => w.null(),
    };
    w.key("code_sum");
    match &state.code_sum {
        Some((a, t)) => w.open('[').str(&sum_text(a)).int(*t).close(']'),
        None => w.null(),
    };
    w.key("numbers_seen");
    tags_out(&mut w, &state.numbers_seen);
    w.key("official_numbers");
    tags_out(&mut w, &state.official_numbers);
    w.key("met_online");
    tags_out(&mut w, &state.met_online);
    w.key("claimants");
    tags_out(&mut w, &state.claimants);
    w.key("claim_talked").opt_int(state.claim_talked);
    w.key("official_site");
    str_time(&mut w, &state.official_site);
    w.key("government_site").opt_int(state.government_site);
    w.key("last_long_call");
    call_time(&mut w, state.last_long_call);
    w.key("last_call_voip").bool(state.last_call_voip);
    w.key("last_long_voip").bool(state.last_long_voip);
    w.key("browser_at").opt_int(state.browser_at);
    w.key("start").opt_int(ep.start);
    w.key("signals").open('[');
    for s in &ep.signals {
        signal_out(&mut w, s);
    }
    w.close(']').key("fired").open('[');
    for f in &ep.fired {
        w.open('[').str(&f.pattern).str(f.level.wire_name()).int(f.t).close(']');
    }
    w.close(']').key("last_gate");
    match ep.last_gate {
        Some((l, t)) => w.open('[').str(l.wire_name()).int(t).close(']'),
        None => w.null(),
    };
    let record = (!record.entries.is_empty()).then(|| serde_json::to_string(record).unwrap_or_default());
    w.key("record").opt_str(record.as_deref()).close('}');
    w.0
}

/// `[text, time]` or null.
fn str_time(w: &mut Writer, v: &Option<(String, Millis)>) {
    match v {
        Some((s, t)) => w.open('[').str(s).int(*t).close(']'),
        None => w.null(),
    };
}

/// `[signal or null, start, end]` or null.
fn call_time(w: &mut Writer, v: Option<(Option<&str>, Millis, Millis)>) {
    match v {
        Some((s, a, b)) => w.open('[').opt_str(s).int(a).int(b).close(']'),
        None => w.null(),
    };
}

fn tags_out(w: &mut Writer, tags: &[(u32, Millis)]) {
    w.open('[');
    for (tag, t) in tags {
        w.open('[').int(*tag).int(*t).close(']');
    }
    w.close(']');
}

fn signal_out(w: &mut Writer, s: &Signal) {
    w.open('{').key("id").str(s.id).key("stage").str(s.stage.wire_name());
    w.key("weight").f32(s.weight).key("half_life_ms").f32(s.half_life_ms);
    w.key("t").int(s.t).key("since").int(s.since);
    let live = match s.live {
        Live::No => 0,
        Live::Call => 1,
        Live::Share => 2,
    };
    w.key("live").int(live).key("package").opt_str(s.package.as_deref());
    w.key("fact").open('{').key("k");
    match &s.fact {
        Fact::Call { peer, channel, since, key } => {
            w.str("Call").key("peer").str(peer.wire_name()).key("channel").str(channel.wire_name());
            w.key("since").int(*since).key("key").str(key)
        }
        Fact::Voip => w.str("Voip"),
        Fact::ContactAdded => w.str("ContactAdded"),
        Fact::Words { source, word } => w.str("Words").key("source").int(*source as u8).key("word").str(word),
        Fact::App { key, package, installer } => w
            .str("App")
            .key("key")
            .str(key)
            .key("package")
            .opt_str(package.as_deref())
            .key("installer")
            .opt_str(installer.as_deref()),
        Fact::Setting { key } => w.str("Setting").key("key").str(key),
        Fact::Platform { kind } => w.str("Platform").key("kind").str(kind.wire_name()),
        Fact::Prompt { kind, package, amount } => {
            w.str("Prompt").key("kind").str(kind.wire_name()).key("package").opt_str(package.as_deref());
            w.key("amount");
            match amount {
                Some(a) => amount_out(w, a),
                None => w.null(),
            }
        }
        Fact::Amount { package, amount } => {
            w.str("Amount").key("package").str(package).key("amount");
            amount_out(w, amount)
        }
        Fact::Transfer { package, amount, payee_new } => {
            w.str("Transfer").key("package").opt_str(package.as_deref()).key("amount");
            amount_out(w, amount).key("payee_new").bool(*payee_new)
        }
        Fact::Credentials { package } => w.str("Credentials").key("package").str(package),
        Fact::MoneyOut { package } => w.str("MoneyOut").key("package").opt_str(package.as_deref()),
    };
    w.close('}').key("trusted").bool(s.trusted).close('}');
}

/// `[fen, currency code or null]`.
fn amount_out<'w>(w: &'w mut Writer, a: &Amount) -> &'w mut Writer {
    w.open('[').int(a.money.fen()).opt_str(a.currency.as_ref().map(|c| c.code())).close(']')
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

/// The envelope: `{"v":…,"sum":…,"body":…}`, all three required.
fn envelope_in(text: &str) -> Result<(u32, String, String), Bad> {
    let mut o = json::parse(text)?.obj(&["v", "sum", "body"])?;
    Ok((o.req("v")?.int()?, o.req("sum")?.str()?, o.req("body")?.str()?))
}

const BODY_KEYS: &[&str] = &[
    "last_t",
    "last_raw",
    "aged_at",
    "boot",
    "call",
    "shares",
    "foreground",
    "installs",
    "grants",
    "platform_capture",
    "platform_control",
    "trusted_call_end",
    "demanded",
    "last_call",
    "asker_call",
    "lost_voip",
    "payee_typed",
    "payee_public",
    "payee_registered",
    "screen_currency",
    "page_sum",
    "code_sum",
    "numbers_seen",
    "official_numbers",
    "met_online",
    "claimants",
    "claim_talked",
    "official_site",
    "government_site",
    "last_long_call",
    "last_call_voip",
    "last_long_voip",
    "browser_at",
    "start",
    "signals",
    "fired",
    "last_gate",
    "record",
];

/// The body as written (unknown keys refused). Lists that older snapshots lack and
/// the flags may be absent; `shares`, `installs`, `grants`, `signals` and `fired`
/// must be there; an absent `Option` is `None`, as serde's derive read them. Forms
/// serde also took but no writer ever wrote are refused: a struct as an array, an
/// enum as `{"name":null}`, fields beside the tag of `Voip` or `ContactAdded`.
fn body_in(text: &str) -> Result<Body, Bad> {
    let mut o = json::parse(text)?.obj(BODY_KEYS)?;
    Ok(Body {
        last_t: opt(o.take("last_t"), J::int)?,
        last_raw: opt(o.take("last_raw"), J::int)?,
        aged_at: opt(o.take("aged_at"), J::int)?,
        boot: opt(o.take("boot"), |j| {
            let mut b = j.obj(&["boot", "elapsed", "wall"])?;
            Ok(BootRef {
                boot: b.req("boot")?.int()?,
                elapsed: b.req("elapsed")?.int()?,
                wall: b.req("wall")?.int()?,
            })
        })?,
        call: opt(o.take("call"), call_in)?,
        shares: o.req("shares")?.list(|j| {
            let [p, t] = j.tuple()?;
            Ok((opt(Some(p), J::str)?, t.int()?))
        })?,
        foreground: opt(o.take("foreground"), str_time_in)?,
        installs: o.req("installs")?.list(|j| {
            let [p, k, l, t] = j.tuple()?;
            Ok((p.str()?, wire(k, InstallerKind::from_wire)?, opt(Some(l), J::str)?, t.int()?))
        })?,
        grants: o.req("grants")?.list(str_time_in)?,
        platform_capture: opt(o.take("platform_capture"), J::int)?,
        platform_control: opt(o.take("platform_control"), J::int)?,
        trusted_call_end: opt(o.take("trusted_call_end"), J::int)?,
        demanded: or_empty(o.take("demanded"), |j| {
            let [f, t] = j.tuple()?;
            Ok((f.int()?, t.int()?))
        })?,
        last_call: opt(o.take("last_call"), call_time_in)?,
        asker_call: opt(o.take("asker_call"), |j| {
            let [a, b] = j.tuple()?;
            Ok((a.int()?, b.int()?))
        })?,
        lost_voip: opt(o.take("lost_voip"), J::int)?,
        payee_typed: opt(o.take("payee_typed"), str_time_in)?,
        payee_public: opt(o.take("payee_public"), str_time_in)?,
        payee_registered: opt(o.take("payee_registered"), str_time_in)?,
        screen_currency: opt(o.take("screen_currency"), str_str_time_in)?,
        page_sum: opt(o.take("page_sum"), str_str_time_in)?,
        code_sum: opt(o.take("code_sum"), str_time_in)?,
        numbers_seen: or_empty(o.take("numbers_seen"), tag_in)?,
        official_numbers: or_empty(o.take("official_numbers"), tag_in)?,
        met_online: or_empty(o.take("met_online"), tag_in)?,
        claimants: or_empty(o.take("claimants"), tag_in)?,
        claim_talked: opt(o.take("claim_talked"), J::int)?,
        official_site: opt(o.take("official_site"), str_time_in)?,
        government_site: opt(o.take("government_site"), J::int)?,
        last_long_call: opt(o.take("last_long_call"), call_time_in)?,
        last_call_voip: flag(o.take("last_call_voip"))?,
        last_long_voip: flag(o.take("last_long_voip"))?,
        browser_at: opt(o.take("browser_at"), J::int)?,
        start: opt(o.take("start"), J::int)?,
        signals: o.req("signals")?.list(signal_s_in)?,
        fired: o.req("fired")?.list(|j| {
            let [p, l, t] = j.tuple()?;
            Ok((p.str()?, wire(l, Level::from_wire)?, t.int()?))
        })?,
        last_gate: opt(o.take("last_gate"), |j| {
            let [l, t] = j.tuple()?;
            Ok((wire(l, Level::from_wire)?, t.int()?))
        })?,
        record: opt(o.take("record"), J::str)?,
    })
}

/// A list older snapshots may lack (absent is empty; null is not a list).
fn or_empty<'a, T>(j: Option<J<'a>>, f: impl FnMut(J<'a>) -> Result<T, Bad>) -> Result<Vec<T>, Bad> {
    j.map_or(Ok(Vec::new()), |j| j.list(f))
}

/// A flag older snapshots may lack (absent is false).
fn flag(j: Option<J<'_>>) -> Result<bool, Bad> {
    j.map_or(Ok(false), J::bool)
}

/// An enum by the name its serde derive (and the event parser) uses.
fn wire<T>(j: J<'_>, of: fn(&str) -> Option<T>) -> Result<T, Bad> {
    of(&j.str()?).ok_or(Bad)
}

fn str_time_in(j: J<'_>) -> Result<(String, Millis), Bad> {
    let [s, t] = j.tuple()?;
    Ok((s.str()?, t.int()?))
}

fn str_str_time_in(j: J<'_>) -> Result<(String, String, Millis), Bad> {
    let [a, b, t] = j.tuple()?;
    Ok((a.str()?, b.str()?, t.int()?))
}

fn tag_in(j: J<'_>) -> Result<(u32, Millis), Bad> {
    let [tag, t] = j.tuple()?;
    Ok((tag.int()?, t.int()?))
}

fn call_time_in(j: J<'_>) -> Result<(Option<String>, Millis, Millis), Bad> {
    let [s, a, b] = j.tuple()?;
    Ok((opt(Some(s), J::str)?, a.int()?, b.int()?))
}

fn amount_in(j: J<'_>) -> Result<(i64, Option<String>), Bad> {
    let [fen, code] = j.tuple()?;
    Ok((fen.int()?, opt(Some(code), J::str)?))
}

fn call_in(j: J<'_>) -> Result<CallS, Bad> {
    let mut c = j.obj(&["direction", "peer", "channel", "app", "since", "heard", "signal", "claimant"])?;
    Ok(CallS {
        direction: wire(c.req("direction")?, Direction::from_wire)?,
        peer: wire(c.req("peer")?, Peer::from_wire)?,
        channel: wire(c.req("channel")?, Channel::from_wire)?,
        app: opt(c.take("app"), J::str)?,
        since: c.req("since")?.int()?,
        heard: opt(c.take("heard"), J::int)?,
        signal: opt(c.take("signal"), J::str)?,
        claimant: flag(c.take("claimant"))?,
    })
}

fn signal_s_in(j: J<'_>) -> Result<SignalS, Bad> {
    let mut s = j.obj(&[
        "id",
        "stage",
        "weight",
        "half_life_ms",
        "t",
        "since",
        "live",
        "package",
        "fact",
        "trusted",
    ])?;
    Ok(SignalS {
        id: s.req("id")?.str()?,
        stage: wire(s.req("stage")?, Stage::from_wire)?,
        weight: s.req("weight")?.f32()?,
        half_life_ms: s.req("half_life_ms")?.f32()?,
        t: s.req("t")?.int()?,
        since: s.req("since")?.int()?,
        live: s.req("live")?.int()?,
        package: opt(s.take("package"), J::str)?,
        fact: fact_in(s.req("fact")?)?,
        trusted: flag(s.take("trusted"))?,
    })
}

/// Every key some fact has; `fact_in` then refuses what its variant leaves over.
const FACT_FIELDS: &[&str] = &[
    "k",
    "peer",
    "channel",
    "since",
    "key",
    "source",
    "word",
    "package",
    "installer",
    "kind",
    "amount",
    "payee_new",
];

/// A fact: its variant named under `"k"`, then that variant's fields and no others.
fn fact_in(j: J<'_>) -> Result<FactS, Bad> {
    let mut f = j.obj(FACT_FIELDS)?;
    let fact = match f.req("k")?.str()?.as_str() {
        "Call" => FactS::Call {
            peer: wire(f.req("peer")?, Peer::from_wire)?,
            channel: wire(f.req("channel")?, Channel::from_wire)?,
            since: f.req("since")?.int()?,
            key: f.req("key")?.str()?,
        },
        "Voip" => FactS::Voip,
        "ContactAdded" => FactS::ContactAdded,
        "Words" => FactS::Words { source: f.req("source")?.int()?, word: f.req("word")?.str()? },
        "App" => FactS::App {
            key: f.req("key")?.str()?,
            package: opt(f.take("package"), J::str)?,
            installer: opt(f.take("installer"), J::str)?,
        },
        "Setting" => FactS::Setting { key: f.req("key")?.str()? },
        "Platform" => FactS::Platform { kind: wire(f.req("kind")?, RiskKind::from_wire)? },
        "Prompt" => FactS::Prompt {
            kind: wire(f.req("kind")?, PaymentKind::from_wire)?,
            package: opt(f.take("package"), J::str)?,
            amount: opt(f.take("amount"), amount_in)?,
        },
        "Amount" => FactS::Amount { package: f.req("package")?.str()?, amount: amount_in(f.req("amount")?)? },
        "Transfer" => FactS::Transfer {
            package: opt(f.take("package"), J::str)?,
            amount: amount_in(f.req("amount")?)?,
            payee_new: f.req("payee_new")?.bool()?,
        },
        "Credentials" => FactS::Credentials { package: f.req("package")?.str()? },
        "MoneyOut" => FactS::MoneyOut { package: opt(f.take("package"), J::str)? },
        _ => return Err(Bad),
    };
    f.done()?;
    Ok(fact)
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
    let (v, sum, body) = envelope_in(text)?;
    if v != VERSION {
        return Err(SnapshotError::Version);
    }
    if checksum(&body) != sum {
        return Err(SnapshotError::Checksum);
    }
    let b = body_in(&body)?;
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
        stranger_rang: None,
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
        let env: serde_json::Value = serde_json::from_str(snap).unwrap();
        let body = edit(env["body"].as_str().unwrap());
        serde_json::json!({"v": env["v"], "sum": checksum(&body), "body": body}).to_string()
    }

    /// The bodies of the snapshots in tests/fixtures/snapshots (written by the serde writer).
    fn fixture_bodies() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/snapshots");
        let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        let bodies: Vec<String> = files
            .iter()
            .map(|f| {
                let v: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
                let env: serde_json::Value = serde_json::from_str(v["snapshot"].as_str().unwrap()).unwrap();
                env["body"].as_str().unwrap().to_string()
            })
            .collect();
        assert!(bodies.len() >= 8);
        bodies
    }

    /// The serde reader and `body_in` agree on `body`: both refuse it, or both read the
    /// same values. Two differences are allowed, both stricter: an f32 beyond f32's
    /// range, which serde read as infinity (then refused by `signal_in`), and fields
    /// beside the tag of a fact without fields (`Voip`, `ContactAdded`), which serde's
    /// tagged enums ignore despite `deny_unknown_fields`. No writer wrote either.
    fn same_reading(body: &str) -> bool {
        let by_serde = serde_json::from_str::<Body>(body).map(|b| format!("{b:?}"));
        let by_hand = body_in(body).map(|b| format!("{b:?}"));
        let unit_fact_with_fields = || {
            let v: serde_json::Value = serde_json::from_str(body).unwrap();
            v["signals"].as_array().unwrap().iter().any(|s| {
                let f = s["fact"].as_object().unwrap();
                f.len() > 1 && (f["k"] == "Voip" || f["k"] == "ContactAdded")
            })
        };
        match (&by_serde, &by_hand) {
            (Ok(o), Ok(n)) => assert_eq!(o, n, "{body}"),
            (Ok(o), Err(_)) => {
                assert!(o.contains("inf") || unit_fact_with_fields(), "only serde reads {body}")
            }
            (Err(e), Ok(_)) => panic!("only body_in reads {body} ({e})"),
            (Err(_), Err(_)) => {}
        }
        by_hand.is_ok()
    }

    /// Variants of `v`: each object member removed, replaced by other values (wrong
    /// types, out of range), and an unknown one added; each array one shorter and one
    /// longer; and the same inside every member and item.
    fn edits(v: &serde_json::Value) -> Vec<serde_json::Value> {
        use serde_json::{json, Value};
        let others = || {
            [
                json!(null),
                json!("x"),
                json!("contact"),
                json!(1.5),
                json!(-1),
                json!(0),
                json!(true),
                json!([]),
                json!({}),
                json!(256),
                json!(4294967296u64),
                json!(18446744073709551615u64),
                json!(1e39),
                json!(["a", 1]),
            ]
        };
        let mut out = Vec::new();
        match v {
            Value::Object(m) => {
                let mut extra = m.clone();
                extra.insert("zz".into(), json!(1));
                out.push(Value::Object(extra));
                for (k, child) in m {
                    let mut gone = m.clone();
                    gone.remove(k);
                    out.push(Value::Object(gone));
                    for r in others().into_iter().chain(edits(child)) {
                        let mut m = m.clone();
                        m.insert(k.clone(), r);
                        out.push(Value::Object(m));
                    }
                }
            }
            Value::Array(a) => {
                if let Some(last) = a.last() {
                    out.push(Value::Array(a[..a.len() - 1].to_vec()));
                    out.push(Value::Array([a.clone(), vec![last.clone()]].concat()));
                }
                for (i, child) in a.iter().enumerate() {
                    for r in others().into_iter().chain(edits(child)) {
                        let mut a = a.clone();
                        a[i] = r;
                        out.push(Value::Array(a));
                    }
                }
            }
            _ => {}
        }
        out
    }

    #[test]
    fn the_reader_accepts_and_refuses_what_serde_did() {
        let (mut read, mut refused) = (0, 0);
        for body in fixture_bodies() {
            assert!(same_reading(&body));
            let v: serde_json::Value = serde_json::from_str(&body).unwrap();
            // Whitespace anywhere JSON allows it.
            assert!(same_reading(&serde_json::to_string_pretty(&v).unwrap()));
            for e in edits(&v) {
                if same_reading(&e.to_string()) {
                    read += 1;
                } else {
                    refused += 1;
                }
            }
        }
        assert!(read > 1000 && refused > 10_000, "read {read}, refused {refused}");
    }

    #[test]
    fn the_reader_agrees_with_serde_on_corrupted_text() {
        // Seeded, so a failure names its case.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let pieces = [
            "\"",
            "\\",
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "0",
            "1",
            "9",
            "-",
            "-0",
            ".",
            "e",
            "E+",
            " ",
            "\n",
            "null",
            "true",
            "\\u",
            "\\ud83d",
            "\\ude00",
            "\\ud83d\\ude00",
            "\\u00e9",
            "\\/",
            "\\b",
            "\u{1}",
            "\u{7f}",
            "é",
            "😀",
            "1e39",
            "\"k\":\"Voip\",",
            "\"k\":",
        ];
        for body in fixture_bodies() {
            let cuts: Vec<usize> = (0..=body.len()).filter(|i| body.is_char_boundary(*i)).collect();
            for _ in 0..3000 {
                let at = cuts[next(cuts.len())];
                let len = if next(2) == 0 { 0 } else { next(3) };
                let end = cuts.iter().copied().find(|c| *c >= at + len).unwrap_or(body.len());
                let piece = if next(4) == 0 { "" } else { pieces[next(pieces.len())] };
                same_reading(&format!("{}{piece}{}", &body[..at], &body[end..]));
            }
        }
    }

    #[test]
    fn escapes_whitespace_and_duplicates() {
        let body = &fixture_bodies()[7];
        let word = |b: &str| {
            let s = body_in(b).unwrap().signals.into_iter().find_map(|s| match s.fact {
                FactS::Words { word, .. } => Some(word),
                _ => None,
            });
            s.unwrap()
        };
        let plain = word(body);
        assert!(plain.contains('😀') && plain.contains('"') && plain.contains('\u{1}'), "{plain}");
        // A surrogate pair is one character; the other escapes are theirs.
        let esc = body.replace("😀", "\\ud83d\\uDE00").replace("安", "\\u5b89");
        assert_ne!(&esc, body);
        assert_eq!(word(&esc), plain);
        assert!(same_reading(&esc));
        for lone in ["\\ud83d", "\\ude00", "\\ud83dx", "\\ud83d\\u0041", "\\u12", "\\u12g4", "\\x"] {
            let bad = body.replace("😀", lone);
            assert!(body_in(&bad).is_err(), "{lone}");
            same_reading(&bad);
        }
        // Whitespace between tokens is JSON; inside a number or a word it is not.
        let spaced = body.replace(',', " ,\n\t").replace(':', "\r: ");
        assert!(same_reading(&format!("  {spaced}  ")));
        for bad in [body.replacen("\"live\":1", "\"live\":1 1", 1), body.replacen("null", "nu ll", 1)] {
            assert!(body_in(&bad).is_err());
            same_reading(&bad);
        }
        // A key twice, in the body, a signal or a fact (its tag too), is refused.
        for (from, to) in [
            ("{\"last_t\"", "{\"start\":1,\"last_t\""),
            ("\"trusted\":false", "\"trusted\":false,\"trusted\":false"),
            ("{\"k\":\"Voip\"", "{\"k\":\"Voip\",\"k\":\"Voip\""),
            ("{\"k\":\"Setting\",", "{\"k\":\"Setting\",\"key\":\"sideload\","),
        ] {
            let bad = body.replacen(from, to, 1);
            assert_ne!(&bad, body, "{from}");
            assert!(body_in(&bad).is_err(), "{to}");
            assert!(!same_reading(&bad));
        }
        // The tag may come anywhere among a fact's fields, as with serde.
        let moved = body.replacen(
            "{\"k\":\"Setting\",\"key\":\"unknown_sources\"}",
            "{\"key\":\"unknown_sources\",\"k\":\"Setting\"}",
            1,
        );
        assert_ne!(&moved, body);
        assert!(same_reading(&moved));
        // Trailing text after the body is refused.
        assert!(body_in(&format!("{body} x")).is_err() && body_in(&format!("{body}{{}}")).is_err());
    }

    #[test]
    fn absent_fields_default_or_refuse_as_the_derive_did() {
        let body = &fixture_bodies()[0];
        let v: serde_json::Value = serde_json::from_str(body).unwrap();
        let without = |key: &str| {
            let mut v = v.clone();
            v.as_object_mut().unwrap().remove(key).unwrap();
            v.to_string()
        };
        // Lists with a default, flags and every Option may be absent...
        for key in
            ["demanded", "numbers_seen", "claimants", "last_call_voip", "call", "start", "record", "boot"]
        {
            assert!(body_in(&without(key)).is_ok(), "{key}");
            assert!(same_reading(&without(key)));
        }
        // ...the other lists may not.
        for key in ["shares", "installs", "grants", "signals", "fired"] {
            assert!(body_in(&without(key)).is_err(), "{key}");
            assert!(!same_reading(&without(key)));
        }
    }

    #[test]
    fn a_snapshot_reads_back_to_the_state_it_was_written_from() {
        // The writer's output against serde's reading of it, on every fixture state.
        for body in fixture_bodies() {
            let snap =
                resealed(&serde_json::json!({"v": 1, "sum": "", "body": ""}).to_string(), |_| body.clone());
            let r = read(&snap).unwrap();
            let again = write(&r.state, &r.episode, &r.record, r.clock);
            let env: serde_json::Value = serde_json::from_str(&again).unwrap();
            let written = env["body"].as_str().unwrap();
            assert_eq!(written, body);
            assert!(serde_json::from_str::<Body>(written).is_ok());
        }
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

//! The engine: one pass per event, each step its own module:
//! event → signals (`signals`) → episode (`episode`, with the device `state`) →
//! decision (`decision`) → warning (`explain`).
//!
//! Single-threaded by design (`&mut self`); the JNI layer wraps it in a mutex.

use crate::amount::Money;
use crate::catalog::{Catalog, Categories};
use crate::decision::{self, Decision};
use crate::episode::{Episode, Fact, Live, Signal, WordSource};
use crate::error::Error;
use crate::event::{Event, EventKind, Millis};
use crate::explain::{self, Explainer};
use crate::kinds::{Category, Lang, Level};
use crate::messages::Messages;
use crate::model::{builtin_json, Model};
use crate::region::{AdviceKey, Region, Regions};
use crate::signals::{self, Context, Meaning};
use crate::state::{number_hash, Call, DeviceState, Install};
use crate::warning::{Assessment, Warning};
use once_cell::sync::Lazy;
use std::sync::Arc;

/// How often (engine time) old state is forgotten and faded signals pruned.
const AGE_EVERY_MS: Millis = 60_000;

/// The shipped model, parsed once per process and shared by every engine.
static BUILTIN_MODEL: Lazy<Arc<Model>> = Lazy::new(|| {
    Arc::new(Model::from_json(builtin_json()).expect("data/model.json is validated by build.rs"))
});

/// A time this far behind the last one starts a new clock epoch (a reboot, or a
/// bad earlier timestamp); anything less is a race between threads and is clamped.
pub const NEW_EPOCH_BACKWARDS_MS: Millis = 10 * 60_000;
/// The clock never jumps further ahead than this in one event; after that long
/// every signal has faded anyway, and a wild timestamp cannot freeze the clock.
pub const MAX_FORWARD_JUMP_MS: Millis = 30 * 24 * 3_600_000;
/// The engine's clock starts at most here (2^62 ms, 146 million years), leaving room to move.
const CLOCK_CEILING: Millis = 1 << 62;

pub use crate::snapshot::BootRef;

/// Amounts of nine or more integer digits in a scam text are not kept as demanded
/// amounts (kept in snapshots): no fee or deposit is a hundred million, while an
/// account, card or ID number behind a currency mark is, and must never be stored.
const MAX_DEMANDED_FEN: i64 = 100_000_000 * 100;

/// Whether a sum written in a text is one a text could ask for, and so may be kept
/// (in snapshots too): above zero and below `MAX_DEMANDED_FEN`.
fn demandable(m: crate::amount::Money) -> bool {
    m.fen() > 0 && m.fen() < MAX_DEMANDED_FEN
}

/// The detection engine. `Send`, not `Sync`: share it behind a mutex.
pub struct Engine {
    model: Arc<Model>,
    catalog: Catalog,
    messages: Messages,
    state: DeviceState,
    episode: Episode,
    lang: Lang,
    /// Refuse times that go backwards (replaying a trace) instead of clamping them.
    strict_time: bool,
    /// Added to event times so the engine's clock only moves forward.
    /// The last event time as given (the clock moves by differences from it).
    last_raw: Option<Millis>,
    last_t: Option<Millis>,
    /// Which boot event times count from, and the wall-clock time of one moment of it
    /// ([`Engine::set_boot`]): across a reboot, time from before it keeps its age.
    boot: Option<BootRef>,
    /// Keys a run-time model must be signed with; none pinned: unsigned models load.
    trusted_keys: Vec<[u8; 32]>,
    /// Serial of the signed pack in force (0: the built-in model).
    pack_serial: u64,
    /// Active regions, first the home region: service numbers, currency, advice.
    regions: Vec<Region>,
    /// What the current episode said and what the user chose, hash-chained.
    record: crate::record::Record,
    /// When old state was last forgotten.
    aged_at: Option<Millis>,
    /// The home region's currency (looked up once per `set_regions`).
    currency: crate::amount::Currency,
    /// The last texts read and what they said: accessibility events send the same
    /// screen again and again, and reading one costs microseconds.
    text_cache: std::cell::RefCell<TextCache>,
}

/// A few recent (source, text) → read pairs, found by length and then content.
/// No hash: hashing a text byte by byte cost more than comparing it with eight others
/// (a comparison stops at the first difference, and equal ones are a fast `memcmp`).
#[derive(Default)]
struct TextCache {
    entries: Vec<(crate::text::Source, String, Read)>,
    next: usize,
}

const TEXT_CACHE_ENTRIES: usize = 8;

/// What a text says, the amounts written in it when it reads as a scam, the phone
/// numbers in it, whether it carries a one-time code.
type Read = crate::signals::TextRead;

impl TextCache {
    fn analyze(&mut self, text: &str, source: crate::text::Source) -> Read {
        if let Some(e) = self.entries.iter().find(|e| e.1.len() == text.len() && e.0 == source && e.1 == text)
        {
            return e.2.clone();
        }
        let analysis = crate::text::analyze(text, source);
        use crate::text::TextClass;
        let scam =
            analysis.findings.iter().any(|f| f.class != TextClass::MoneyOut && f.class != TextClass::Credit);
        let carries_code = crate::codes::carries_code(text);
        // The sums written in it, read once: what a scam text demands, what a page
        // asks to be paid, what a code's SMS approves.
        let found = if scam || carries_code || source == crate::text::Source::BrowserPage {
            crate::amount::find_amounts_in_text(text)
        } else {
            Vec::new()
        };
        let a = Read {
            // The numbers an official page prints are that body's (src/text): the
            // meaning keeps them apart (`Meaning::official_numbers`).
            numbers: crate::numbers::numbers_in(text),
            analysis,
            amounts: if scam {
                found.iter().map(|a| a.money).filter(|&m| demandable(m)).take(4).collect()
            } else {
                Vec::new()
            },
            first_sum: found.first().copied().filter(|a| demandable(a.money)),
            largest_sum: found.iter().copied().filter(|a| demandable(a.money)).max_by_key(|a| a.money.fen()),
            carries_code,
            counterparty_note: crate::bank_screen::counterparty_note(text),
        };
        // Only texts worth keeping: a cache must not hold a 10 MB dump.
        if text.len() <= crate::text::MAX_BYTES {
            let entry = (source, text.to_string(), a.clone());
            if self.entries.len() < TEXT_CACHE_ENTRIES {
                self.entries.push(entry);
            } else {
                self.entries[self.next] = entry;
                self.next = (self.next + 1) % TEXT_CACHE_ENTRIES;
            }
        }
        a
    }
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    /// The built-in model and app catalog, warnings in zh-CN.
    pub fn new() -> Engine {
        Engine::with(BUILTIN_MODEL.clone())
    }

    fn with(model: Arc<Model>) -> Engine {
        Engine {
            model,
            catalog: Catalog::builtin(),
            messages: Messages::builtin(),
            state: DeviceState::default(),
            episode: Episode::default(),
            lang: Lang::ZhCn,
            strict_time: false,
            last_raw: None,
            last_t: None,
            boot: None,
            trusted_keys: Vec::new(),
            pack_serial: 0,
            regions: vec![Region::Cn],
            record: crate::record::Record::default(),
            aged_at: None,
            currency: home_currency(Region::Cn),
            text_cache: Default::default(),
        }
    }

    /// A given model (JSON, see docs/model.md) instead of the built-in one.
    pub fn with_model(json: &str) -> Result<Engine, Error> {
        Ok(Engine::with(Arc::new(Model::from_json(json).map_err(Error::RulePack)?)))
    }

    /// Old name of [`Engine::with_model`].
    pub fn with_rule_pack(json: &str) -> Result<Engine, Error> {
        Engine::with_model(json)
    }

    /// Replaces the model, keeping the device state, the episode and what it has
    /// already said. On error the previous model stays in force.
    pub fn load_model(&mut self, json: &str) -> Result<(), Error> {
        if !self.trusted_keys.is_empty() {
            return Err(Error::Pack(crate::pack::PackError::BadSignature));
        }
        self.model = Arc::new(Model::from_json(json).map_err(Error::RulePack)?);
        Ok(())
    }

    /// Pins the Ed25519 public keys (hex) that run-time models must be signed
    /// with. From then on an unsigned model is refused. The built-in model needs
    /// no signature.
    pub fn pin_pack_keys(&mut self, keys_hex: &[&str]) -> Result<(), Error> {
        if keys_hex.is_empty() || keys_hex.len() > crate::pack::MAX_KEYS {
            return Err(Error::InvalidArgument(format!("between 1 and {} keys", crate::pack::MAX_KEYS)));
        }
        let keys = keys_hex.iter().map(|k| crate::pack::public_key(k)).collect::<Result<Vec<_>, _>>();
        self.trusted_keys = keys.map_err(Error::Pack)?;
        Ok(())
    }

    /// Loads a signed model pack (see `pack`): signed by a pinned key, not expired
    /// at `now_unix` (seconds; the caller's wall clock), with a serial above the
    /// one in force, for this engine version. On any error the model in force stays;
    /// what the episode already said stays said.
    pub fn load_signed_model(&mut self, signed: &str, now_unix: u64) -> Result<(), Error> {
        let floor = self.pack_serial;
        let (json, serial) =
            crate::pack::verify(signed, &self.trusted_keys, now_unix, floor).map_err(Error::Pack)?;
        self.model = Arc::new(Model::from_json(&json).map_err(Error::RulePack)?);
        self.pack_serial = serial;
        Ok(())
    }

    /// The serial of the signed pack in force (0 for the built-in model). An app
    /// stores it and gives it back with [`Engine::set_pack_serial_floor`] after a
    /// restart, so an older pack cannot be loaded again.
    pub fn pack_serial(&self) -> u64 {
        self.pack_serial
    }

    pub fn set_pack_serial_floor(&mut self, serial: u64) {
        self.pack_serial = self.pack_serial.max(serial);
    }

    /// Old name of [`Engine::load_model`].
    pub fn load_rules(&mut self, json: &str) -> Result<(), Error> {
        self.load_model(json)
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Ids of the model's patterns (the `rule` of a warning), in order.
    pub fn rule_ids(&self) -> Vec<&str> {
        self.model.patterns.iter().map(|p| p.id.as_str()).collect()
    }

    /// The active regions, home region first.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// Sets the active regions (at least one, home region first): they select the
    /// official service numbers, the default currency and the advice (hotlines).
    /// Every region's apps stay in the catalog: a traveller's bank is still a bank.
    pub fn set_regions(&mut self, regions: &[Region]) -> Result<(), Error> {
        if regions.is_empty() || regions.len() > Region::ALL.len() {
            return Err(Error::InvalidArgument("regions: between 1 and 8".into()));
        }
        let mut v: Vec<Region> = Vec::with_capacity(regions.len());
        for r in regions {
            if !v.contains(r) {
                v.push(*r);
            }
        }
        self.currency = home_currency(v[0]);
        self.regions = v;
        Ok(())
    }

    /// [`Engine::set_regions`] from wire names (`cn`, `hk`, `tw`, `sg`, `in`, `uk`, `us`, `au`).
    pub fn set_regions_wire(&mut self, names: &[String]) -> Result<(), Error> {
        let regions = names
            .iter()
            .map(|n| {
                Region::from_wire(n.trim())
                    .ok_or_else(|| Error::InvalidArgument("regions: unknown region".into()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        self.set_regions(&regions)
    }

    /// The currency of an amount `package` shows without naming one: the app's own
    /// when it is at home in one region only, else the engine's home currency.
    pub fn app_currency(&self, package: &str) -> crate::amount::Currency {
        crate::signals::app_currency(self.catalog.regions_of(package), self.currency)
    }

    /// The currency of amounts that do not name one: the home region's.
    pub fn currency(&self) -> crate::amount::Currency {
        self.currency
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Times that go backwards are refused (`true`, for replaying traces) or
    /// clamped / started as a new clock epoch (`false`, the default on devices).
    pub fn set_strict_time(&mut self, strict: bool) {
        self.strict_time = strict;
    }

    /// Adds a category to a package at run time (e.g. a vendor's list of local banks).
    pub fn add_app(&mut self, package: &str, category: Category, label: Option<&str>) -> Result<(), Error> {
        self.catalog.add(package, category, label).map_err(Error::InvalidArgument)
    }

    /// Adds many apps in one call: `package<TAB>category[<TAB>label]` lines. All or nothing.
    pub fn add_apps(&mut self, tsv: &str) -> Result<usize, Error> {
        self.catalog.add_rows(tsv).map_err(|e| Error::InvalidArgument(e.to_string()))
    }

    pub(crate) fn messages(&self) -> &Messages {
        &self.messages
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Replaces the engine's catalog, typically with a clone of one that was loaded once
    /// and [`Catalog::share`]d: a vendor's 100k rows then cost memory once per process,
    /// not once per engine.
    pub fn set_catalog(&mut self, catalog: Catalog) {
        self.catalog = catalog;
    }

    /// The device state as the engine sees it (read-only; for diagnostics and tests).
    pub fn state(&self) -> &DeviceState {
        &self.state
    }

    /// The current episode (read-only; for diagnostics and tests).
    pub fn episode(&self) -> &Episode {
        &self.episode
    }

    /// The episode's risk now, as the evidence model adds it up.
    pub fn risk(&self) -> f32 {
        self.last_t.map_or(0.0, |t| self.episode.risk(t, &self.model).total)
    }

    /// Feeds one event; returns the warnings it raised (at most one).
    ///
    /// A rejected event (an empty package name, a time going backwards in strict
    /// mode) changes nothing.
    pub fn observe(&mut self, event: &Event) -> Result<Vec<Warning>, Error> {
        validate(event)?;
        let t = self.clock(event.t)?;
        self.age(t);
        // The event's app is looked up once, for its meaning and for the state.
        let categories = self.categories(event);
        let meaning = self.meaning(event, categories);
        self.apply(event, &meaning, t, categories);
        let model = self.model.clone();
        let Some(decision) = decision::decide(&model, &meaning, &self.episode, &self.state, t) else {
            self.after_money(&meaning, t);
            return Ok(Vec::new());
        };
        let warning = self.explain(&decision, &meaning, t);
        self.remember(&decision, &meaning, t);
        if self.record.episode != warning.episode || self.record.entries.is_empty() {
            self.record = crate::record::Record::new(warning.episode);
        }
        self.record.warning(t, warning.level, &warning.rule, &warning.title, &warning.evidence);
        self.after_money(&meaning, t);
        log::info!("warning {} ({}) at t={}", warning.rule, warning.level, warning.t);
        Ok(vec![warning])
    }

    /// For bank apps, before the user confirms a transfer: how risky would it be
    /// now? Changes nothing but the clock: the warning is still raised when the
    /// transfer is reported as an event.
    pub fn assess_transfer(
        &mut self,
        t: Millis,
        package: Option<&str>,
        amount: Money,
        currency: &str,
        payee_new: Option<bool>,
    ) -> Result<Assessment, Error> {
        let event = Event::new(
            t,
            EventKind::TransferStarted {
                package: package.map(str::to_string),
                amount,
                currency: currency.to_string(),
                payee_new,
                payee: None,
            },
        );
        validate(&event)?;
        let t = self.clock(t)?;
        self.age(t);
        let meaning = self.meaning(&event, self.categories(&event));
        let mut fresh = self.episode.clone();
        fresh.last_gate = None;
        let warnings = decision::decide(&self.model, &meaning, &fresh, &self.state, t)
            .map(|d| self.explain(&d, &meaning, t))
            .into_iter()
            .collect();
        Ok(Assessment::from_warnings(warnings))
    }

    /// The engine's time for an event time: never backwards, never a wild leap.
    fn clock(&mut self, t: Millis) -> Result<Millis, Error> {
        // The engine's clock moves by the steps between event times, never by their
        // absolute values: a wild time (u64::MAX) cannot push it to a ceiling where it
        // would stop moving, and nothing ages backwards.
        let (Some(last), Some(raw)) = (self.last_t, self.last_raw) else {
            let now = t.min(CLOCK_CEILING);
            self.last_t = Some(now);
            self.last_raw = Some(t);
            return Ok(now);
        };
        if t < raw {
            if self.strict_time {
                return Err(Error::TimeWentBackwards { last: raw, got: t });
            }
            if raw - t > NEW_EPOCH_BACKWARDS_MS {
                // A new clock epoch (a reboot, or a bad earlier time): count from here.
                self.last_raw = Some(t);
                log::info!("clock restarted; continuing from the last time seen");
            }
            // A small step back is a race between threads: the clock stays.
            return Ok(last);
        }
        let step = t - raw;
        let step = if self.strict_time { step } else { step.min(MAX_FORWARD_JUMP_MS) };
        let now = last.saturating_add(step);
        self.last_t = Some(now);
        self.last_raw = Some(t);
        Ok(now)
    }

    /// Names the boot the event times count from (Android: `Settings.Global.BOOT_COUNT`)
    /// with one moment of it on both clocks: `elapsed_ms` on the event clock
    /// (`SystemClock.elapsedRealtime()`) and `wall_ms` on the wall clock
    /// (`System.currentTimeMillis()`). Call it when the process starts, before or after
    /// [`Engine::restore`].
    ///
    /// Same boot as the last one named: nothing changes (event times go on as they
    /// were). Another boot: the event clock restarted, so a new clock epoch starts at
    /// `elapsed_ms`, and the engine's clock first moves on by the wall-clock time that
    /// passed since the last event of the old boot (the phone was off, or rebooting),
    /// never less than zero (a wall clock set back) and never more than
    /// [`MAX_FORWARD_JUMP_MS`] (a wall clock set far ahead). A state from before the
    /// reboot thus keeps its age instead of looking as fresh as when the phone went off.
    /// No boot named before (a snapshot from an older engine): a reboot is assumed only
    /// when `elapsed_ms` is below the last event time, and no time is added.
    pub fn set_boot(&mut self, boot: u64, elapsed_ms: Millis, wall_ms: Millis) {
        let now = BootRef { boot, elapsed: elapsed_ms, wall: wall_ms };
        let before = self.boot.replace(now);
        let (Some(last), Some(raw)) = (self.last_t, self.last_raw) else {
            return; // nothing seen yet: the first event starts the clock
        };
        let gap = match before {
            Some(b) if b.boot == boot => return,
            Some(b) => {
                // The old boot's wall-clock time of its last event, through its reference moment.
                let wall_last = i128::from(b.wall) + i128::from(raw) - i128::from(b.elapsed);
                let gap = (i128::from(wall_ms) - wall_last).clamp(0, i128::from(MAX_FORWARD_JUMP_MS));
                Millis::try_from(gap).unwrap_or(0)
            }
            None if elapsed_ms < raw => 0,
            None => return,
        };
        self.last_t = Some(last.saturating_add(gap));
        self.last_raw = Some(elapsed_ms);
        log::info!("new boot: clock epoch restarted");
    }

    /// Ends calls that never reported an end, forgets faded signals and old state.
    fn age(&mut self, t: Millis) {
        if let Some(call) = &self.state.call {
            // A "digital arrest" keeps the victim on a video call for a day or more.
            // A call known only by the audio mode lasts until its end is reported,
            // or `max_reported_voip_ms` after it was last reported.
            let c = &self.model.calls;
            let reported = call.channel == crate::kinds::Channel::Voip && call.signal == Some("voip_call");
            let (from, max) = match call.channel {
                _ if reported => (call.heard, c.max_reported_voip_ms),
                crate::kinds::Channel::Voip => (call.since, c.max_voip_call_ms),
                _ => (call.since, c.max_call_ms),
            };
            if t.saturating_sub(from) > max {
                let end = from + max;
                self.state.lost_voip = reported.then_some(call.since);
                self.episode.end_live(Live::Call, None, end, &self.model);
                self.state.call = None;
            }
        }
        // Forgetting is bookkeeping, not detection: once a minute of engine time
        // is enough (signals fade over minutes to days), and it keeps the common
        // event (an app in front, a call that ends) cheap.
        if self.aged_at.is_some_and(|a| t < a.saturating_add(AGE_EVERY_MS)) {
            return;
        }
        self.aged_at = Some(t);
        self.state.expire(t);
        self.episode.prune(t, &self.model);
    }

    fn categories(&self, event: &Event) -> Categories {
        event.package().map(|p| self.catalog.categories(p)).unwrap_or_default()
    }

    /// Step 1: what the event means (`categories`: those of the event's app).
    fn meaning(&self, event: &Event, categories: Categories) -> Meaning {
        let analyze = |text: &str, source| self.text_cache.borrow_mut().analyze(text, source);
        let cx = Context {
            analyze: &analyze,
            model: &self.model,
            catalog: &self.catalog,
            state: &self.state,
            categories,
            is_service_number: &|n| Regions::builtin().is_service_number(&self.regions, n),
            steered_by: &|at| self.episode.steered_by(at),
            pitched_by: &|at| self.episode.pitched_by(at),
            currency: self.currency,
        };
        signals::meaning(event, &cx)
    }

    /// Step 2: the device state and the episode take the event in.
    fn apply(&mut self, event: &Event, meaning: &Meaning, t: Millis, categories: Categories) {
        let model = &self.model;
        let s = &mut self.state;
        // The bank's own app says the caller is the bank: the call is trusted from
        // now on, and what it weighed so far counts as a checked call.
        if meaning.bank_on_call {
            if let Some(c) = s.call.as_mut().filter(|c| c.signal.is_some()) {
                c.signal = None;
                self.episode.live_call_checked(model.calls.bank_call_factor);
            }
        }
        // Minutes spent on the line with someone the user knows check the request,
        // from the moment they add up (a video call with Dad while paying the bill
        // he asked for): seen at every event while the call is on, the one that
        // ends it included.
        if let Some(c) = s.call.as_ref().filter(|c| checks_request(c, t, model)) {
            check_request(&mut self.episode, c, model);
        }
        // And minutes with the person who asked (`claimant_talk`), while still on.
        if s.call.as_ref().is_some_and(|c| claimant_talk(&mut self.episode, c, t, model)) {
            s.claim_talked = Some(t);
        }
        if let (Some(site), Some(package)) = (meaning.official_site, event.package()) {
            s.official_site = site.then(|| (package.to_string(), t));
        }
        if meaning.government_site {
            s.government_site = Some(t);
        } else if meaning.official_site == Some(false) {
            s.government_site = None;
        } else if let (EventKind::ScreenText { package, .. }, Some(at)) = (&event.kind, s.government_site) {
            // The site's next pages (the payment step) show no address of their own.
            if s.official_site_in(package, t, crate::signals::OFFICIAL_SITE_MS)
                && t.saturating_sub(at) <= crate::signals::OFFICIAL_SITE_MS
            {
                s.government_site = Some(t);
            }
        }
        // A browser in front or showing a page: a link may have been followed.
        let in_browser = matches!(
            event.kind,
            EventKind::AppForeground { .. } | EventKind::ScreenText { .. } | EventKind::TextEntered { .. }
        );
        if in_browser && categories.contains(Category::Browser) {
            s.browser_at = Some(t);
        }
        // The sum a page asks for, and the sum a code's SMS approves: a code typed
        // into a page for far more than it showed (`DeviceState::code_for_more`).
        if let (Some(a), Some(package)) = (meaning.page_sum, event.package()) {
            s.page_showed(package, a, t);
        }
        if let Some(sum) = meaning.code_sum {
            s.code_sum = sum.map(|a| (a, t));
        }
        match &event.kind {
            EventKind::CallStarted { direction, peer, channel, app, number, .. } => {
                if s.call.take().is_some() {
                    self.episode.end_live(Live::Call, None, t, model);
                }
                let signal = meaning.signals.iter().find(|r| r.live == Live::Call).map(|r| r.id);
                s.call = Some(Call {
                    direction: *direction,
                    peer: *peer,
                    channel: *channel,
                    app: app.clone(),
                    since: t,
                    heard: t,
                    signal,
                    // The person the request came from: their new number, or their
                    // old one, saved, rung by the user soon after the message ("call
                    // them on the number you know", every advice page says). A call
                    // nobody answers rings for under a minute and checks nothing.
                    claimant: s.is_claimant(number.as_deref().and_then(crate::numbers::number_tag))
                        || (*direction == crate::kinds::Direction::Outgoing
                            && *peer == crate::kinds::Peer::Contact
                            && *channel == crate::kinds::Channel::Cellular
                            && s.claimed_within(t, CALL_BACK_MS)),
                });
                s.lost_voip = None;
                if *direction == crate::kinds::Direction::Incoming && *peer == crate::kinds::Peer::Unknown {
                    if let Some(h) = number.as_deref().and_then(crate::state::number_hash) {
                        s.stranger_rang = Some((h, t));
                    }
                }
            }
            EventKind::CallEnded | EventKind::CallState { active: false } if s.call.is_none() => {
                s.lost_voip = None;
            }
            EventKind::CallEnded | EventKind::CallState { active: false } if s.call.is_some() => {
                if let Some(c) = s.call.take() {
                    // The institution's number rung by the user on the phone network,
                    // long enough to be a talk: what a text said in its name is
                    // checked. (A contact's call checked the request while it was on:
                    // `checks_request` at the top of `apply`.)
                    let check = &model.calls.contact_check;
                    let talked = c.direction == crate::kinds::Direction::Outgoing
                        && c.channel != crate::kinds::Channel::Voip
                        && t.saturating_sub(c.since) >= check.min_call_ms;
                    if talked && c.signal == Some("call_service") {
                        self.episode.checked(&check.service_signals, c.since, check.factor, |_| true);
                    }
                    if c.signal.is_none() {
                        s.trusted_call_end = Some(t);
                    }
                    // Minutes on a chat-app call with whoever asked (a video call with
                    // the daughter on her new number) check the request too.
                    if c.channel == crate::kinds::Channel::Voip
                        && check.min_voip_ms > 0
                        && t.saturating_sub(c.since) >= check.min_voip_ms
                    {
                        self.episode.checked(&check.signals, c.since, check.factor, |_| true);
                    }
                    // A meeting in a meeting app (not a chat app's call) that is over:
                    // a lesson, a work meeting. The script keeps its meeting on while
                    // the money moves; once it ends, its length ties no later payment
                    // (its contact signal stays in the episode). Unless the app was
                    // installed at someone's asking (the refund agent's 腾讯会议):
                    // then it is their meeting, and hanging up still ties.
                    let meeting_over = c.channel == crate::kinds::Channel::Voip
                        && c.app.as_deref().is_some_and(|a| {
                            let cats = self.catalog.categories(a);
                            cats.contains(Category::Meeting)
                                && !cats.contains(Category::Messaging)
                                && self.episode.untrusted_from("meeting_app_installed", a).next().is_none()
                        });
                    let claimant = claimant_talk(&mut self.episode, &c, t, model);
                    if claimant {
                        s.claim_talked = Some(t);
                    }
                    let tie = if meeting_over || claimant { None } else { c.signal };
                    let voip = c.channel == crate::kinds::Channel::Voip;
                    s.last_call = Some((tie, c.since, t));
                    s.last_call_voip = voip;
                    if tie.is_some() && t.saturating_sub(c.since) >= model.gate.long_call_ms {
                        s.last_long_call = Some((tie, c.since, t));
                        s.last_long_voip = voip;
                    }
                    if c.is_asker() {
                        s.asker_call = Some((c.since, t));
                    }
                    // A store remote-support tool put on during this call, with no
                    // share of it seen: the session was the call's (the IT desk fixing
                    // mail over the phone) and is over with it, as a stop of its share
                    // would say; a bank app sees no other app's share. The control it
                    // was given is history from here (`signed_off`). A share seen (its
                    // stop signs off) or still running (AnyDesk left open), an app from
                    // outside the store, or a meeting app (the refund script's 腾讯会议
                    // share goes on after the call) keeps it all.
                    let mut ended: Vec<String> = Vec::new();
                    for p in s
                        .installs
                        .iter()
                        .filter(|i| i.t >= c.since)
                        .map(|i| i.package.clone())
                        .chain(s.grants.iter().filter(|g| g.t >= c.since).map(|g| g.package.clone()))
                        .filter(|p| {
                            self.catalog.is(p, Category::RemoteControl)
                                && !s.sideloaded(p)
                                && !s.shares.iter().any(|sh| sh.package.as_deref() == Some(p.as_str()))
                                && self.episode.untrusted_from("share_remote", p).next().is_none()
                        })
                    {
                        // No std sort: each instantiation costs kilobytes (small_sort).
                        if !ended.contains(&p) {
                            ended.push(p);
                        }
                    }
                    for p in &ended {
                        self.episode.signed_off(p, t, model);
                    }
                }
                self.episode.end_live(Live::Call, None, t, model);
            }
            // An account typed by hand is a new payee, unless the bank names a public
            // body or a school as its holder (bank_screen::public_payee).
            EventKind::TextEntered { package, field: crate::kinds::Field::Account, text }
                if !text.is_empty() =>
            {
                if crate::bank_screen::public_payee(text, true) {
                    s.payee_typed = None;
                    s.payee_public = Some((package.clone(), t));
                } else if s.payee_public_in(package, t, crate::signals::PAYEE_TYPED_MS) {
                    // The biller or council the bank just named, and now its
                    // reference or account: still that payee.
                } else {
                    s.payee_typed = Some((package.clone(), t));
                    s.payee_public = None;
                }
            }
            // A bank's name check or biller list naming a public body or a school.
            // Only a bank's or wallet's own screen: in a chat app that also pays,
            // the words may be anyone's.
            EventKind::ScreenText { package, text } if crate::signals::is_bank_screen(categories) => {
                // A public body or school named as payee, or the user's own account
                // (a savings pot): where the user's own money goes. Money moved
                // between one's own accounts during a call is what the refund script
                // has the victim do to fake an overpayment: only with no call on.
                if let Some(c) = crate::amount::Currency::only_code_in(text) {
                    s.screen_currency = Some((package.clone(), c, t));
                }
                if crate::bank_screen::registered_payee(text) {
                    s.payee_registered = Some((package.clone(), t));
                }
                let own = s.call.is_none() && crate::bank_screen::own_account(text);
                if crate::bank_screen::public_payee(text, false) || own {
                    s.payee_typed = None;
                    s.payee_public = Some((package.clone(), t));
                } else if crate::bank_screen::person_payment(text)
                    && s.payee_public.as_ref().is_some_and(|(p, _)| p == package)
                {
                    // The user left the biller for a payment to a person.
                    s.payee_public = None;
                }
            }
            // The new number saved just after minutes on the line with the person who
            // wrote from it is theirs (`signals` raises nothing for it either): later
            // calls from contacts are not a stranger's who asked to be saved.
            EventKind::ContactAdded { .. }
                if s.claim_talked
                    .is_some_and(|at| t.saturating_sub(at) <= crate::signals::CLAIM_SAVED_MS) => {}
            EventKind::ContactAdded { number } => s.contact_added(number.as_deref().and_then(number_hash), t),
            EventKind::AppForeground { package } => {
                // Reuse the previous name's buffer: the app in front changes constantly.
                match &mut s.foreground {
                    Some((name, at)) => {
                        name.clear();
                        name.push_str(package);
                        *at = t;
                    }
                    None => s.foreground = Some((package.clone(), t)),
                }
                s.foreground_categories = categories;
            }
            EventKind::AppInstalled { package, installer, label } => s.installed(Install {
                package: package.clone(),
                installer_kind: self.catalog.installer_kind(installer.as_deref()),
                label: label.clone(),
                t,
            }),
            EventKind::AppRemoved { package } => {
                s.removed(package);
                self.episode.app_removed(package);
            }
            EventKind::ScreenShareStarted { package } => s.share_started(package.clone(), t),
            EventKind::ScreenShareStopped { package } => {
                // A store remote tool's session visibly ended: the session and what
                // it was granted are history from now on, and weigh as such (see
                // `signed_off`).
                self.episode.end_live(Live::Share, package.as_deref(), t, model);
                // Once per session: a repeated stop would share the weight out again.
                let running = |p: &str| s.shares.iter().any(|sh| sh.package.as_deref() == Some(p));
                if let Some(p) = package.as_deref().filter(|p| !s.sideloaded(p) && running(p)) {
                    self.episode.signed_off(p, t, model);
                }
                s.share_stopped(package.as_deref());
            }
            EventKind::AccessibilityEnabled { package, .. }
                if meaning.signals.iter().any(|r| r.id.starts_with("a11y_")) =>
            {
                s.granted(package.clone(), t);
            }
            EventKind::PlatformRisk { kind, package } => match kind {
                crate::kinds::RiskKind::ScreenCaptured => s.platform_capture = Some(t),
                crate::kinds::RiskKind::DeviceControlled => s.platform_control = Some(t),
                crate::kinds::RiskKind::VoipCall => match s.call.as_mut() {
                    // Reported again: the same call is still on.
                    Some(c) if c.channel == crate::kinds::Channel::Voip => c.heard = t,
                    Some(_) => {}
                    None => {
                        s.call = Some(Call {
                            direction: crate::kinds::Direction::Incoming,
                            peer: crate::kinds::Peer::Unverified,
                            channel: crate::kinds::Channel::Voip,
                            app: package.clone(),
                            since: s.lost_voip.take().unwrap_or(t),
                            heard: t,
                            signal: Some("voip_call"),
                            claimant: false,
                        })
                    }
                },
                _ => {}
            },
            _ => {}
        }
        for a in &meaning.demanded {
            self.state.demanded(*a, t);
        }
        for n in &meaning.numbers {
            self.state.number_seen(*n, t);
        }
        for n in &meaning.official_numbers {
            self.state.official_number_seen(*n, t);
        }
        for n in &meaning.met_online {
            self.state.met(*n, t);
        }
        for n in &meaning.met_in_person {
            self.state.met_in_person(*n);
        }
        if let Some(n) = meaning.claimant {
            self.state.claimed(n, t);
        }
        for r in &meaning.signals {
            let Some(spec) = model.signal(r.id) else { continue };
            let since = match (&r.live, &self.state.call) {
                (Live::Call, Some(c)) => c.since,
                _ => t,
            };
            let sig = Signal {
                id: r.id,
                stage: spec.stage,
                weight: spec.weight * r.factor,
                half_life_ms: spec.half_life_min * 60_000.0,
                t,
                since,
                live: r.live,
                package: r.package.clone(),
                fact: r.fact.clone(),
                // `anchors.when_asked`: seen with nobody behind the episode yet
                // (no stranger's call, no scam talk), it is the user's own.
                trusted: r.trusted
                    || (model.anchors.only_when_asked(r.id) && !self.episode.someone_behind(t, model)),
            };
            self.episode.add(sig, t, model);
        }
    }

    /// Step 4: the warning a person reads.
    fn explain(&self, d: &Decision<'_>, meaning: &Meaning, t: Millis) -> Warning {
        let x = Explainer {
            model: &self.model,
            messages: &self.messages,
            catalog: &self.catalog,
            state: &self.state,
            lang: self.lang,
            advice: &|key| match AdviceKey::from_wire(key) {
                Some(k) => Regions::builtin().advice(&self.regions, k, self.lang.wire_name()),
                None => Vec::new(),
            },
        };
        let trigger = meaning
            .money_left
            .as_ref()
            .or(meaning.gate.as_ref().map(|g| &g.fact))
            .or(meaning.signals.first().map(|r| &r.fact));
        x.warning(d, &self.episode, trigger, t, self.episode.start.unwrap_or(t))
    }

    fn remember(&mut self, d: &Decision<'_>, meaning: &Meaning, t: Millis) {
        if self.episode.start.is_none() {
            self.episode.start = Some(t);
        }
        if meaning.gate.is_some() {
            self.episode.last_gate = Some((d.level, t));
        }
        self.episode.record(&d.pattern.id, d.level, t);
    }

    /// Money that moved is part of the chain from now on.
    fn after_money(&mut self, meaning: &Meaning, t: Millis) {
        let Some(gate) = &meaning.gate else { return };
        if gate.kind == crate::model::GateKind::Credentials || !self.episode.is_open() {
            return;
        }
        let Some(spec) = self.model.signal("money_step") else { return };
        let sig = Signal {
            id: "money_step",
            stage: spec.stage,
            weight: spec.weight,
            half_life_ms: spec.half_life_min * 60_000.0,
            t,
            since: t,
            live: Live::No,
            package: None,
            fact: gate.fact.clone(),
            trusted: false,
        };
        let model = self.model.clone();
        self.episode.add(sig, t, &model);
    }

    /// A person's name for an app (catalog label, install label, or the package).
    pub(crate) fn label(&self, package: &str) -> String {
        explain::label(&self.catalog, &self.state, self.lang, package)
    }

    /// `label`, or "an unknown app" when the observer could not tell which app it was.
    pub(crate) fn app_name(&self, package: Option<&str>) -> String {
        match package {
            Some(p) => self.label(p),
            None => self.messages.word("unknown_app", self.lang),
        }
    }

    /// The scam word a person would see in the event's visible text (for the
    /// replay timeline): the strongest finding of the text analysis.
    pub fn scam_word(&self, event: &Event) -> Option<String> {
        use crate::text::Source;
        let (text, source) = match &event.kind {
            EventKind::SmsReceived { text, .. } => (text, Source::SmsUnknown),
            EventKind::ScreenText { text, .. } => (text, Source::Screen),
            EventKind::Notification { text, .. } => (text, Source::Notification),
            _ => return None,
        };
        self.text_cache
            .borrow_mut()
            .analyze(text, source)
            .analysis
            .findings
            .into_iter()
            .next()
            .map(|f| f.word)
    }

    /// The device state and episode as a snapshot (versioned, checksummed, no raw
    /// numbers or typed text) to save before the process may die.
    pub fn snapshot(&self) -> String {
        let clock = crate::snapshot::Clock {
            last_t: self.last_t,
            last_raw: self.last_raw,
            aged_at: self.aged_at,
            boot: self.boot,
        };
        crate::snapshot::write(&self.state, &self.episode, &self.record, clock)
    }

    /// Restores a snapshot taken by [`Engine::snapshot`]. A corrupt, truncated,
    /// altered or other-version snapshot is refused and the engine keeps its state.
    /// A boot named with [`Engine::set_boot`] before the restore applies to the
    /// restored clock (a snapshot from before a reboot keeps its age).
    pub fn restore(&mut self, snapshot: &str) -> Result<(), Error> {
        let r = crate::snapshot::read(snapshot).map_err(Error::Snapshot)?;
        let current_boot = self.boot;
        self.state = r.state;
        if let Some((p, _)) = &self.state.foreground {
            self.state.foreground_categories = self.catalog.categories(p);
        }
        self.episode = r.episode;
        self.record = r.record;
        self.last_t = r.clock.last_t;
        self.last_raw = r.clock.last_raw.or(r.clock.last_t);
        self.aged_at = r.clock.aged_at;
        self.boot = r.clock.boot;
        if let Some(b) = current_boot {
            self.set_boot(b.boot, b.elapsed, b.wall);
        }
        Ok(())
    }

    /// Forgets everything the engine saw (the device state, the episode, the clock);
    /// the model, catalog, language and the boot named with [`Engine::set_boot`] stay.
    pub fn reset(&mut self) {
        self.state = DeviceState::default();
        self.episode = Episode::default();
        self.record = crate::record::Record::default();
        self.last_t = None;
        self.last_raw = None;
        self.aged_at = None;
    }

    /// Records what the user chose on a warning (`dismissed`, `cancelled`,
    /// `proceeded`, `called_bank`, `ended_call`, `stopped_sharing`) in the episode's record.
    pub fn record_choice(&mut self, t: Millis, choice: &str) -> Result<(), Error> {
        if self.record.entries.is_empty() {
            return Err(Error::InvalidArgument("record_choice: no warning to answer".into()));
        }
        if !self.record.choice(t, choice) {
            return Err(Error::InvalidArgument("record_choice: unknown choice".into()));
        }
        Ok(())
    }

    /// The last episode's evidence record as JSON, signed when a 32-byte Ed25519
    /// seed (hex) is given. Verify it offline with `scamguard evidence verify`.
    pub fn export_record(&self, seed_hex: Option<&str>) -> Result<String, Error> {
        let mut r = self.record.clone();
        if let Some(seed) = seed_hex {
            r.sign(seed).map_err(|_| {
                Error::InvalidArgument("export_record: key is not a 32-byte seed in hex".into())
            })?;
        }
        Ok(r.to_json())
    }

    /// The highest level warned in the current episode.
    pub fn episode_level(&self) -> Option<Level> {
        self.episode.max_level()
    }
}

/// The currency of amounts that do not name one, for a home region.
fn home_currency(home: Region) -> crate::amount::Currency {
    crate::amount::Currency::from_code(Regions::builtin().currency(home))
        .or_else(|| crate::amount::Currency::from_code("CNY"))
        .expect("CNY is a currency")
}

/// Rejects what no observer should send: empty or absurd package names.
fn validate(event: &Event) -> Result<(), Error> {
    let check = |what: &str, p: &str| {
        // Package names are ASCII; a byte scan is enough to refuse blanks and spaces.
        // ASCII whitespace and the control bytes are exactly the bytes up to 0x20.
        if p.is_empty() || p.len() > 255 || p.bytes().any(|b| b <= 0x20) {
            Err(Error::InvalidArgument(format!("{}: `{what}` is not a package name", event.event_type())))
        } else {
            Ok(())
        }
    };
    if let Some(p) = event.package() {
        check("package", p)?;
    }
    if let EventKind::AppInstalled { installer: Some(i), .. } = &event.kind {
        check("installer", i)?;
    }
    let currency = match &event.kind {
        EventKind::TransferStarted { currency, .. } => Some(currency.as_str()),
        EventKind::PaymentPrompt { currency, .. } => currency.as_deref(),
        _ => None,
    };
    if let Some(c) = currency {
        if c.is_empty() || c.len() > 8 {
            return Err(Error::InvalidArgument(format!(
                "{}: `currency` must be a currency code",
                event.event_type()
            )));
        }
    }
    Ok(())
}

/// A call with someone the user knows that checks what was asked: one the user
/// placed on the phone network, long enough to be a talk and not a voicemail (a
/// contact who happens to ring is no check), or minutes on a chat-app call with
/// them (`calls.contact_check`).
fn checks_request(c: &crate::state::Call, t: Millis, model: &Model) -> bool {
    let check = &model.calls.contact_check;
    let length = t.saturating_sub(c.since);
    c.signal.is_none()
        && match c.channel {
            crate::kinds::Channel::Voip => check.min_voip_ms > 0 && length >= check.min_voip_ms,
            _ => c.direction == crate::kinds::Direction::Outgoing && length >= check.min_call_ms,
        }
}

/// How soon after a relative's or a boss's message a call the user places to a
/// saved contact is the check of it (`Call::claimant`).
const CALL_BACK_MS: Millis = 30 * 60_000;

/// Minutes on the line with the person who asked: the number
/// that wrote as the son ("Dad it's Liam, on Josh's phone"), on the phone network
/// either way, or a chat call in the app whose unsaved number wrote it. The
/// father who hears his son has checked him: the claim and the call itself keep
/// `contact_check.factor` of their weight, and the call ties no later payment.
/// "Hi Mum" scammers and fake bosses avoid calls (the voice would give them away).
/// Seen at every event while the call is on, from the moment its minutes add up (a
/// video call with the daughter on her new number while she guides the payment), and
/// at its end.
fn claimant_talk(episode: &mut Episode, c: &crate::state::Call, t: Millis, model: &Model) -> bool {
    let check = &model.calls.contact_check;
    let length = t.saturating_sub(c.since);
    let talked = match c.channel {
        crate::kinds::Channel::Voip => {
            check.min_voip_ms > 0
                && length >= check.min_voip_ms
                && c.signal.is_some()
                && c.app
                    .as_deref()
                    .is_some_and(|a| episode.claim_talked(&check.signals, c.since, check.factor, Some(a)))
        }
        _ if c.claimant && length >= check.min_call_ms => {
            episode.claim_talked(&check.signals, c.since, check.factor, None);
            true
        }
        _ => false,
    };
    if talked {
        episode.live_call_checked(check.factor);
    }
    talked
}

/// The request raised before the call (`since`) is checked. A phone call the user
/// placed also checks the bank words of the notification that carried it; a chat
/// call does not: the romance "friend" saved as a contact talks on video for
/// hours, and a hijacked account answers its own calls.
fn check_request(episode: &mut Episode, c: &crate::state::Call, model: &Model) {
    let check = &model.calls.contact_check;
    episode.checked(&check.signals, c.since, check.factor, |_| true);
    if c.channel != crate::kinds::Channel::Voip {
        let notice = |f: &Fact| matches!(f, Fact::Words { source: WordSource::Notification, .. });
        episode.checked(&check.notification_signals, c.since, check.factor, notice);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Source;

    #[test]
    fn a_read_carries_the_numbers_and_code_of_its_text_once_per_source_and_text() {
        let mut cache = TextCache::default();
        let sms = "Santander: Your One Time Passcode is 81 44 20. If this wasn't you call 02 8000 1122.";
        let read = cache.analyze(sms, Source::SmsUnknown);
        // Six digits read as a number too: the code's (as `numbers_in` has always read it).
        let tags: Vec<u32> =
            ["814420", "0280001122"].iter().filter_map(|n| crate::numbers::number_tag(n)).collect();
        assert_eq!(read.numbers, tags);
        assert!(read.carries_code);
        // Read again: the kept read, no second entry.
        let again = cache.analyze(sms, Source::SmsUnknown);
        assert_eq!((&again.numbers, again.carries_code), (&read.numbers, true));
        assert_eq!(cache.entries.len(), 1);
        // The same text from another source is another read.
        assert!(cache.analyze(sms, Source::Screen).carries_code);
        assert_eq!(cache.entries.len(), 2);
        let plain = cache.analyze("Dinner at 7? Table for 1234 at 19.30", Source::SmsContact);
        assert!(plain.numbers.is_empty() && !plain.carries_code);
    }
}

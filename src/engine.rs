//! The engine: feeds events into the device state, evaluates the rules, and
//! returns warnings. Single-threaded by design (`&mut self`); the JNI layer
//! wraps it in a mutex.

use crate::amount::Money;
use crate::catalog::{Catalog, Categories};
use crate::error::Error;
use crate::event::{Event, EventKind, Millis};
use crate::kinds::{Category, InstallerKind, Lang, Level, Peer, Setting, Stage};
use crate::messages::Messages;
use crate::rules::{Ctx, Rules};
use crate::state::{Call, DeviceState, Evidence, EvidenceItem, Install, MoneyStep, SettingChange, Source};
use crate::warning::{Assessment, Warning};

/// At most this many evidence lines in one warning: the most recent links.
const MAX_EVIDENCE_LINES: usize = 8;

/// When a rule last fired, so one episode does not repeat the same warning.
#[derive(Debug, Clone, Copy)]
struct Fired {
    t: Millis,
    level: Level,
    episode: Millis,
}

/// The detection engine. `Send`, not `Sync`: share it behind a mutex.
pub struct Engine {
    rules: Rules,
    catalog: Catalog,
    messages: Messages,
    state: DeviceState,
    fired: Vec<Option<Fired>>,
    lang: Lang,
    last_t: Option<Millis>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

/// Facts derived once per event, before the state changes.
struct Facts {
    categories: Categories,
    amount: Option<Money>,
    installer_kind: Option<InstallerKind>,
}

impl Engine {
    /// The built-in rule pack and app catalog, warnings in zh-CN.
    pub fn new() -> Engine {
        Engine::with_rules(Rules::builtin())
    }

    fn with_rules(rules: Rules) -> Engine {
        Engine {
            fired: vec![None; rules.len()],
            rules,
            catalog: Catalog::builtin(),
            messages: Messages::builtin(),
            state: DeviceState::default(),
            lang: Lang::ZhCn,
            last_t: None,
        }
    }

    /// A given rule pack (JSON) instead of the built-in one.
    pub fn with_rule_pack(json: &str) -> Result<Engine, Error> {
        Ok(Engine::with_rules(Rules::from_json(json).map_err(Error::RulePack)?))
    }

    /// Replaces the rules, keeping the device state. On error the previous rules
    /// stay in force. Cooldowns start afresh: the new rules have not fired yet.
    pub fn load_rules(&mut self, json: &str) -> Result<(), Error> {
        let rules = Rules::from_json(json).map_err(Error::RulePack)?;
        self.fired = vec![None; rules.len()];
        self.rules = rules;
        Ok(())
    }

    /// Ids of the rules in force, in pack order.
    pub fn rule_ids(&self) -> Vec<&str> {
        self.rules.pack.rules.iter().map(|r| r.id.as_str()).collect()
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Adds a category to a package at run time (e.g. a vendor's list of local banks).
    pub fn add_app(&mut self, package: &str, category: Category, label: Option<&str>) -> Result<(), Error> {
        self.catalog.add(package, category, label).map_err(Error::InvalidArgument)
    }

    pub(crate) fn messages(&self) -> &Messages {
        &self.messages
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The device state as the engine sees it (read-only; for diagnostics and tests).
    pub fn state(&self) -> &DeviceState {
        &self.state
    }

    /// Feeds one event; returns the warnings it raised (at most one: the most
    /// severe rule that matched; the others that matched are treated as said).
    ///
    /// A rejected event (time going backwards, an empty package name) changes nothing.
    pub fn observe(&mut self, event: &Event) -> Result<Vec<Warning>, Error> {
        self.check_time(event.t)?;
        validate(event)?;
        self.last_t = Some(event.t);
        let facts = self.facts(event);
        let hits = self.scan(event);
        self.update_state(event, &facts, &hits);
        let matched = self.matching(event, &facts, &hits);
        self.apply_marks(event, &facts, &hits, &matched);

        let episode = self.current_episode(event.t);
        let allowed: Vec<(usize, Level)> =
            matched.into_iter().filter(|&(i, level)| self.may_fire(i, level, event.t, episode)).collect();
        let Some(&(top, level)) = allowed.iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))) else {
            return Ok(Vec::new());
        };
        for &(i, l) in &allowed {
            self.fired[i] = Some(Fired { t: event.t, level: l, episode });
        }
        let warning = self.warning(top, level, event, &facts, &hits, episode);
        log::info!("warning {} ({}) at t={}", warning.rule, warning.level, warning.t);
        Ok(vec![warning])
    }

    /// For bank apps, before the user confirms a transfer: which rules would a
    /// transfer now trip? Records the attempt (as a money step in the device
    /// state) and nothing else: no cooldowns are consumed, so the warning can
    /// still be raised when the transfer is reported as an event.
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
        self.check_time(t)?;
        validate(&event)?;
        self.last_t = Some(t);
        let facts = self.facts(&event);
        self.update_state(&event, &facts, &[]);
        let matched = self.matching(&event, &facts, &[]);
        let episode = self.current_episode(t);
        let warnings = matched
            .into_iter()
            .map(|(i, level)| self.warning(i, level, &event, &facts, &[], episode))
            .collect();
        Ok(Assessment::from_warnings(warnings))
    }

    fn check_time(&self, t: Millis) -> Result<(), Error> {
        match self.last_t {
            Some(last) if t < last => Err(Error::TimeWentBackwards { last, got: t }),
            _ => Ok(()),
        }
    }

    fn facts(&self, event: &Event) -> Facts {
        let mut categories = event.package().map(|p| self.catalog.categories(p)).unwrap_or_default();
        let mut amount = None;
        let mut installer_kind = None;
        match &event.kind {
            EventKind::TextEntered { field: crate::kinds::Field::Amount, text, .. } => {
                amount = Money::parse(text).ok().filter(|m| m.fen() > 0);
            }
            EventKind::TransferStarted { amount: a, .. } => {
                // Only bank and payment apps report transfers, whatever the package.
                categories = categories.with(Category::Bank);
                amount = Some(*a);
            }
            EventKind::AppInstalled { installer, .. } => {
                installer_kind = Some(self.catalog.installer_kind(installer.as_deref()));
            }
            _ => {}
        }
        Facts { categories, amount, installer_kind }
    }

    /// Vocabulary hits in the event's visible text (never in typed text).
    pub(crate) fn scan<'e>(&self, event: &'e Event) -> Vec<Option<&'e str>> {
        match &event.kind {
            EventKind::SmsReceived { text, .. } | EventKind::ScreenText { text, .. } => self.rules.scan(text),
            EventKind::Notification { title, text, .. } => {
                let mut hits = self.rules.scan(text);
                if let Some(title) = title {
                    for (h, th) in hits.iter_mut().zip(self.rules.scan(title)) {
                        if h.is_none() {
                            *h = th;
                        }
                    }
                }
                hits
            }
            _ => Vec::new(),
        }
    }

    fn update_state(&mut self, event: &Event, facts: &Facts, hits: &[Option<&str>]) {
        let t = event.t;
        let s = &mut self.state;
        match &event.kind {
            EventKind::CallStarted { direction, peer, channel, app, .. } => s.call_started(Call {
                direction: *direction,
                peer: *peer,
                channel: *channel,
                app: app.clone(),
                since: t,
                ended: None,
            }),
            EventKind::CallEnded => {
                if s.stranger_call_active() {
                    // A long call keeps the contact stage fresh until it ends.
                    s.episode.mark(Stage::Contact, t, self.rules.windows().episode_ms);
                }
                s.call_ended(t);
            }
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
                s.foreground_categories = facts.categories;
            }
            EventKind::AppInstalled { package, label, .. } => s.installed(Install {
                package: package.clone(),
                installer_kind: facts.installer_kind.unwrap_or(InstallerKind::Unknown),
                label: label.clone(),
                t,
            }),
            EventKind::AppRemoved { package } => s.removed(package),
            EventKind::ScreenShareStarted { package } => s.share_started(package.clone(), t),
            EventKind::ScreenShareStopped { package } => s.share_stopped(package.as_deref()),
            EventKind::AccessibilityEnabled { package, .. } => {
                if !facts.categories.contains(Category::Accessibility) {
                    s.granted(package.clone(), t);
                }
            }
            EventKind::OverlayShown { package } => s.overlay(package.clone(), t),
            EventKind::SettingChanged { setting, enabled, .. } => {
                s.setting(SettingChange { setting: *setting, enabled: *enabled, t })
            }
            EventKind::TextEntered { package, .. } => {
                if let Some(amount) = facts.amount {
                    s.money_step(MoneyStep { package: Some(package.clone()), amount, transfer: false, t });
                }
            }
            EventKind::TransferStarted { package, amount, .. } => {
                s.money_step(MoneyStep { package: package.clone(), amount: *amount, transfer: true, t })
            }
            EventKind::ScreenText { .. } | EventKind::Notification { .. } | EventKind::SmsReceived { .. } => {
            }
            _ => {}
        }
        let w = self.rules.windows();
        let horizon = w.sideload_ms.max(w.episode_ms).max(w.remote_control_ms).max(w.stranger_call_ms);
        s.expire(t, horizon);
        // Stages the event shows by itself (cheap test first: most events show none).
        if !may_mark_stage(event, facts) {
            return;
        }
        if let Some(what) = self.describe(event, facts, hits) {
            if let Some(stage) = what.stage() {
                let window = self.rules.windows().episode_ms;
                self.state.episode.mark(stage, t, window);
                self.state.episode.add_evidence(EvidenceItem { t, what });
            }
        }
    }

    fn matching(&self, event: &Event, facts: &Facts, hits: &[Option<&str>]) -> Vec<(usize, Level)> {
        let ctx = Ctx {
            event,
            t: event.t,
            categories: facts.categories,
            amount: facts.amount,
            installer_kind: facts.installer_kind,
            vocab_hits: hits,
            state: &self.state,
        };
        self.rules
            .for_type(event.event_type())
            .iter()
            .filter_map(|&i| self.rules.evaluate(i, &ctx).map(|level| (i, level)))
            .collect()
    }

    /// Stages that matching rules reveal (scam vocabulary → pretext, and so on).
    fn apply_marks(
        &mut self,
        event: &Event,
        facts: &Facts,
        hits: &[Option<&str>],
        matched: &[(usize, Level)],
    ) {
        let window = self.rules.windows().episode_ms;
        let mut marked = false;
        for &(i, _) in matched {
            let rule = &self.rules.pack.rules[i];
            for &stage in &rule.marks {
                self.state.episode.mark(stage, event.t, window);
                marked = true;
            }
        }
        if marked {
            if let Some(what) = self.describe(event, facts, hits) {
                self.state.episode.add_evidence(EvidenceItem { t: event.t, what });
            }
        }
    }

    fn current_episode(&self, t: Millis) -> Millis {
        let e = &self.state.episode;
        if e.stage_count(t, self.rules.windows().episode_ms) > 0 {
            e.start
        } else {
            t
        }
    }

    /// The same rule stays quiet within one episode and its cooldown, unless its level rises.
    fn may_fire(&self, i: usize, level: Level, t: Millis, episode: Millis) -> bool {
        let cooldown = self.rules.rule(i).cooldown_ms.unwrap_or(self.rules.windows().cooldown_ms);
        match self.fired[i] {
            None => true,
            Some(f) => f.episode != episode || level > f.level || t.saturating_sub(f.t) >= cooldown,
        }
    }

    /// What the event shows, as a link of the evidence chain.
    fn describe(&self, event: &Event, facts: &Facts, hits: &[Option<&str>]) -> Option<Evidence> {
        let cats = facts.categories;
        let word = || hits.iter().flatten().next().map(|w| w.to_string());
        Some(match &event.kind {
            EventKind::CallStarted { peer, channel, .. } if *peer != Peer::Contact => {
                Evidence::StrangerCall { peer: *peer, channel: *channel, since: event.t }
            }
            EventKind::ScreenShareStarted { package } => Evidence::ScreenShare { app: package.clone() },
            EventKind::AccessibilityEnabled { package, .. } if !cats.contains(Category::Accessibility) => {
                Evidence::Accessibility { app: package.clone() }
            }
            EventKind::AppInstalled { package, installer, .. } => {
                if facts.installer_kind == Some(InstallerKind::NonStore) {
                    Evidence::Sideload { app: package.clone(), installer: installer.clone() }
                } else if cats.contains(Category::Meeting) || cats.contains(Category::RemoteControl) {
                    Evidence::RemoteApp { app: package.clone() }
                } else if cats.contains(Category::Loan) {
                    Evidence::LoanApp { app: package.clone() }
                } else {
                    return None;
                }
            }
            EventKind::SettingChanged { setting: Setting::InstallUnknownApps, enabled: true, .. } => {
                Evidence::UnknownSources
            }
            EventKind::SettingChanged { setting: Setting::BankNotificationsOff, enabled: true, .. } => {
                Evidence::BankNotificationsOff
            }
            EventKind::OverlayShown { package } if !cats.contains(Category::Accessibility) => {
                Evidence::Overlay { app: package.clone() }
            }
            EventKind::AppForeground { package } if cats.contains(Category::Loan) => {
                Evidence::LoanApp { app: package.clone() }
            }
            EventKind::AppForeground { package }
                if cats.contains(Category::Bank) || cats.contains(Category::Payment) =>
            {
                Evidence::MoneyApp { app: package.clone() }
            }
            EventKind::TextEntered { package, .. } if facts.amount.is_some() && is_money_app(cats) => {
                Evidence::Amount { app: package.clone(), amount: facts.amount? }
            }
            EventKind::TransferStarted { package, amount, payee_new, .. } => Evidence::Transfer {
                app: package.clone(),
                amount: *amount,
                payee_new: payee_new.unwrap_or(false),
            },
            EventKind::SmsReceived { .. } => Evidence::ScamWords { source: Source::Sms, word: word()? },
            EventKind::Notification { .. } => {
                Evidence::ScamWords { source: Source::Notification, word: word()? }
            }
            EventKind::ScreenText { .. } => Evidence::ScamWords { source: Source::Screen, word: word()? },
            _ => return None,
        })
    }

    fn warning(
        &self,
        i: usize,
        level: Level,
        event: &Event,
        facts: &Facts,
        hits: &[Option<&str>],
        episode: Millis,
    ) -> Warning {
        let rule = self.rules.rule(i);
        let lang = self.lang;
        let mut chain: Vec<EvidenceItem> = if self.state.episode.start == episode {
            self.state.episode.evidence.iter().cloned().collect()
        } else {
            Vec::new()
        };
        if let Some(what) = self.describe(event, facts, hits) {
            if !chain.iter().any(|e| e.what == what) {
                chain.push(EvidenceItem { t: event.t, what });
            }
        }
        let evidence =
            keep_essential(chain, MAX_EVIDENCE_LINES).iter().map(|item| self.render(item, event.t)).collect();
        let actions = rule
            .actions
            .iter()
            .filter_map(|a| self.rules.pack.actions.get(a))
            .map(|text| text.get(lang).to_string())
            .collect();
        Warning {
            t: event.t,
            level,
            rule: rule.id.clone(),
            title: rule.title.get(lang).to_string(),
            message: rule.message.get(lang).to_string(),
            evidence,
            actions,
            lang,
            episode,
        }
    }

    /// One evidence line, in the engine's language, relative to `now`.
    fn render(&self, item: &EvidenceItem, now: Millis) -> String {
        let lang = self.lang;
        let m = &self.messages;
        let secs = now.saturating_sub(item.t) / 1000;
        let ago = if secs < 60 {
            m.word("just_now", lang)
        } else if secs < 3600 {
            crate::messages::fill(&m.word("minutes_ago", lang), &[("n", &(secs / 60).to_string())])
        } else {
            crate::messages::fill(&m.word("hours_ago", lang), &[("n", &(secs / 3600).to_string())])
        };
        let app = |p: &Option<String>| self.app_name(p.as_deref());
        let (key, args): (&str, Vec<(&str, String)>) = match &item.what {
            Evidence::StrangerCall { peer, channel, since } => {
                let mut peer_word = m.word(&format!("peer_{peer}"), lang);
                if self.state.call.as_ref().is_some_and(|c| c.since == *since) {
                    peer_word.push_str(&m.word("ongoing", lang));
                }
                (
                    "stranger_call",
                    vec![("peer", peer_word), ("channel", m.word(&format!("channel_{channel}"), lang))],
                )
            }
            Evidence::ScamWords { source, word } => {
                let source = match source {
                    Source::Sms => "source_sms",
                    Source::Notification => "source_notification",
                    Source::Screen => "source_screen",
                };
                ("scam_words", vec![("source", m.word(source, lang)), ("word", word.clone())])
            }
            Evidence::LoanApp { app: a } => ("loan_app", vec![("app", self.label(a))]),
            Evidence::ScreenShare { app: a } => ("screen_share", vec![("app", app(a))]),
            Evidence::Accessibility { app: a } => ("accessibility", vec![("app", self.label(a))]),
            Evidence::Sideload { app: a, installer } => {
                let installer = match installer {
                    Some(i) => self.label(i),
                    None => m.word("unknown_installer", lang),
                };
                ("sideload", vec![("app", self.label(a)), ("installer", installer)])
            }
            Evidence::RemoteApp { app: a } => ("remote_app", vec![("app", self.label(a))]),
            Evidence::UnknownSources => ("unknown_sources", vec![]),
            Evidence::BankNotificationsOff => ("bank_notifications_off", vec![]),
            Evidence::Overlay { app: a } => ("overlay", vec![("app", self.label(a))]),
            Evidence::MoneyApp { app: a } => ("money_app", vec![("app", self.label(a))]),
            Evidence::Amount { app: a, amount } => {
                ("amount", vec![("app", self.label(a)), ("amount", amount.to_string())])
            }
            Evidence::Transfer { app: a, amount, payee_new } => {
                let payee = if *payee_new { m.word("payee_new", lang) } else { String::new() };
                ("transfer", vec![("app", app(a)), ("amount", amount.to_string()), ("payee", payee)])
            }
        };
        let mut all: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        all.push(("ago", &ago));
        m.evidence(key, lang, &all)
    }

    /// `label`, or "an unknown app" when the observer could not tell which app it was.
    pub(crate) fn app_name(&self, package: Option<&str>) -> String {
        match package {
            Some(p) => self.label(p),
            None => self.messages.word("unknown_app", self.lang),
        }
    }

    /// A person's name for an app: the catalog's label, the label it was
    /// installed with, or else its package name.
    pub(crate) fn label(&self, package: &str) -> String {
        if let Some(info) = self.catalog.get(package) {
            let l = match self.lang {
                Lang::ZhCn | Lang::ZhHk => &info.label_zh,
                Lang::En => &info.label_en,
            };
            if !l.is_empty() {
                return l.clone();
            }
        }
        if let Some(label) = self.state.install_of(package).and_then(|i| i.label.as_ref()) {
            return label.clone();
        }
        package.to_string()
    }
}

/// Shortens a chain to `max` links, keeping the call that started it all (the
/// contact stage) and otherwise the most recent links, in time order.
fn keep_essential(chain: Vec<EvidenceItem>, max: usize) -> Vec<EvidenceItem> {
    if chain.len() <= max {
        return chain;
    }
    let contact = |e: &EvidenceItem| e.what.stage() == Some(Stage::Contact);
    let calls = chain.iter().filter(|e| contact(e)).count().min(max / 2);
    let mut others_left = max - calls;
    let mut calls_left = calls;
    let mut kept: Vec<EvidenceItem> = Vec::with_capacity(max);
    for item in chain.into_iter().rev() {
        if contact(&item) && calls_left > 0 {
            calls_left -= 1;
            kept.push(item);
        } else if !contact(&item) && others_left > 0 {
            others_left -= 1;
            kept.push(item);
        }
    }
    kept.reverse();
    kept
}

/// Whether `describe` could return a stage-marking link for this event; a fast
/// filter so that ordinary events (screen text, a chat app in front) allocate nothing.
fn may_mark_stage(event: &Event, facts: &Facts) -> bool {
    match &event.kind {
        EventKind::CallStarted { peer, .. } => *peer != Peer::Contact,
        EventKind::AppForeground { .. } => facts.categories.contains(Category::Loan),
        EventKind::TextEntered { .. } => facts.amount.is_some() && is_money_app(facts.categories),
        EventKind::SettingChanged { enabled, .. } => *enabled,
        EventKind::AppInstalled { .. }
        | EventKind::ScreenShareStarted { .. }
        | EventKind::AccessibilityEnabled { .. }
        | EventKind::TransferStarted { .. } => true,
        EventKind::CallEnded
        | EventKind::AppRemoved { .. }
        | EventKind::ScreenShareStopped { .. }
        | EventKind::OverlayShown { .. }
        | EventKind::ScreenText { .. }
        | EventKind::Notification { .. }
        | EventKind::SmsReceived { .. } => false,
        _ => false,
    }
}

fn is_money_app(c: Categories) -> bool {
    c.contains(Category::Bank) || c.contains(Category::Payment) || c.contains(Category::Loan)
}

/// Rejects what no observer should send: empty or absurd package names.
fn validate(event: &Event) -> Result<(), Error> {
    let check = |what: &str, p: &str| {
        // Package names are ASCII; a byte scan is enough to refuse blanks and spaces.
        if p.is_empty() || p.len() > 255 || p.bytes().any(|b| b.is_ascii_whitespace() || b < 0x20) {
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
    if let EventKind::TransferStarted { currency, .. } = &event.kind {
        if currency.is_empty() || currency.len() > 8 {
            return Err(Error::InvalidArgument(
                "transfer_started: `currency` must be a currency code".into(),
            ));
        }
    }
    Ok(())
}

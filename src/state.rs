//! What the engine remembers about the device, built only from events.
//!
//! Time is only what the events carry. Every list has a cap, and old entries
//! fall out by the rule windows, so memory stays flat whatever the event
//! stream does (a flood of installs or shares cannot grow it).

use crate::amount::Money;
use crate::catalog::Categories;
use crate::event::Millis;
use crate::kinds::{Channel, Direction, InstallerKind, Peer, Stage};
use std::collections::VecDeque;

/// Caps on every list the state keeps.
pub const MAX_RECENT_CALLS: usize = 16;
pub const MAX_SHARES: usize = 4;
pub const MAX_INSTALLS: usize = 64;
pub const MAX_GRANTS: usize = 32;
pub const MAX_SETTINGS: usize = 16;
pub const MAX_MONEY: usize = 32;
pub const MAX_EVIDENCE: usize = 12;

/// A call in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub direction: Direction,
    pub peer: Peer,
    pub channel: Channel,
    pub app: Option<String>,
    pub since: Millis,
    pub ended: Option<Millis>,
}

impl Call {
    /// Not a contact: unknown, hidden, flagged, or unverified (we could not check).
    pub fn is_stranger(&self) -> bool {
        self.peer != Peer::Contact
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub package: Option<String>,
    pub since: Millis,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Install {
    pub package: String,
    pub installer_kind: InstallerKind,
    pub label: Option<String>,
    pub t: Millis,
}

/// Accessibility granted to an app that is not an accessibility tool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub package: String,
    pub t: Millis,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingChange {
    pub setting: crate::kinds::Setting,
    pub enabled: bool,
    pub t: Millis,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyStep {
    pub package: Option<String>,
    pub amount: Money,
    pub transfer: bool,
    pub t: Millis,
}

/// Where scam vocabulary was seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Sms,
    Notification,
    Screen,
}

/// One link of the evidence chain. Holds no phone numbers and no typed text:
/// amounts and vocabulary words (which come from the rule pack) only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    StrangerCall { peer: Peer, channel: Channel, since: Millis },
    ScamWords { source: Source, word: String },
    LoanApp { app: String },
    ScreenShare { app: Option<String> },
    Accessibility { app: String },
    Sideload { app: String, installer: Option<String> },
    RemoteApp { app: String },
    UnknownSources,
    BankNotificationsOff,
    Overlay { app: String },
    MoneyApp { app: String },
    Amount { app: String, amount: Money },
    Transfer { app: Option<String>, amount: Money, payee_new: bool },
}

impl Evidence {
    /// The stage of the scam script this evidence shows by itself, if any.
    pub fn stage(&self) -> Option<Stage> {
        match self {
            Evidence::StrangerCall { .. } => Some(Stage::Contact),
            Evidence::ScreenShare { .. }
            | Evidence::Accessibility { .. }
            | Evidence::Sideload { .. }
            | Evidence::RemoteApp { .. }
            | Evidence::UnknownSources
            | Evidence::BankNotificationsOff => Some(Stage::Control),
            Evidence::LoanApp { .. } => Some(Stage::Credit),
            Evidence::Amount { .. } | Evidence::Transfer { .. } => Some(Stage::Money),
            Evidence::ScamWords { .. } | Evidence::Overlay { .. } | Evidence::MoneyApp { .. } => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceItem {
    pub t: Millis,
    pub what: Evidence,
}

/// A run of scam-stage signals with no gap longer than the episode window.
#[derive(Debug, Clone, Default)]
pub struct Episode {
    /// When it began; also its id.
    pub start: Millis,
    pub last_mark: Millis,
    /// When each stage was last seen in this episode.
    pub stages: [Option<Millis>; 5],
    pub evidence: VecDeque<EvidenceItem>,
    pub live: bool,
}

impl Episode {
    fn is_live_at(&self, t: Millis, window: Millis) -> bool {
        self.live && t.saturating_sub(self.last_mark) <= window
    }

    /// Distinct stages seen within `window` before `t`. Each stage ages on its own:
    /// a run of unrelated signals (a work meeting, then a courier's call, then the rent)
    /// keeps an episode open, but must not add up to a scam hours later.
    pub fn stage_count(&self, t: Millis, window: Millis) -> u8 {
        Stage::ALL.iter().filter(|s| self.has(**s, t, window)).count() as u8
    }

    /// Whether this stage was seen within `window` before `t`.
    pub fn has(&self, stage: Stage, t: Millis, window: Millis) -> bool {
        self.live && self.stages[stage as usize].is_some_and(|at| t.saturating_sub(at) <= window)
    }

    /// Records a stage at `t`, starting a new episode after a long enough gap.
    pub fn mark(&mut self, stage: Stage, t: Millis, window: Millis) {
        if !self.is_live_at(t, window) {
            *self = Episode { start: t, live: true, ..Episode::default() };
        }
        self.stages[stage as usize] = Some(t);
        self.last_mark = t;
    }

    /// Adds a link to the chain (once per distinct link), oldest dropped at the cap.
    pub fn add_evidence(&mut self, item: EvidenceItem) {
        if self.evidence.iter().any(|e| e.what == item.what) {
            return;
        }
        if self.evidence.len() == MAX_EVIDENCE {
            self.evidence.pop_front();
        }
        self.evidence.push_back(item);
    }
}

/// Everything the rules look at.
#[derive(Debug, Clone, Default)]
pub struct DeviceState {
    pub call: Option<Call>,
    pub recent_calls: VecDeque<Call>,
    /// The latest call with a non-contact, going on or ended.
    pub last_stranger_call: Option<Call>,
    pub shares: Vec<Share>,
    pub foreground: Option<(String, Millis)>,
    pub foreground_categories: Categories,
    pub installs: VecDeque<Install>,
    pub grants: VecDeque<Grant>,
    pub overlays: VecDeque<(String, Millis)>,
    pub settings: VecDeque<SettingChange>,
    pub money: VecDeque<MoneyStep>,
    pub episode: Episode,
}

fn push_capped<T>(list: &mut VecDeque<T>, item: T, cap: usize) {
    if list.len() == cap {
        list.pop_front();
    }
    list.push_back(item);
}

impl DeviceState {
    pub fn call_started(&mut self, call: Call) {
        if let Some(previous) = self.call.take() {
            // A second call replaced the first (call waiting): the first is over.
            self.end_call(previous, call.since);
        }
        if call.is_stranger() {
            self.last_stranger_call = Some(call.clone());
        }
        self.call = Some(call);
    }

    pub fn call_ended(&mut self, t: Millis) {
        if let Some(call) = self.call.take() {
            self.end_call(call, t);
        }
    }

    fn end_call(&mut self, mut call: Call, t: Millis) {
        call.ended = Some(t);
        if call.is_stranger() {
            self.last_stranger_call = Some(call.clone());
        }
        push_capped(&mut self.recent_calls, call, MAX_RECENT_CALLS);
    }

    /// A stranger call is going on at `t`.
    pub fn stranger_call_active(&self) -> bool {
        self.call.as_ref().is_some_and(Call::is_stranger)
    }

    /// A stranger call is going on, or ended no more than `window` ago.
    pub fn stranger_call_recent(&self, t: Millis, window: Millis) -> bool {
        match &self.last_stranger_call {
            Some(Call { ended: None, .. }) => true,
            Some(Call { ended: Some(end), .. }) => t.saturating_sub(*end) <= window,
            None => false,
        }
    }

    pub fn share_started(&mut self, package: Option<String>, t: Millis) {
        if self.shares.iter().any(|s| s.package == package) {
            return;
        }
        if self.shares.len() == MAX_SHARES {
            self.shares.remove(0);
        }
        self.shares.push(Share { package, since: t });
    }

    /// A stop without a package ends every share; with one, that app's share
    /// (and any share whose app we never knew).
    pub fn share_stopped(&mut self, package: Option<&str>) {
        match package {
            None => self.shares.clear(),
            Some(p) => self.shares.retain(|s| s.package.as_deref().is_some_and(|q| q != p)),
        }
    }

    pub fn sharing_active(&self) -> bool {
        !self.shares.is_empty()
    }

    pub fn installed(&mut self, install: Install) {
        self.installs.retain(|i| i.package != install.package);
        push_capped(&mut self.installs, install, MAX_INSTALLS);
    }

    /// An uninstalled app takes its grants and shares with it.
    pub fn removed(&mut self, package: &str) {
        self.installs.retain(|i| i.package != package);
        self.grants.retain(|g| g.package != package);
        self.shares.retain(|s| s.package.as_deref() != Some(package));
        self.overlays.retain(|(p, _)| p != package);
    }

    pub fn install_of(&self, package: &str) -> Option<&Install> {
        self.installs.iter().rev().find(|i| i.package == package)
    }

    pub fn sideloaded_recently(&self, package: &str, t: Millis, window: Millis) -> bool {
        self.install_of(package)
            .is_some_and(|i| i.installer_kind == InstallerKind::NonStore && t.saturating_sub(i.t) <= window)
    }

    pub fn granted(&mut self, package: String, t: Millis) {
        self.grants.retain(|g| g.package != package);
        push_capped(&mut self.grants, Grant { package, t }, MAX_GRANTS);
    }

    pub fn remote_control_active(&self, t: Millis, window: Millis) -> bool {
        self.grants.iter().any(|g| t.saturating_sub(g.t) <= window)
    }

    pub fn overlay(&mut self, package: String, t: Millis) {
        self.overlays.retain(|(p, _)| *p != package);
        push_capped(&mut self.overlays, (package, t), MAX_SETTINGS);
    }

    pub fn setting(&mut self, change: SettingChange) {
        push_capped(&mut self.settings, change, MAX_SETTINGS);
    }

    pub fn money_step(&mut self, step: MoneyStep) {
        push_capped(&mut self.money, step, MAX_MONEY);
    }

    /// Drops what no window can reach any more (`horizon` = the longest window).
    pub fn expire(&mut self, t: Millis, horizon: Millis) {
        let old = |at: Millis| t.saturating_sub(at) > horizon;
        while self.installs.front().is_some_and(|i| old(i.t)) {
            self.installs.pop_front();
        }
        self.grants.retain(|g| !old(g.t));
        self.overlays.retain(|(_, at)| !old(*at));
        while self.settings.front().is_some_and(|s| old(s.t)) {
            self.settings.pop_front();
        }
        while self.money.front().is_some_and(|m| old(m.t)) {
            self.money.pop_front();
        }
        while self.recent_calls.front().is_some_and(|c| old(c.ended.unwrap_or(c.since))) {
            self.recent_calls.pop_front();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(peer: Peer, since: Millis) -> Call {
        Call {
            direction: Direction::Incoming,
            peer,
            channel: Channel::Cellular,
            app: None,
            since,
            ended: None,
        }
    }

    #[test]
    fn stranger_call_recency() {
        let mut s = DeviceState::default();
        s.call_started(call(Peer::Unknown, 0));
        assert!(s.stranger_call_active());
        assert!(s.stranger_call_recent(10, 100));
        s.call_ended(50);
        assert!(!s.stranger_call_active());
        assert!(s.stranger_call_recent(150, 100));
        assert!(!s.stranger_call_recent(151, 100));
    }

    #[test]
    fn contact_calls_are_not_strangers_and_call_waiting_ends_the_first() {
        let mut s = DeviceState::default();
        s.call_started(call(Peer::Contact, 0));
        assert!(!s.stranger_call_recent(1, 100));
        s.call_started(call(Peer::Hidden, 10));
        assert_eq!(s.recent_calls.len(), 1);
        assert!(s.stranger_call_active());
        s.call_started(call(Peer::Contact, 20));
        assert!(!s.stranger_call_active());
        assert!(s.stranger_call_recent(30, 100), "the hidden call ended at 20");
    }

    #[test]
    fn shares_start_and_stop() {
        let mut s = DeviceState::default();
        s.share_started(Some("a.b".into()), 0);
        s.share_started(None, 1);
        assert!(s.sharing_active());
        s.share_stopped(Some("a.b"));
        assert!(!s.sharing_active(), "unknown-app share ends with any stop");
        s.share_started(Some("a.b".into()), 2);
        s.share_stopped(None);
        assert!(!s.sharing_active());
    }

    #[test]
    fn lists_are_capped() {
        let mut s = DeviceState::default();
        for i in 0..1000u64 {
            s.installed(Install {
                package: format!("p.a{i}"),
                installer_kind: InstallerKind::Store,
                label: None,
                t: i,
            });
            s.granted(format!("p.a{i}"), i);
            s.share_started(Some(format!("p.a{i}")), i);
            s.money_step(MoneyStep { package: None, amount: Money(1), transfer: true, t: i });
            s.call_started(call(Peer::Unknown, i));
        }
        assert_eq!(s.installs.len(), MAX_INSTALLS);
        assert_eq!(s.grants.len(), MAX_GRANTS);
        assert_eq!(s.shares.len(), MAX_SHARES);
        assert_eq!(s.money.len(), MAX_MONEY);
        assert_eq!(s.recent_calls.len(), MAX_RECENT_CALLS);
    }

    #[test]
    fn removal_revokes_grants_and_shares() {
        let mut s = DeviceState::default();
        s.granted("x.y".into(), 0);
        s.share_started(Some("x.y".into()), 0);
        assert!(s.remote_control_active(1, 10));
        s.removed("x.y");
        assert!(!s.remote_control_active(1, 10));
        assert!(!s.sharing_active());
    }

    #[test]
    fn episodes_start_after_a_gap() {
        let mut e = Episode::default();
        e.mark(Stage::Contact, 100, 1000);
        e.mark(Stage::Control, 500, 1000);
        e.mark(Stage::Control, 600, 1000);
        assert_eq!(e.stage_count(700, 1000), 2);
        assert_eq!(e.start, 100);
        assert_eq!(e.stage_count(1200, 1000), 1, "the contact stage aged out on its own");
        assert_eq!(e.stage_count(1601, 1000), 0, "over once the window passes");
        e.mark(Stage::Money, 5000, 1000);
        assert_eq!(e.start, 5000);
        assert_eq!(e.stage_count(5000, 1000), 1);
    }

    #[test]
    fn expire_drops_old_entries() {
        let mut s = DeviceState::default();
        s.installed(Install {
            package: "a.b".into(),
            installer_kind: InstallerKind::NonStore,
            label: None,
            t: 0,
        });
        s.granted("a.b".into(), 0);
        s.expire(1_000, 500);
        assert!(s.installs.is_empty() && s.grants.is_empty());
    }
}

//! What the engine remembers about the device, built only from events: the call
//! in progress, screen shares, the app in front, recent installs, control grants
//! and recently saved contacts. The episode's evidence lives in `episode`.
//!
//! Time is only what the events carry. Every list has a cap and old entries fall
//! out, so memory stays flat whatever the event stream does.

use crate::catalog::Categories;
use crate::event::Millis;
use crate::kinds::{Channel, Direction, InstallerKind, Peer};

/// Caps on every list the state keeps.
pub const MAX_SHARES: usize = 4;
pub const MAX_INSTALLS: usize = 64;
pub const MAX_GRANTS: usize = 32;
pub const MAX_CONTACTS_ADDED: usize = 32;

/// A number saved within this long of its own incoming call, as a stranger's,
/// was saved on the caller's word.
pub const SAVED_ON_WORD_MS: Millis = 30 * 60_000;

/// How long calls from a number saved on its caller's word stay unchecked
/// (`call_recent_contact`): the "guess who I am?" caller whom the user named as a
/// friend and saved "with the new number" rings back days later to borrow (SPF
/// and HKPF advisories). A day is the window of any other new contact.
pub const ON_WORD_TRUST_MS: Millis = 7 * 24 * 3_600_000;

/// A number saved as a contact (its keyed hash only) and when.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContactSaved {
    pub hash: Option<u64>,
    pub at: Millis,
    /// Saved within [`SAVED_ON_WORD_MS`] of an incoming call from that very number
    /// that rang as a stranger's: the caller said who they were, and the user
    /// saved them as that person.
    pub on_its_word: bool,
}
pub const MAX_DEMANDED: usize = 8;
pub const MAX_NUMBERS_SEEN: usize = 16;
pub const MAX_MET_ONLINE: usize = 64;
/// At most this many numbers that spoke as a relative or a boss are kept.
pub const MAX_CLAIMANTS: usize = 16;
/// Someone met online is remembered this long: romance and investment scams
/// court for weeks or months before the first request for money.
pub const MET_ONLINE_MS: Millis = 180 * 24 * 3_600_000;
/// A number a message wrote is remembered this long: "call us back" is acted on
/// the same day.
pub const NUMBER_SEEN_MS: Millis = 24 * 3_600_000;
/// An install label is chosen by the app itself: keep only this many characters.
pub const MAX_LABEL_CHARS: usize = 48;
/// Installs, grants and saved contacts are remembered this long.
pub const MEMORY_MS: Millis = 3 * 24 * 3_600_000;

/// Calls whose caller the observer could not check: every call a bank app sees
/// (`unverified`), a verified service number, and a VoIP call known only as the
/// phone's audio mode (`platform_risk voip_call`).
pub const WEAK_CALLS: &[&str] = &["call_unverified", "call_service", "voip_call"];

/// A call in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub direction: Direction,
    pub peer: Peer,
    pub channel: Channel,
    pub app: Option<String>,
    pub since: Millis,
    /// When the observer last reported it: its start, or for a call known only by
    /// the audio mode (`platform_risk voip_call`), the latest report.
    pub heard: Millis,
    /// The signal this call raised (none for a trusted contact).
    pub signal: Option<&'static str>,
    /// The number on the line is one that spoke as a relative or a boss
    /// (`DeviceState::claimants`): the person the request came from; or a saved
    /// contact the user rang soon after such a message (the number they know).
    pub claimant: bool,
}

impl Call {
    /// Someone the observer knows is a stranger: not a trusted contact, and not a
    /// caller it could not check (`WEAK_CALLS`, the verified service number included).
    pub fn is_stranger(&self) -> bool {
        matches!(self.signal, Some(s) if !WEAK_CALLS.contains(&s))
    }

    /// A stranger who rang in, or whom the user rang from a number a message gave:
    /// the call is theirs, not the user's own to a shop or a helpdesk.
    pub fn is_asker(&self) -> bool {
        self.is_stranger()
            && (self.direction == Direction::Incoming || self.signal == Some("call_from_message"))
    }

    /// A caller the observer could not check (see `WEAK_CALLS`).
    pub fn is_weak(&self) -> bool {
        matches!(self.signal, Some(s) if WEAK_CALLS.contains(&s))
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

/// Control of the phone granted to an app (accessibility that is not a real tool).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub package: String,
    pub t: Millis,
}

/// The device as the engine sees it.
#[derive(Debug, Clone, Default)]
pub struct DeviceState {
    pub call: Option<Call>,
    pub shares: Vec<Share>,
    pub foreground: Option<(String, Millis)>,
    pub foreground_categories: Categories,
    pub installs: Vec<Install>,
    pub grants: Vec<Grant>,
    /// Keyed hashes of numbers saved as contacts (never the numbers), when, and
    /// whether the number had just rung as a stranger (`ContactSaved::on_its_word`).
    pub contacts_added: Vec<ContactSaved>,
    /// The keyed hash of the last stranger who rang in, and when the call began:
    /// a number saved minutes after its own call was saved on the caller's word.
    /// In memory only, as the saved numbers are.
    pub stranger_rang: Option<(u64, Millis)>,
    /// When the platform last said the screen was captured or the device controlled.
    pub platform_capture: Option<Millis>,
    pub platform_control: Option<Millis>,
    /// When the last call with a trusted contact ended.
    pub trusted_call_end: Option<Millis>,
    /// The last call that ended: its signal, when it began and when it ended.
    pub last_call: Option<(Option<&'static str>, Millis, Millis)>,
    /// The last call of a stranger who rang in (`Call::is_asker`) that ended:
    /// when it began and when it ended.
    pub asker_call: Option<(Millis, Millis)>,
    /// When a call known only by the audio mode began, if the engine stopped
    /// waiting for its end (`calls.max_reported_voip_ms`) without one reported: a
    /// report of the audio mode again, with no end in between, is that call still
    /// going (a day-long "digital arrest" video call, seen each time the bank
    /// app comes to the front).
    pub lost_voip: Option<Millis>,
    /// Amounts scam texts demanded, and when (see `signals::Meaning::demanded`).
    pub demanded: Vec<(crate::amount::Money, Millis)>,
    /// The app where an account or card number was last typed, and when: a payee
    /// typed in by hand is a new one (a saved payee is picked from a list).
    pub payee_typed: Option<(String, Millis)>,
    /// The app whose screen last named a public body or a school as the payee
    /// (`bank_screen::public_payee`), and when.
    pub payee_public: Option<(String, Millis)>,
    /// The app whose screen last confirmed a registered company as the payee
    /// (`bank_screen::registered_payee`), and when.
    pub payee_registered: Option<(String, Millis)>,
    /// The one currency a bank's or wallet's own screen last named by its code
    /// ("Currency PLN", "Recipient gets 1,200.00 PLN"), the app, and when: the
    /// currency of an amount typed there next (a transfer abroad is typed in the
    /// recipient's currency, not the app's home one).
    pub screen_currency: Option<(String, crate::amount::Currency, Millis)>,
    /// The largest sum a browser's pages showed lately, the browser, and when: what
    /// a page asked to be paid (`DeviceState::code_for_more`).
    pub page_sum: Option<(String, crate::amount::Amount, Millis)>,
    /// The sum the last one-time code's own SMS named ("HK$7,860.00 at NIKESTORE,
    /// code 662091"), and when.
    pub code_sum: Option<(crate::amount::Amount, Millis)>,
    /// Tags of phone numbers that messages from outside the contacts wrote
    /// (`numbers::numbers_in`: short, so they can be kept in snapshots), and when.
    pub numbers_seen: Vec<(u32, Millis)>,
    /// Name tags (`tags::name_tag`) of people the user met online (a friend
    /// request, a match, a "wrong number"), and when they first appeared.
    pub met_online: Vec<(u32, Millis)>,
    /// Tags (`numbers::number_tag`) of numbers outside the contacts that spoke as a
    /// relative or a boss ("Dad it's Liam, on Josh's phone"), and when: a talk
    /// with that number is a talk with whoever asked (`engine::claimant_talk`).
    pub claimants: Vec<(u32, Millis)>,
    /// When the user last ended minutes on the line with whoever made such a
    /// request (`engine::claimant_talk`): the number saved right after is theirs.
    pub claim_talked: Option<Millis>,
    /// Tags of numbers an official page printed, and when.
    pub official_numbers: Vec<(u32, Millis)>,
    /// The browser whose page last showed only official addresses, and when.
    pub official_site: Option<(String, Millis)>,
    /// The latest call of `gate.long_call_ms` or more that was not with a trusted
    /// contact: its signal, start and end. A redial after a dropped line ("hang
    /// up and call me back") or a quick call home after it does not make it short.
    pub last_long_call: Option<(Option<&'static str>, Millis, Millis)>,
    /// Whether `last_call` and `last_long_call` were internet calls: a redial
    /// comes back on the line it dropped from, so a phone call after a long
    /// meeting or chat call is someone else's.
    pub last_call_voip: bool,
    pub last_long_voip: bool,
    /// When a browser last showed a government's own page (or a page after it).
    pub government_site: Option<Millis>,
    /// When a browser was last in front: a link in a text may have been opened
    /// (`decision::unopened_lure`).
    pub browser_at: Option<Millis>,
}

/// How soon after a long call a short one still leaves the long one on record.
const REDIAL_MS: Millis = 30 * 60_000;

fn push_capped<T>(v: &mut Vec<T>, item: T, cap: usize) {
    if v.len() >= cap {
        v.remove(0);
    }
    v.push(item);
}

impl DeviceState {
    /// On a call with a trusted contact, or just off one (`within` ms), and no stranger on the line.
    /// Not while a contact saved in the last day may be the caller (a scammer asks
    /// to be saved; the observer may not tell which contact is calling).
    pub fn trusted_context(&self, t: Millis, within: Millis) -> bool {
        const SAVED_RECENTLY: Millis = 24 * 3_600_000;
        if self.contacts_added.iter().any(|c| t.saturating_sub(c.at) <= SAVED_RECENTLY) {
            return false;
        }
        match &self.call {
            Some(c) => c.signal.is_none(),
            None => self.trusted_call_end.is_some_and(|at| t.saturating_sub(at) <= within),
        }
    }

    /// On a call with someone the observer knows is a stranger (not a caller it
    /// could not check: on its own, that is also every family call a bank app sees).
    pub fn stranger_call_active(&self) -> bool {
        self.call.as_ref().is_some_and(Call::is_stranger)
    }

    /// A stranger who rang the user (or whom the user rang from a number a message
    /// gave) talked for at least `min_len` ms, and is still on the line or hung up
    /// at most `within` ms ago: someone who could now be asking to be paid. A call
    /// the user placed to a shop, or a courier's minute at the door, is not.
    pub fn asked_by_caller(&self, t: Millis, within: Millis, min_len: Millis) -> bool {
        // On the line, a caller the observer could not check counts too (every call
        // a bank or UPI app sees): person-to-person collect requests are gone
        // (NPCI, October 2025), and approving one mid-call is the "enter your PIN to
        // receive the money" script whoever the caller is.
        let asking = |c: &Call| c.is_asker() || (c.is_weak() && c.direction == Direction::Incoming);
        let on_line = self.call.as_ref().is_some_and(|c| asking(c) && t.saturating_sub(c.since) >= min_len);
        on_line
            || self.asker_call.is_some_and(|(since, end)| {
                end.saturating_sub(since) >= min_len && t.saturating_sub(end) <= within
            })
    }

    /// On a call whose caller the observer could not check.
    pub fn weak_call_active(&self) -> bool {
        self.call.as_ref().is_some_and(Call::is_weak)
    }

    pub fn sharing_active(&self) -> bool {
        !self.shares.is_empty()
    }

    pub fn share_started(&mut self, package: Option<String>, t: Millis) {
        if self.shares.iter().any(|s| s.package == package) {
            return;
        }
        push_capped(&mut self.shares, Share { package, since: t }, MAX_SHARES);
    }

    /// Stops the share of that app; a stop that names no app stops them all.
    pub fn share_stopped(&mut self, package: Option<&str>) {
        match package {
            Some(p) => {
                self.shares.retain(|s| s.package.as_deref() != Some(p) && s.package.is_some());
                // A store remote tool's session visibly ended (the IT desk or a
                // son signing off): its accessibility grant no longer means
                // someone is at the controls, since a new session would show
                // again. An app from outside any store keeps it: banking malware
                // needs no session.
                if !self.sideloaded(p) {
                    self.grants.retain(|g| g.package != p);
                }
            }
            None => self.shares.clear(),
        }
    }

    pub fn installed(&mut self, mut install: Install) {
        if let Some(l) = &mut install.label {
            if l.chars().count() > MAX_LABEL_CHARS {
                *l = l.chars().take(MAX_LABEL_CHARS).collect();
            }
        }
        self.installs.retain(|i| i.package != install.package);
        push_capped(&mut self.installs, install, MAX_INSTALLS);
    }

    pub fn removed(&mut self, package: &str) {
        self.installs.retain(|i| i.package != package);
        self.grants.retain(|g| g.package != package);
        self.shares.retain(|s| s.package.as_deref() != Some(package));
    }

    pub fn install_of(&self, package: &str) -> Option<&Install> {
        self.installs.iter().find(|i| i.package == package)
    }

    /// Installed from outside an app store within the memory window.
    pub fn sideloaded(&self, package: &str) -> bool {
        self.install_of(package).is_some_and(|i| i.installer_kind == InstallerKind::NonStore)
    }

    /// How long ago the latest app from outside any store was installed.
    pub fn last_sideload_age(&self, t: Millis) -> Option<Millis> {
        self.installs
            .iter()
            .filter(|i| i.installer_kind == InstallerKind::NonStore)
            .map(|i| t.saturating_sub(i.t))
            .min()
    }

    pub fn granted(&mut self, package: String, t: Millis) {
        self.grants.retain(|g| g.package != package);
        push_capped(&mut self.grants, Grant { package, t }, MAX_GRANTS);
    }

    /// Someone met online (`chat::met_online`): kept with the first time seen.
    pub fn met(&mut self, tag: u32, t: Millis) {
        if !self.met_online.iter().any(|&(n, _)| n == tag) {
            push_capped(&mut self.met_online, (tag, t), MAX_MET_ONLINE);
        }
    }

    /// Forgets `tag` as someone known only online: they have met the user in
    /// person since (`chat::met_in_person`).
    pub fn met_in_person(&mut self, tag: u32) {
        self.met_online.retain(|&(n, _)| n != tag);
    }

    /// Remembers a number that spoke as a relative or a boss.
    pub fn claimed(&mut self, tag: u32, t: Millis) {
        self.claimants.retain(|(n, _)| *n != tag);
        push_capped(&mut self.claimants, (tag, t), MAX_CLAIMANTS);
    }

    /// Whether the user has talked with the number `tag` since it spoke as a
    /// relative or a boss (`engine::claimant_talk`): its next messages are theirs.
    pub fn talked_claimant(&self, tag: Option<u32>) -> bool {
        let talked = self.claim_talked;
        tag.is_some_and(|h| self.claimants.iter().any(|&(n, at)| n == h && talked.is_some_and(|t| t >= at)))
    }

    /// Whether the number `tag` spoke as a relative or a boss before.
    pub fn is_claimant(&self, tag: Option<u32>) -> bool {
        tag.is_some_and(|h| self.claimants.iter().any(|&(n, _)| n == h))
    }

    /// Whether a number spoke as a relative or a boss in the last `within` ms.
    pub fn claimed_within(&self, t: Millis, within: Millis) -> bool {
        self.claimants.iter().any(|&(_, at)| t.saturating_sub(at) <= within)
    }

    /// When the chat name `tag` was first met online, if it was.
    pub fn met_online_at(&self, tag: u32) -> Option<Millis> {
        self.met_online.iter().find(|&&(n, _)| n == tag).map(|&(_, at)| at)
    }

    pub fn contact_added(&mut self, hash: Option<u64>, t: Millis) {
        let on_its_word = hash.is_some()
            && self
                .stranger_rang
                .is_some_and(|(h, at)| Some(h) == hash && t.saturating_sub(at) <= SAVED_ON_WORD_MS);
        push_capped(&mut self.contacts_added, ContactSaved { hash, at: t, on_its_word }, MAX_CONTACTS_ADDED);
    }

    /// Whether the caller was saved as a contact less than `window` ago: by number
    /// when both sides know it, else by any contact saved in the last tenth of it.
    /// A number saved on its own caller's word stays unchecked for
    /// [`ON_WORD_TRUST_MS`], however short `window` is.
    pub fn recently_saved(&self, hash: Option<u64>, t: Millis, window: Millis) -> bool {
        self.contacts_added.iter().any(|c| {
            let age = t.saturating_sub(c.at);
            match (c.hash, hash) {
                (Some(a), Some(b)) if c.on_its_word => a == b && age <= window.max(ON_WORD_TRUST_MS),
                (Some(a), Some(b)) => a == b && age <= window,
                _ => age <= window / 10,
            }
        })
    }

    /// The screen is seen by someone else: a share running, or the platform's word
    /// that it was captured in the last half hour.
    pub fn screen_seen(&self, t: Millis) -> bool {
        const CAPTURE: Millis = 30 * 60_000;
        self.sharing_active() || self.platform_capture.is_some_and(|at| t.saturating_sub(at) <= CAPTURE)
    }

    /// The screen seen (`screen_seen`), the platform's word that the device is
    /// controlled, or a control grant: in the last two hours to an app from
    /// outside the store (malware acts through accessibility unseen), in the last
    /// ten minutes to a store app. A store remote tool controls only what its
    /// operator sees, and seeing is a capture the observer reports (a share, or
    /// the bank's own capture callback); a grant long past with no capture now is
    /// an IT helpdesk's finished session, not a hand on the phone.
    pub fn control_active(&self, t: Millis) -> bool {
        const RECENT: Millis = 2 * 3_600_000;
        const STORE_RECENT: Millis = 10 * 60_000;
        self.screen_seen(t)
            || self.platform_control.is_some_and(|at| t.saturating_sub(at) <= RECENT)
            || self.grants.iter().any(|g| {
                let within = if self.store_installed(&g.package) { STORE_RECENT } else { RECENT };
                t.saturating_sub(g.t) <= within
            })
    }

    /// Whether `package` was installed from an app store (as far as the engine saw).
    fn store_installed(&self, package: &str) -> bool {
        self.install_of(package).is_some_and(|i| i.installer_kind == InstallerKind::Store)
    }

    /// Whether `package`'s screen named a public body or a school as the payee
    /// within `within` ms before `t`.
    pub fn payee_public_in(&self, package: &str, t: Millis, within: Millis) -> bool {
        in_app_within(&self.payee_public, package, t, within)
    }

    /// The currency `package`'s own screen named within `within` ms before `t`.
    pub fn screen_currency_in(
        &self,
        package: &str,
        t: Millis,
        within: Millis,
    ) -> Option<crate::amount::Currency> {
        self.screen_currency.as_ref().filter(|(p, _, at)| in_app_at(p, *at, package, t, within)).map(|s| s.1)
    }

    /// A page showed `amount` in `package` at `t`: kept with the largest sum the
    /// same browser showed within `PAGE_SUM_MS` (a bill's total, then its form).
    pub fn page_showed(&mut self, package: &str, amount: crate::amount::Amount, t: Millis) {
        let keep = self.page_sum.as_ref().is_some_and(|(p, a, at)| {
            in_app_at(p, *at, package, t, PAGE_SUM_MS) && a.money.fen() >= amount.money.fen()
        });
        if !keep {
            self.page_sum = Some((package.to_string(), amount, t));
        }
    }

    /// Whether a code typed into the page of `package` at `t` approves a payment far
    /// larger than the page asked for: the code's own SMS names a sum at least
    /// `CODE_FOR_MORE_TIMES` the largest the page showed, in the same currency (or
    /// one side not naming it). A fake toll, bill or parcel page shows a fee of a
    /// few dollars and spends the card on a purchase of thousands; the bank's code
    /// SMS names that purchase. A genuine checkout's code names its own total, and
    /// a purchase abroad names the shop's currency, as its page does.
    pub fn code_for_more(&self, package: &str, t: Millis) -> bool {
        let (Some((p, page, at)), Some((code, code_at))) = (&self.page_sum, self.code_sum) else {
            return false;
        };
        let same_currency = match (page.currency, code.currency) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        in_app_at(p, *at, package, t, PAGE_SUM_MS)
            && t.saturating_sub(code_at) <= CODE_SUM_MS
            && same_currency
            && page.money.fen() > 0
            && code.money.fen() >= page.money.fen().saturating_mul(CODE_FOR_MORE_TIMES)
    }

    /// Whether a registered company was confirmed as the payee in `package` within `within` ms before `t`.
    pub fn payee_registered_in(&self, package: &str, t: Millis, within: Millis) -> bool {
        in_app_within(&self.payee_registered, package, t, within)
    }

    /// Whether an account number was typed into `package` within `within` ms before `t`.
    pub fn payee_typed_in(&self, package: &str, t: Millis, within: Millis) -> bool {
        in_app_within(&self.payee_typed, package, t, within)
    }

    pub fn demanded(&mut self, amount: crate::amount::Money, t: Millis) {
        self.demanded.retain(|(a, _)| *a != amount);
        push_capped(&mut self.demanded, (amount, t), MAX_DEMANDED);
    }

    /// Remembers a number a message wrote.
    pub fn number_seen(&mut self, tag: u32, t: Millis) {
        self.numbers_seen.retain(|(h, _)| *h != tag);
        push_capped(&mut self.numbers_seen, (tag, t), MAX_NUMBERS_SEEN);
    }

    /// Whether `package`, a browser, showed an official site's address within
    /// `within` and no other site's since.
    pub fn official_site_in(&self, package: &str, t: Millis, within: Millis) -> bool {
        in_app_within(&self.official_site, package, t, within)
    }

    /// Remembers a number an official page printed.
    pub fn official_number_seen(&mut self, tag: u32, t: Millis) {
        self.official_numbers.retain(|(h, _)| *h != tag);
        push_capped(&mut self.official_numbers, (tag, t), MAX_NUMBERS_SEEN);
    }

    /// Whether an official page printed this number in the last `NUMBER_SEEN_MS`,
    /// and no message outside the contacts wrote it since (a scam can quote a
    /// real number next to its own).
    pub fn was_official_number(&self, tag: Option<u32>, t: Millis) -> bool {
        tag.is_some_and(|h| {
            self.official_numbers.iter().any(|&(n, at)| n == h && t.saturating_sub(at) <= NUMBER_SEEN_MS)
        }) && !self.was_number_seen(tag, t)
    }

    /// Whether a message wrote this number (its `numbers::number_tag`) in the last
    /// `NUMBER_SEEN_MS`.
    pub fn was_number_seen(&self, tag: Option<u32>, t: Millis) -> bool {
        tag.is_some_and(|h| {
            self.numbers_seen.iter().any(|&(n, at)| n == h && t.saturating_sub(at) <= NUMBER_SEEN_MS)
        })
    }

    /// Whether `amount` is within 1% of an amount a scam text demanded in the memory window.
    pub fn was_demanded(&self, amount: crate::amount::Money) -> bool {
        let a = amount.fen();
        self.demanded.iter().any(|(d, _)| (d.fen() - a).abs() * 100 <= d.fen().max(1))
    }

    /// Whether a scam text demanded an amount in the last `within` ms.
    pub fn demand_pending(&self, t: Millis, within: Millis) -> bool {
        self.demanded.iter().any(|&(_, at)| t.saturating_sub(at) <= within)
    }

    /// The last call, if it has ended, was not with a trusted contact and lasted
    /// `long_call_ms` (`gate.long_call_ms`) or more; else the last such long call
    /// before it: its signal, its length and its end.
    pub fn long_last_call(&self, long_call_ms: Millis) -> Option<(&'static str, Millis, Millis)> {
        let long = |(sig, since, end): (Option<&'static str>, Millis, Millis)| {
            let length = end.saturating_sub(since);
            (length >= long_call_ms).then_some((sig?, length, end))
        };
        // The last call, or the last long one before it: a short redial or a quick
        // call home after an hour with a stranger leaves that hour on the record.
        let last = self.last_call?;
        long(last).or_else(|| {
            // Only a call right after it (within `REDIAL_MS`) that is a redial of the
            // same kind or a call to a trusted contact: a later call to someone else
            // (the insurer's hotline, checking) starts its own story.
            let (last_sig, last_since, _) = last;
            let before @ (sig, _, end) = self.last_long_call?;
            let soon = last_since >= end && last_since - end <= REDIAL_MS;
            let redial = last_sig == sig && self.last_call_voip == self.last_long_voip;
            if soon && (last_sig.is_none() || redial) {
                long(before)
            } else {
                None
            }
        })
    }

    /// Forgets what is older than the memory window.
    pub fn expire(&mut self, t: Millis) {
        let fresh = |at: Millis| t.saturating_sub(at) <= MEMORY_MS;
        self.demanded.retain(|&(_, at)| fresh(at));
        self.installs.retain(|i| fresh(i.t));
        self.grants.retain(|g| fresh(g.t));
        self.contacts_added
            .retain(|c| fresh(c.at) || (c.on_its_word && t.saturating_sub(c.at) <= ON_WORD_TRUST_MS));
        self.met_online.retain(|&(_, at)| t.saturating_sub(at) <= MET_ONLINE_MS);
        self.claimants.retain(|&(_, at)| fresh(at));
    }
}

/// A keyed hash of a phone number's digits (last 11), so a saved contact can be
/// matched with a later call without keeping the number. The key is per process.
pub fn number_hash(number: &str) -> Option<u64> {
    use std::hash::{BuildHasher, Hasher};
    static KEY: once_cell::sync::Lazy<std::collections::hash_map::RandomState> =
        once_cell::sync::Lazy::new(std::collections::hash_map::RandomState::new);
    let digits: Vec<u8> = number.bytes().filter(u8::is_ascii_digit).collect();
    if digits.len() < 3 {
        return None;
    }
    let tail = &digits[digits.len().saturating_sub(11)..];
    let mut h = KEY.build_hasher();
    h.write(tail);
    Some(h.finish())
}

/// How long a page's sum stays the one its form is for: a bill, its card form and
/// the bank's code page take minutes.
pub const PAGE_SUM_MS: Millis = 15 * 60_000;
/// How long after its SMS a code is typed.
pub const CODE_SUM_MS: Millis = 5 * 60_000;
/// How many times the page's sum the code's must be: every phishing page the real
/// sets hold charged 11 to 1,180 times its fee; a genuine checkout's code names its
/// own total (or its total plus a fee); a code in the shop's currency names the
/// shop's sum, as the page does.
pub const CODE_FOR_MORE_TIMES: i64 = 10;

/// Whether `seen` (an app and when) is `package`, at most `within` ms before `t`.
fn in_app_within(seen: &Option<(String, Millis)>, package: &str, t: Millis, within: Millis) -> bool {
    seen.as_ref().is_some_and(|(p, at)| in_app_at(p, *at, package, t, within))
}

/// Whether app `p` at `at` is `package`, at most `within` ms before `t`.
fn in_app_at(p: &str, at: Millis, package: &str, t: Millis, within: Millis) -> bool {
    p == package && t.saturating_sub(at) <= within
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_stay_capped() {
        let mut s = DeviceState::default();
        for i in 0..1000u64 {
            s.installed(Install {
                package: format!("a.b{i}"),
                installer_kind: InstallerKind::Store,
                label: Some("x".repeat(10_000)),
                t: i,
            });
            s.share_started(Some(format!("p{i}")), i);
            s.granted(format!("g{i}"), i);
            s.contact_added(Some(i), i);
        }
        assert_eq!(s.installs.len(), MAX_INSTALLS);
        assert_eq!(s.shares.len(), MAX_SHARES);
        assert_eq!(s.grants.len(), MAX_GRANTS);
        assert_eq!(s.contacts_added.len(), MAX_CONTACTS_ADDED);
        assert!(s.installs.iter().all(|i| i.label.as_ref().unwrap().chars().count() == MAX_LABEL_CHARS));
    }

    #[test]
    fn saved_contacts_match_by_number_hash() {
        let mut s = DeviceState::default();
        s.contact_added(number_hash("+86 138 0000 1234"), 0);
        assert!(s.recently_saved(number_hash("13800001234"), 600_000, 86_400_000));
        assert!(!s.recently_saved(number_hash("13900001234"), 600_000, 86_400_000));
        assert!(!s.recently_saved(number_hash("13800001234"), 90_000_000, 86_400_000));
    }

    #[test]
    fn removing_an_app_drops_its_control() {
        let mut s = DeviceState::default();
        s.granted("x.remote".into(), 10);
        s.share_started(Some("x.remote".into()), 10);
        assert!(s.control_active(20));
        s.removed("x.remote");
        assert!(!s.control_active(20));
    }
}

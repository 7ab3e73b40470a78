//! What an event means, written once: the signals it raises, whether money is
//! about to move (the gate), or whether a bank says money has left.
//!
//! Everything else (how much a signal weighs, how fast it fades, what level a
//! risk deserves) is data in `data/model.json`.

use crate::amount::{Amount, Currency, Money};
use crate::bank_screen::Said;
use crate::catalog::{Catalog, Categories};
use crate::episode::{Fact, Live, WordSource};
use crate::event::{Event, EventKind, Millis};
use crate::kinds::{
    Category, Channel, Direction, Field, InstallerKind, PaymentKind, Peer, RiskKind, SenderKind,
};
use crate::kinds::{Setting, Verification};
use crate::model::{GateKind, Model};
use crate::state::{number_hash, Call, DeviceState};
use crate::text::{self, Source, TextClass};

/// One signal an event raises.
#[derive(Debug, Clone, PartialEq)]
pub struct Raised {
    pub id: &'static str,
    /// Multiplies the signal's weight (text strength, call direction...).
    pub factor: f32,
    pub live: Live,
    pub package: Option<String>,
    pub fact: Fact,
    /// Raised with a trusted contact on the line: weighs less and anchors nothing.
    pub trusted: bool,
}

/// Money about to move.
#[derive(Debug, Clone, PartialEq)]
pub struct MoneyGate {
    pub kind: GateKind,
    pub amount: Option<Money>,
    /// The amount's currency (the home one when the event names none).
    pub currency: Currency,
    pub payee_new: bool,
    /// The bank says the payee is one the user has paid before.
    pub payee_known: bool,
    /// The bank names a public body or a school as the payee
    /// (`bank_screen::public_payee`): a council, a tax office, a university.
    pub payee_public: bool,
    /// The bank confirmed a registered company as the payee
    /// (`bank_screen::registered_payee`): a letting agent's trust account, a UEN.
    pub payee_registered: bool,
    /// The app is a known bank, payment or loan app.
    pub catalogued: bool,
    /// An amount typed in a chat app that also pays (WeChat, LINE): it goes to
    /// someone the user chats with there, a new payee if that someone is new.
    pub in_chat: bool,
    /// A collect request right after a stranger's call: the caller asking to be
    /// paid this amount (a demanded amount, like one a scam text named).
    pub caller_request: bool,
    /// Paid inside a government's own app from a store (a fine, a tax): the money
    /// goes to the government, so only a stranger on the line or a means of
    /// control ties it, not the app's own words (`decision`).
    pub government: bool,
    pub fact: Fact,
}

/// Everything one event means.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meaning {
    pub signals: Vec<Raised>,
    pub gate: Option<MoneyGate>,
    /// A bank or payment app says money went out.
    pub money_left: Option<Fact>,
    /// Amounts a scam text demanded (a fee, a deposit): paying exactly that is telling.
    pub demanded: Vec<Money>,
    /// Phone numbers (tags, `numbers::number_tag`) a message from outside the
    /// contacts wrote.
    pub numbers: Vec<u32>,
    /// Phone numbers a browser page whose every host is official printed: the
    /// body's own (a servicer's number on StudentAid.gov).
    pub official_numbers: Vec<u32>,
    /// The bank's own app says the call on the line is the bank's.
    pub bank_on_call: bool,
    /// A browser page showed where it is: `Some(true)` only official hosts (the
    /// site of a tax office, a toll road), `Some(false)` another site.
    pub official_site: Option<bool>,
    /// The page is a government's own (`TextAnalysis::government_page`).
    pub government_site: bool,
    /// The largest sum a browser's page showed (`DeviceState::page_showed`).
    pub page_sum: Option<Amount>,
    /// A one-time code's SMS came: the sum it approves, if it names one (it
    /// replaces the last code's, `DeviceState::code_sum`).
    pub code_sum: Option<Option<Amount>>,
    /// Name tags of people the user just met online (`chat::met_online`).
    pub met_online: Vec<u32>,
    /// Keys of someone met online who says the two have since met in person
    /// (`chat::met_in_person`): no longer known only online.
    pub met_in_person: Vec<u32>,
    /// The tag of a number outside the contacts whose message spoke as a relative
    /// or a boss (raised one of `calls.contact_check.signals`): the SMS's sender,
    /// or the chat's, when the app shows a bare number as its title.
    pub claimant: Option<u32>,
}

/// What reading a text yields. The engine reads each (source, text) once and keeps
/// a few reads (`engine::TextCache`): accessibility events send the same screen
/// again and again, so everything worth knowing of a text alone is read here.
/// Whether a notification announces someone new (`chat::someone_new`) is not: it
/// looks at the title apart from the text (a bare phone number as the title, the
/// phrases in the text only), which the joined body read here no longer tells apart.
#[derive(Debug, Clone)]
pub struct TextRead {
    /// What the text says.
    pub analysis: text::TextAnalysis,
    /// The amounts written in it when it reads as a scam.
    pub amounts: Vec<Money>,
    /// Tags of the phone numbers written in it (`numbers::numbers_in`).
    pub numbers: Vec<u32>,
    /// The first sum written in it, when it is one a text could ask for (not a
    /// card or phone number behind a currency mark): a code's SMS names the
    /// payment it approves first, a limit or balance after it.
    pub first_sum: Option<Amount>,
    /// The largest such sum: what a page asks to be paid.
    pub largest_sum: Option<Amount>,
    /// Whether it gives a one-time code not meant to be shared (`codes::carries_code`).
    pub carries_code: bool,
    /// Whether it holds a counterparty's note (`bank_screen::counterparty_note`):
    /// read once per text, as the rest, since a bank's screens repeat.
    pub counterparty_note: bool,
}

/// What the meaning of an event may look at.
pub struct Context<'a> {
    /// Reads a text ([`TextRead`]; the engine keeps a small cache: screens repeat
    /// themselves).
    pub analyze: &'a dyn Fn(&str, Source) -> TextRead,
    pub model: &'a Model,
    pub catalog: &'a Catalog,
    pub state: &'a DeviceState,
    pub categories: Categories,
    /// Whether a number is one of the active regions' official service numbers.
    pub is_service_number: &'a dyn Fn(&str) -> bool,
    /// Whether someone untrusted had reached the user, or scam talk had begun, by
    /// a time (`Episode::steered_by`).
    pub steered_by: &'a dyn Fn(crate::event::Millis) -> bool,
    /// Whether a message had pitched returns or paid tasks by a time
    /// (`Episode::pitched_by`).
    pub pitched_by: &'a dyn Fn(crate::event::Millis) -> bool,
    /// The currency of amounts that do not name one (the first region's).
    pub currency: Currency,
}

impl Context<'_> {
    /// The currency of an amount `package` shows without naming one: the app's home
    /// region's when it has exactly one, else the engine's.
    pub fn app_currency(&self, package: &str) -> Currency {
        app_currency(self.catalog.regions_of(package), self.currency)
    }
}

/// The currency of an amount typed into an app that names none: the app's, when
/// it is at home in one region only (a Singapore bank's amount field is in S$
/// wherever the phone is set), else `default` (the engine's home currency).
pub fn app_currency(app_regions: crate::region::RegionSet, default: Currency) -> Currency {
    let home = app_regions.only().map(|r| crate::region::Regions::builtin().currency(r));
    home.and_then(Currency::from_code).unwrap_or(default)
}

/// How long an account number typed into an app makes its next amount a payment
/// to a new payee: the time it takes to fill in one transfer form.
pub const PAYEE_TYPED_MS: u64 = 15 * 60_000;
/// How long the pages a browser shows after an official address are taken as
/// that site's: one visit to pay a bill or file a form.
pub(crate) const OFFICIAL_SITE_MS: u64 = 20 * 60_000;
/// Words of a search engine's results page (its address, its ad labels).
const RESULTS_PAGE: &[&str] = &["/search?", "sponsored", "· ad ·", "广告", "百度一下", "搜索结果"];

/// The `read_text_as` key of a government's own browser page: weighed as an
/// institution's (`text.sources.institution`), every class alike.
const GOVERNMENT_PAGE: &str = "government_page";
/// The `read_text_as` key of a brand's own browser page that the user reached
/// before anyone untrusted did: weighed as `screen_browser`, and its fee, refund
/// and credit words are the brand's (`brand_speaks`).
const BRAND_PAGE: &str = "brand_page";
/// How long after a government's own page (or the pages after it) a payment is
/// that page's bill.
const GOVERNMENT_HANDOFF_MS: u64 = 10 * 60_000;
/// How long after a stranger's call a collect request is taken as the caller's.
const CALLER_REQUEST_MS: u64 = 10 * 60_000;

/// How long that call must have lasted: a "buyer" talks the seller through it; a
/// courier's or a shop's call about an order takes a minute.
const CALLER_TALKED_MS: u64 = 2 * 60_000;

/// A bank or a wallet whose screens are its own (not a chat app that also pays).
pub(crate) fn is_bank_screen(c: Categories) -> bool {
    (c.contains(Category::Bank) || c.contains(Category::Payment)) && !c.contains(Category::Messaging)
}

/// A screen where an institution speaks: a bank's or wallet's own (not a chat
/// app that also pays), a government app's, a licensed broker's or exchange's.
fn is_institution_screen(c: Categories) -> bool {
    is_bank_screen(c) || c.contains(Category::Government) || c.contains(Category::Broker)
}

/// Money paid in a government's own app goes to that government (a fine, a tax),
/// which no scam can take: a bill, not a new payee. Unless the "government app"
/// came from outside a store: a fake one is a scam's.
fn government_app(c: Categories, state: &DeviceState, package: &str) -> bool {
    c.contains(Category::Government) && !state.sideloaded(package)
}

/// An app the user just installed from an app store, typed into with no stranger
/// on the line: its own sign-in or checkout (the courier's app taking the import
/// duty), not a phishing page. A fake page lives in a browser or a chat's web
/// view, a fake app comes from outside a store; and a code typed into a
/// remote-control or meeting app is the caller's way in, not an account.
fn own_account_app(c: Categories, state: &DeviceState, package: &str) -> bool {
    store_installed_at(state, package).is_some() && !shows_others_words(c) && !state.stranger_call_active()
}

/// Whether an app's own screens and notices are the app describing itself: an
/// institution's (a bank's, wallet's, government app's or broker's), or an app the
/// user installed from a store before anyone untrusted reached them or any scam
/// talk began, and that carries no one else's words (not a chat, a browser, a
/// meeting or a remote-control tool). A hospital's app offering "支付宝 立即支付",
/// an exchange saying "you can now deposit SGD": the app, not a script. A
/// "trading platform" installed from Play minutes after a stranger in the chats
/// said to is the stranger's, and an app from outside a store speaks for whoever
/// wrote it.
fn speaks_for_itself(cx: &Context<'_>, package: &str) -> bool {
    let (c, state) = (cx.categories, cx.state);
    if state.sideloaded(package) {
        return false;
    }
    if is_institution_screen(c) {
        return true;
    }
    !shows_others_words(c) && store_installed_at(state, package).is_some_and(|t| !(cx.steered_by)(t))
}

/// When the user installed `package` from an app store, if they did (and it is
/// still within the memory window).
fn store_installed_at(state: &DeviceState, package: &str) -> Option<crate::event::Millis> {
    state.install_of(package).filter(|i| i.installer_kind == InstallerKind::Store).map(|i| i.t)
}

/// Apps whose screens carry someone else's words or pages: a chat, a browser, a
/// meeting, a remote-control tool. What shows in them is not the app describing
/// itself, however it was installed.
fn shows_others_words(c: Categories) -> bool {
    c.contains(Category::Messaging)
        || c.contains(Category::Browser)
        || c.contains(Category::RemoteControl)
        || c.contains(Category::Meeting)
}

fn is_money_app(c: Categories) -> bool {
    c.contains(Category::Bank) || c.contains(Category::Payment) || c.contains(Category::Loan)
}

impl Meaning {
    fn raise(&mut self, id: &'static str, factor: f32, live: Live, package: Option<&str>, fact: Fact) {
        self.signals.push(Raised {
            id,
            factor,
            live,
            package: package.map(str::to_string),
            fact,
            trusted: false,
        });
    }

    /// Marks the signals raised so far that `which` picks as checked by someone
    /// the user trusts: they keep `factor` of their weight and anchor nothing.
    fn trust(&mut self, factor: f32, which: impl Fn(&Raised) -> bool) {
        for r in self.signals.iter_mut().filter(|r| which(r)) {
            r.factor *= factor;
            r.trusted = true;
        }
    }
}

/// The signals, gate and money-left fact of one event (before the state changes).
pub fn meaning(event: &Event, cx: &Context<'_>) -> Meaning {
    let mut m = Meaning::default();
    let cats = cx.categories;
    let state = cx.state;
    match &event.kind {
        EventKind::CallStarted { direction, peer, channel, app, number, verification } => {
            let hash = number.as_deref().and_then(number_hash);
            let tag = number.as_deref().and_then(crate::numbers::number_tag);
            // A call inside a bank's, broker's or government's own app (a broker's
            // video witness for a new account, a bank's video KYC) is that
            // institution's line, as its number would be; not one in an app from
            // outside a store.
            let in_institution_app = *channel == Channel::Voip
                && app
                    .as_deref()
                    .is_some_and(|a| is_institution_screen(cx.catalog.categories(a)) && !state.sideloaded(a));
            let service = number.as_deref().is_some_and(|n| (cx.is_service_number)(n));
            let id = match (peer, verification) {
                (_, Some(Verification::Failed)) => Some("call_spoofed"),
                // The bank's number saved as a contact is still only caller ID: a
                // spoofed "NatWest" rings as the saved NatWest. Incoming and not
                // verified, it only claims to be the bank, as a stranger's would.
                (Peer::Contact, v)
                    if service && *direction == Direction::Incoming && *v != Some(Verification::Passed) =>
                {
                    Some("call_service_claimed")
                }
                (Peer::Contact, _) => state
                    .recently_saved(hash, event.t, cx.model.calls.recent_contact_ms)
                    .then_some("call_recent_contact"),
                // An official number the platform verified, or one the user dialled;
                // caller ID alone is what bank impersonators spoof, so an incoming
                // call that only shows the bank's number or name, without the
                // platform's check (`passed`), only claims to be the bank: an observer
                // that matched the number to the official list has caller ID only.
                (Peer::Service, v)
                    if *direction == Direction::Incoming && *v != Some(Verification::Passed) =>
                {
                    Some("call_service_claimed")
                }
                (Peer::Service, _) => Some("call_service"),
                // The institution's own app placed or took the call: no caller ID
                // to spoof.
                (Peer::Unknown, _) if in_institution_app => Some("call_service"),
                (Peer::Unknown, Some(Verification::Passed)) if service => Some("call_service"),
                (Peer::Unknown, _) if service && *direction == Direction::Outgoing => Some("call_service"),
                // The number an official site printed (the servicer's, on the
                // government's page), dialled by the user: that body's line.
                (Peer::Unknown, _)
                    if *direction == Direction::Outgoing && state.was_official_number(tag, event.t) =>
                {
                    Some("call_service")
                }
                (Peer::Unknown, _) if service => Some("call_service_claimed"),
                // The user rings the number that wrote as their son or boss: a
                // call to the one asking (to hear them), not a number a text gave
                // to call (the "new number" script avoids calls).
                (Peer::Unknown, _) if *direction == Direction::Outgoing && state.is_claimant(tag) => {
                    Some("call_unknown")
                }
                // The user dials the number a text or pop-up gave them: the
                // callback scam's way onto the line (a stranger, not a shop).
                (Peer::Unknown, _)
                    if *direction == Direction::Outgoing && state.was_number_seen(tag, event.t) =>
                {
                    Some("call_from_message")
                }
                // The user dialled a phone number nothing on the phone gave them: one
                // from a bill, a card, a letter or the body's own site (see
                // `decision::only_weak_calls`). Not a chat or meeting call placed to
                // an id someone dictated: joining the "customer service" meeting is
                // the script's own step.
                (Peer::Unknown, _) if *direction == Direction::Outgoing && *channel == Channel::Cellular => {
                    Some("call_dialled")
                }
                (Peer::Unknown, _) => Some("call_unknown"),
                (Peer::Hidden, _) => Some("call_hidden"),
                (Peer::Flagged, _) => Some("call_flagged"),
                (Peer::Unverified, _) => Some("call_unverified"),
            };
            if let Some(id) = id {
                let c = &cx.model.calls;
                let mut factor = 1.0;
                // The user dialled: a shop, a helpdesk. Scam pretexts still count in full.
                if *direction == Direction::Outgoing && matches!(id, "call_unknown" | "call_unverified") {
                    factor *= c.outgoing_factor;
                }
                let meeting = app.as_deref().is_some_and(|a| cx.catalog.is(a, Category::Meeting));
                if *channel == Channel::Voip && meeting && id == "call_unknown" {
                    factor *= c.meeting_voip_factor;
                }
                let key = match id {
                    "call_recent_contact" => "call_recent_contact",
                    "call_from_message" => "call_from_message",
                    "call_spoofed" => "call_spoofed",
                    // Only caller ID says it is the bank: say so, not "an official number".
                    "call_service_claimed" if *peer == Peer::Service => "call_service_claimed",
                    _ if *direction == Direction::Outgoing => "call_outgoing",
                    _ => "call",
                };
                let fact = Fact::Call { peer: *peer, channel: *channel, since: event.t, key };
                m.raise(id, factor, Live::Call, None, fact);
            }
        }
        // The new number saved just after minutes on the line with the son who wrote
        // from it is his (`engine::claimant_talk`), not one a caller dictated.
        EventKind::ContactAdded { .. }
            if state.claim_talked.is_some_and(|at| event.t.saturating_sub(at) <= CLAIM_SAVED_MS) => {}
        EventKind::ContactAdded { .. } => m.raise("contact_added", 1.0, Live::No, None, Fact::ContactAdded),
        EventKind::AppForeground { package } => {
            if cats.contains(Category::Loan) {
                m.raise("loan_app_opened", 1.0, Live::No, Some(package), app_fact("loan_app", package));
            }
            // A chat app that also pays (WeChat) is opened all day for its chats: only
            // an amount typed in it is a money step. A broker or a crypto exchange
            // is where "buy bitcoin to protect it" and the fake-support fix send
            // the money.
            let money_app = is_bank_screen(cats) || cats.contains(Category::Broker);
            if money_app && state.control_active(event.t) {
                // A remote-support tool showing this screen right now: whoever is at
                // the other end sees the balance and the passcode typed next. Family
                // help on a trusted call makes it trusted (`signals`), not silent.
                let remote = state.shares.iter().any(|s| {
                    s.package
                        .as_deref()
                        .is_some_and(|p| cx.catalog.is(p, Category::RemoteControl) || state.sideloaded(p))
                });
                let id = if remote { "money_app_while_remote" } else { "money_app_while_controlled" };
                m.raise(id, 1.0, Live::No, Some(package), app_fact("money_app", package));
            }
            // "Open your bank app now": ten minutes into a stranger's call. (Not for
            // callers the observer could not check: that is every call a bank app sees.)
            let guided = state.call.as_ref().is_some_and(|c| {
                c.is_stranger() && event.t.saturating_sub(c.since) >= cx.model.gate.long_call_ms
            });
            if money_app && guided {
                m.raise(
                    "money_app_during_call",
                    1.0,
                    Live::No,
                    Some(package),
                    app_fact("money_app", package),
                );
            }
        }
        EventKind::AppInstalled { package, installer, .. } => {
            let kind = cx.catalog.installer_kind(installer.as_deref());
            if kind == InstallerKind::NonStore {
                let fact = Fact::App {
                    key: "sideload",
                    package: Some(package.clone()),
                    installer: installer.clone(),
                };
                m.raise("sideload", 1.0, Live::No, Some(package), fact);
            }
            if cats.contains(Category::RemoteControl) {
                m.raise(
                    "remote_app_installed",
                    1.0,
                    Live::No,
                    Some(package),
                    app_fact("remote_app", package),
                );
            } else if cats.contains(Category::Meeting) {
                m.raise(
                    "meeting_app_installed",
                    1.0,
                    Live::No,
                    Some(package),
                    app_fact("remote_app", package),
                );
            }
            if cats.contains(Category::Loan) {
                m.raise("loan_app_installed", 1.0, Live::No, Some(package), app_fact("loan_app", package));
            }
            // A real exchange or broker, installed from the store after a stranger
            // or scam talk reached the user: the "mentor" has them buy crypto there
            // to send to the fake platform (Coinbase, then an address the chat gave).
            // Installed before anyone did, it is the user's own investing.
            if cats.contains(Category::Broker) && (cx.pitched_by)(event.t) {
                m.raise(
                    "exchange_app_installed",
                    1.0,
                    Live::No,
                    Some(package),
                    app_fact("exchange_app", package),
                );
            }
        }
        EventKind::ScreenShareStarted { package } => {
            let remote = package
                .as_deref()
                .is_some_and(|p| cx.catalog.is(p, Category::RemoteControl) || state.sideloaded(p));
            let id = if remote { "share_remote" } else { "share" };
            let fact = Fact::App { key: "screen_share", package: package.clone(), installer: None };
            m.raise(id, 1.0, Live::Share, package.as_deref(), fact);
        }
        EventKind::AccessibilityEnabled { package, tool, from_store } => {
            // Screen readers and password managers are what accessibility is for.
            let real_tool = *tool == Some(true) || cats.contains(Category::Accessibility);
            if !real_tool {
                // From outside any store and now able to tap for the user: banking
                // malware's first step (a store remote-support tool is family help too).
                let outside = state.sideloaded(package) || *from_store == Some(false);
                let id = if outside {
                    "a11y_sideloaded"
                } else if cats.contains(Category::RemoteControl) {
                    "a11y_remote"
                } else {
                    "a11y_other"
                };
                m.raise(id, 1.0, Live::No, Some(package), app_fact("accessibility", package));
            }
        }
        EventKind::OverlayShown { package } => {
            if !cats.contains(Category::Accessibility) && !cats.contains(Category::SystemInstaller) {
                let id = if state.sideloaded(package) { "overlay_sideloaded" } else { "overlay" };
                m.raise(id, 1.0, Live::No, Some(package), app_fact("overlay", package));
            }
        }
        EventKind::SettingChanged { setting, enabled: true, .. } => match setting {
            Setting::InstallUnknownApps => {
                m.raise("unknown_sources", 1.0, Live::No, None, Fact::Setting { key: "unknown_sources" })
            }
            Setting::BankNotificationsOff => m.raise(
                "bank_notifications_off",
                1.0,
                Live::No,
                None,
                Fact::Setting { key: "bank_notifications_off" },
            ),
            Setting::DeveloperOptions | Setting::Other => {}
        },
        EventKind::TextEntered { package, field, text } => match field {
            Field::Amount => {
                if let Some(amount) = Amount::parse(text).ok().filter(|a| a.money.fen() > 0) {
                    // The currency the app's screen just named, else the app's own.
                    let screen = state.screen_currency_in(package, event.t, PAYEE_TYPED_MS);
                    let currency = amount.currency_or(screen.unwrap_or_else(|| cx.app_currency(package)));
                    let shown = Amount::new(amount.money, Some(currency));
                    // An account number typed by hand minutes before: a new payee.
                    let payee_new = state.payee_typed_in(package, event.t, PAYEE_TYPED_MS);
                    m.gate = Some(MoneyGate {
                        kind: GateKind::Amount,
                        amount: Some(amount.money),
                        currency,
                        payee_new,
                        payee_known: false,
                        payee_public: state.payee_public_in(package, event.t, PAYEE_TYPED_MS),
                        payee_registered: state.payee_registered_in(package, event.t, PAYEE_TYPED_MS),
                        catalogued: is_money_app(cats),
                        in_chat: cats.contains(Category::Messaging),
                        caller_request: false,
                        government: false,
                        fact: Fact::Amount { package: package.clone(), amount: shown },
                    });
                }
            }
            // A code or password typed into a page (not the bank's own app): what a
            // phishing link is after. Whether it counts depends on the episode.
            // A card or account number too: what a fake toll or bank page asks for.
            // Not on the brand's own site (its address shown, nothing else linked)
            // with nobody on the line or at the controls: a toll paid on the toll
            // road's site after ignoring a fake toll text is the user's own errand,
            // and a lure's page shows its own address, not the brand's.
            Field::Code | Field::Password | Field::Account
                if !text.is_empty()
                    && !is_money_app(cats)
                    && !cats.contains(Category::Messaging)
                    && !own_account_app(cats, state, package)
                    && !on_own_site_alone(state, package, event.t) =>
            {
                if *field == Field::Code && state.code_for_more(package, event.t) {
                    m.raise(
                        "code_for_more",
                        1.0,
                        Live::No,
                        Some(package),
                        Fact::Setting { key: "code_for_more" },
                    );
                }
                m.gate = Some(MoneyGate {
                    kind: GateKind::Credentials,
                    amount: None,
                    currency: cx.currency,
                    payee_new: false,
                    payee_known: false,
                    payee_public: false,
                    payee_registered: false,
                    // A page is where credentials go; no catalog says which page is a bank.
                    catalogued: true,
                    in_chat: false,
                    caller_request: false,
                    government: false,
                    fact: Fact::Credentials { package: package.clone() },
                });
            }
            _ => {}
        },
        EventKind::ScreenText { package, text } => {
            // A bank's, wallet's, government app's or broker's own screens are the
            // institution speaking: its tax, fine, loan and investment pages say the
            // words scams use (繳納, 公安局, 入金), and in the bank view they are all
            // the text there is.
            // Their words count for less (`text.sources.institution`); what the bank
            // says of the payee or the call is read apart, below.
            // An app from outside a store is not the institution, whatever its id.
            let browser = cats.contains(Category::Browser);
            let source = if browser { Source::BrowserPage } else { Source::Screen };
            // Read once here for the page's kind; `read_text_as` reads it from the cache.
            let page = (cx.analyze)(text, source).analysis;
            let key = if speaks_for_itself(cx, package) {
                "institution"
            } else if browser && page.government_page {
                // A government's own page (its address is on it, and no one else
                // publishes there): every word on it is the government's.
                GOVERNMENT_PAGE
            } else if browser
                && (page.official_page || state.official_site_in(package, event.t, OFFICIAL_SITE_MS))
            {
                // A brand's fee or login page on the brand's own site (its address
                // shown, or the pages after it): the user went there. Its phishing
                // words weigh `screen_browser`; its other words (a task site's, an
                // investment platform's) weigh as any screen's. When the user came
                // to it before anyone untrusted or any scam talk reached them, its
                // fee, refund and credit words are the brand's own business too
                // (`BRAND_PAGE`): a phishing page shows the brand's address in its
                // text as well, and one reached from a lure speaks for the lure. A
                // page that never showed an official address may be where a QR
                // sticker, an ad or an e-mail link sent the user, a lure that raised
                // nothing: it weighs as any screen.
                if (cx.steered_by)(event.t) {
                    "screen_browser"
                } else {
                    BRAND_PAGE
                }
            } else {
                "screen"
            };
            let read =
                read_text_as(&mut m, cx, text, (source, key), WordSource::Screen, Some(package), false);
            if browser {
                // A results page lists the brand's address among ads and results: it
                // is not the site, and the page the user opens next may be anyone's.
                let results = {
                    let lower = text.to_ascii_lowercase();
                    RESULTS_PAGE.iter().any(|w| lower.contains(w))
                };
                m.government_site = read.analysis.government_page && !results;
                m.page_sum = read.largest_sum;
                m.official_site = match (read.analysis.official_page && !results, read.analysis.has_link) {
                    (true, _) => Some(true),
                    (false, true) => Some(false),
                    (false, false) => None,
                };
            }
            // A dating or social site read in the browser shows its messages as
            // pages: the sender of "New message from Daniel, 54: …" was met online
            // there, as a dating app's notice says it (`chat::site_message_sender`).
            // A page where someone met there writes ("Graham: It would be easier to
            // text, my mobile is 07700 …") gives their number, as a chat would: the
            // texts from it are theirs (`tags::met_number_key`).
            // An official page's numbers are the body's own, never a person's.
            if browser {
                let site_sender = crate::chat::site_message_sender(text);
                if let Some(name) = site_sender {
                    m.met_online.extend(met_name_tags(name));
                }
                let writer_met = || {
                    crate::chat::sender_before_colon(text)
                        .is_some_and(|w| met_online_since(cx, Some(w), None).is_some())
                };
                if !read.analysis.official_page && (site_sender.is_some() || writer_met()) {
                    m.met_online.extend(read.numbers.iter().map(|&n| crate::tags::met_number_key(n)));
                }
            }
            if read.analysis.official_page {
                m.official_numbers = read.numbers;
            } else {
                m.numbers = read.numbers;
            }
            // The chat app's own screen saying the user just joined a group or
            // added someone (a QR code scanned into a "welfare group", a friend
            // request sent from an ad): someone new, as the app's notification would say.
            if cats.contains(Category::Messaging) && crate::chat::someone_new(None, text) {
                someone_new_in(&mut m, package);
            }
            // A bank's own checks: the payee's name, and who is calling.
            if is_bank_screen(cats) {
                let fact = |key| Fact::Setting { key };
                match crate::bank_screen::read(text) {
                    Some(Said::PayeeMismatch) => {
                        m.raise("payee_mismatch", 1.0, Live::No, Some(package), fact("payee_mismatch"))
                    }
                    // Savings cashed in early are money being raised, as a loan drawn
                    // is (`drawdown`): the user's own plan when nothing guides it.
                    Some(Said::SavingsBroken) => {
                        let factor =
                            if guided_by_a_call(cx) { 1.0 } else { cx.model.gate.own_drawdown_factor };
                        m.raise("savings_broken", factor, Live::No, Some(package), fact("savings_broken"))
                    }
                    // The user's own answer to the bank's purpose question, as the
                    // script words it: "moving money to my own account" is the safe
                    // account; "investment" is where the "mentor" sends the money.
                    // Only after a call nobody vouched for: the safe-account script is
                    // spoken, and a saver opened after the bank's own call is the user's.
                    Some(Said::PurposeOwnAccount)
                        if unvouched_call_within(state, event.t, PURPOSE_CALL_MS) =>
                    {
                        m.raise("text_safe_account", 1.0, Live::No, Some(package), purpose(text))
                    }
                    Some(Said::PurposeInvestment) => {
                        m.raise("text_investment", 1.0, Live::No, Some(package), purpose(text))
                    }
                    Some(Said::BankNotCalling) if state.call.is_some() => {
                        m.raise("bank_not_calling", 1.0, Live::No, Some(package), fact("bank_not_calling"))
                    }
                    // Only a bank the catalog lists, not installed from outside a
                    // store, may vouch for a call: a fake bank app can say anything.
                    Some(Said::BankCalling)
                        if state.call.is_some()
                            && cx.catalog.get(package).is_some()
                            && !state.sideloaded(package) =>
                    {
                        m.bank_on_call = true
                    }
                    _ => {}
                }
            }
        }
        EventKind::Notification { package, title, text } => {
            let source = if cats.contains(Category::Messaging) {
                Source::NotificationMessaging
            } else {
                Source::Notification
            };
            let money_app = cats.contains(Category::Bank) || cats.contains(Category::Payment);
            let joined;
            let body = match title {
                Some(t) if !t.is_empty() => {
                    joined = format!("{t}\n{text}");
                    joined.as_str()
                }
                _ => text.as_str(),
            };
            // A bank's, a government app's or a broker's own notice is the institution
            // speaking, as on its screens ("入金後即可交易", "your tax is due").
            let key = if speaks_for_itself(cx, package) { "institution" } else { source_key(source) };
            let read = read_text_as(
                &mut m,
                cx,
                body,
                (source, key),
                WordSource::Notification,
                Some(package),
                money_app,
            );
            // Someone new in the user's chats: the contact stage of scams with no call.
            // Not part of the read: it needs the title apart (see `TextRead`).
            // A bank's own notices are not chats; a chat app that also pays (WeChat) is.
            let chat = !money_app || cats.contains(Category::Messaging);
            // A title that is a phone number: a sender the phone has no contact for.
            let bare = title.as_deref().filter(|t| crate::chat::is_bare_number(t));
            // The son's new number, heard on a call since it wrote, is no longer new.
            let talked = bare.is_some_and(|t| state.talked_claimant(crate::numbers::number_tag(t)));
            // A chat titled by a saved name soon after the user heard the relative or
            // the boss on the line (`engine::claimant_talk`: the new number rung, or the
            // old home line): the asker checked by voice, and the number saved as
            // theirs. Their next errand ("pay the shop for me, they will ring you")
            // is theirs, checked as what they said on the call; the "new number"
            // script never survives a call.
            let heard = chat
                && bare.is_none()
                && title.is_some()
                && state.claim_talked.is_some_and(|at| event.t.saturating_sub(at) <= CLAIM_HEARD_MS);
            if heard {
                let check = &cx.model.calls.contact_check;
                m.trust(check.factor, |r| check.signals.iter().any(|i| i == r.id));
            }
            if chat && !talked && crate::chat::someone_new(title.as_deref(), text) {
                // Kept with its app: a payment typed in that app goes to the newcomer.
                someone_new_in(&mut m, package);
                m.met_online = crate::chat::met_online(title.as_deref(), text)
                    .into_iter()
                    .flat_map(met_name_tags)
                    .collect();
                // A bare number whose opener named its sender ("Hi Eddie, it's Kali!
                // Easier to talk here") is that person while it stays unsaved.
                if let Some(tag) =
                    bare.filter(|_| !m.met_online.is_empty()).and_then(crate::numbers::number_tag)
                {
                    m.met_online.push(crate::tags::met_number_key(tag));
                }
            }
            let mut met_here = false;
            if cats.contains(Category::Dating) {
                // Whoever writes in a dating app was met there: the name before the
                // text's colon when the app titles its notices itself ("New message"
                // / "Maj. Richard: Good evening Val"), or else the title.
                let sender = crate::chat::sender_before_colon(text)
                    .or_else(|| title.as_deref().filter(|t| dating_sender(cx, package, t)));
                if let Some(t) = sender {
                    m.met_online.extend(met_name_tags(t));
                    met_here = true;
                }
            }
            if chat {
                let met = met_online_since(cx, title.as_deref(), bare);
                // Someone met online who gives a number to go on by text or call is
                // the same person there ("Could we text instead? My number is …"):
                // moving off the app is how the long con goes on.
                // So is a number given in the opener itself ("can we talk on WhatsApp?
                // this is my number …").
                if met_here || met.is_some() || !m.met_online.is_empty() {
                    m.met_online.extend(read.numbers.iter().map(|&n| crate::tags::met_number_key(n)));
                }
                asked_by_someone_met_online(&mut m, met, &read, event.t);
                // "So fun meeting Lily!": the two have met in person since.
                if met.is_some() && crate::chat::met_in_person(text) {
                    let name = title.as_deref().filter(|t| crate::chat::is_name(t));
                    m.met_in_person = name.map(met_name_tags).unwrap_or_default();
                    let number = bare.and_then(crate::numbers::number_tag).map(crate::tags::met_number_key);
                    m.met_in_person.extend(number);
                }
                if let Some(t) = bare {
                    m.claimant = claimant(&m, cx, t);
                }
            }
            code_for_caller(&mut m, cx, read.carries_code);
            m.numbers = read.numbers;
        }
        EventKind::SmsReceived { sender, sender_kind, text } => {
            let source = match sender_kind {
                SenderKind::Contact => Source::SmsContact,
                SenderKind::Service => Source::SmsService,
                SenderKind::Unknown => Source::SmsUnknown,
            };
            let read = read_text(
                &mut m,
                cx,
                text,
                source,
                WordSource::Sms,
                None,
                *sender_kind == SenderKind::Service,
            );
            code_for_caller(&mut m, cx, read.carries_code);
            if read.carries_code {
                m.code_sum = Some(read.first_sum);
            }
            // A text from the number someone met online gave, saved or not.
            if *sender_kind != SenderKind::Service {
                // Or one whose first text names its sender as them, from a number
                // the phone does not know ("Good evening my dear, it's Marc. Now you
                // have my number"): the match moves the talk to texts unasked.
                let unknown = sender
                    .as_deref()
                    .filter(|s| *sender_kind == SenderKind::Unknown && crate::chat::is_bare_number(s));
                let introduced = unknown
                    .and_then(|_| crate::chat::self_introduced(text))
                    .and_then(|name| met_online_since(cx, Some(name), None));
                // A first text that is itself a stranger's opener and names its
                // sender ("Hello beautiful, it's Erik from the site, this is my
                // cell") meets them here, as a bare number's chat would.
                let opener: Vec<&str> =
                    unknown.map(|s| crate::chat::met_online(Some(s), text)).unwrap_or_default();
                m.met_online.extend(opener.iter().flat_map(|n| met_name_tags(n)));
                if introduced.is_some() || !opener.is_empty() {
                    let tag = unknown.and_then(crate::numbers::number_tag);
                    m.met_online.extend(tag.map(crate::tags::met_number_key));
                }
                let met = met_online_since(cx, None, sender.as_deref()).or(introduced);
                asked_by_someone_met_online(&mut m, met, &read, event.t);
                if met.is_some() && crate::chat::met_in_person(text) {
                    let number = sender.as_deref().and_then(crate::numbers::number_tag);
                    m.met_in_person.extend(number.map(crate::tags::met_number_key));
                }
            }
            // A number a contact texts (the plumber's, a friend's) is theirs to give.
            if *sender_kind != SenderKind::Contact {
                m.numbers = read.numbers;
            }
            if let Some(s) = sender.as_deref().filter(|_| *sender_kind == SenderKind::Unknown) {
                m.claimant = claimant(&m, cx, s);
            }
        }
        EventKind::TransferStarted { package, amount, payee_new, currency, .. } => {
            let code = Currency::from_code(currency).unwrap_or(cx.currency);
            let shown = Amount::new(*amount, Some(code));
            // A council, a tax office or a university the bank confirmed as the payee
            // minutes before is not a new payee in the scam's sense; the payee name
            // on the transfer itself is what the user typed and confirms nothing.
            let public =
                package.as_deref().is_some_and(|p| state.payee_public_in(p, event.t, PAYEE_TYPED_MS));
            let payee_new = &if public { Some(false) } else { *payee_new };
            m.gate = Some(MoneyGate {
                kind: GateKind::Transfer,
                amount: Some(*amount),
                currency: code,
                payee_new: *payee_new == Some(true),
                payee_known: *payee_new == Some(false),
                payee_public: public,
                payee_registered: package
                    .as_deref()
                    .is_some_and(|p| state.payee_registered_in(p, event.t, PAYEE_TYPED_MS)),
                // Only bank and payment apps report transfers, whatever the package.
                catalogued: true,
                in_chat: false,
                caller_request: false,
                government: false,
                fact: Fact::Transfer {
                    package: package.clone(),
                    amount: shown,
                    payee_new: *payee_new == Some(true),
                },
            });
        }
        EventKind::PaymentPrompt { package, kind, amount, currency } => {
            let code = currency
                .as_deref()
                .and_then(Currency::from_code)
                .unwrap_or_else(|| package.as_deref().map_or(cx.currency, |p| cx.app_currency(p)));
            let shown = amount.map(|a| Amount::new(a, Some(code)));
            let fact = Fact::Prompt { kind: *kind, package: package.clone(), amount: shown };
            if *kind == PaymentKind::Drawdown {
                // A loan drawn in the bank's own app with nobody on the line and no
                // long call before it is the user's own borrowing (applied for the
                // day before, approved after the bank's short check call). A script
                // draws credit while it talks the user through.
                let own_bank = package.as_deref().is_some_and(|p| {
                    let c = cx.catalog.categories(p);
                    c.contains(Category::Bank) && !c.contains(Category::Loan)
                });
                let factor =
                    if own_bank && !guided_by_a_call(cx) { cx.model.gate.own_drawdown_factor } else { 1.0 };
                m.raise("drawdown", factor, Live::No, package.as_deref(), fact.clone());
            }
            // A collect request is someone else asking to be paid. Right after a
            // stranger's call it is the caller asking (the "buyer" who sends a
            // request to "pay you"), a payee the user never chose; a shop's or a
            // broker's request follows the user's own checkout, not a call.
            let requested_by_caller = *kind == PaymentKind::CollectRequest
                && state.asked_by_caller(event.t, CALLER_REQUEST_MS, CALLER_TALKED_MS);
            m.gate = Some(MoneyGate {
                kind: GateKind::Prompt,
                amount: *amount,
                currency: code,
                payee_new: requested_by_caller,
                caller_request: requested_by_caller,
                payee_known: false,
                payee_public: false,
                payee_registered: false,
                catalogued: package.as_deref().is_some_and(|p| is_money_app(cx.catalog.categories(p))),
                in_chat: false,
                government: false,
                fact,
            });
        }
        EventKind::PlatformRisk { kind, package } => {
            let id = match kind {
                RiskKind::ScreenCaptured => "platform_captured",
                RiskKind::DeviceControlled => "platform_controlled",
                RiskKind::DisplayCast => "display_cast",
                RiskKind::VoipCall => "voip_call",
            };
            // The phone in a VoIP call's audio mode with no call reported otherwise
            // (what a bank app sees of a WhatsApp or Skype call) is a call of its
            // own, live until `call_ended` or `call_state {active: false}`.
            // The audio mode reported again during a VoIP call the engine knows
            // (a bank app reads it each time it comes to the front) is that same
            // call, not a new sign.
            let same_call = state.call.as_ref().is_some_and(|c| c.channel == Channel::Voip);
            let (live, fact) = match kind {
                RiskKind::VoipCall if same_call => return m,
                RiskKind::VoipCall if state.call.is_none() => (
                    Live::Call,
                    Fact::Call {
                        peer: Peer::Unverified,
                        channel: Channel::Voip,
                        since: state.lost_voip.unwrap_or(event.t),
                        key: "call",
                    },
                ),
                RiskKind::VoipCall => (Live::No, Fact::Voip),
                _ => (Live::No, Fact::Platform { kind: *kind }),
            };
            m.raise(id, 1.0, live, package.as_deref(), fact);
        }
        EventKind::CallEnded
        | EventKind::CallState { .. }
        | EventKind::AppRemoved { .. }
        | EventKind::ScreenShareStopped { .. }
        | EventKind::SettingChanged { enabled: false, .. } => {}
    }
    // Family fixing a phone, a colleague's meeting: control handed over with a
    // trusted contact on the line, or the screen shown in the user's own meeting,
    // counts less.
    if state.trusted_context(event.t, cx.model.calls.trusted_context_ms) || own_meeting_share(event, cx) {
        let control =
            |r: &Raised| cx.model.signal(r.id).is_some_and(|s| s.stage == crate::kinds::Stage::Control);
        m.trust(cx.model.calls.trusted_context_factor, control);
    }
    // The money goes to the government: no payee the scam chose, so no new payee
    // and the factor of a known one. The gate stays, so a stranger on the line, a
    // scam text or a shared screen still ties it (a fake app reusing the id).
    // Paying in the bank minutes after a government's own site showed the bill
    // (a toll, a tax, a fuel fee handed over to the bank by FPS or a bill number)
    // pays that government, as in its own app.
    let handed_over = m.gate.as_ref().is_some_and(|g| g.kind != GateKind::Credentials)
        && state.government_site.is_some_and(|at| event.t.saturating_sub(at) <= GOVERNMENT_HANDOFF_MS);
    if let Some(g) = m.gate.as_mut() {
        if handed_over || event.package().is_some_and(|p| government_app(cats, state, p)) {
            g.payee_new = false;
            g.caller_request = false;
            g.payee_public = true;
            g.government = true;
            if let Fact::Transfer { payee_new, .. } = &mut g.fact {
                *payee_new = false;
            }
        }
    }
    m
}

/// A one-time code arriving while a stranger who called the user is on the line:
/// "read me the code to verify you" is how callers take over accounts and approve
/// payees. A code during a call the user made (a shop, a helpdesk) is their own,
/// unless they dialled a number a message gave them. `carries_code`: the text's
/// (`TextRead::carries_code`).
/// A screen shared in the user's own meeting: in a meeting app (not a
/// remote-support tool, not installed from outside a store) that was on the
/// phone before the memory window, during a call the user placed in that app
/// (or, in a meeting app that is no chat app, one that rang in).
/// The scam has its victim install the meeting app first
/// (`meeting_app_installed`), or asks on a phone call for a share.
fn own_meeting_share(event: &Event, cx: &Context<'_>) -> bool {
    let EventKind::ScreenShareStarted { package: Some(p) } = &event.kind else {
        return false;
    };
    let state = cx.state;
    cx.catalog.is(p, Category::Meeting)
        && !cx.catalog.is(p, Category::RemoteControl)
        && state.install_of(p).is_none()
        && state.call.as_ref().is_some_and(|c| {
            // Joined by the user, or rung in a meeting app that is no chat app
            // (colleagues calling into a Teams meeting): a chat app's call from
            // someone new is how the WhatsApp screen-share script begins.
            let joined = c.direction == Direction::Outgoing || !cx.catalog.is(p, Category::Messaging);
            joined && c.channel == Channel::Voip && c.app.as_deref() == Some(p)
        })
}

/// Someone new reached the user in the chat app `package`: the contact stage of
/// scams with no call. Kept with its app, so a payment typed there goes to them.
fn someone_new_in(m: &mut Meaning, package: &str) {
    m.raise("chat_new_contact", 1.0, Live::No, Some(package), Fact::Setting { key: "chat_new_contact" });
}

/// How long after a call a move "to my own account" still follows its script.
const PURPOSE_CALL_MS: Millis = 3 * 3_600_000;

/// A call on the line, or one that ended at most `within` ago, that raised a signal
/// nothing checked since (a stranger's, one nobody could check; not a contact's, not
/// the bank's own confirmed in its app).
fn unvouched_call_within(state: &DeviceState, t: Millis, within: Millis) -> bool {
    state.call.as_ref().is_some_and(|c| c.signal.is_some())
        || state.last_call.is_some_and(|(tie, _, end)| tie.is_some() && t.saturating_sub(end) <= within)
}

/// The evidence of a purpose answer: the screen's first words, as the user saw them,
/// long numbers masked as in every word of evidence (`text::shown_word`): the same
/// screen may show the payee's account.
fn purpose(text: &str) -> Fact {
    let end = text.char_indices().nth(60).map_or(text.len(), |(i, _)| i);
    Fact::Words { source: WordSource::Screen, word: crate::text::shown_word(&text[..end]) }
}

/// A chat name as it is kept and looked up among those met online: without a rank
/// or title before it, both ways ("Sgt. James Carter" writes as "James Carter").
fn met_name(name: &str) -> &str {
    crate::chat::without_title(name)
}

/// The tags a name met online is kept under (`tags::name_tags` of [`met_name`]).
fn met_name_tags(name: &str) -> Vec<u32> {
    crate::tags::name_tags(met_name(name))
}

/// A drawdown or savings cashed in with a call on, or a long call before it: a
/// script talking the user through. Without one, it is the user's own plan.
fn guided_by_a_call(cx: &Context<'_>) -> bool {
    cx.state.call.is_some() || cx.state.long_last_call(cx.model.gate.long_call_ms).is_some()
}

/// How soon after a talk with the person who asked a saved number is theirs.
pub(crate) const CLAIM_SAVED_MS: crate::Millis = 15 * 60_000;

/// How long after the user heard the relative or the boss on the line their chat,
/// under a saved name, speaks for them (`heard` above): the errand of that
/// afternoon, not next week's.
const CLAIM_HEARD_MS: crate::Millis = 2 * 3_600_000;

/// The tag of `number` when the message it sent spoke as a relative or a boss:
/// the signals a talk with that person checks (`calls.contact_check.signals`).
fn claimant(m: &Meaning, cx: &Context<'_>, number: &str) -> Option<u32> {
    let claims = &cx.model.calls.contact_check.signals;
    m.signals
        .iter()
        .any(|r| claims.iter().any(|c| c == r.id))
        .then(|| crate::numbers::number_tag(number))
        .flatten()
}

/// Someone the user met online (`DeviceState::met_online`) at least
/// `MET_ONLINE_GROWN_MS` ago now writes of money the way scams do
/// (`TextAnalysis::money_talk`): a fee, a bill, a frozen account, an investment,
/// a plea. Romance and investment scams court for days or
/// weeks before they ask, and what they ask is paid a day or two later: the
/// contact stage has long faded by then, so the request is the pretext that ties
/// the payment. A seller or a tradesperson writes from a number and asks within
/// the hour, not as someone met through a friend request or a match.
/// `met`: when the message's sender was first met online (`met_online_since`).
fn asked_by_someone_met_online(m: &mut Meaning, met: Option<Millis>, read: &TextRead, t: Millis) {
    let Some(met) = met else {
        return;
    };
    let grown = t.saturating_sub(met) >= MET_ONLINE_GROWN_MS;
    if grown && read.analysis.money_talk {
        m.raise("met_online_asks", 1.0, Live::No, None, Fact::Setting { key: "met_online_asks" });
    }
}

/// When the sender of a message was first met online, if they were: by the chat's
/// title, or by the `number` a text or a bare-number chat came from (one they gave
/// while talking in the app, `tags::met_number_key`). The whole title only: "Anna"
/// finds "Anna Lin" (kept under her first name too), but "Daniel Smith" is not the
/// "Daniel Reyes" met online.
fn met_online_since(cx: &Context<'_>, title: Option<&str>, number: Option<&str>) -> Option<Millis> {
    let name = title.filter(|t| crate::chat::is_name(t)).map(met_name);
    let by_name = name.and_then(crate::tags::name_tag);
    let by_number = number.and_then(crate::numbers::number_tag).map(crate::tags::met_number_key);
    // "Meghna Reddy" is the "Meghna" a dating app showed (`tags::first_name_tag`).
    let by_first = name.and_then(|n| {
        let mut words = n.split_whitespace();
        let first = words.next()?;
        words.next().and_then(|_| crate::tags::first_name_tag(first))
    });
    [by_name, by_number, by_first].into_iter().flatten().find_map(|k| cx.state.met_online_at(k))
}

/// A dating app's notice titled with a person's name, not with the app's own
/// ("Tinder", "探探": its promotions and match notices).
fn dating_sender(cx: &Context<'_>, package: &str, title: &str) -> bool {
    let own = cx.catalog.get(package).is_some_and(|a| {
        [a.label_zh(), a.label_en()]
            .iter()
            .any(|l| !l.is_empty() && title.to_lowercase().contains(&l.to_lowercase()))
    });
    crate::chat::is_name(title) && !own
}

/// How long someone met online has been talking to the user before a word of
/// money from them reads as the request of a long con (`asked_by_someone_met_online`).
const MET_ONLINE_GROWN_MS: crate::event::Millis = 3 * 24 * 3_600_000;

fn code_for_caller(m: &mut Meaning, cx: &Context<'_>, carries_code: bool) {
    let caller = cx.state.call.as_ref().is_some_and(Call::is_asker);
    if caller && carries_code {
        m.raise("code_during_call", 1.0, Live::No, None, Fact::Setting { key: "code_during_call" });
    }
}

fn app_fact(key: &'static str, package: &str) -> Fact {
    Fact::App { key, package: Some(package.to_string()), installer: None }
}

/// The user is on a brand's or government's own site (`DeviceState::official_site`)
/// in `package`, with no call on and nothing controlling or sharing the screen.
fn on_own_site_alone(state: &DeviceState, package: &str, t: crate::event::Millis) -> bool {
    state.official_site_in(package, t, OFFICIAL_SITE_MS) && state.call.is_none() && !state.control_active(t)
}

/// Scam-text findings become pretext (or credit) signals, weighted by where the
/// text was seen; a bank's own message that money left is the money-left fact.
/// Returns the read, for what else the text gives (numbers, a code).
fn read_text(
    m: &mut Meaning,
    cx: &Context<'_>,
    text: &str,
    source: Source,
    where_: WordSource,
    package: Option<&str>,
    from_money_sender: bool,
) -> TextRead {
    read_text_as(m, cx, text, (source, source_key(source)), where_, package, from_money_sender)
}

/// [`read_text`] with the key of `text.sources` that weighs it given apart.
fn read_text_as(
    m: &mut Meaning,
    cx: &Context<'_>,
    text: &str,
    (source, key): (Source, &str),
    where_: WordSource,
    package: Option<&str>,
    from_money_sender: bool,
) -> TextRead {
    let read = (cx.analyze)(text, source);
    let analysis = &read.analysis;
    let factor_of = |k: &str| cx.model.text.sources.get(k).copied().unwrap_or(1.0);
    let government_page = key == GOVERNMENT_PAGE;
    let brand_page = key == BRAND_PAGE;
    let source_factor = factor_of(match key {
        GOVERNMENT_PAGE => "institution",
        BRAND_PAGE => "screen_browser",
        k => k,
    });
    let page = key == "screen_browser" || brand_page;
    // An institution's own words weigh `institution`, except a counterparty's note.
    let note = key == "institution" && read.counterparty_note;
    // What the text would weigh from anyone: the page's or the notice's own source.
    let screen_factor = factor_of(if where_ == WordSource::Screen { "screen" } else { source_key(source) });
    // Words the institution or brand says of its own business (its own screen, a
    // government's page, a brand's fee page on its own site): a bill it names is the
    // bill, not a sum a script demanded, and its words anchor nothing (`trusted`).
    // A licensed broker's or exchange's own screen (from a store) speaks of deposits
    // and returns as its business: 入金, "top up to trade" there are the account's.
    // Not one installed after returns were pitched in a message: the "mentor" had
    // the user open it to fund the fake platform, and its deposit page is a step of
    // the script.
    let broker = key == "institution"
        && cx.categories.contains(Category::Broker)
        && package.is_some_and(|p| !cx.state.install_of(p).is_some_and(|i| (cx.pitched_by)(i.t)));
    let vouched = |class: TextClass| {
        !note
            && (government_page
                || (brand_page && brand_speaks(class))
                || (broker && class == TextClass::Investment))
    };
    // The sums a scam text names are what it demands. A web page whose only scam
    // reading is phishing structure (a brand beside a link not the brand's) names its
    // own price, a checkout's bill; its other scam words (a fee, a deposit) demand.
    let demands = analysis.findings.iter().any(|f| {
        f.class != TextClass::MoneyOut
            && f.class != TextClass::Credit
            && !(source == Source::BrowserPage && f.class == TextClass::Phishing)
            && f.strength >= cx.model.text.min_strength
            && !vouched(f.class)
    });
    if demands {
        m.demanded = read.amounts.clone();
    }
    for f in &analysis.findings {
        if f.class == TextClass::MoneyOut {
            if from_money_sender {
                m.money_left = Some(Fact::MoneyOut { package: package.map(str::to_string) });
            }
            continue;
        }
        if f.strength < cx.model.text.min_strength {
            continue;
        }
        let id = if f.class == TextClass::BossRequest && analysis.redirect {
            "text_redirect"
        } else {
            class_signal(f.class)
        };
        let fact = Fact::Words { source: where_, word: f.word.clone() };
        // Text signals belong to no app: removing the app does not unsay them.
        let brand_words = f.class == TextClass::Phishing || vouched(f.class);
        let factor = if (page && !brand_words) || note { screen_factor } else { source_factor };
        m.raise(id, f.strength * factor, Live::No, None, fact);
        if vouched(f.class) {
            if let Some(r) = m.signals.last_mut() {
                r.trusted = true;
            }
        }
    }
    read
}

/// What a brand's own site says about its own business, so that on its pages the
/// words are the brand's: the fees, deposits, refunds and credit it really charges or offers (a courier's
/// clearance fee and duties, a landlord portal's bond, an airline's refund). Tasks,
/// returns, a safe account, remote access, threats, prizes or a boss's errand on a
/// page under a brand's address are someone else's words that the brand hosts.
fn brand_speaks(class: TextClass) -> bool {
    matches!(class, TextClass::LoanFee | TextClass::AdvanceFee | TextClass::Refund | TextClass::Credit)
}

fn source_key(s: Source) -> &'static str {
    match s {
        Source::SmsUnknown => "sms_unknown",
        Source::SmsService => "sms_service",
        Source::SmsContact => "sms_contact",
        Source::Notification => "notification",
        Source::NotificationMessaging => "notification_messaging",
        Source::Screen => "screen",
        Source::BrowserPage => "screen_browser",
    }
}

fn class_signal(c: TextClass) -> &'static str {
    match c {
        TextClass::Impersonation => "text_impersonation",
        TextClass::SafeAccount => "text_safe_account",
        TextClass::RemoteAccess => "text_remote_access",
        TextClass::Refund => "text_refund",
        TextClass::Task => "text_task",
        TextClass::Investment => "text_investment",
        TextClass::LoanFee => "text_loan_fee",
        TextClass::Credit => "text_credit",
        TextClass::Phishing => "text_phishing",
        TextClass::Prize => "text_prize",
        TextClass::BossRequest => "text_boss",
        TextClass::CodeRequest => "text_code_request",
        TextClass::AdvanceFee => "text_advance_fee",
        TextClass::Extortion => "text_extortion",
        TextClass::Recovery => "text_recovery",
        // Handled before: money that left is not a pretext.
        TextClass::MoneyOut => "text_refund",
    }
}

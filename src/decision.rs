//! From the episode's risk to a level and a pattern that names it.
//!
//! Money is the gate: the higher the risk when money is about to move, the
//! louder the warning. Other events warn only when the chain is strong, and
//! never twice at the same level within an episode.

use crate::amount::{Currency, Money};
use crate::episode::{Episode, Risk, Signal};
use crate::episode::{Fact, WordSource};
use crate::event::Millis;
use crate::kinds::{Level, PaymentKind, Stage};
use crate::model::{GateKind, Model, On, Pattern};
use crate::signals::{Meaning, MoneyGate};
use crate::state::{DeviceState, WEAK_CALLS};

/// What the engine decided for one event.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision<'m> {
    pub level: Level,
    pub pattern: &'m Pattern,
    pub risk: f32,
}

/// Pretext signals after which a code typed into a page is a money step.
const CREDENTIAL_BAIT: &[&str] = &[
    CODE_FOR_MORE,
    "text_phishing",
    "text_code_request",
    "text_impersonation",
    "text_prize",
    "text_refund",
    "text_safe_account",
];

/// What no government's own app or page asks for: a safe account, a code read
/// out, remote access, a task. (Not phishing words: a fine's page says 公安 and
/// "verify".) Seen anywhere, it ties a payment in a
/// "government" app (a fake one reusing the id).
const GOVERNMENT_NEVER_ASKS: &[&str] =
    &["text_safe_account", "text_code_request", "text_remote_access", "text_task"];

/// Scripts no biller's own notice is worded like: a fee to release a deal, a task's
/// top-up, a "protected account", a threat. A tax or water bill's notice says
/// "overdue" and "pay now" (impersonation and phishing words), and a fund bought
/// from the bank's own shelf follows talk of returns, so those do not count here.
const NO_BILL_SAYS: &[&str] =
    &["text_advance_fee", "text_task", "text_safe_account", "text_extortion", "text_recovery"];

/// A link lure (`text_phishing`): what it wants is its link followed.
const LURE: &str = "text_phishing";

/// A code typed into a page whose bank SMS approves far more than the page showed
/// (`DeviceState::code_for_more`).
const CODE_FOR_MORE: &str = "code_for_more";

/// The episode's link lure came in an SMS, and no browser has been in front
/// since: nobody followed it. (Links in a chat app's message may open in the
/// chat's own web view, which no event shows: those count as followed.)
fn unopened_lure(ep: &Episode, state: &DeviceState) -> bool {
    ep.signals.iter().any(|s| {
        s.id == LURE
            && matches!(s.fact, Fact::Words { source: WordSource::Sms, .. })
            && state.browser_at.map_or(true, |b| b < s.t)
    })
}

/// A boss's or a client's request to pay: ordinary work when the payee is a saved one.
const BOSS: &str = "text_boss";

/// "Move your money to a safe account" (`text_safe_account`).
const SAFE_ACCOUNT: &str = "text_safe_account";

/// A number the user saved as a contact (`contact_added`).
const SAVED: &str = "contact_added";

/// An incoming call showing an official service number that no one verified.
const SERVICE_CLAIMED: &str = "call_service_claimed";

/// Someone new in the user's chats (`signals`, `chat::someone_new`).
const NEWCOMER: &str = "chat_new_contact";

/// What the amount itself says, worked out once per money step.
#[derive(Clone, Copy)]
struct AmountFacts {
    /// Looks like a dictated "code", with a scam already going on.
    dictated: bool,
    /// Exactly what a scam text demanded.
    demanded: bool,
}

/// Risk at the money gate: the episode plus what is true this very moment.
fn gate_risk(
    model: &Model,
    risk: &Risk,
    gate: &MoneyGate,
    amount: AmountFacts,
    state: &DeviceState,
    ep: &Episode,
    t: Millis,
) -> f32 {
    let g = &model.gate;
    // The money step is a stage of its own: pretext then payment is a chain of two.
    let mut r = risk.sum * (1.0 + model.scoring.chain_bonus * f32::from(risk.chain));
    // The first money step of a chain counts itself as that stage (the episode
    // only holds `money_step` after it): otherwise the amount typed weighs less
    // than the confirmation that follows it a few seconds later, and a bank app
    // hears of the payment only at its confirm button. Only beside scam talk or a
    // means of control (a call alone, a loan alone are the day), and not for a
    // small sum (a first ¥68 to someone new after a meeting link). A boss's
    // request counts only toward a new payee: paying a saved supplier when the
    // boss asks is the job.
    if gate.kind != GateKind::Credentials
        && !ep.signals.iter().any(|s| s.id == "money_step")
        && (present(model, risk, Stage::Control)
            || present(model, &ep.risk_of(t, model, |s| gate.payee_new || s.id != BOSS), Stage::Pretext))
        && !gate.amount.is_some_and(|a| is_small(model, a, gate.currency))
    {
        if let Some(spec) = model.signal("money_step") {
            r += spec.weight * (1.0 + model.scoring.chain_bonus * f32::from(risk.chain));
        }
    }
    if gate.payee_new && ep.has_untrusted(&model.anchors.signals, t, model) {
        r += g.new_payee_after_anchor;
    }
    let large = gate.amount.is_some_and(|a| is_large(model, a, gate.currency));
    if let Some(call) = &state.call {
        let long = t.saturating_sub(call.since) >= g.long_call_ms;
        r += match call.signal {
            // A long call nobody could check is a guided session only when the stake
            // is worth guiding: a small top-up during a long call home is the day.
            Some(s) if WEAK_CALLS.contains(&s) && long && large => g.live_weak_call + g.long_weak_call,
            Some(s) if WEAK_CALLS.contains(&s) => g.live_weak_call,
            // A caller showing the bank's own number, unverified, while a large sum
            // is typed: the spoofed "fraud team" talking the user through, however
            // few minutes in (the bank's real fraud team never has money moved).
            Some(s) if long || (s == SERVICE_CLAIMED && large) => g.live_stranger_call + g.long_stranger_call,
            Some(_) => g.live_stranger_call,
            None => 0.0,
        };
    } else if let Some((sig, length, end)) = long_last_call(model, state) {
        // Hung up a long call and now paying: the script said "call you back
        // after", or "go to your bank app now". It fades with the time since the
        // call instead of stopping at a window, and weighs more for a longer call.
        // A call nobody could check ties only a stake worth guiding, as while it
        // is on: a small payment an hour after a long video call is the day.
        let ago = t.saturating_sub(end);
        if ago <= g.recent_call_ms && sig != "call_service" && (large || !WEAK_CALLS.contains(&sig)) {
            let fade = 0.5f32.powf(ago as f32 / g.recent_call_half_life_ms as f32);
            let longer = if length >= model.calls.long_ms { model.calls.long_factor } else { 1.0 };
            r += g.recent_long_call * fade * longer;
        }
    }
    // Live control counts only when someone untrusted holds it.
    if state.control_active(t) && ep.signals.iter().any(|s| s.stage == Stage::Control && !s.trusted) {
        r += g.live_control;
    }
    if let Some(age) = state.last_sideload_age(t) {
        r += g.fresh_sideload * 0.5f32.powf(age as f32 / g.fresh_sideload_half_life_ms as f32);
    }
    // Scam talk, then money: the script worked. Credentials typed into a page
    // after scam text weigh `credentials_after_scam_text` instead (a delivery
    // text, then a shop's login, must not count twice).
    if present(model, risk, Stage::Pretext) && gate.kind != GateKind::Credentials {
        r += g.scam_talk;
    }
    if ep.has_untrusted(&g.pay_to_script_signals, t, model) {
        r += g.pay_to_script;
    }
    if gate.payee_new {
        r += g.payee_new;
        // A lot of money to someone never paid before, after scam talk: the stake
        // itself is evidence that the talk worked.
        let talked = [Stage::Pretext, Stage::Credit].iter().any(|s| present(model, risk, *s));
        if talked && large {
            r += g.large_new_payee;
        }
        if large && state.weak_call_active() {
            r += g.weak_call_new_payee;
        }
    }
    if amount.dictated {
        r += g.dictated_amount;
    }
    if gate.kind == GateKind::Credentials {
        r += g.credentials_after_scam_text;
        // A text's link opened since it came (a browser in front after it): the
        // page being filled in is the lure's own, whenever the link was tapped.
        // What the text said weighs as when it came, not faded by the hours it
        // waited unread (a "points expire today" text opened the next morning).
        let opened = ep
            .signals
            .iter()
            .filter(|s| {
                s.id == LURE && !s.trusted && matches!(s.fact, Fact::Words { source: WordSource::Sms, .. })
            })
            .filter(|s| state.browser_at.is_some_and(|b| b >= s.t))
            .map(|s| s.weight - s.value(t, model))
            .fold(0.0, f32::max);
        r += opened;
    }
    if amount.demanded {
        r += g.demanded_amount;
    }
    if !gate.catalogued {
        r *= g.uncatalogued_app_factor;
    }
    // A payee paid before, or a biller, is the user's own errand, unless a
    // script's own words are in the episode (its "agent" may be the biller).
    if (gate.payee_known || gate.payee_public) && !ep.has_untrusted(NO_BILL_SAYS, t, model) {
        r *= g.known_payee_factor;
    }
    r
}

/// How long after a scam text named a fee a QR code scanned to pay is taken as its.
const QR_AFTER_DEMAND_MS: Millis = 3_600_000;

/// How soon after a money step the bank's notice of it is that payment's.
const JUDGED_PAYMENT_MS: Millis = 15 * 60_000;

fn scanning_to_pay(fact: &Fact) -> bool {
    matches!(fact, Fact::Prompt { kind: PaymentKind::QrScan, .. })
}

/// A "code" amount counts only with a scam already going on: the shape alone
/// would flag ordinary bills.
fn dictated(model: &Model, risk: &Risk, gate: &MoneyGate) -> bool {
    gate.kind != GateKind::Credentials
        && risk.total >= model.gate.dictated_needs_risk
        && gate.amount.is_some_and(|a| a.looks_dictated())
}

/// The decision for one event, or `None` to stay silent.
pub fn decide<'m>(
    model: &'m Model,
    meaning: &Meaning,
    ep: &Episode,
    state: &DeviceState,
    t: Millis,
) -> Option<Decision<'m>> {
    // Most events mean nothing at all: decide that before any arithmetic.
    if meaning.signals.is_empty() && meaning.gate.is_none() && meaning.money_left.is_none() {
        return None;
    }
    // Control handed over only in a trusted context (family on the line guiding a
    // payment, the user's own meeting) is their help, not a stranger's hands on
    // the phone: it weighs nothing in this event's decision, at the money (the
    // gate's sum and chain) or elsewhere (the episode's total).
    let trusted_control = |s: &Signal| s.trusted && s.stage == Stage::Control;
    let risk = ep.risk_of(t, model, |s| !trusted_control(s));
    // The signs must come before the notice: a debit alert's own words (the bank's
    // name, "if not done by you, call …") are its footer, not a scam that preceded it.
    let notice_says = |s: &Signal| s.t == t && meaning.signals.iter().any(|r| r.id == s.id);
    let before_notice = || ep.risk_of(t, model, |s| !trusted_control(s) && !notice_says(s));
    // A notice of the payment the engine itself just judged below danger (the
    // user's own transfer, the grandson on the line) reports that payment: the
    // judgement at the money stands. A gate judged danger or worse, or money the
    // engine never saw move, gets "stop the payment now".
    let judged_quiet =
        ep.last_gate.is_some_and(|(l, at)| l < Level::Danger && t.saturating_sub(at) <= JUDGED_PAYMENT_MS);
    let left = (meaning.money_left.is_some() && !judged_quiet).then(before_notice);
    if left.is_some_and(|r| r.total >= model.gate.money_left_min_risk && r.chain >= 2) {
        let pattern = first(model, On::MoneyLeft, |_| true)?;
        return Some(Decision { level: Level::Critical, pattern, risk: risk.total });
    }
    if let Some(gate) = &meaning.gate {
        // Money typed in a chat app where someone new reached the user lately goes
        // to someone new: a chat transfer is paid to the person in the chat.
        let to_newcomer = gate.in_chat
            && !gate.payee_new
            && matches!(&gate.fact, Fact::Amount { package, .. } if ep.has_from(NEWCOMER, package, t, model));
        let widened;
        let gate = if to_newcomer {
            widened = MoneyGate { payee_new: true, ..gate.clone() };
            &widened
        } else {
            gate
        };
        if gate.kind == GateKind::Credentials && !ep.has_any(CREDENTIAL_BAIT, t, model) {
            return None;
        }
        let amount = AmountFacts {
            dictated: dictated(model, &risk, gate),
            demanded: gate.caller_request
                || match gate.amount {
                    Some(a) => state.was_demanded(a),
                    // A QR code scanned to pay, amount not shown yet, within the hour
                    // after a scam text named its fee: the code is the one it posted.
                    None => scanning_to_pay(&gate.fact) && state.demand_pending(t, QR_AFTER_DEMAND_MS),
                },
        };
        // A phishing text whose link was never opened, then the user's own payment
        // in a bank app: the text was ignored (everyone gets them, every day). Its
        // lure counts again once a browser has been in front since.
        let risk = if unopened_lure(ep, state) && gate.kind != GateKind::Credentials {
            ep.risk_of(t, model, |s| s.id != LURE && !trusted_control(s))
        } else {
            risk
        };
        let r = gate_risk(model, &risk, gate, amount, state, ep, t);
        let level = model.thresholds.gate.level(r)?;
        // Danger at the gate needs someone else behind the chain, and something
        // that ties this payment to them: scam talk or a credit draw, a stranger on
        // the line or a screen shared right now, a new payee, a dictated amount.
        // A remote-support session that ended an hour ago, then a shop payment, is
        // the owner's own day (an IT helpdesk, family help).
        // A screen shared or a long call nobody could check is also family helping
        // with a bill: it ties a large payment, not a small one.
        let long_weak = long_weak_call(model, state, t);
        let guided = long_weak || state.screen_seen(t);
        let large = gate.amount.is_some_and(|a| is_large(model, a, gate.currency));
        // With nothing but calls nobody could check (all a bank app sees), a new
        // payee ties a large payment, not a small one: the grandson on a video
        // call teaching grandma to pay the town council is the day.
        let weak_only =
            only_weak_calls(ep, state, t, model) && !ep.has_untrusted(&model.anchors.signals, t, model);
        // A council, a tax office or a university the bank names as the payee is
        // where the user's own bill goes: being guided, a large sum or a first
        // payment to it ties nothing (a "safe account" is an individual's).
        let own_bill = gate.payee_public;
        // A fine or a tax paid in the government's own app: its pages name the
        // police and the tax office (pretext words), and the money goes to the
        // government. A stranger on the line, a shared screen or a means of
        // control still ties it (a script steering the user into a look-alike).
        let tied = if gate.government {
            state.stranger_call_active()
                || ep.has_any(GOVERNMENT_NEVER_ASKS, t, model)
                || state.screen_seen(t)
                || fresh_sideload(model, state, t)
                || ep.has_untrusted(&model.gate_ties, t, model)
        } else if own_bill {
            // A payee the bank itself names as a public body, or a biller chosen
            // from its directory: a tax office's overdue notice, then the tax paid by
            // BPAY to "Tax Office Payments", pays the tax office whatever the
            // notice's words were. A stranger on the line, someone watching through
            // a remote tool, a fresh sideload or a dictated sum still tie it.
            // A script's own words still tie it: a "tuition agent" who has the
            // victim pay his biller code at a discount is paid as a biller.
            state.stranger_call_active()
                || ep.remote_share_live()
                || fresh_sideload(model, state, t)
                || amount.dictated
                || ep.has_untrusted(&model.gate_ties, t, model)
                || ep.has_untrusted(NO_BILL_SAYS, t, model)
        } else {
            [Stage::Pretext, Stage::Credit].iter().any(|s| present(model, &risk, *s))
                || state.stranger_call_active()
                // Someone watching through a remote-support tool as the money moves:
                // whatever the payee, they see the passcode and steer the next step.
                || ep.remote_share_live()
                || (guided && large && !own_bill && !gate.payee_known)
                || (gate.payee_new && !own_bill && !gate.payee_registered && (large || !weak_only))
                || fresh_sideload(model, state, t)
                || amount.dictated
                || amount.demanded
                || ep.has_untrusted(&model.gate_ties, t, model)
                || gate.kind == GateKind::Credentials
        };
        // A very large sum is worth the question louder: what a call that is over
        // costs the user at most is a moment; what it costs to let it pass is the
        // savings (a fake police officer's "clear your name", 37 minutes later).
        let very_large =
            gate.amount.is_some_and(|a| is_large_times(model, a, gate.currency, model.gate.very_large_times));
        // Nothing but calls that are over, and nothing else pointing at a scam:
        // a question ("did the caller ask you to pay?"), not an alarm. A clinic, a
        // landlord, a tutor or a courier rings, then the user pays the invoice that
        // follows. The call still ties the payment when it was a script's length, or
        // ended just now ("open your bank app now", `last_call_ties`), or the caller
        // was flagged, spoofed or just saved as a contact, or is the one now asking
        // to be paid (a collect request right after the call), or the sum is very large.
        let only_calls_over = !gate.caller_request
            && present(model, &risk, Stage::Contact)
            && contact_is_calls(ep, t, model)
            && [Stage::Pretext, Stage::Control, Stage::Credit].iter().all(|s| !present(model, &risk, *s))
            && !state.call.as_ref().is_some_and(|c| c.signal.is_some())
            && (gate.payee_registered || !last_call_ties(model, state, t, large, very_large))
            && !ep.has_untrusted(&model.gate_ties, t, model);
        // Ten minutes and more on a line nobody could check, a large sum to a new
        // payee typed during it: someone is talking the user through, whoever
        // dialled (a bank app cannot tell the user's own call to a "helpline" from
        // one home, and the stake is what family does not guide on the phone).
        let talked_through = long_weak && large && gate.payee_new && !own_bill;
        // The bank's own text says the code pays for something else: no reading
        // of the day makes that the user's errand.
        let code_for_more = meaning.signals.iter().any(|r| r.id == CODE_FOR_MORE);
        let level = if code_for_more {
            level.max(Level::Danger)
        } else if !tied || only_calls_over {
            level.min(Level::Caution)
        } else if anchored(model, &risk, ep, t) {
            level
        } else if talked_through {
            // A question, not a hold: it may be family on the line.
            level.min(Level::Danger)
        } else {
            level.min(Level::Caution)
        };
        // A money step repeats its warning only when louder or after a pause.
        if let Some((last, at)) = ep.last_gate {
            if level <= last && t.saturating_sub(at) < model.episode.gate_repeat_ms {
                return None;
            }
        }
        let pattern = first(model, On::Gate, |p| {
            p.max_level.map_or(true, |m| level <= m)
                && (!p.dictated || amount.dictated)
                && p.gate_kind.map_or(true, |k| k == gate.kind)
                && (!p.live_control || state.control_active(t))
                && p.needs_stage.map_or(true, |s| present(model, &risk, s))
                && (p.signals_any.is_empty() || ep.has_any(&p.signals_any, t, model))
        })?;
        return Some(Decision { level, pattern, risk: r });
    }
    if meaning.signals.is_empty() {
        return None;
    }
    // Handing over control or credit while a stranger is on the line is the
    // script itself, not a coincidence of the day.
    let mut total = risk.total;
    let hands_over = meaning
        .signals
        .iter()
        .any(|r| model.signal(r.id).is_some_and(|s| matches!(s.stage, Stage::Control | Stage::Credit)));
    if hands_over && state.stranger_call_active() {
        total += model.gate.live_stranger_call;
    } else if hands_over && state.weak_call_active() {
        total += model.gate.live_weak_call;
    }
    // A signal that is a scam on its own (`danger_needs.alone`) is danger whatever
    // else the episode holds.
    let alone =
        meaning.signals.iter().any(|r| !r.trusted && model.danger_needs.alone.iter().any(|n| n == r.id));
    // "Move your money to the protected account" while someone other than a trusted
    // contact is on the line (a spoofed bank number included): no bank, police or
    // tax office ever asks it, so it is the script's turn whoever seems to be calling.
    let alone = alone
        || (state.call.as_ref().is_some_and(|c| c.signal.is_some())
            && meaning.signals.iter().any(|r| !r.trusted && r.id == SAFE_ACCOUNT));
    // A boss's or relative's request to pay, from someone whose number was saved in
    // the last day: the "new number" script itself ("this is my new WeChat, pay the
    // supplier now"). A real colleague's request comes from a number saved long ago.
    let alone = alone
        || (meaning.signals.iter().any(|r| !r.trusted && r.id == BOSS)
            && ep.signals.iter().any(|s| {
                s.id == SAVED && !s.trusted && t.saturating_sub(s.t) <= model.calls.recent_contact_ms
            }));
    let level = match model.thresholds.other.level(total) {
        Some(l) if alone => l.max(Level::Danger),
        None if alone => Level::Danger,
        l => l?,
    };
    // One kind of sign alone, or a chain nobody else is behind, is never more than
    // a caution; nor a stranger with a means of control but no aim in sight yet
    // (that is also an IT helpdesk, or a vendor presenting in a meeting).
    let aim = model.danger_needs.stages.iter().any(|s| present(model, &risk, *s))
        || meaning.signals.iter().any(|r| model.danger_needs.signals.iter().any(|n| n == r.id));
    // A call nobody could check (all a bank app sees) is not yet a stranger: it
    // does not make a chain on its own.
    let chain = if present(model, &risk, Stage::Contact) && only_weak_calls(ep, state, t, model) {
        risk.chain.saturating_sub(1)
    } else {
        risk.chain
    };
    let weak = !alone && (chain < 2 || !anchored(model, &risk, ep, t) || !aim);
    let level = if weak { level.min(Level::Caution) } else { level };
    let raised: Vec<&str> = meaning.signals.iter().map(|s| s.id).collect();
    let pattern = first(model, On::Signal, |p| {
        p.max_level.map_or(true, |m| level <= m)
            && (p.signals_any.is_empty() || p.signals_any.iter().any(|s| raised.contains(&s.as_str())))
            && p.needs_stage.map_or(true, |s| present(model, &risk, s))
            && (!p.live_control || state.control_active(t))
    })?;
    // Louder than anything said in this episode, or, at danger, a new specific
    // turn of the script (its own advice: stop sharing, revoke access...).
    let louder = ep.max_level().map_or(true, |m| level > m);
    let new_turn =
        level >= Level::Danger && !pattern.signals_any.is_empty() && ep.last_fired(&pattern.id).is_none();
    if !louder && !new_turn {
        return None;
    }
    if ep
        .last_fired(&pattern.id)
        .is_some_and(|f| f.level >= level && t.saturating_sub(f.t) < model.episode.cooldown_ms)
    {
        return None;
    }
    Some(Decision { level, pattern, risk: total })
}

/// Whether every contact-stage signal still in the episode is a call the
/// observer could not check, or one the user placed to a number nothing on the
/// phone gave them (`call_dialled`: the bill's, the card's, the body's own site's).
/// Such calls tie a new payee only for a large payment. On the line, a dialled
/// stranger is still a stranger: whoever takes control during it is theirs.
fn only_weak_calls(ep: &Episode, state: &DeviceState, t: Millis, model: &Model) -> bool {
    // A number the user dialled that nothing on the phone gave is weak for a short
    // call (the number on a bill, a quick question); half an hour on it is someone
    // talking the user through, whoever told them the number.
    let long_dialled = long_dialled(model, state, t);
    ep.signals
        .iter()
        .filter(|s| s.stage == Stage::Contact && s.value(t, model) >= model.episode.drop_below)
        .all(|s| WEAK_CALLS.contains(&s.id) || (s.id == "call_dialled" && !long_dialled))
}

/// A long call to a number the user dialled that nothing gave (on now, or ended
/// within `gate.recent_call_ms`, whatever shorter calls came after it).
fn long_dialled(model: &Model, state: &DeviceState, t: Millis) -> bool {
    long_last_call(model, state).is_some_and(|(sig, _, end)| {
        sig == "call_dialled" && t.saturating_sub(end) <= model.gate.recent_call_ms
    }) || state.call.as_ref().is_some_and(|c| {
        c.signal == Some("call_dialled") && t.saturating_sub(c.since) >= model.gate.long_call_ms
    })
}

/// Whether the last long call that is over (`long_last_call`) still ties a
/// payment on its own: it ran `calls.long_ms` or more (the length of a fake
/// police or "safe account" script, not of a booking) and a large sum follows, or
/// it ended within `gate.hung_up_ties_ms` (the script's "now open your bank app"),
/// or the payment is `very_large` (`gate.very_large_times`), whenever it comes.
fn last_call_ties(model: &Model, state: &DeviceState, t: Millis, large: bool, very_large: bool) -> bool {
    long_last_call(model, state).is_some_and(|(sig, length, end)| {
        // A script's length is the caller's, and what it collects is large: the
        // user's own call to a number nothing on the phone gave (a helpline, a tax
        // office) runs long on hold, and a servicer's long call ends in a small bill.
        let scripted = length >= model.calls.long_ms && sig != "call_dialled" && large;
        very_large || scripted || t.saturating_sub(end) <= model.gate.hung_up_ties_ms
    })
}

/// Whether every contact-stage signal still in the episode is a call (not
/// someone new in the chats, say).
fn contact_is_calls(ep: &Episode, t: Millis, model: &Model) -> bool {
    ep.signals
        .iter()
        .filter(|s| s.stage == Stage::Contact && s.value(t, model) >= model.episode.drop_below)
        .all(|s| matches!(s.fact, Fact::Call { .. } | Fact::ContactAdded) || s.id == NEWCOMER)
}

/// Whether `amount` is at least the model's large amount for `currency`.
fn is_large(model: &Model, amount: Money, currency: Currency) -> bool {
    is_large_times(model, amount, currency, 1)
}

/// Whether `amount` is under a tenth of the model's large amount for `currency`
/// (a currency the model does not list is never small).
fn is_small(model: &Model, amount: Money, currency: Currency) -> bool {
    large_fen(model, currency).is_some_and(|large| amount.fen() < large / 10)
}

/// Whether `amount` is at least `times` the model's large amount for `currency`.
fn is_large_times(model: &Model, amount: Money, currency: Currency, times: u64) -> bool {
    let times = i64::try_from(times).unwrap_or(i64::MAX);
    large_fen(model, currency).is_some_and(|large| amount.fen() >= large.saturating_mul(times))
}

/// The model's large amount for `currency` in minor units, if it lists one.
fn large_fen(model: &Model, currency: Currency) -> Option<i64> {
    let units = *model.gate.large_amount.get(currency.code())?;
    Some(i64::try_from(units).unwrap_or(i64::MAX).saturating_mul(100))
}

/// The last long call that was not with a trusted contact (`DeviceState::long_last_call`).
fn long_last_call(model: &Model, state: &DeviceState) -> Option<(&'static str, Millis, Millis)> {
    state.long_last_call(model.gate.long_call_ms)
}

/// On a call the observer could not check for `gate.long_call_ms` or more.
fn long_weak_call(model: &Model, state: &DeviceState, t: Millis) -> bool {
    state.call.as_ref().is_some_and(|c| c.is_weak() && t.saturating_sub(c.since) >= model.gate.long_call_ms)
}

/// Whether someone else is behind the chain (see `model::Anchors`).
/// An app from outside any store installed within two half-lives of the money step.
fn fresh_sideload(model: &Model, state: &DeviceState, t: Millis) -> bool {
    let g = &model.gate;
    g.fresh_sideload > 0.0
        && state.last_sideload_age(t).is_some_and(|age| age <= 2 * g.fresh_sideload_half_life_ms)
}

/// Someone else is behind the chain: a stranger's contact or scam talk nobody
/// checked, or a means of control. Signals a call with someone the user knows
/// checked (`Episode::checked`) anchor nothing.
fn anchored(model: &Model, risk: &Risk, ep: &Episode, t: Millis) -> bool {
    let unchecked = || ep.risk_of(t, model, |s| !s.trusted);
    model.anchors.stages.iter().any(|s| present(model, risk, *s) && present(model, &unchecked(), *s))
        || ep.has_untrusted(&model.anchors.signals, t, model)
}

fn present(model: &Model, risk: &Risk, s: Stage) -> bool {
    risk.stage(s) >= model.scoring.stage_present
}

fn first(model: &Model, on: On, ok: impl Fn(&Pattern) -> bool) -> Option<&Pattern> {
    model.patterns.iter().find(|p| p.on == on && ok(p))
}

//! The real cases (tests/cases to tests/cases104: scams and tricky ordinary days
//! reconstructed from public police, regulator and news reports, written by people
//! who did not run the engine on them; see their READMEs) replayed in both views.
//! They are too few to tune on: the floors below only stop a change that makes
//! real-case detection worse, or ordinary days louder, from landing quietly.
//! Today's figures are in BENCHMARKS.md; raise the floors as detection improves.

use scamguard::eval::{self, Report, Split, View};
use std::path::Path;

fn report(dir: &str, view: View) -> Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(dir);
    eval::evaluate(&path, view, Split::All).expect("evaluate the cases")
}

fn check(dir: &str, view: View, caught_floor: usize, false_alarm_ceiling: usize) {
    let r = report(dir, view);
    let wrong: Vec<String> = r
        .traces
        .iter()
        .filter(|t| (t.kind == eval::Kind::Scam && !t.caught && !t.not_visible) || t.false_alarm)
        .map(|t| format!("  {} {}", if t.false_alarm { "FALSE ALARM" } else { "missed" }, t.name))
        .collect();
    assert!(
        r.caught >= caught_floor && r.false_alarms <= false_alarm_ceiling,
        "{dir} [{}]: caught >= {caught_floor}, ordinary days alarmed <= {false_alarm_ceiling}\n{}\n{}",
        view.wire_name(),
        r.summary(),
        wrong.join("\n")
    );
}

#[test]
fn cases_full_view() {
    check("cases", View::Full, 49, 0);
}

#[test]
fn cases_bank_view() {
    check("cases", View::Bank, 23, 0);
}

#[test]
fn cases2_full_view() {
    check("cases2", View::Full, 38, 0);
}

#[test]
fn cases2_bank_view() {
    check("cases2", View::Bank, 19, 1);
}

/// tests/cases3 (session 3) was measured blind first: full 22 / 40 with 4 / 30 ordinary
/// days alarmed, bank 13 / 38 with 1 / 30 (BENCHMARKS.md).
#[test]
fn cases3_full_view() {
    check("cases3", View::Full, 36, 0);
}

#[test]
fn cases3_bank_view() {
    check("cases3", View::Bank, 19, 0);
}

/// tests/cases4 (session 4) was measured blind first: full 28 / 40 with 5 / 32 ordinary
/// days alarmed, bank 14 / 35 with 2 / 32 (tests/cases4/README.md, BENCHMARKS.md).
#[test]
fn cases4_full_view() {
    check("cases4", View::Full, 35, 0);
}

#[test]
fn cases4_bank_view() {
    check("cases4", View::Bank, 15, 0);
}

/// tests/cases5 (session 5) was measured blind first: full 33 / 40 with 4 / 32 ordinary
/// days alarmed, bank 13 / 34 with 3 / 32 (tests/cases5/README.md, BENCHMARKS.md).
#[test]
fn cases5_full_view() {
    check("cases5", View::Full, 39, 0);
}

#[test]
fn cases5_bank_view() {
    check("cases5", View::Bank, 17, 0);
}

/// tests/cases6 (session 6) was measured blind first: ordinary days full 5 / 32 alarmed, bank
/// 0 / 32; its 40 scams (delivered after session 6 closed, measured before any change) full
/// 29 / 40, bank 10 / 35 (tests/cases6/README.md).
#[test]
fn cases6_full_view() {
    check("cases6", View::Full, 35, 0);
}

#[test]
fn cases6_bank_view() {
    check("cases6", View::Bank, 12, 0);
}

/// tests/cases7 (session 8) was measured blind first (engine 528e49b): scams full 22 / 40,
/// bank 7 / 38; ordinary days full 5 / 32 alarmed, bank 3 / 32 (tests/cases7/README.md).
/// Session 20: 32 / 40 full: a hot-spring resort's deposit asked in LINE after a Facebook
/// ad is, on the phone, a mover's or a cake shop's deposit; "pay a deposit" alone is no
/// longer an advance-fee script (two ordinary days in cases9 and cases20 stopped alarming).
#[test]
fn cases7_full_view() {
    check("cases7", View::Full, 35, 0);
}

#[test]
fn cases7_bank_view() {
    check("cases7", View::Bank, 8, 0);
}

/// tests/cases8 (session 9) was measured blind first (engine 0cfb5f5 and loyalty-point
/// words): scams full 25 / 36, bank 7 / 33; ordinary days full 5 / 24 alarmed, bank 1 / 24
/// (tests/cases8/README.md). Still alarmed: a COD courier's call then his QR code, and a
/// plumber whose trading name fails the bank's name check (both views). Session 14:
/// 24 / 36 full: an "insurance ombudsman's" 15-minute call, then the "premium" paid
/// 14 minutes later with nothing else on the phone, is now a question (caution), as the
/// clinic's and the landlord's calls are (docs/model.md, "Calls that are over").
#[test]
fn cases8_full_view() {
    check("cases8", View::Full, 27, 1);
}

#[test]
fn cases8_bank_view() {
    check("cases8", View::Bank, 8, 1);
}

/// tests/cases9 (session 10) was measured blind first (engine 169d337 and the session's
/// user-content hosts, per-currency charge threshold and counterparty labels): scams full
/// 18 / 36, bank 9 / 35; ordinary days full 3 / 48 alarmed, bank 3 / 48
/// (tests/cases9/README.md). Still alarmed: a driving instructor's call then his bank
/// details by text, a small cake shop's WhatsApp call then its deposit (full view); a
/// mother's video call then a transfer to her, a care home's call then its deposit (bank
/// view: a long call nobody could check, then a large first payment).
#[test]
fn cases9_full_view() {
    check("cases9", View::Full, 34, 0);
}

#[test]
fn cases9_bank_view() {
    check("cases9", View::Bank, 9, 0);
}

/// tests/cases10 (session 11) was measured blind first, each part on the engine of the
/// moment it arrived (tests/cases10/README.md): scams full 15 / 26, bank 3 / 26; ordinary
/// days full 5 / 44 alarmed, bank 0 / 44; after the session's changes full 24 / 26. Still alarmed (full view): a breeder's video
/// call then the puppy deposit, a bank's loan officer's call then the loan drawn down, a
/// new tutor's and a new landlord's calls then their first payments: a stranger's call,
/// then a first payment to that stranger, is what the scams look like too. Session 14
/// (calls that are over are a question): 1 / 44 alarmed (the loan officer's), 23 / 26
/// caught (the "tower site" fee paid 18 minutes after a 15-minute call is a caution).
#[test]
fn cases10_full_view() {
    check("cases10", View::Full, 25, 1);
}

#[test]
fn cases10_bank_view() {
    check("cases10", View::Bank, 7, 0);
}

/// tests/cases11 (session 12) was measured blind first (tests/cases11/README.md): scams
/// full 10 / 20, bank 6 / 20; ordinary days full 4 / 20 alarmed, bank 1 / 20. Still
/// alarmed in the bank view: a brother's long call about ETFs, then a first deposit to
/// the broker's PayID (a bank app sees a long call it cannot check, a store install of
/// an investment app and a large first payment: the broker scam's shape).
#[test]
fn cases11_full_view() {
    check("cases11", View::Full, 17, 0);
}

#[test]
fn cases11_bank_view() {
    check("cases11", View::Bank, 6, 1);
}

/// tests/cases12 (session 12), measured blind (tests/cases12/README.md): ordinary days
/// full 5 / 24 alarmed, bank 0 / 24, then 3 / 24 after two text fixes; the 16 scams,
/// which arrived last, full 11 / 16 and bank 3 / 16 on the final engine, never tuned on.
#[test]
fn cases12_full_view() {
    check("cases12", View::Full, 12, 1);
}

#[test]
fn cases12_bank_view() {
    check("cases12", View::Bank, 5, 0);
}

/// tests/cases13 (session 13), measured blind on a5b00ac (tests/cases13/README.md):
/// full 21 / 22 scams caught but 14 / 34 ordinary days alarmed (13 after this
/// session's fixes), bank 7 / 20 and 4 / 34. Session 14 (calls that are over are a
/// question; pet names, 業主立案法團, 缴税): full 4 / 34 alarmed, bank 1 / 34; bank
/// 8 / 20 caught (a collect request approved while a caller the UPI app cannot check is
/// on the line).
#[test]
fn cases13_full_view() {
    check("cases13", View::Full, 21, 4);
}

#[test]
fn cases13_bank_view() {
    check("cases13", View::Bank, 9, 1);
}

/// tests/cases14 (session 14, partial: 11 UK/US/IN/SG/AU scams, 17 CN/HK/TW and 14
/// UK/US/IN/SG/AU ordinary days), measured blind on the session's start and final engines
/// with the same result (tests/cases14/README.md): full 7 / 11 and 2 / 31 alarmed, bank
/// 4 / 11 and 0 / 31. Four more d2 days added in session 15 alarmed in neither view.
#[test]
fn cases14_full_view() {
    check("cases14", View::Full, 10, 0);
}

#[test]
fn cases14_bank_view() {
    check("cases14", View::Bank, 4, 0);
}

/// tests/cases15 (session 15: 22 scams and 32 ordinary days, CN/HK/TW and UK/US/IN/SG/AU),
/// measured blind on the session-15 start engine and after its changes with the same result
/// (tests/cases15/README.md): full 19 / 22 and 5 / 32 alarmed, bank 6 / 17 and 0 / 32.
/// Session 22: 19, not 20. The single mother's own bank transfer to her Crypto.com
/// account, 37 days after the "lover" asked for USDT, was caught only by the exchange's
/// own "Deposit SGD" page, which is every crypto buyer's page; a store broker's or
/// exchange's deposit words are now its own unless a pitch brought the app.
#[test]
fn cases15_full_view() {
    check("cases15", View::Full, 19, 1);
}

#[test]
fn cases15_bank_view() {
    check("cases15", View::Bank, 6, 0);
}

/// tests/cases16 (session 16: 22 scams and 32 ordinary days, CN/HK/TW and UK/US/IN/SG/AU),
/// measured blind in session 17 on the session-16 start and end engines with the same
/// result (tests/cases16/README.md): full 20 / 22 and 5 / 32 alarmed, bank 11 / 19 and 0 / 32;
/// after session 17's fixes (tuned, not blind): full 22 / 22 and 2 / 32, bank 12 / 19 and 0 / 32.
/// Session 27 gave one back: "send 張截圖" (send a screenshot after paying) is no boss's
/// request any more, as every Hong Kong club and shop asks for one (tests/cases32); the
/// fake travel agent's "過咗數send張截圖" no longer ties its first payment: 21 / 22.
#[test]
fn cases16_full_view() {
    check("cases16", View::Full, 21, 2);
}

#[test]
fn cases16_bank_view() {
    check("cases16", View::Bank, 12, 0);
}

/// tests/cases17 (session 17: 22 scams and 32 ordinary days, CN/HK/TW and UK/US/IN/SG/AU),
/// measured blind on the session-17 start engine and after its fixes with the same result
/// (tests/cases17/README.md): full 20 / 22 and 2 / 32 alarmed, bank 9 / 19 and 0 / 32.
#[test]
fn cases17_full_view() {
    check("cases17", View::Full, 21, 0);
}

#[test]
fn cases17_bank_view() {
    check("cases17", View::Bank, 10, 0);
}

/// tests/cases18 (session 18: 22 scams and 32 ordinary days, CN/HK/TW and UK/US/IN/SG/AU),
/// measured blind on the session-18 start engine (tests/cases18/README.md): full 16 / 22
/// and 5 / 32 alarmed, bank 8 / 19 and 1 / 32; after session 18's fixes (tuned, not
/// blind): full 18 / 22 and 1 / 32, bank 9 / 19 and 1 / 32.
#[test]
fn cases18_full_view() {
    check("cases18", View::Full, 20, 1);
}

#[test]
fn cases18_bank_view() {
    check("cases18", View::Bank, 10, 1);
}

/// tests/cases19 (session 19: 22 scams and 32 ordinary days, CN/HK/TW and UK/US/IN/SG/AU),
/// measured blind on the session-19 start engine (tests/cases19/README.md): full 21 / 22
/// and 4 / 32 alarmed, bank 12 / 21 and 1 / 32; after session 19's fixes (tuned, not
/// blind): full 21 / 22 and 2 / 32, bank 12 / 21 and 0 / 32.
#[test]
fn cases19_full_view() {
    check("cases19", View::Full, 21, 0);
}

#[test]
fn cases19_bank_view() {
    check("cases19", View::Bank, 12, 0);
}

/// tests/cases20 (session 20: 17 scams and 20 ordinary days, CN/HK/IN/SG and UK/US/AU, and
/// TW days), measured blind on the session-20 start engine (tests/cases20/README.md): full
/// 14 / 17 and 3 / 20 alarmed, bank 6 / 16 and 1 / 20; after session 20's fixes (tuned,
/// not blind): full 14 / 17 and 0 / 20, bank 6 / 16 and 1 / 20.
#[test]
fn cases20_full_view() {
    check("cases20", View::Full, 15, 0);
}

#[test]
fn cases20_bank_view() {
    check("cases20", View::Bank, 7, 0);
}

/// tests/cases21 (session 21: 17 scams, 16 of them with no scam call, and 20 ordinary days,
/// CN/HK/TW/SG/IN and UK/US/AU), measured blind on the session-21 start engine
/// (tests/cases21/README.md): full 10 / 17 and 2 / 20 alarmed, bank 1 / 14 and 3 / 20;
/// after session 21's fixes (tuned, not blind): full 11 / 17 and 0 / 20, bank 1 / 14 and
/// 1 / 20 (the grandson's TeamViewer session: the bank sees the control, not who ends it).
#[test]
fn cases21_full_view() {
    check("cases21", View::Full, 14, 0);
}

#[test]
fn cases21_bank_view() {
    check("cases21", View::Bank, 1, 1);
}

/// tests/cases22 (session 22: 16 scams, 15 of them with no scam call, and 20 ordinary days,
/// CN/TW/SG/IN and UK/US/AU), blind on the session-22 start engine
/// (tests/cases22/README.md): full 12 / 16 and 3 / 20 alarmed, bank 2 / 14 and 0 / 20.
#[test]
fn cases22_full_view() {
    check("cases22", View::Full, 15, 0);
}

#[test]
fn cases22_bank_view() {
    check("cases22", View::Bank, 3, 0);
}

/// tests/cases23 (session 23: 16 scams, 10 of them with no scam call, and 20 ordinary days,
/// CN/HK/TW/SG/IN and UK/US/AU), blind on the session-23 start engine
/// (tests/cases23/README.md): full 16 / 16 and 3 / 20 alarmed, bank 4 / 14 and 1 / 20;
/// after session 23's fixes (tuned, not blind): full 16 / 16 and 0 / 20, bank 4 / 14 and
/// 0 / 20.
#[test]
fn cases23_full_view() {
    check("cases23", View::Full, 16, 0);
}

#[test]
fn cases23_bank_view() {
    check("cases23", View::Bank, 5, 0);
}

/// tests/cases24 (session 24) was measured blind first on the session-24 start engine
/// (tests/cases24/README.md): full 7 / 16 with 3 / 20 ordinary days alarmed, bank 5 / 14
/// with 1 / 20.
#[test]
fn cases24_full_view() {
    check("cases24", View::Full, 14, 0);
}

#[test]
fn cases24_bank_view() {
    check("cases24", View::Bank, 6, 0);
}

/// tests/cases25 (session 25) was measured blind first on the session-25 start engine
/// (tests/cases25/README.md): full 9 / 16 with 2 / 20 ordinary days alarmed, bank 4 / 14
/// with 1 / 20. The day still alarmed in the full view is Samsung's genuine remote
/// support watching while the user logs into her bank (the warning a bank would want);
/// in the bank view, a first ¥6,800 to a roofer during a WeChat video call with the
/// father, which the bank cannot tell from a fake officer's video call.
#[test]
fn cases25_full_view() {
    check("cases25", View::Full, 12, 1);
}

#[test]
fn cases25_bank_view() {
    check("cases25", View::Bank, 4, 1);
}

/// tests/cases26 (session 26) was measured blind first on the session-26 start engine
/// (tests/cases26/README.md): full 7 / 16 with 2 / 20 ordinary days alarmed, bank 3 / 15
/// with 1 / 20. The day still alarmed in the bank view is a memorial mason's deposit paid
/// during a WhatsApp video call with the brother.
#[test]
fn cases26_full_view() {
    check("cases26", View::Full, 15, 0);
}

#[test]
fn cases26_bank_view() {
    check("cases26", View::Bank, 3, 1);
}

/// tests/cases27 (session 26's second set) was measured blind first on the engine of the
/// middle of session 26 (tests/cases27/README.md): full 12 / 16 with 1 / 20 ordinary days
/// alarmed, bank 3 / 14 with 0 / 20.
#[test]
fn cases27_full_view() {
    check("cases27", View::Full, 15, 0);
}

#[test]
fn cases27_bank_view() {
    check("cases27", View::Bank, 3, 0);
}

/// tests/cases28 (session 26's third set) was measured blind first on the engine after
/// tests/cases27 was tuned (tests/cases28/README.md): full 11 / 16 with 2 / 20 ordinary
/// days alarmed, bank 5 / 14 with 1 / 20.
#[test]
fn cases28_full_view() {
    check("cases28", View::Full, 16, 0);
}

#[test]
fn cases28_bank_view() {
    check("cases28", View::Bank, 5, 0);
}

/// tests/cases29 (session 26's fourth set) was measured blind first on the engine after
/// tests/cases28 was tuned (tests/cases29/README.md): full 7 / 12 with 1 / 20 ordinary days
/// alarmed, bank 2 / 12 with 0 / 20.
#[test]
fn cases29_full_view() {
    check("cases29", View::Full, 11, 0);
}

#[test]
fn cases29_bank_view() {
    check("cases29", View::Bank, 2, 0);
}

/// tests/cases30 (session 27's first set) was measured blind first on the session's start
/// engine (tests/cases30/README.md): full 13 / 18 with 0 / 20 ordinary days alarmed, bank
/// 3 / 14 with 2 / 20 (a call a bank app cannot tell from a scammer's).
#[test]
fn cases30_full_view() {
    check("cases30", View::Full, 16, 0);
}

#[test]
fn cases30_bank_view() {
    check("cases30", View::Bank, 3, 2);
}

/// tests/cases31 (session 27's second set) was measured blind first on `02ebf80`
/// (tests/cases31/README.md): full 10 / 17 with 3 / 20 ordinary days alarmed, bank 4 / 15
/// with 1 / 20.
#[test]
fn cases31_full_view() {
    check("cases31", View::Full, 16, 0);
}

#[test]
fn cases31_bank_view() {
    check("cases31", View::Bank, 5, 1);
}

/// tests/cases32 (session 27's third set) was measured blind first on `5a9e339`
/// (tests/cases32/README.md): full 12 / 18 with 1 / 20 ordinary days alarmed, bank 6 / 15
/// with 0 / 20.
#[test]
fn cases32_full_view() {
    check("cases32", View::Full, 15, 0);
}

#[test]
fn cases32_bank_view() {
    check("cases32", View::Bank, 6, 0);
}

/// tests/cases33 (session 27's fourth set) was measured blind first on `1e0730f`
/// (tests/cases33/README.md): full 5 / 17 with 1 / 20 ordinary days alarmed, bank 2 / 15
/// with 0 / 20: the worst blind set yet (ticket resales, job fees, a QR notice on a door).
#[test]
fn cases33_full_view() {
    check("cases33", View::Full, 13, 0);
}

#[test]
fn cases33_bank_view() {
    check("cases33", View::Bank, 2, 0);
}

/// tests/cases34 (session 27's fifth set), measured blind on `61218b2` and not tuned on
/// (tests/cases34/README.md): full 9 / 15 with 3 / 20 ordinary days alarmed, bank 4 / 14
/// with 1 / 20. Session 28 read its misses (old coins' fees, a paid blessing): full 11 / 15,
/// bank 5 / 14. The ceilings hold today's alarms; lower them as they are fixed.
#[test]
fn cases34_full_view() {
    check("cases34", View::Full, 11, 1);
}

#[test]
fn cases34_bank_view() {
    check("cases34", View::Bank, 5, 1);
}

/// tests/cases35 (session 28's first set) was measured blind first on `26cc2ff`
/// (tests/cases35/README.md): full 9 / 17 with 0 / 20 ordinary days alarmed, bank 5 / 17
/// with 0 / 20.
#[test]
fn cases35_full_view() {
    check("cases35", View::Full, 13, 0);
}

#[test]
fn cases35_bank_view() {
    check("cases35", View::Bank, 7, 0);
}

/// tests/cases36 (session 28's second set) was measured blind first on `0fdfe1b`
/// (tests/cases36/README.md): full 9 / 18 with 0 / 20 ordinary days alarmed, bank 3 / 17
/// with 0 / 20.
#[test]
fn cases36_full_view() {
    check("cases36", View::Full, 15, 0);
}

#[test]
fn cases36_bank_view() {
    check("cases36", View::Bank, 4, 0);
}

/// tests/cases37 (session 28's third set, with remote-help, bank-call and new-app
/// confusers) was measured blind first on `4044d84` (tests/cases37/README.md): full 7 / 16
/// with 3 / 20 ordinary days alarmed, bank 2 / 14 with 1 / 20. The ceilings hold the
/// remote-help alarms; lower them as they are fixed.
#[test]
fn cases37_full_view() {
    check("cases37", View::Full, 12, 1);
}

#[test]
fn cases37_bank_view() {
    check("cases37", View::Bank, 2, 1);
}

/// tests/cases38 (session 28's fourth set: the most common kinds, and round 37's
/// confusers) was measured blind first on `8ba628e` (tests/cases38/README.md): full 12 / 13
/// with 4 / 20 ordinary days alarmed (all screen shares), bank 5 / 13 with 0 / 20.
#[test]
fn cases38_full_view() {
    check("cases38", View::Full, 12, 0);
}

#[test]
fn cases38_bank_view() {
    check("cases38", View::Bank, 5, 0);
}

/// tests/cases39 (session 28's fifth set: the common kinds again) was measured blind first
/// on `5d3d1a2` (tests/cases39/README.md): full 9 / 12 with 2 / 20 ordinary days alarmed (two
/// IT helpdesks' QuickSupport), bank 5 / 12 with 1 / 20.
#[test]
fn cases39_full_view() {
    check("cases39", View::Full, 11, 0);
}

#[test]
fn cases39_bank_view() {
    check("cases39", View::Bank, 6, 0);
}

/// tests/cases40 (session 29's first set: the common kinds, and genuine family help) was
/// measured blind first on `e67b83d` (tests/cases40/README.md): full 11 / 13 with 2 / 20
/// ordinary days alarmed, bank 7 / 12 with 1 / 20.
#[test]
fn cases40_full_view() {
    check("cases40", View::Full, 13, 0);
}

#[test]
fn cases40_bank_view() {
    check("cases40", View::Bank, 7, 1);
}

/// tests/cases41 (session 29's second set) was measured blind first on `b887f2b`
/// (tests/cases41/README.md): full 12 / 12 with 7 / 20 ordinary days alarmed (remote help,
/// meetings, family on video calls), bank 9 / 12 with 2 / 20.
#[test]
fn cases41_full_view() {
    check("cases41", View::Full, 12, 1);
}

#[test]
fn cases41_bank_view() {
    check("cases41", View::Bank, 9, 0);
}

/// tests/cases42 (session 29's third set: chat-app scams over days) was measured blind first
/// on `4b5a782` (tests/cases42/README.md): full 13 / 18 with 1 / 20, bank 7 / 18 with 2 / 20.
#[test]
fn cases42_full_view() {
    check("cases42", View::Full, 17, 1);
}

#[test]
fn cases42_bank_view() {
    check("cases42", View::Bank, 7, 2);
}

/// tests/cases43 (session 30's first set: common kinds and chat-app scams over days) was
/// measured blind first on `0840a0e` (tests/cases43/README.md): full 13 / 18 with 2 / 20,
/// bank 5 / 16 with 1 / 20.
#[test]
fn cases43_full_view() {
    check("cases43", View::Full, 16, 0);
}

#[test]
fn cases43_bank_view() {
    check("cases43", View::Bank, 5, 0);
}

/// tests/cases44 (session 30's second set, with ordinary days of people met online) was
/// measured blind first on `9f8f607` (tests/cases44/README.md): full 14 / 18 with 0 / 20,
/// bank 9 / 18 with 0 / 20.
#[test]
fn cases44_full_view() {
    check("cases44", View::Full, 16, 0);
}

#[test]
fn cases44_bank_view() {
    check("cases44", View::Bank, 9, 0);
}

/// tests/cases45 (session 30's third set) was measured blind first on `9171d37`
/// (tests/cases45/README.md): full 14 / 18 with 1 / 20, bank 4 / 16 with 1 / 20.
#[test]
fn cases45_full_view() {
    check("cases45", View::Full, 15, 0);
}

#[test]
fn cases45_bank_view() {
    check("cases45", View::Bank, 4, 1);
}

/// tests/cases46 (session 30's fourth set) was measured blind first on `c9fc817`
/// (tests/cases46/README.md): full 14 / 21 with 1 / 20, bank 7 / 19 with 0 / 20.
#[test]
fn cases46_full_view() {
    check("cases46", View::Full, 17, 1);
}

#[test]
fn cases46_bank_view() {
    check("cases46", View::Bank, 7, 0);
}

/// tests/cases47 (session 30's fifth set) was measured blind on `3e18550`
/// (tests/cases47/README.md): full 16 / 20 with 1 / 20, bank 9 / 20 with 1 / 20.
#[test]
fn cases47_full_view() {
    check("cases47", View::Full, 16, 1);
}

#[test]
fn cases47_bank_view() {
    check("cases47", View::Bank, 9, 0);
}

/// tests/cases48 (session 30's sixth set) was measured blind on `e811354`
/// (tests/cases48/README.md): full 13 / 19 with 0 / 20, bank 7 / 19 with 1 / 20.
#[test]
fn cases48_full_view() {
    check("cases48", View::Full, 15, 0);
}

#[test]
fn cases48_bank_view() {
    check("cases48", View::Bank, 7, 1);
}

/// tests/cases49 (session 30's seventh set) was measured blind on `78d3c11`
/// (tests/cases49/README.md): full 9 / 12 with 2 / 20, bank 4 / 12 with 3 / 20.
#[test]
fn cases49_full_view() {
    check("cases49", View::Full, 9, 2);
}

#[test]
fn cases49_bank_view() {
    check("cases49", View::Bank, 4, 2);
}

/// tests/cases50 (session 30's eighth set) was measured blind on `7a45816`
/// (tests/cases50/README.md): full 10 / 13 with 2 / 20, bank 4 / 11 with 0 / 20.
#[test]
fn cases50_full_view() {
    check("cases50", View::Full, 11, 1);
}

#[test]
fn cases50_bank_view() {
    check("cases50", View::Bank, 4, 0);
}

/// tests/cases51 (session 31's first set) was measured blind on `8b66f7e`
/// (tests/cases51/README.md): full 10 / 14 with 0 / 20, bank 2 / 14 with 2 / 20; the floors are the session's last engine's.
#[test]
fn cases51_full_view() {
    check("cases51", View::Full, 12, 0);
}

#[test]
fn cases51_bank_view() {
    check("cases51", View::Bank, 3, 2);
}

/// tests/cases52 (session 31's second set) was measured blind on `8b66f7e`
/// (tests/cases52/README.md): full 10 / 12 with 2 / 20, bank 4 / 12 with 0 / 20; the floors are the session's last engine's.
#[test]
fn cases52_full_view() {
    check("cases52", View::Full, 11, 0);
}

#[test]
fn cases52_bank_view() {
    check("cases52", View::Bank, 5, 0);
}

/// tests/cases53 (session 31's third set) was measured blind on `89b3af2`
/// (tests/cases53/README.md): full 13 / 15 with 0 / 20, bank 2 / 15 with 1 / 20; the floors are the session's last engine's.
#[test]
fn cases53_full_view() {
    check("cases53", View::Full, 13, 0);
}

#[test]
fn cases53_bank_view() {
    check("cases53", View::Bank, 2, 1);
}

/// tests/cases54 (session 31's fourth set) was measured blind on `89b3af2`
/// (tests/cases54/README.md): full 15 / 16 with 3 / 20, bank 8 / 16 with 0 / 20; the floors are the session's last engine's.
#[test]
fn cases54_full_view() {
    check("cases54", View::Full, 16, 3);
}

#[test]
fn cases54_bank_view() {
    check("cases54", View::Bank, 8, 0);
}

/// tests/cases55 (session 31's fifth set) was measured blind on `cb20ef8`
/// (tests/cases55/README.md): full 12 / 17 with 2 / 20, bank 5 / 17 with 1 / 20; the floors are the session's last engine's.
#[test]
fn cases55_full_view() {
    check("cases55", View::Full, 15, 2);
}

#[test]
fn cases55_bank_view() {
    check("cases55", View::Bank, 5, 1);
}

/// tests/cases56 (session 31's sixth set) was measured blind on `cb20ef8`
/// (tests/cases56/README.md): full 11 / 12 with 0 / 20, bank 2 / 12 with 0 / 20; the floors are the session's last engine's.
#[test]
fn cases56_full_view() {
    check("cases56", View::Full, 11, 0);
}

#[test]
fn cases56_bank_view() {
    check("cases56", View::Bank, 2, 0);
}

/// tests/cases57 (session 31's seventh set) was measured blind on `47f2146`
/// (tests/cases57/README.md): full 12 / 16 with 3 / 20, bank 4 / 16 with 0 / 20; the floors are the session's last engine's.
#[test]
fn cases57_full_view() {
    check("cases57", View::Full, 13, 2);
}

#[test]
fn cases57_bank_view() {
    check("cases57", View::Bank, 4, 0);
}

/// tests/cases58 (session 31's eighth set) was measured blind on `47f2146`
/// (tests/cases58/README.md): full 10 / 15 with 1 / 20, bank 8 / 15 with 0 / 20; the floors are the session's last engine's.
#[test]
fn cases58_full_view() {
    check("cases58", View::Full, 12, 1);
}

#[test]
fn cases58_bank_view() {
    check("cases58", View::Bank, 8, 0);
}

/// tests/cases59 (session 32's first set) was measured blind on `6eaa9fb`, the session's start
/// (tests/cases59/README.md): full 12 / 17 with 2 / 20, bank 1 / 16 with 0 / 20; the floors are the session's last engine's.
#[test]
fn cases59_full_view() {
    check("cases59", View::Full, 17, 1);
}

#[test]
fn cases59_bank_view() {
    check("cases59", View::Bank, 1, 0);
}

/// tests/cases60 (session 32's second set) was measured blind on the engine of the session's first changes
/// (tests/cases60/README.md): full 12 / 18 with 0 / 20, bank 6 / 17 with 0 / 20; the floors are the session's last engine's.
#[test]
fn cases60_full_view() {
    check("cases60", View::Full, 16, 0);
}

#[test]
fn cases60_bank_view() {
    check("cases60", View::Bank, 6, 0);
}

/// tests/cases61 (session 32's third set) was measured blind on the engine of the session's second changes
/// (tests/cases61/README.md): full 10 / 15 with 2 / 20, bank 3 / 15 with 1 / 20; the floors are the session's last engine's.
#[test]
fn cases61_full_view() {
    check("cases61", View::Full, 13, 2);
}

#[test]
fn cases61_bank_view() {
    check("cases61", View::Bank, 3, 0);
}

/// tests/cases62 (session 32's fourth set) was measured blind on the engine of the session's third changes
/// (tests/cases62/README.md): full 11 / 17 with 1 / 20, bank 6 / 17 with 0 / 20; the floors are the session's last engine's.
#[test]
fn cases62_full_view() {
    check("cases62", View::Full, 13, 0);
}

#[test]
fn cases62_bank_view() {
    check("cases62", View::Bank, 6, 0);
}

/// tests/cases63 (session 32's fifth set) was measured blind on the session's fifth engine
/// (tests/cases63/README.md): full 11 / 16 with 1 / 20, bank 6 / 16 with 0 / 20; the floors are the session's last engine's.
#[test]
fn cases63_full_view() {
    check("cases63", View::Full, 12, 0);
}

#[test]
fn cases63_bank_view() {
    check("cases63", View::Bank, 6, 0);
}

/// tests/cases64 (session 32's sixth set) was measured blind on the session's sixth engine
/// (tests/cases64/README.md): full 15 / 18 with 0 / 20, bank 7 / 17 with 1 / 20; the floors are the session's last engine's.
#[test]
fn cases64_full_view() {
    check("cases64", View::Full, 15, 0);
}

#[test]
fn cases64_bank_view() {
    check("cases64", View::Bank, 7, 0);
}

/// tests/cases65 (session 32's seventh set) was measured blind on the session's last
/// engine and not tuned on (tests/cases65/README.md): full 13 / 16 with 0 / 20, bank
/// 7 / 16 with 0 / 20.
#[test]
fn cases65_full_view() {
    check("cases65", View::Full, 15, 0);
}

#[test]
fn cases65_bank_view() {
    check("cases65", View::Bank, 7, 0);
}

/// tests/cases66 (session 32's eighth set) was measured blind on `a0c7991`'s engine
/// (tests/cases66/README.md): full 12 / 17 with 0 / 18, bank 6 / 17 with 0 / 18; the
/// floors are the session's last engine's.
#[test]
fn cases66_full_view() {
    check("cases66", View::Full, 13, 0);
}

#[test]
fn cases66_bank_view() {
    check("cases66", View::Bank, 6, 0);
}

/// tests/cases67 (session 32's ninth set) was measured blind on `fe1b00d`
/// (tests/cases67/README.md): full 13 / 18 with 0 / 18, bank 5 / 18 with 0 / 18; the
/// floors are the session's last engine's.
#[test]
fn cases67_full_view() {
    check("cases67", View::Full, 14, 0);
}

#[test]
fn cases67_bank_view() {
    check("cases67", View::Bank, 5, 0);
}

/// tests/cases68 (session 33's first set) was measured blind on `81f9205`
/// (tests/cases68/README.md): full 12 / 15 with 2 / 20, bank 3 / 15 with 3 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases68_full_view() {
    check("cases68", View::Full, 14, 0);
}

#[test]
fn cases68_bank_view() {
    check("cases68", View::Bank, 3, 3);
}

/// tests/cases69 (session 33's second set) was measured blind on `f225422`
/// (tests/cases69/README.md): full 13 / 15 with 1 / 19, bank 3 / 15 with 0 / 19; the
/// floors are the session's last engine's.
#[test]
fn cases69_full_view() {
    check("cases69", View::Full, 13, 0);
}

#[test]
fn cases69_bank_view() {
    check("cases69", View::Bank, 3, 0);
}

/// tests/cases70 (session 33's third set) was measured blind on `4f49ce2`
/// (tests/cases70/README.md): full 15 / 16 with 0 / 20, bank 5 / 16 with 2 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases70_full_view() {
    check("cases70", View::Full, 15, 0);
}

#[test]
fn cases70_bank_view() {
    check("cases70", View::Bank, 5, 0);
}

/// tests/cases71 (session 33's fourth set) was measured blind on `b8cdae4`
/// (tests/cases71/README.md): full 12 / 16 with 0 / 20, bank 7 / 16 with 1 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases71_full_view() {
    check("cases71", View::Full, 14, 0);
}

#[test]
fn cases71_bank_view() {
    check("cases71", View::Bank, 7, 0);
}

/// tests/cases72 (session 33's fifth set) was measured blind on `bbd5ace`
/// (tests/cases72/README.md): full 12 / 16 with 1 / 20, bank 6 / 16 with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases72_full_view() {
    check("cases72", View::Full, 12, 1);
}

#[test]
fn cases72_bank_view() {
    check("cases72", View::Bank, 6, 0);
}

/// tests/cases73 (session 33's sixth set) was measured blind on `1e529cb`
/// (tests/cases73/README.md): full 10 / 17 with 0 / 20, bank 3 / 17 with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases73_full_view() {
    check("cases73", View::Full, 13, 0);
}

#[test]
fn cases73_bank_view() {
    check("cases73", View::Bank, 4, 0);
}

/// tests/cases74 (session 33's seventh set) was measured blind on `ff2b0d3`
/// (tests/cases74/README.md): full 14 / 17 with 0 / 20, bank 7 / 17 with 1 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases74_full_view() {
    check("cases74", View::Full, 14, 0);
}

#[test]
fn cases74_bank_view() {
    check("cases74", View::Bank, 7, 1);
}

/// tests/cases75 (session 33's eighth set) was measured blind on `d0f35fc`
/// (tests/cases75/README.md): full 13 / 17 with 2 / 20, bank 2 / 17 with 3 / 20; not
/// tuned on.
#[test]
fn cases75_full_view() {
    check("cases75", View::Full, 14, 2);
}

#[test]
fn cases75_bank_view() {
    check("cases75", View::Bank, 2, 3);
}

/// tests/cases76 (session 34's first set) was measured blind on `9fae845`
/// (tests/cases76/README.md): full 13 / 16 with 1 / 20, bank 8 / 15 (1 not visible) with 2 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases76_full_view() {
    check("cases76", View::Full, 16, 0);
}

#[test]
fn cases76_bank_view() {
    check("cases76", View::Bank, 8, 2);
}

/// tests/cases77 (session 34's second set) was measured blind on `f8f86ce`
/// (tests/cases77/README.md): full 15 / 17 with 0 / 20, bank 6 / 16 (1 not visible) with 2 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases77_full_view() {
    check("cases77", View::Full, 15, 0);
}

#[test]
fn cases77_bank_view() {
    check("cases77", View::Bank, 6, 2);
}

/// tests/cases78 (session 34's third set) was measured blind on `27e7e18`
/// (tests/cases78/README.md): full 13 / 15 with 0 / 18, bank 6 / 15 with 2 / 18; the
/// floors are the session's last engine's.
#[test]
fn cases78_full_view() {
    check("cases78", View::Full, 13, 0);
}

#[test]
fn cases78_bank_view() {
    check("cases78", View::Bank, 6, 2);
}

/// tests/cases79 (session 34's fourth set) was measured blind on `aa18c6e`
/// (tests/cases79/README.md): full 14 / 18 with 1 / 20, bank 7 / 18 with 2 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases79_full_view() {
    check("cases79", View::Full, 14, 0);
}

#[test]
fn cases79_bank_view() {
    check("cases79", View::Bank, 7, 1);
}

/// tests/cases80 (session 34's fifth set) was measured blind on `7c12fd9`
/// (tests/cases80/README.md): full 14 / 16 with 1 / 20, bank 5 / 14 (2 not visible) with 2 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases80_full_view() {
    check("cases80", View::Full, 14, 0);
}

#[test]
fn cases80_bank_view() {
    check("cases80", View::Bank, 5, 2);
}

/// tests/cases81 (session 34's sixth set) was measured blind on `e7492ff`
/// (tests/cases81/README.md): full 14 / 16 with 2 / 20, bank 6 / 15 (1 not visible) with 2 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases81_full_view() {
    check("cases81", View::Full, 14, 1);
}

#[test]
fn cases81_bank_view() {
    check("cases81", View::Bank, 6, 2);
}

/// tests/cases82 (session 34's seventh set) was measured blind on `dad92b1`
/// (tests/cases82/README.md): full 13 / 18 with 0 / 20, bank 9 / 18 with 1 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases82_full_view() {
    check("cases82", View::Full, 14, 0);
}

#[test]
fn cases82_bank_view() {
    check("cases82", View::Bank, 9, 0);
}

/// tests/cases83 (session 34's eighth set) was measured blind on `dad92b1`
/// (tests/cases83/README.md): full 12 / 16 with 0 / 20, bank 4 / 16 with 0 / 20; not
/// tuned on.
#[test]
fn cases83_full_view() {
    check("cases83", View::Full, 12, 0);
}

#[test]
fn cases83_bank_view() {
    check("cases83", View::Bank, 5, 0);
}

/// tests/cases84 (session 35's first set) was measured blind on `b49f7fd`
/// (tests/cases84/README.md): full 10 / 15 with 1 / 20, bank 4 / 15 with 1 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases84_full_view() {
    check("cases84", View::Full, 15, 0);
}

#[test]
fn cases84_bank_view() {
    check("cases84", View::Bank, 4, 0);
}

/// tests/cases85 (session 35's second set) was measured blind on `babfdec`
/// (tests/cases85/README.md): full 14 / 16 with 3 / 20, bank 5 / 14 (2 not visible) with 1 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases85_full_view() {
    check("cases85", View::Full, 15, 0);
}

#[test]
fn cases85_bank_view() {
    check("cases85", View::Bank, 5, 0);
}

/// tests/cases86 (session 35's third set) was measured blind on `7f72f0b`
/// (tests/cases86/README.md): full 12 / 18 with 0 / 20, bank 6 / 18 with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases86_full_view() {
    check("cases86", View::Full, 16, 0);
}

#[test]
fn cases86_bank_view() {
    check("cases86", View::Bank, 6, 0);
}

/// tests/cases87 (session 35's fourth set) was measured blind on `a95af65`
/// (tests/cases87/README.md): full 10 / 15 with 1 / 20, bank 3 / 15 with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases87_full_view() {
    check("cases87", View::Full, 14, 0);
}

#[test]
fn cases87_bank_view() {
    check("cases87", View::Bank, 3, 0);
}

/// tests/cases88 (session 35's fifth set) was measured blind on `8b19a60`
/// (tests/cases88/README.md): full 11 / 16 with 2 / 20, bank 5 / 16 with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases88_full_view() {
    check("cases88", View::Full, 15, 1);
}

#[test]
fn cases88_bank_view() {
    check("cases88", View::Bank, 5, 0);
}

/// tests/cases89 (session 35's sixth set) was measured blind on `ebe3793`
/// (tests/cases89/README.md): full 9 / 16 with 4 / 19, bank 4 / 15 (1 not visible) with 1 / 19; the
/// floors are the session's last engine's.
#[test]
fn cases89_full_view() {
    check("cases89", View::Full, 11, 3);
}

#[test]
fn cases89_bank_view() {
    check("cases89", View::Bank, 4, 1);
}

/// tests/cases90 (session 35's seventh set) was measured blind on `aa009a0`
/// (tests/cases90/README.md): full 12 / 14 with 0 / 20, bank 5 / 14 with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases90_full_view() {
    check("cases90", View::Full, 14, 0);
}

#[test]
fn cases90_bank_view() {
    check("cases90", View::Bank, 5, 0);
}

/// tests/cases91 (session 35's eighth set) was measured blind on `5a01f63`
/// (tests/cases91/README.md): full 11 / 18 with 1 / 20, bank 1 / 17 (1 not visible) with 2 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases91_full_view() {
    check("cases91", View::Full, 15, 1);
}

#[test]
fn cases91_bank_view() {
    check("cases91", View::Bank, 1, 1);
}

/// tests/cases92 (session 35's ninth set) was measured blind on `92507e7`
/// (tests/cases92/README.md): full 11 / 14 with 0 / 20, bank 4 / 14 with 1 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases92_full_view() {
    check("cases92", View::Full, 12, 0);
}

#[test]
fn cases92_bank_view() {
    check("cases92", View::Bank, 4, 1);
}

/// tests/cases93 (session 36's first set) was measured blind on `94d134f`
/// (tests/cases93/README.md): full 16 / 16 with 1 / 20, bank 8 / 15 (1 not visible) with 2 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases93_full_view() {
    check("cases93", View::Full, 16, 0);
}

#[test]
fn cases93_bank_view() {
    check("cases93", View::Bank, 8, 0);
}

/// tests/cases94 (session 36's second set) was measured blind on `32c4479`
/// (tests/cases94/README.md): full 13 / 16 with 0 / 18, bank 4 / 16 with 0 / 18; the
/// floors are the session's last engine's.
#[test]
fn cases94_full_view() {
    check("cases94", View::Full, 16, 0);
}

#[test]
fn cases94_bank_view() {
    check("cases94", View::Bank, 4, 0);
}

/// tests/cases95 (session 36's third set) was measured blind on `316bbc4`
/// (tests/cases95/README.md): full 14 / 18 with 1 / 20, bank 5 / 18 with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases95_full_view() {
    check("cases95", View::Full, 16, 1);
}

#[test]
fn cases95_bank_view() {
    check("cases95", View::Bank, 5, 0);
}

/// tests/cases96 (session 36's fourth set) was measured blind on `41099bd`
/// (tests/cases96/README.md): full 12 / 16 with 0 / 20, bank 4 / 16 with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases96_full_view() {
    check("cases96", View::Full, 15, 0);
}

#[test]
fn cases96_bank_view() {
    check("cases96", View::Bank, 4, 0);
}

/// tests/cases97 (session 36's fifth set) was measured blind on `8248ef7`
/// (tests/cases97/README.md): full 10 / 18 with 1 / 20, bank 4 / 17 (1 not visible) with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases97_full_view() {
    check("cases97", View::Full, 14, 0);
}

#[test]
fn cases97_bank_view() {
    check("cases97", View::Bank, 4, 0);
}

/// tests/cases98 (session 37's first set) was measured blind on `ca25a46`
/// (tests/cases98/README.md): full 17 / 21 with 1 / 20, bank 8 / 20 (1 not visible) with 1 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases98_full_view() {
    check("cases98", View::Full, 19, 0);
}

#[test]
fn cases98_bank_view() {
    check("cases98", View::Bank, 8, 0);
}

/// tests/cases99 (session 37's second set) was measured blind on `8e43985`
/// (tests/cases99/README.md): full 14 / 20 with 0 / 20, bank 7 / 17 (3 not visible) with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases99_full_view() {
    check("cases99", View::Full, 18, 0);
}

#[test]
fn cases99_bank_view() {
    check("cases99", View::Bank, 7, 0);
}

/// tests/cases100 (session 37's third set) was measured blind on `5e221cc`
/// (tests/cases100/README.md): full 16 / 18 with 0 / 20, bank 8 / 17 (1 not visible) with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases100_full_view() {
    check("cases100", View::Full, 18, 0);
}

#[test]
fn cases100_bank_view() {
    check("cases100", View::Bank, 8, 0);
}

/// tests/cases101 (session 37's fourth set) was measured blind on `90c5048`
/// (tests/cases101/README.md): full 11 / 18 with 0 / 20, bank 3 / 18 with 1 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases101_full_view() {
    check("cases101", View::Full, 14, 0);
}

#[test]
fn cases101_bank_view() {
    check("cases101", View::Bank, 3, 1);
}

/// tests/cases102 (session 37's fifth set) was measured blind on `ec311c0`
/// (tests/cases102/README.md): full 14 / 16 with 1 / 20, bank 4 / 16 with 0 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases102_full_view() {
    check("cases102", View::Full, 15, 0);
}

#[test]
fn cases102_bank_view() {
    check("cases102", View::Bank, 4, 0);
}

/// tests/cases103 (session 37's sixth set) was measured blind on `aa95440`
/// (tests/cases103/README.md): full 11 / 17 with 1 / 20, bank 5 / 16 (1 not visible) with 1 / 20; the
/// floors are the session's last engine's.
#[test]
fn cases103_full_view() {
    check("cases103", View::Full, 14, 1);
}

#[test]
fn cases103_bank_view() {
    check("cases103", View::Bank, 5, 1);
}

/// tests/cases104 (session 37's seventh set) was measured blind on `391e4df`
/// (tests/cases104/README.md): full 11 / 16 with 1 / 19, bank 5 / 16 with 0 / 19; the
/// floors are the session's last engine's.
#[test]
fn cases104_full_view() {
    check("cases104", View::Full, 12, 1);
}

#[test]
fn cases104_bank_view() {
    check("cases104", View::Bank, 5, 0);
}

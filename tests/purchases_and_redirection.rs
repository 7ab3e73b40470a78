//! Scams with no call at all, where the only words are a seller's or a
//! supplier's (session 10, tests/cases9): tickets and cars sold by someone the
//! buyer cannot meet, and an invoice redirected to a "new account". Each is
//! paired with the ordinary day it mimics: the same payment with nothing said.

mod lines;

use lines::{ended, notification, screen, top, transfer, typed, MIN};
use scamguard::region::Region;
use scamguard::Level;

const MESSENGER: &str = "com.facebook.orca";
const FACEBOOK: &str = "com.facebook.katana";
const COMMBANK: &str = "com.commbank.netbank";
const GMAIL: &str = "com.google.android.gm";
const NATWEST: &str = "com.rbs.mobile.android.natwest";
const WHATSAPP: &str = "com.whatsapp";
const BOCHK: &str = "com.bochk.app.aos";

/// A payment to a new payee in `bank`, a few minutes after `said`.
fn pay_after(said: &[String], bank: &str, amount: &str, currency: &str) -> Vec<String> {
    let mut events = said.to_vec();
    events.extend([
        typed(10 * MIN, bank, "account", "06x-xxx 1xxxxx54"),
        typed(11 * MIN, bank, "amount", amount),
        transfer(11 * MIN + 20_000, bank, amount, currency),
    ]);
    events
}

#[test]
fn tickets_from_a_seller_who_says_others_are_waiting_are_the_scam() {
    let post = screen(0, FACEBOOK, "Can't make it to the concert anymore, selling 4 tickets at cost. PM me!");
    let pressed = pay_after(
        &[
            post.clone(),
            notification(
                3 * MIN,
                MESSENGER,
                "Jess T",
                "$1,200 for the four, a few people are asking so first in first served",
            ),
        ],
        COMMBANK,
        "1200",
        "AUD",
    );
    assert!(top(Region::Au, &pressed) >= Some(Level::Danger), "{:?}", top(Region::Au, &pressed));
    let plain = pay_after(
        &[
            post,
            notification(3 * MIN, MESSENGER, "Jess T", "Sure, $1,200 for the four, I'll send them tonight"),
        ],
        COMMBANK,
        "1200",
        "AUD",
    );
    assert!(top(Region::Au, &plain) < Some(Level::Danger), "{:?}", top(Region::Au, &plain));
}

#[test]
fn a_car_paid_to_a_delivery_company_that_holds_the_money_is_the_escrow_scam() {
    let escrow = pay_after(
        &[notification(
            0,
            MESSENGER,
            "Seller",
            "Sorry, you can't view it. You don't pay me directly, you pay the delivery company, they hold the money until you are happy with the car.",
        )],
        "uk.co.santander.santanderUK",
        "6000",
        "GBP",
    );
    assert!(top(Region::Uk, &escrow) >= Some(Level::Danger), "{:?}", top(Region::Uk, &escrow));
}

#[test]
fn an_invoice_sent_to_a_new_account_is_payment_redirection() {
    let changed = pay_after(
        &[notification(
            0,
            GMAIL,
            "Advantage Property Lawyers",
            "IMPORTANT: Change of bank details. Due to an audit our client account details are changing. Please use the new account below for your deposit and disregard previous details.",
        )],
        NATWEST,
        "45000",
        "GBP",
    );
    assert!(top(Region::Uk, &changed) >= Some(Level::Danger), "{:?}", top(Region::Uk, &changed));
    let hk = pay_after(
        &[notification(
            0,
            WHATSAPP,
            "陳生",
            "早晨，上個月嗰批貨款麻煩今日過咗佢，我哋公司戶口做緊年審，今次轉去我同事個人戶口",
        )],
        BOCHK,
        "1036800",
        "HKD",
    );
    assert!(top(Region::Hk, &hk) >= Some(Level::Danger), "{:?}", top(Region::Hk, &hk));
    // The solicitor's ordinary request for the deposit, paid to the account
    // the user was given at the start.
    let usual = pay_after(
        &[notification(
            0,
            GMAIL,
            "Advantage Property Lawyers",
            "Re: Purchase - next steps. We are now ready to receive your deposit. Please arrange the transfer so we can proceed to exchange.",
        )],
        NATWEST,
        "45000",
        "GBP",
    );
    assert!(top(Region::Uk, &usual) < Some(Level::Danger), "{:?}", top(Region::Uk, &usual));
}

#[test]
fn a_crypto_exchange_opened_deep_into_a_strangers_call_is_the_guided_step() {
    // The user rang a "support" number from a pop-up; 40 minutes in, the
    // exchange is opened and an amount typed (no payee yet).
    let during = |opened_at: u64| {
        vec![
            lines::call(0, "outgoing", "+1 888 555 0142"),
            format!(r#"{{"t":{},"type":"app_foreground","package":"com.coinbase.android"}}"#, opened_at),
            typed(opened_at + 5 * MIN, "com.coinbase.android", "amount", "9500"),
        ]
    };
    assert!(
        top(Region::Us, &during(40 * MIN)) >= Some(Level::Danger),
        "{:?}",
        top(Region::Us, &during(40 * MIN))
    );
    // Opened two minutes into the call (asking the exchange's own line about a
    // purchase the user was making anyway) is not that step.
    assert!(
        top(Region::Us, &during(2 * MIN)) < Some(Level::Danger),
        "{:?}",
        top(Region::Us, &during(2 * MIN))
    );
}

#[test]
fn a_sale_collected_in_person_or_a_disclaimer_is_the_ordinary_day() {
    // Review 10: the seller's own words for a sale the buyer collects or that
    // goes through the ticket platform, and the solicitor's anti-fraud footer.
    let ordinary = [
        (Region::Uk, "Seller", "Yes still available, £120. A few people are asking so first come first served, pay by bank transfer and collect tomorrow"),
        (Region::Uk, "Sam", "Hey, can't make it anymore :( selling my 2 tickets at cost, £90. Send it to my Monzo and I'll transfer them to you on Ticketmaster straight away"),
        (Region::Uk, "Harper & Cole Solicitors", "Please transfer the balance to our client account. IMPORTANT: our bank details will never change during your transaction. If you receive an email notifying you of a change of bank details, call us."),
    ];
    for (region, who, text) in ordinary {
        let day = pay_after(&[notification(0, MESSENGER, who, text)], NATWEST, "120", "GBP");
        assert!(top(region, &day) < Some(Level::Danger), "{text}: {:?}", top(region, &day));
    }
}

/// Advisories' first red flag for marketplace purchases: the seller moves the
/// payment off the platform (a bank transfer instead of checkout, "to avoid the
/// fees"), or a friend's account asks the buyer to pay a third person. The same
/// purchase paid as the platform or the seller normally takes it stays quiet.
#[test]
fn a_seller_who_moves_payment_off_the_platform_or_to_a_third_person_is_the_scam() {
    let off_platform = pay_after(
        &[notification(
            0,
            "com.ebay.mobile",
            "eBay",
            "New message from the seller: Yes still available, we deliver. Not through eBay please, to avoid the fees: pay by bank transfer only, details below.",
        )],
        "com.barclays.android.barclaysmobilebanking",
        "1925",
        "GBP",
    );
    assert!(top(Region::Uk, &off_platform) >= Some(Level::Danger), "{:?}", top(Region::Uk, &off_platform));
    let third_person = pay_after(
        &[notification(
            0,
            MESSENGER,
            "Dave K",
            "They're my cousin's, he's selling them. $2,000 for all four, pay him on Venmo and he'll send them over",
        )],
        "com.venmo",
        "2000",
        "USD",
    );
    assert!(top(Region::Us, &third_person) >= Some(Level::Danger), "{:?}", top(Region::Us, &third_person));
    let plain = pay_after(
        &[notification(
            0,
            MESSENGER,
            "Dave K",
            "Yes they're still mine, $2,000 for all four, I'll transfer them to your Ticketmaster account tonight",
        )],
        "com.venmo",
        "2000",
        "USD",
    );
    assert!(top(Region::Us, &plain) < Some(Level::Danger), "{:?}", top(Region::Us, &plain));
}

/// Tickets offered through a friend's (hijacked) account, paid by bank transfer
/// into a third person's "business account", the tickets moved "once it's in".
/// The same friend selling at cost and sending the tickets first is the day.
#[test]
fn tickets_paid_into_a_third_persons_business_account_are_the_scam() {
    let offer = notification(
        0,
        MESSENGER,
        "James",
        "I've got 2 for Wembley next August, £120 each which is what I paid. Can't make it any more sadly",
    );
    let third = pay_after(
        &[
            offer.clone(),
            notification(
                3 * MIN,
                MESSENGER,
                "James",
                "Bank transfer is easiest mate. My friend does the resale through his business account, it's in the name C White. Once it's in I'll move the tickets to your Ticketmaster account",
            ),
        ],
        NATWEST,
        "240",
        "GBP",
    );
    assert!(top(Region::Uk, &third) >= Some(Level::Danger), "{:?}", top(Region::Uk, &third));
    let plain = pay_after(
        &[
            offer,
            notification(
                3 * MIN,
                MESSENGER,
                "James",
                "Sent them to your Ticketmaster account, pay me back whenever",
            ),
        ],
        NATWEST,
        "240",
        "GBP",
    );
    assert!(top(Region::Uk, &plain) < Some(Level::Danger), "{:?}", top(Region::Uk, &plain));
}

/// A house deposit redirected by the agent's hijacked mailbox: the trust
/// account is "under a bank audit", pay the "subsidiary trust account". The
/// agent's own first letter naming the trust account is the day.
#[test]
fn a_deposit_redirected_to_a_subsidiary_trust_account_is_the_scam() {
    let redirected = pay_after(
        &[notification(
            0,
            GMAIL,
            "Emma Lawson - Coastline Realty",
            "Due to the ongoing bank audit on our account, please see attached our subsidiary trust account details for the payment of $25,000 deposit. Kind regards, Emma",
        )],
        COMMBANK,
        "25000",
        "AUD",
    );
    assert!(top(Region::Au, &redirected) >= Some(Level::Danger), "{:?}", top(Region::Au, &redirected));
    let plain = pay_after(
        &[notification(
            0,
            GMAIL,
            "Emma Lawson - Coastline Realty",
            "Congratulations, the sellers have accepted your offer. Contract attached. Deposit of $25,000 is payable into our trust account within 2 business days.",
        )],
        COMMBANK,
        "25000",
        "AUD",
    );
    assert!(top(Region::Au, &plain) < Some(Level::Danger), "{:?}", top(Region::Au, &plain));
}

#[test]
fn a_redirected_invoice_paid_the_next_day_is_still_the_scam_unless_the_firm_was_rung() {
    // An invoice is paid when the owner gets to it, a day or two after the e-mail
    // that changed the account: the warning must still be there, and be gone once
    // the owner rang the firm on the number they had.
    const WESTPAC: &str = "org.westpac.bank";
    let email = notification(
        0,
        GMAIL,
        "Mark - Coastline Building",
        "Progress claim 3. Hi Bill, please find attached our invoice. Please note our bank details have changed, the new details are on the invoice. Kind regards, Mark",
    );
    let pay_at = |t0: u64, before: &[String]| {
        let mut events = before.to_vec();
        events.extend([
            typed(t0, WESTPAC, "account", "0xx-xxx xxxxx819"),
            typed(t0 + MIN, WESTPAC, "amount", "26385"),
            transfer(t0 + MIN + 20_000, WESTPAC, "26385", "AUD"),
        ]);
        events
    };
    for hours in [16, 40] {
        let late = pay_at(hours * 60 * MIN, std::slice::from_ref(&email));
        assert!(top(Region::Au, &late) >= Some(Level::Danger), "{hours} h: {:?}", top(Region::Au, &late));
    }
    let rung = pay_at(
        16 * 60 * MIN,
        &[
            email.clone(),
            r#"{"t":3600000,"type":"call_started","direction":"outgoing","peer":"contact"}"#.to_string(),
            ended(3_900_000),
        ],
    );
    assert!(top(Region::Au, &rung) < Some(Level::Danger), "{:?}", top(Region::Au, &rung));
    // The builder's ordinary invoice, nothing changed, paid the next day.
    let usual = notification(
        0,
        GMAIL,
        "Mark - Coastline Building",
        "Progress claim 3. Hi Bill, please find attached our invoice for progress claim 3. Kind regards, Mark",
    );
    let plain = pay_at(16 * 60 * MIN, &[usual]);
    assert!(top(Region::Au, &plain) < Some(Level::Danger), "{:?}", top(Region::Au, &plain));
}

#[test]
fn a_sellers_own_savings_pot_after_the_buyer_paid_is_no_payment() {
    // The buyer asks for the address, says she will pay by bank transfer, rings from
    // outside, pays; the seller moves the £60 into her savings pot. Nobody asked
    // her for money: her words and her own pot are not a payment to anyone.
    const MONZO: &str = "co.uk.getmondo";
    let mut day = vec![
        notification(0, MESSENGER, "Priya Shah", "Would you take £60? I can collect today after 1"),
        notification(
            20 * MIN,
            MESSENGER,
            "Priya Shah",
            "Perfect, 2pm. Can you send the address? I'll pay by bank transfer when I've seen it if that's ok",
        ),
        r#"{"t":16800000,"type":"call_started","direction":"incoming","peer":"unknown"}"#.to_string(),
        ended(16_845_000),
        notification(292 * MIN, MONZO, "Monzo", "Priya Shah sent you £60.00. Cot bed"),
        screen(293 * MIN, MONZO, "Nursery pot. £215.00 of £400.00. Add money"),
        typed(293 * MIN + 20_000, MONZO, "amount", "60"),
    ];
    assert!(top(Region::Uk, &day) < Some(Level::Danger), "{:?}", top(Region::Uk, &day));
    // The same £60 typed on the bank's "Pay someone" form to a new payee, with a
    // stranger asking for it by transfer, is still a payment after the call.
    day.truncate(4);
    day.extend([
        notification(
            40 * MIN,
            MESSENGER,
            "Priya Shah",
            "Can you send £60 deposit by bank transfer first to hold it? Account below",
        ),
        screen(285 * MIN, MONZO, "Pay someone · New payee · Sort code and account number"),
        typed(285 * MIN + 10_000, MONZO, "account", "04-00-04 12345678"),
        typed(285 * MIN + 20_000, MONZO, "amount", "60"),
    ]);
    assert!(top(Region::Uk, &day) >= Some(Level::Caution), "{:?}", top(Region::Uk, &day));
}

#[test]
fn moving_money_between_ones_own_accounts_during_a_strangers_call_is_the_refund_script() {
    // The "refund agent" has the victim move savings to checking to fake an
    // overpayment: an own-account screen read while a call is on proves nothing.
    const BOFA: &str = "com.infonow.bofa";
    let during = vec![
        r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown"}"#.to_string(),
        screen(12 * MIN, BOFA, "Transfer between my accounts: Savings ••5530 to Checking ••2817"),
        typed(12 * MIN + 30_000, BOFA, "amount", "5000"),
    ];
    assert!(top(Region::Us, &during) >= Some(Level::Danger), "{:?}", top(Region::Us, &during));
}

#[test]
fn a_contractor_now_taking_deposits_to_a_persons_zelle_is_redirection() {
    // The roofer's hacked mailbox answers in the same thread: deposits "now" by
    // Zelle to an address that "will show under our office manager's name".
    const BOFA: &str = "com.infonow.bofa";
    let pay = |said: &str| {
        vec![
            notification(0, GMAIL, "Suncoast Roofing", said),
            screen(6 * MIN, BOFA, "Zelle · Send · Add recipient · Enter U.S. mobile number or email"),
            typed(7 * MIN, BOFA, "amount", "1800"),
            transfer(7 * MIN + 30_000, BOFA, "1800", "USD"),
        ]
    };
    let redirected = pay("To lock in your spot we require the 50% deposit of $1,800.00. Because of the volume after the storm we are now taking deposits by Zelle. Please send to billing.roof@gmail.com (it will show under our office manager's name).");
    assert!(top(Region::Us, &redirected) >= Some(Level::Danger), "{:?}", top(Region::Us, &redirected));
    let usual = pay("To lock in your spot we require the 50% deposit of $1,800.00, by Zelle to our business email on the estimate. Thank you!");
    assert!(top(Region::Us, &usual) < Some(Level::Danger), "{:?}", top(Region::Us, &usual));
}

/// A puppy the buyer never sees, flown or shipped to them (FTC and BBB pet-scam
/// advice; tests/cases60 San Jose, cases71 Brevard, cases73 Phoenix): the breeder's
/// deposit is money before you see it. A breeder whose pup the buyer collects is not.
#[test]
fn a_pet_flown_or_shipped_to_the_buyer_is_paid_before_it_is_seen() {
    const CHROME: &str = "com.android.chrome";
    const CHASE: &str = "com.chase.sig.android";
    let listing = screen(
        0,
        CHROME,
        "Sunny Acres Labradors - AKC registered, vet checked. Lucy, female, 8 weeks - $850",
    );
    let flown = pay_after(
        &[
            listing.clone(),
            notification(
                4 * MIN,
                GMAIL,
                "Sunny Acres",
                "Yes! Lucy is in our Oklahoma location and can be flown to Phoenix this week. Total $850 including the flight. Zelle to our manager.",
            ),
        ],
        CHASE,
        "850",
        "USD",
    );
    assert!(top(Region::Us, &flown) >= Some(Level::Danger), "{:?}", top(Region::Us, &flown));
    let collected = pay_after(
        &[
            listing,
            notification(
                4 * MIN,
                GMAIL,
                "Sunny Acres",
                "Yes! Lucy is ready from Saturday. Come and meet her with her mum, and bring a crate for the drive home.",
            ),
        ],
        CHASE,
        "850",
        "USD",
    );
    assert!(top(Region::Us, &collected) <= Some(Level::Caution), "{:?}", top(Region::Us, &collected));
}

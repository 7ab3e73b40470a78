//! What a bank or payment app's own screens say about the payee and the call.
//!
//! A bank knows two things no other app does: whether the name on a new payee's
//! account matches the name the user typed (Confirmation of Payee in the UK,
//! Verification of Payee in the EU, similar checks elsewhere), and whether its own
//! staff are calling the user right now (CommBank's CallerCheck, Monzo's call
//! status). Both reach the engine as the bank's own `screen_text`, which the bank
//! app's view keeps: a name that does not match is what a purchase or "safe
//! account" payment looks like; "you're speaking with us" makes the call on the
//! line the bank's own, and "we're not calling you" makes it someone pretending.
//! The phrases are data (`data/bank_screen.txt`, checked at build time by this
//! same code).

use std::sync::OnceLock;

/// The built-in phrases.
pub const BUILTIN: &str = include_str!("../data/bank_screen.txt");

/// What a bank's screen said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    /// The payee's name does not match the account.
    PayeeMismatch,
    /// The bank is not the one calling.
    BankNotCalling,
    /// The call on the line is the bank's own.
    BankCalling,
    /// A deposit closed early, funds or a policy cashed in: savings turned into cash.
    SavingsBroken,
    /// The user's answer to the bank's "what's this payment for?": moving money to
    /// an account of their own (what the "safe account" caller tells them to pick).
    PurposeOwnAccount,
    /// The same question answered "investment" or "cryptocurrency".
    PurposeInvestment,
}

/// The phrases of each kind.
#[derive(Debug, Clone)]
pub struct BankScreens {
    mismatch: Vec<String>,
    not_calling: Vec<String>,
    calling: Vec<String>,
    public: Vec<String>,
    confirmed: Vec<String>,
    biller: Vec<String>,
    biller_chosen: Vec<String>,
    person_payment: Vec<String>,
    counterparty_note: Vec<String>,
    note_to_fill: Vec<String>,
    own_account: Vec<String>,
    business: Vec<String>,
    savings_broken: Vec<String>,
    purpose_question: Vec<String>,
    purpose_own: Vec<String>,
    purpose_investment: Vec<String>,
    purpose_other: Vec<String>,
}

impl BankScreens {
    /// Parses and checks the phrases (`src/phrases.rs`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let sections = [
            "payee_mismatch",
            "bank_not_calling",
            "bank_calling",
            "public_payee",
            "payee_confirmed",
            "biller",
            "biller_chosen",
            "person_payment",
            "counterparty_note",
            "note_to_fill",
            "own_account",
            "registered_business",
            "savings_broken",
            "purpose_question",
            "purpose_own_account",
            "purpose_investment",
            "purpose_other",
        ];
        let mut lists = crate::phrases::parse("data/bank_screen.txt", text, &sections)?.into_iter();
        let mut next = || lists.next().unwrap_or_default();
        Ok(BankScreens {
            mismatch: next(),
            not_calling: next(),
            calling: next(),
            public: next(),
            confirmed: next(),
            biller: next(),
            biller_chosen: next(),
            person_payment: next(),
            counterparty_note: next(),
            note_to_fill: next(),
            own_account: next(),
            business: next(),
            savings_broken: next(),
            purpose_question: next(),
            purpose_own: next(),
            purpose_investment: next(),
            purpose_other: next(),
        })
    }

    /// Whether `text`, a bank's line confirming the payee (a name check that
    /// passed, its list of billers), names a public body or a school, or is one
    /// biller chosen from the bank's directory (a biller code, a saved biller, a
    /// household number under 生活缴费), not the menu that lists BPAY beside
    /// "Pay someone". With
    /// `account_field`, `text` is what the bank filled into its own account field
    /// (the holder's name looked up from the number), which needs no confirming.
    pub fn public_payee(&self, text: &str, account_field: bool) -> bool {
        let Some(lower) = short_line(text) else { return false };
        let has = |list: &[String]| any_in(list, &lower);
        let named = has(&self.public) && (account_field || has(&self.confirmed));
        let biller =
            !account_field && has(&self.biller) && has(&self.biller_chosen) && !has(&self.person_payment);
        (named || biller) && !has(&self.mismatch)
    }

    /// Whether `text`, a bank's line confirming the payee (a name check that
    /// matched, PayNow's registered name), names a registered company ("… PTY LTD",
    /// "… PTE. LTD.", 有限公司): a business the bank vouches for by its register, not
    /// an individual's account someone dictated.
    pub fn registered_payee(&self, text: &str) -> bool {
        let Some(lower) = short_line(text) else { return false };
        let has = |list: &[String]| any_in(list, &lower);
        has(&self.business) && has(&self.confirmed) && !has(&self.mismatch)
    }

    /// Whether `text`, a bank's screen, moves money between the user's own
    /// accounts (a savings pot, a 零钱通 or 定期 deposit, "between your accounts"):
    /// the money stays the user's, whoever rang before.
    /// A menu that also offers a payment to someone ("Pay someone · BPAY · Transfer
    /// between your accounts") moves nothing yet: the rest of the screen, the own-account
    /// words taken out, must offer no payment to a person.
    pub fn own_account(&self, text: &str) -> bool {
        let Some(lower) = short_line(text) else { return false };
        let (rest, found) = taken_out(&self.own_account, lower);
        found && !any_in(&self.person_payment, &rest)
    }

    /// Whether `text`, a bank's screen, offers a payment to a person or an account
    /// (a transfer form, the "Pay someone" menu).
    pub fn person_payment(&self, text: &str) -> bool {
        short_line(text).is_some_and(|lower| any_in(&self.person_payment, &lower))
    }

    /// Whether `text`, an institution's screen or notice, carries what a
    /// counterparty wrote into it (a collect request's note, a transfer's remark,
    /// a P2P merchant's chat): those words are not the institution's. Any length:
    /// a request's note sits anywhere on a long screen.
    /// A remark field the institution tells the user to fill ("備註請填寫賬戶號碼",
    /// a broker's deposit page) holds no one else's words.
    pub fn counterparty_note(&self, text: &str) -> bool {
        let (rest, _) = taken_out(&self.note_to_fill, text.to_ascii_lowercase());
        any_in(&self.counterparty_note, &rest)
    }

    /// What `text`, shown by a bank or payment app, says; `None` for anything else.
    pub fn read(&self, text: &str) -> Option<Said> {
        let lower = short_line(text)?;
        let has = |list: &[String]| any_in(list, &lower);
        if has(&self.mismatch) {
            Some(Said::PayeeMismatch)
        } else if has(&self.not_calling) {
            Some(Said::BankNotCalling)
        } else if has(&self.calling) {
            Some(Said::BankCalling)
        } else if has(&self.savings_broken) {
            Some(Said::SavingsBroken)
        } else if has(&self.purpose_question) {
            self.purpose(&lower)
        } else {
            None
        }
    }

    /// The one answer a payment-purpose screen shows, when it is a risky one. A
    /// menu that lists several answers ("Paying family · Buying goods · Moving money
    /// to my own account") is not an answer.
    fn purpose(&self, lower: &str) -> Option<Said> {
        let own = any_in(&self.purpose_own, lower);
        let investment = any_in(&self.purpose_investment, lower);
        let others = self.purpose_other.iter().filter(|w| lower.contains(w.as_str())).count();
        if usize::from(own) + usize::from(investment) + others != 1 {
            return None;
        }
        if own {
            Some(Said::PurposeOwnAccount)
        } else if investment {
            Some(Said::PurposeInvestment)
        } else {
            None
        }
    }
}

/// `text` lower-cased if it is one short line: a bank's check is one line, a long
/// screen is a statement or a form. ASCII folding only: the CJK phrases have no
/// case, and full Unicode case tables would cost the library more than this
/// whole module.
fn short_line(text: &str) -> Option<String> {
    (text.len() <= 400).then(|| text.to_ascii_lowercase())
}

/// `lower` with every phrase of `list` it holds replaced by a space, and whether it
/// held any: what the rest of a screen says once the phrases are read.
fn taken_out(list: &[String], mut lower: String) -> (String, bool) {
    let mut found = false;
    for p in list {
        if lower.contains(p.as_str()) {
            found = true;
            lower = lower.replace(p.as_str(), " ");
        }
    }
    (lower, found)
}

/// Whether lower-cased `lower` holds any phrase of `list`.
fn any_in(list: &[String], lower: &str) -> bool {
    list.iter().any(|p| lower.contains(p.as_str()))
}

static PHRASES: OnceLock<BankScreens> = OnceLock::new();

fn builtin() -> &'static BankScreens {
    PHRASES.get_or_init(|| {
        BankScreens::parse(crate::builtin::bank_screen_txt())
            .expect("data/bank_screen.txt is checked at build time")
    })
}

/// [`BankScreens::read`] with the built-in phrases.
pub fn read(text: &str) -> Option<Said> {
    builtin().read(text)
}

/// [`BankScreens::person_payment`] with the built-in phrases.
pub fn person_payment(text: &str) -> bool {
    builtin().person_payment(text)
}

/// [`BankScreens::counterparty_note`] with the built-in phrases.
pub fn counterparty_note(text: &str) -> bool {
    builtin().counterparty_note(text)
}

/// [`BankScreens::own_account`] with the built-in phrases.
pub fn own_account(text: &str) -> bool {
    builtin().own_account(text)
}

/// [`BankScreens::registered_payee`] with the built-in phrases.
pub fn registered_payee(text: &str) -> bool {
    builtin().registered_payee(text)
}

/// [`BankScreens::public_payee`] with the built-in phrases.
pub fn public_payee(text: &str, account_field: bool) -> bool {
    builtin().public_payee(text, account_field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_between_the_users_own_accounts_are_found() {
        for text in [
            "Nursery pot. £215.00 of £400.00. Add money",
            "Move money between your accounts · From: Current · To: Savings",
            "零钱通 转入 · 从招商银行储蓄卡转入",
            "本人戶口轉賬 · 由：綜合戶口 至：儲蓄戶口",
        ] {
            assert!(own_account(text), "{text}");
        }
        for text in [
            "Pay someone · New payee · Sort code and account number",
            "Spotify Premium £11.99",
            "转账 · 收款账号 · 金额",
            "Pay & transfer · Pay someone · BPAY · Transfer between your accounts · Cardless cash",
        ] {
            assert!(!own_account(text), "{text}");
        }
    }

    #[test]
    fn a_counterpartys_words_are_found_under_each_apps_label() {
        for text in [
            "Amit Kumar is requesting ₹9,999 · KBC lottery winner processing fee",
            "Venmo · Jordan requests $250 · For: concert tickets",
            "Payment request from 9876543210@ybl · ₹4,999",
            "收款方：张三 · 转账说明：保证金解冻",
        ] {
            assert!(counterparty_note(text), "{text}");
        }
        for text in [
            "Transfer to account · Amount · Continue",
            "转账 · 收款账号 · 金额 · 下一步",
            "Purpose: (optional) · Description · Chase never requests a transfer to a safe account",
            "用途：生活费",
            "入金 港幣 轉數快 收款人：WEBULL SECURITIES LIMITED 備註請填寫賬戶號碼 HK9xxxxxxx",
            "Deposit via FPS · Remark: please enter your account number",
        ] {
            assert!(!counterparty_note(text), "{text}");
        }
    }

    #[test]
    fn name_checks_and_call_checks_are_read() {
        assert_eq!(
            read("No match: the name you entered doesn't match this account"),
            Some(Said::PayeeMismatch)
        );
        assert_eq!(read("收款人户名不一致，请核对"), Some(Said::PayeeMismatch));
        assert_eq!(read("CallerCheck · Yes, you're speaking with CommBank"), Some(Said::BankCalling));
        assert_eq!(read("Yes, we're calling you right now"), Some(Said::BankCalling));
        // The bank's own warnings and everyday screens say none of it.
        assert_eq!(
            read("If you are not sure you're speaking with us, hang up and call the number on your card"),
            None
        );
        assert_eq!(read("You're speaking with Cora, our digital assistant"), None);
        assert_eq!(read("No matching payees. Add a new payee"), None);
        assert_eq!(read("We're not calling you right now. Hang up."), Some(Said::BankNotCalling));
        assert_eq!(read("Confirmation of Payee: name matches J HUGHES PLUMBING LTD"), None);
        assert_eq!(read("Name checked: HUNTERS BRISTOL CLIENT ACCOUNT — match"), None);
        assert_eq!(read(&"no match ".repeat(100)), None);
    }

    #[test]
    fn a_purpose_answer_is_read_but_not_a_menu_of_answers() {
        let own = "Why are you making this payment? Moving money to another account of mine";
        assert_eq!(read(own), Some(Said::PurposeOwnAccount));
        assert_eq!(
            read("What's this payment for? Investment or cryptocurrency"),
            Some(Said::PurposeInvestment)
        );
        assert_eq!(read("Purpose of transfer: Investment"), Some(Said::PurposeInvestment));
        // One answer whose words hold another's ("current" holds "rent").
        assert_eq!(
            read("What's this payment for? Moving my money to my current account"),
            Some(Said::PurposeOwnAccount)
        );
        for s in [
            "What's this payment for? Paying family or friends · Buying goods · Moving my money · Investment",
            "What's this payment for? Buying goods or services",
            "Investment",
            "本次轉帳用途？□投資理財 □購屋 □親友借款",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    #[test]
    fn savings_cashed_in_are_read_but_not_the_terms_of_a_new_deposit() {
        for s in [
            "Close Fixed Deposit  Premature closure  Proceed",
            "Term deposit ···5520 · Closed early · $70,850.00 transferred to Choice ···3318",
            "Sell Unit Trust  Redemption amount SGD 120,000.00  Confirm",
            "定期存款 提前支取 整存整取 50,000.00元 确认支取",
            "基金 贖回金額 HK$80,000",
        ] {
            assert_eq!(read(s), Some(Said::SavingsBroken), "{s}");
        }
        for s in [
            "Open Fixed Deposit · 1 year · 6.8% · Premature closure penalty 1%",
            "开立定期 三年 提前支取按活期计息",
            "货币基金 买入 赎回费率 0%",
            "Redeem 2,000 points for a voucher",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    #[test]
    fn public_bodies_as_payees_are_read() {
        assert!(public_payee("Confirmation of Payee: Name matches – SHEFFIELD CITY COUNCIL", false));
        assert!(public_payee("Pay · Add Billing Organisation · TOWN COUNCIL - ANG MO KIO", false));
        assert!(public_payee("004-xxxx-xx0215 國立**大學學雜費專戶", true));
        // The bank's biller directory names a registered biller, whatever its name.
        assert!(public_payee("BPAY · New biller · Biller code 9xxxx · AUSTRALIANSUPER", false));
        assert!(public_payee("Bill Pay · Add a company · MOHELA · Enter the account number", false));
        // A Hong Kong bank's bill payment: a merchant added from its list by bill type.
        assert!(public_payee("繳付賬單 新增商戶 水務署 (WSD) 賬單類別：水費", false));
        assert!(!public_payee("轉賬 新增收款人 FPS 轉數快", false));
        // Typed into the account field, the same words are the user's, not the bank's.
        assert!(!public_payee("bpay 12345", true));
        // The scheme's name on a menu, beside payments to people, chooses no biller.
        assert!(!public_payee(
            "Pay & transfer · Pay someone · BPAY · Transfer between your accounts · Cardless cash",
            false
        ));
        assert!(!public_payee("Pay someone · Osko by BPAY · Enter BSB and account", false));
        assert!(!public_payee("扫一扫 收付款 出行 卡包 转账 信用卡还款 生活缴费 余额宝 花呗", false));
        assert!(!public_payee("我 服务 收付款 钱包 生活缴费 手机充值 理财通", false));
        assert!(!public_payee("BPAY", false));
        assert!(public_payee("生活缴费 燃气费 户号 0213xxxx 欠费 236.40元", false));
        assert!(public_payee("Pay · BPAY · Linkt Sydney (saved) · Ref 1xxxxx73", false));
        assert!(!public_payee("BPAY · Biller code 9xxxx · Name doesn't match", false));
        assert!(!public_payee(
            "No match: the name doesn't match this account – SHEFFIELD CITY COUNCIL",
            false
        ));
        assert!(!public_payee("Name checked: D HUGHES BUILDING SERVICES LTD – the details match", false));
        // A bank's warning that names HMRC confirms no payee.
        assert!(!public_payee(
            "Could this be a scam? HMRC will never ask you to pay by bank transfer",
            false
        ));
        assert!(!public_payee("QFX GLOBAL PTE LTD", true));
        // A school or a nursery whose name the bank confirms is the family's own
        // fee; the fake teacher's QR code pays a person, and a school named only
        // in a typed payee or a chat confirms nothing.
        assert!(public_payee("Confirmation of Payee: Name matches · LITTLE ACORNS NURSERY LTD", false));
        assert!(public_payee("收款户名：xx市阳光幼儿园 · 户名与账号校验一致", false));
        assert!(!public_payee("付款给 *静 输入金额 添加备注", false));
        assert!(!public_payee("班主任：资料费请转入学校账户", false));
        // A confirmation phrase inside a failed check is a mismatch.
        assert!(!public_payee("收款户名：xx市阳光幼儿园 · 户名一致性校验未通过", false));
        assert_eq!(read("户名一致性校验未通过，请核对收款人"), Some(Said::PayeeMismatch));
        // A wrong one-time code is not a payee check.
        assert_eq!(read("验证码校验未通过，请重新输入"), None);
        // A school's name inside another word is not a school.
        assert!(!public_payee("收款户名：张三 · 户名一致 · 附言：高中学历提升报名费", false));
        assert!(!public_payee("Name matches · GREENLEAF PLANT NURSERY", false));
        // Confirmation of Payee says "matches" in more than one order; a check that
        // could not be made is no match.
        assert!(public_payee("The name you entered matches the account: HMRC Inheritance Tax", false));
        assert!(public_payee(
            "We've checked the name on this account. It matches: BRISTOL CITY COUNCIL",
            false
        ));
        assert!(!public_payee(
            "Account name check: We couldn't confirm this name matches the account · HMRC",
            false
        ));
        assert_eq!(read("New payee · Account name could not be matched"), Some(Said::PayeeMismatch));
        // HSBC UK's wording names "the name on the account" (cases24 Surrey).
        assert_eq!(
            read("No match · The name you entered does not match the name on the account. Check the details with the person or business you're paying."),
            Some(Said::PayeeMismatch)
        );
    }

    #[test]
    fn a_registered_company_confirmed_by_the_bank_is_found() {
        assert!(registered_payee(
            "PayNow to UEN 201812345K. Registered name: STARLIGHT MAID AGENCY PTE. LTD."
        ));
        assert!(registered_payee(
            "Confirmation of Payee: name matches — INNER WEST PROPERTY PTY LTD RENTAL TRUST ACCOUNT"
        ));
        // A person's name confirmed, a company typed but not confirmed, or no match.
        assert!(!registered_payee("Confirmation of Payee: name matches — JOHN SMITH"));
        assert!(!registered_payee("Payee: ACME TRADING LTD"));
        assert!(!registered_payee("The name you entered does not match the name on the account · ACME LTD"));
    }

    #[test]
    fn the_phrases_are_checked() {
        assert!(BankScreens::parse(BUILTIN).is_ok());
        let upper = BUILTIN.replace("name mismatch", "Name Mismatch");
        assert!(BankScreens::parse(&upper).unwrap_err().contains("lower case"));
    }
}

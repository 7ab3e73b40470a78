//! The scam-text vocabulary (`data/vocab.json`): words per class with weights
//! and language tags, the structural cues (brands and official bodies,
//! urgency, actions, benign phrasing), official domains and link hints.
//!
//! std + serde only: `build.rs` includes this file (with `normalize.rs`) to
//! validate the data at build time with the code the library runs.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use serde::Deserialize;

use super::normalize::{CharHasher, FoldTable};

/// Host names: our own lists, so the cheap hasher is enough.
pub type ByteSet = HashSet<Vec<u8>, BuildHasherDefault<CharHasher>>;

/// What a text is trying to do; one text may have several.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum TextClass {
    /// Police, court, customs, regulator, "your bank's fraud team", digital arrest.
    Impersonation,
    /// 安全账户, "safe account", "move your money", 资金核查.
    SafeAccount,
    /// 屏幕共享, 会议号, "remote access", AnyDesk code, 下载…App.
    RemoteAccess,
    /// 退款, 理赔, 赔偿, overpaid refund, parcel lost, flight cancelled.
    Refund,
    /// 刷单, 点赞, 做任务, 垫付, 返利, "like videos and earn".
    Task,
    /// 充值, 补仓, 内幕, 带单, guaranteed returns, crypto.
    Investment,
    /// 解冻, 保证金, 刷流水, 注销校园贷, 征信, "unfreeze fee".
    LoanFee,
    /// 备用金, 借款, 额度, 可借: a credit-line page (ordinary in a loan app).
    Credit,
    /// Brand or official body + link + urgency/expiry/login/redeem.
    Phishing,
    /// 中奖, gift cards, lottery.
    Prize,
    /// "I am your boss/teacher", 急需转账, new account.
    BossRequest,
    /// A bank/payment message that money left (转出, 支出, debited).
    MoneyOut,
    /// Someone asking for the verification code / OTP.
    CodeRequest,
    /// Pay before you see it: a "refundable viewing deposit", a seller or landlord
    /// who is abroad and will post the keys, a pet-transport or customs fee, deals
    /// taken off the platform. The marketplace and rental scam's ask.
    AdvanceFee,
    /// Pay or we publish: sextortion ("I have your pics … or I send it to all your
    /// followers"), loan apps that threaten to send edited photos to the contacts,
    /// 裸聊敲诈. The victim pays to stop a threat, often within minutes.
    Extortion,
    /// Getting lost money back for a fee: a "fund recovery" agent, hacker or
    /// lawyer who "traced the scammer" and wants a case fee, 帮你追回被骗的钱. The
    /// second scam on a scam's victims (Action Fraud, Which?, HKPF, 165 warnings).
    Recovery,
}

impl TextClass {
    pub const ALL: [TextClass; 16] = [
        TextClass::Impersonation,
        TextClass::SafeAccount,
        TextClass::RemoteAccess,
        TextClass::Refund,
        TextClass::Task,
        TextClass::Investment,
        TextClass::LoanFee,
        TextClass::Credit,
        TextClass::Phishing,
        TextClass::Prize,
        TextClass::BossRequest,
        TextClass::MoneyOut,
        TextClass::CodeRequest,
        TextClass::AdvanceFee,
        TextClass::Extortion,
        TextClass::Recovery,
    ];

    /// The key used in `data/vocab.json`.
    pub fn key(self) -> &'static str {
        match self {
            TextClass::Impersonation => "impersonation",
            TextClass::SafeAccount => "safe_account",
            TextClass::RemoteAccess => "remote_access",
            TextClass::Refund => "refund",
            TextClass::Task => "task",
            TextClass::Investment => "investment",
            TextClass::LoanFee => "loan_fee",
            TextClass::Credit => "credit",
            TextClass::Phishing => "phishing",
            TextClass::Prize => "prize",
            TextClass::BossRequest => "boss_request",
            TextClass::MoneyOut => "money_out",
            TextClass::CodeRequest => "code_request",
            TextClass::AdvanceFee => "advance_fee",
            TextClass::Extortion => "extortion",
            TextClass::Recovery => "recovery",
        }
    }

    pub fn from_key(k: &str) -> Option<TextClass> {
        TextClass::ALL.into_iter().find(|c| c.key() == k)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Top-level domains only a government can register under (the US federal
/// government's `.gov`, its military's `.mil`): an official domain by themselves.
pub const GOVERNMENT_TLDS: [&str; 2] = ["gov", "mil"];

/// Structural cues that are not classes by themselves.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Cue {
    /// A brand or official body (bank, carrier, post, tax office, toll).
    Brand,
    /// Urgency, expiry, threat of loss: 24小时内, 逾期, final notice, suspended.
    Urgency,
    /// What the sender wants done: click, log in, verify, redeem, 点击, 登录, 认证.
    Action,
    /// Phrasing of a genuine service message: 请勿告诉他人, "do not share".
    Benign,
    /// A request to send money: 转到, 帮我转, 过数, "transfer to", "pay this".
    Pay,
    /// An account the victim has not paid before: 这个账户, 新账户, "new account".
    Payee,
    /// Isolation: 别声张, 不要告诉, "keep it between us", "don't tell".
    Secrecy,
    /// Money asked up front: 先缴纳, 需充值, 垫付, "top up", "pay the fee".
    Deposit,
    /// What the up-front money is said to unlock: 才能提现, 解冻, 放款, "to withdraw".
    Release,
    /// A relative, boss or teacher writing: 妈, 老板, 张总, "hi mum", "boss".
    Relation,
    /// A way to reach the sender off the service it claims to be: 加微信,
    /// QQ, WhatsApp, Telegram, LINE; phone numbers in the text are added by
    /// the analyzer (`phishing::contact`).
    Contact,
    /// The text points at a link of its own ("the following link", "click
    /// here", 点击链接): read only when the text holds no link, where it means
    /// whoever quoted the message took the link out (as with
    /// `link_placeholders`).
    LinkRef,
    /// The reader is invited to dispute a charge: "not you?", "if you did not
    /// authorize", 如非本人, 如需取消. A shop's receipt says "questions? call us".
    Dispute,
    /// A conditional threat: "or I post", "unless you pay", 不然我就. Everyday
    /// grammar by itself ("or it goes to the next buyer"); a threat beside what
    /// an extortioner holds (`extortion` words).
    Threat,
    /// The account to pay is not the usual one: "change of bank details",
    /// "due to an audit", a colleague's personal 户口. With a request to pay or a
    /// new account it is payment redirection (a hijacked e-mail or chat).
    AccountChange,
    /// Personal bait that makes the reader open a link: "photos of you",
    /// 聚会的照片, 里面有你认识的人. With a link that is no service's, it reads
    /// as a brand does (the malware-link and photo-lure texts name no brand).
    Lure,
    /// A yes/no reply settles a charge: "reply YES or NO", "reply Y if
    /// recognized". Genuine fraud alerts ask it from the bank's own sender; from
    /// an unknown number it opens the fake fraud-team call.
    ReplyCheck,
    /// A personal plea for money, or the trouble it names: "I hate to ask", "pay
    /// you back", "hospital bill", 不好意思开口, 你能先帮我. Friends and family say
    /// it too, so it joins no combination: it only tells that a message is about
    /// money (`TextAnalysis::money_talk`).
    Plea,
    /// A pet on offer: puppy, kitten, breeder, a breed's name, 幼犬, 猫咪. Only
    /// beside `shipped`: the pet-sale scam sells an animal nobody can visit.
    Animal,
    /// Goods sent from afar instead of collected: "delivery nationwide", "can
    /// arrange transport", "shipping available", 空运, 运费. A shop's every
    /// order says it; beside a pet it is the animal the buyer never sees
    /// before paying (ACCC Scamwatch, FTC, BBB pet-scam advice).
    Shipped,
    /// The seller says they are far away, in the first person: "I moved to
    /// Auckland", "I'm away for work", "I'm deployed", 我人在外地. Beside
    /// `shipped` it is the marketplace scam's reason nobody can see the goods
    /// (Scamwatch: "the seller is overseas and an agent will deliver").
    Away,
    /// A broker's person assigned to the reader: "your account manager", "a
    /// personal adviser", "a broker will call you". Beside an investment word it
    /// is the boiler room's pitch (FCA ScamSmart, ASIC Moneysmart: crypto and
    /// trading adverts that hand the reader to an "account manager").
    Adviser,
}

impl Cue {
    pub const ALL: [Cue; 22] = [
        Cue::Brand,
        Cue::Urgency,
        Cue::Action,
        Cue::Benign,
        Cue::Pay,
        Cue::Payee,
        Cue::Secrecy,
        Cue::Deposit,
        Cue::Release,
        Cue::Relation,
        Cue::Contact,
        Cue::LinkRef,
        Cue::Dispute,
        Cue::Threat,
        Cue::AccountChange,
        Cue::Lure,
        Cue::ReplyCheck,
        Cue::Plea,
        Cue::Animal,
        Cue::Shipped,
        Cue::Away,
        Cue::Adviser,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Cue::Brand => "brand",
            Cue::Urgency => "urgency",
            Cue::Action => "action",
            Cue::Benign => "benign",
            Cue::Pay => "pay",
            Cue::Payee => "payee",
            Cue::Secrecy => "secrecy",
            Cue::Deposit => "deposit",
            Cue::Release => "release",
            Cue::Relation => "relation",
            Cue::Contact => "contact",
            Cue::LinkRef => "link_ref",
            Cue::Dispute => "dispute",
            Cue::Threat => "threat",
            Cue::AccountChange => "account_change",
            Cue::Lure => "lure",
            Cue::ReplyCheck => "reply_check",
            Cue::Plea => "plea",
            Cue::Animal => "animal",
            Cue::Shipped => "shipped",
            Cue::Away => "away",
            Cue::Adviser => "adviser",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// What a vocabulary word means.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Kind {
    Class(TextClass),
    Cue(Cue),
    /// A longer everyday word holding a listed one (`输入金额`, "enter the
    /// amount", holds the investment word `入金`): the listed word `hidden`,
    /// starting `at` characters into it, is not said. Only that word: 转出金额
    /// hides 出金, not the debit word 转出.
    Mask {
        hidden: u32,
        at: u32,
    },
}

/// One condition of a [`Combo`]: a cue, or any word of a class.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Term {
    Cue(Cue),
    Class(TextClass),
}

/// Cues that mean a scam only together (a request to pay + a new account +
/// secrecy; a fee + a promise to release money): when every term was seen,
/// `class` gets a word of weight `strength`. Single weak words stay weak;
/// the scripts police quote are combinations, and they vary in wording far
/// more than in structure.
#[derive(Clone, PartialEq, Debug)]
pub struct Combo {
    pub class: TextClass,
    pub all: Vec<Term>,
    pub strength: f32,
    /// `all` as a bit mask ([`Term::bit`]): one test per combo and text.
    pub need: u64,
    /// The weight a class term's words must reach (file `min`, default
    /// [`CLASS_PRESENT`]): a weak word of the class is not enough.
    pub min: f32,
}

/// The weight at which a class counts as present for a combination.
pub const CLASS_PRESENT: f32 = 0.1;

// Term::bit packs cues and classes into one u64.
const _: () = assert!(Cue::ALL.len() <= 32 && TextClass::ALL.len() <= 32);

impl Term {
    /// Cues take bits 0..32, classes 32..64.
    pub fn bit(self) -> u64 {
        match self {
            Term::Cue(c) => 1 << c.index(),
            Term::Class(c) => 1 << (32 + c.index()),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCombo {
    class: String,
    all: Vec<String>,
    strength: f32,
    #[serde(default)]
    min: Option<f32>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Entry {
    pub kind: Kind,
    pub weight: f32,
}

/// Language tags allowed in the file (none in the shipped copy, which drops them:
/// they document the file, the matcher does not read them).
pub const LANGS: [&str; 7] = ["zh", "zh-Hant", "en", "hi-Latn", "ms", "any", ""];

/// `[word, weight, language]` as written in the file.
#[derive(Deserialize)]
struct RawWord(String, f32, #[serde(default)] String);

/// Separates a packed list's words, and a word from its weight (see `Words`).
pub const PACKED_WORDS: char = '|';
pub const PACKED_WEIGHT: char = '^';

/// A list of words: as written in the file, or packed as shipped in the library
/// (`word^45|word^30`: weights in hundredths, no language tags), which takes a
/// fifth less room and keeps the arm64 library within its budget.
enum Words {
    Listed(Vec<RawWord>),
    Packed(String),
}

/// By hand rather than `#[serde(untagged)]`: a list or a string tells itself apart at its
/// first byte, and untagged's buffering of every value cost ~KBs of the arm64 budget.
impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Either;
        impl<'de> serde::de::Visitor<'de> for Either {
            type Value = Words;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of [word, weight, language] or a packed string")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Words, E> {
                Ok(Words::Packed(s.to_string()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Words, A::Error> {
                let mut v = Vec::new();
                while let Some(w) = seq.next_element()? {
                    v.push(w);
                }
                Ok(Words::Listed(v))
            }
        }
        d.deserialize_any(Either)
    }
}

impl Words {
    fn unpack(self) -> Result<Vec<RawWord>, String> {
        match self {
            Words::Listed(v) => Ok(v),
            Words::Packed(s) if s.is_empty() => Ok(Vec::new()),
            Words::Packed(s) => s
                .split(PACKED_WORDS)
                .map(|item| {
                    let (word, hundredths) = item
                        .rsplit_once(PACKED_WEIGHT)
                        .ok_or_else(|| format!("`{item}`: packed word without a weight"))?;
                    let h: u8 = hundredths.parse().map_err(|_| format!("`{word}`: bad packed weight"))?;
                    Ok(RawWord(word.to_string(), f32::from(h) / 100.0, String::new()))
                })
                .collect(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    classes: HashMap<String, Words>,
    cues: HashMap<String, Words>,
    #[serde(default)]
    combos: Vec<RawCombo>,
    official_domains: Vec<String>,
    #[serde(default)]
    masks: Vec<String>,
    #[serde(default)]
    user_content: Vec<String>,
    #[serde(default)]
    dispute_charge: HashMap<String, f64>,
    short_links: Vec<String>,
    tlds: Vec<String>,
    #[serde(default)]
    link_placeholders: Vec<String>,
    /// Nouns that make a short bracketed note a link placeholder (`link`, `网址`).
    #[serde(default)]
    link_words: Vec<String>,
    /// First labels of official domains that are everyday words or too short to
    /// name a brand in someone else's host (`next`, `post`, `octopus`).
    #[serde(default)]
    generic_labels: Vec<String>,
    /// What makes a percentage a return promised per period (`rate_periods`).
    #[serde(default)]
    rate_periods: RatePeriods,
}

/// The words around a percentage that make it a return promised per short period
/// ("5-8% a week", "20% in 3 months", 日收益5%): `after` follow the sign, `before`
/// come just before the number. Lower case.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatePeriods {
    pub after: Vec<String>,
    pub before: Vec<String>,
    /// Words shortly before the number that make it a price, not a return: a
    /// loan's monthly rate ("as low as 1.38% per month"), 利率, 月息.
    #[serde(default)]
    pub not_after: Vec<String>,
}

/// One `user_content` entry: a host (matched with its subdomains) and an
/// optional path prefix (`/invoice`), lower case.
#[derive(Debug, Clone, Default)]
pub struct UserContent {
    pub host: String,
    pub path: String,
}

/// Whether `host` is `domain` or a subdomain of it (`a.sites.google.com` is
/// under `sites.google.com`; `notgoogle.com` is not under `google.com`).
pub fn host_under(host: &[u8], domain: &[u8]) -> bool {
    host == domain
        || (host.len() > domain.len()
            && host.ends_with(domain)
            && host[host.len() - domain.len() - 1] == b'.')
}

/// How the file marks a word that counts only before a number (`earn #`).
pub const NUMBER_AFTER: &str = " #";

/// What a link placeholder (`link_placeholders`) opens with.
pub const OPENING_BRACKETS: [char; 5] = ['[', '<', '(', '【', '（'];

/// The bracket that closes one of `OPENING_BRACKETS`.
pub fn closing_bracket(open: char) -> Option<char> {
    const CLOSING: [char; 5] = [']', '>', ')', '】', '）'];
    OPENING_BRACKETS.iter().position(|&c| c == open).map(|i| CLOSING[i])
}

/// The compiled vocabulary: normalized patterns and what each one means.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Normalized patterns, distinct.
    pub patterns: Vec<Vec<char>>,
    /// For each pattern, its meanings (a word may be in a class and a cue).
    pub entries: Vec<Vec<Entry>>,
    /// For each pattern, whether it counts only when a number follows it
    /// (written `earn #` in the file: "earn $60", "earn ₹300", not "earn points").
    pub number_after: Vec<bool>,
    /// Combinations, applied in file order (a combo may use a class an
    /// earlier one added).
    pub combos: Vec<Combo>,
    /// Lower-case registrable domains of genuine services (suffix match).
    pub official_domains: Vec<String>,
    /// Hosts and path prefixes under an official domain whose pages anyone can
    /// write (`sites.google.com`, `paypal.com/invoice`): a link there is not the
    /// body's own page, so its numbers are not the body's numbers.
    pub user_content: Vec<UserContent>,
    /// The least charge (in hundredths, by ISO code; `*` for an amount whose
    /// currency the text leaves open) worth a call by itself: a receipt for the
    /// month's building fee is not, a laptop is.
    pub dispute_charge: HashMap<String, i64>,
    /// Link-shortener hosts.
    pub short_links: Vec<String>,
    /// Top-level domains that make a bare `name.tld` a link.
    pub tlds: Vec<String>,
    /// What warnings and reports print where they took a link out of a
    /// message (`[link]`, `[网址]`), lower case: such a message had a link.
    pub link_placeholders: Vec<String>,
    /// Nouns for a link, lower case: a short bracketed note of letters that
    /// names one (`[FAKE NZTA LINK]`, `(link attached)`, `(釣魚網址)`) is a
    /// placeholder too, however the quoting page worded it.
    pub link_words: Vec<String>,
    /// Words that make a percentage a promised return (`File::rate_periods`).
    pub rate_periods: RatePeriods,
    /// The three lists above as sets, for a lookup per link instead of a
    /// scan of every list entry.
    pub official_set: ByteSet,
    pub short_set: ByteSet,
    pub tld_set: ByteSet,
    /// The name each official domain is registered under (`paypal` of
    /// paypal.com, `7-11` of 7-11.com.tw), three characters or more, each
    /// framed by hyphens (`-paypal-`) for a search in a host whose dots are
    /// hyphens: a host that carries one but is not under an official domain
    /// (paypal-verify.top, myship-7-11.shop-tw.cc) wears the brand's name.
    pub brand_labels: Vec<Vec<u8>>,
}

impl Vocabulary {
    /// Parses and checks `data/vocab.json`. Errors name the list and the
    /// problem; the words are the file's own, never user input.
    pub fn from_json(json: &str, fold: &FoldTable) -> Result<Vocabulary, String> {
        let file: File = serde_json::from_str(json).map_err(|e| format!("not a vocabulary file: {e}"))?;
        let mut v = Vocabulary::default();
        let mut index: HashMap<Vec<char>, usize> = HashMap::new();
        let mut lists: Vec<(Kind, Vec<RawWord>)> = Vec::new();
        for (name, words) in file.classes {
            let class = TextClass::from_key(&name).ok_or_else(|| format!("unknown class `{name}`"))?;
            lists.push((Kind::Class(class), words.unpack()?));
        }
        for (name, words) in file.cues {
            let cue = Cue::ALL
                .into_iter()
                .find(|c| c.key() == name)
                .ok_or_else(|| format!("unknown cue `{name}`"))?;
            lists.push((Kind::Cue(cue), words.unpack()?));
        }
        // HashMap order is random: sort so pattern ids are stable build to build.
        crate::small_sort::sort_by_key(&mut lists, |(k, _)| match k {
            Kind::Class(c) => c.index(),
            Kind::Cue(c) => 100 + c.index(),
            Kind::Mask { .. } => 200,
        });
        for (kind, words) in lists {
            for RawWord(written, weight, lang) in &words {
                // `earn #`: the word, then a number (a currency sign between them
                // is skipped like every symbol).
                let (word, number_after) = match written.strip_suffix(NUMBER_AFTER) {
                    Some(w) => (w, true),
                    None => (written.as_str(), false),
                };
                if !(0.0..=1.0).contains(weight) {
                    return Err(format!("`{word}`: weight must be within 0..=1"));
                }
                if !LANGS.contains(&lang.as_str()) {
                    return Err(format!("`{word}`: unknown language tag `{lang}`"));
                }
                let normalized = fold.normalize(word);
                if normalized.len() < 2 {
                    return Err(format!("`{word}`: needs two or more letters after normalization"));
                }
                // Matching skips symbols and punctuation, so "earn $" would be the
                // bare "earn" and fire on "earn points": a word must begin and end
                // with what is matched (its matched characters span all of it).
                let spans_all = normalized.first().is_some_and(|n| n.start == 0)
                    && normalized.last().is_some_and(|n| n.end as usize == word.len());
                if !spans_all {
                    return Err(format!(
                        "`{word}`: begins or ends with a symbol, which matching skips (the word would be matched without it)"
                    ));
                }
                let norm: Vec<char> = normalized.iter().map(|n| n.c).collect();
                let id = *index.entry(norm.clone()).or_insert_with(|| {
                    v.patterns.push(norm);
                    v.entries.push(Vec::new());
                    v.number_after.push(number_after);
                    v.patterns.len() - 1
                });
                if v.number_after[id] != number_after {
                    return Err(format!("`{word}`: listed both with and without ` #`"));
                }
                if v.entries[id].iter().any(|e| e.kind == kind) {
                    return Err(format!("`{word}`: listed twice in one list (after normalization)"));
                }
                v.entries[id].push(Entry { kind, weight: *weight });
            }
        }
        for entry in &file.masks {
            // "输入金额|入金": the everyday word, then the listed word it hides.
            let Some((word, hidden)) = entry.split_once('|') else {
                return Err(format!("mask `{entry}`: write it as `longer word|hidden word`"));
            };
            let norm: Vec<char> = fold.normalize(word).iter().map(|n| n.c).collect();
            let hid: Vec<char> = fold.normalize(hidden).iter().map(|n| n.c).collect();
            if index.contains_key(&norm) {
                return Err(format!("mask `{word}`: is itself a listed word"));
            }
            // A mask whose hidden word is not listed masks nothing: a typo, or a
            // word since removed from the lists.
            let Some(&id) = index.get(&hid) else {
                return Err(format!("mask `{word}`: `{hidden}` is no listed word"));
            };
            let Some(at) =
                (hid.len() < norm.len()).then(|| norm.windows(hid.len()).position(|w| w == hid)).flatten()
            else {
                return Err(format!("mask `{word}`: does not hold `{hidden}`"));
            };
            index.insert(norm.clone(), v.patterns.len());
            v.patterns.push(norm);
            v.number_after.push(false);
            let kind = Kind::Mask { hidden: id as u32, at: at as u32 };
            v.entries.push(vec![Entry { kind, weight: 0.0 }]);
        }
        for c in TextClass::ALL {
            if !v.entries.iter().flatten().any(|e| e.kind == Kind::Class(c)) {
                return Err(format!("class `{}` has no words", c.key()));
            }
        }
        for (n, c) in file.combos.iter().enumerate() {
            let class = TextClass::from_key(&c.class)
                .ok_or_else(|| format!("combo {n}: unknown class `{}`", c.class))?;
            if !(0.0..=1.0).contains(&c.strength) {
                return Err(format!("combo {n}: strength must be within 0..=1"));
            }
            if c.all.len() < 2 {
                return Err(format!("combo {n}: needs two or more terms"));
            }
            let min = c.min.unwrap_or(CLASS_PRESENT);
            if !(CLASS_PRESENT..=1.0).contains(&min) {
                return Err(format!("combo {n}: min must be within {CLASS_PRESENT}..=1"));
            }
            let mut all = Vec::new();
            for t in &c.all {
                let term = if let Some(k) = t.strip_prefix("class:") {
                    Term::Class(
                        TextClass::from_key(k).ok_or_else(|| format!("combo {n}: unknown class `{k}`"))?,
                    )
                } else {
                    let cue = Cue::ALL.into_iter().find(|q| q.key() == t);
                    Term::Cue(cue.ok_or_else(|| format!("combo {n}: unknown cue `{t}`"))?)
                };
                all.push(term);
            }
            let need = all.iter().fold(0, |m, t| m | t.bit());
            if c.min.is_some() && !all.iter().any(|t| matches!(t, Term::Class(_))) {
                return Err(format!("combo {n}: min needs a class term"));
            }
            v.combos.push(Combo { class, all, strength: c.strength, need, min });
        }
        let host = |d: &String, what: &str| -> Result<String, String> {
            let d = d.to_ascii_lowercase();
            if d.is_empty() || !d.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-') {
                return Err(format!("{what} `{d}`: not a host name"));
            }
            Ok(d)
        };
        for d in &file.official_domains {
            let d = host(d, "official domain")?;
            // A bare top-level domain is official only when nobody but a government
            // can register under it (.gov, .mil); `com` would make every site official.
            if !d.contains('.') && !GOVERNMENT_TLDS.contains(&d.as_str()) {
                return Err(format!("official domain `{d}`: needs a dot"));
            }
            v.official_domains.push(d);
        }
        for u in &file.user_content {
            let (h, path) = u.split_at(u.find('/').unwrap_or(u.len()));
            let h = host(&h.to_string(), "user-content host")?;
            let path = path.to_ascii_lowercase();
            if !path.bytes().all(|b| b.is_ascii_graphic()) {
                return Err(format!("user-content entry `{h}`: path must be printable ASCII"));
            }
            v.user_content.push(UserContent { host: h, path });
        }
        for (code, units) in &file.dispute_charge {
            let code_ok = code == "*" || (code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()));
            // At least one unit: a fraction rounds towards nothing, and every
            // charge would then be worth disputing.
            if !code_ok || !units.is_finite() || *units < 1.0 || *units > 1e9 {
                return Err(format!("dispute_charge `{code}`: an ISO code or `*`, and a positive amount"));
            }
            v.dispute_charge.insert(code.clone(), (units * 100.0).round() as i64);
        }
        if !v.dispute_charge.is_empty() && !v.dispute_charge.contains_key("*") {
            return Err("dispute_charge: needs `*` for amounts with no currency".into());
        }
        // An entry only takes away what an official domain gave: one outside them
        // is a typo or a list gone stale.
        for u in &v.user_content {
            if !v.official_domains.iter().any(|d| host_under(u.host.as_bytes(), d.as_bytes())) {
                return Err(format!("user-content host `{}`: not under an official domain", u.host));
            }
        }
        for d in &file.short_links {
            v.short_links.push(host(d, "short link")?);
        }
        for d in &file.tlds {
            let d = host(d, "tld")?;
            if d.contains('.') || !d.bytes().all(|b| b.is_ascii_lowercase()) {
                return Err(format!("tld `{d}`: letters only, no dot"));
            }
            v.tlds.push(d);
        }
        for p in &file.link_placeholders {
            let p = p.to_lowercase();
            if p.chars().count() < 3 || p.chars().count() > 16 {
                return Err(format!("link placeholder `{p}`: 3 to 16 characters"));
            }
            if !p.starts_with(OPENING_BRACKETS) {
                return Err(format!("link placeholder `{p}`: must open with a bracket"));
            }
            v.link_placeholders.push(p);
        }
        for w in &file.link_words {
            let w = w.to_lowercase();
            if w.is_empty() || w.chars().count() > 12 || !w.chars().all(char::is_alphabetic) {
                return Err(format!("link word `{w}`: 1 to 12 letters"));
            }
            v.link_words.push(w);
        }
        let rp = &file.rate_periods;
        for w in rp.after.iter().chain(&rp.before).chain(&rp.not_after) {
            if w.trim().is_empty() || w.len() > 24 || w.to_lowercase() != *w {
                return Err(format!("rate period `{w}`: 1 to 24 bytes, lower case"));
            }
        }
        v.rate_periods = file.rate_periods.clone();
        v.official_set = v.official_domains.iter().map(|d| d.as_bytes().to_vec()).collect();
        v.short_set = v.short_links.iter().map(|d| d.as_bytes().to_vec()).collect();
        v.tld_set = v.tlds.iter().map(|d| d.as_bytes().to_vec()).collect();
        let first_labels: Vec<&str> = v.official_domains.iter().filter_map(|d| d.split('.').next()).collect();
        for g in &file.generic_labels {
            if !first_labels.contains(&g.as_str()) {
                return Err(format!("generic label `{g}`: not the first label of an official domain"));
            }
        }
        let mut labels: Vec<Vec<u8>> = first_labels
            .iter()
            .filter(|l| l.len() >= 3 && !file.generic_labels.iter().any(|g| g == *l))
            .map(|l| format!("-{l}-").into_bytes())
            .collect();
        crate::small_sort::sort_by(&mut labels, |a, b| a.cmp(b));
        labels.dedup();
        v.brand_labels = labels;
        Ok(v)
    }

    /// Adds words of one class (benchmarks grow the vocabulary with this).
    pub fn add_words(&mut self, class: TextClass, words: &[String], weight: f32, fold: &FoldTable) {
        let mut index: HashMap<Vec<char>, usize> =
            self.patterns.iter().cloned().enumerate().map(|(i, p)| (p, i)).collect();
        for w in words {
            let norm: Vec<char> = fold.normalize(w).iter().map(|n| n.c).collect();
            if norm.len() < 2 {
                continue;
            }
            let entry = Entry { kind: Kind::Class(class), weight };
            match index.get(&norm) {
                Some(&i) => self.entries[i].push(entry),
                None => {
                    index.insert(norm.clone(), self.patterns.len());
                    self.patterns.push(norm);
                    self.entries.push(vec![entry]);
                    self.number_after.push(false);
                }
            }
        }
    }

    pub fn words(&self) -> usize {
        self.patterns.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold() -> FoldTable {
        FoldTable::parse("").expect("empty table")
    }

    fn with_combos(combos: &str) -> Result<Vocabulary, String> {
        with_extra(&format!("\"combos\": [{combos}]"))
    }

    fn packed(pay: &str) -> Result<Vocabulary, String> {
        let classes: Vec<String> =
            TextClass::ALL.iter().map(|c| format!("\"{}\": \"w{}x^50\"", c.key(), c.index())).collect();
        let json = format!(
            "{{\"classes\": {{{}}}, \"cues\": {{\"pay\": \"{pay}\"}}, \"official_domains\": [], \"short_links\": [], \"tlds\": []}}",
            classes.join(", ")
        );
        Vocabulary::from_json(&json, &fold())
    }

    /// A vocabulary whose last fields are `extra` (`"masks": [...]`, ...).
    fn with_extra(extra: &str) -> Result<Vocabulary, String> {
        with_pay_word("transfer to", extra)
    }

    /// A vocabulary whose one `pay` cue word is `pay`, then the fields `extra`.
    fn with_pay_word(pay: &str, extra: &str) -> Result<Vocabulary, String> {
        let classes: Vec<String> = TextClass::ALL
            .iter()
            .map(|c| format!("\"{}\": [[\"w{}x\", 0.5, \"en\"]]", c.key(), c.index()))
            .collect();
        let sep = if extra.is_empty() { "" } else { ", " };
        let json = format!(
            "{{\"classes\": {{{}}}, \"cues\": {{\"pay\": [[\"{pay}\", 0.5, \"en\"]]}}, \"official_domains\": [\"paypal.com\"], \"short_links\": [], \"tlds\": []{sep}{extra}}}",
            classes.join(", ")
        );
        Vocabulary::from_json(&json, &fold())
    }

    #[test]
    fn masks_user_content_and_charges_are_checked() {
        assert!(with_extra(r#""masks": ["please transfer to me|transfer to"]"#).is_ok());
        assert!(with_extra(r#""masks": ["nothing listed|nothing"]"#).unwrap_err().contains("no listed word"));
        assert!(with_extra(r#""masks": ["transfer to|transfer to"]"#)
            .unwrap_err()
            .contains("itself a listed word"));
        assert!(with_extra(r#""masks": ["transfer this|transfer to"]"#)
            .unwrap_err()
            .contains("does not hold"));
        assert!(with_extra(r#""masks": ["please transfer to me"]"#)
            .unwrap_err()
            .contains("longer word|hidden"));
        let v = with_extra(r#""user_content": ["paypal.com/invoice"]"#).expect("valid");
        assert_eq!(
            (v.user_content[0].host.as_str(), v.user_content[0].path.as_str()),
            ("paypal.com", "/invoice")
        );
        assert!(with_extra(r#""user_content": ["sites.google.com"]"#)
            .unwrap_err()
            .contains("not under an official"));
        let v = with_extra(r#""dispute_charge": {"USD": 250, "*": 250}"#).expect("valid");
        assert_eq!(v.dispute_charge.get("USD"), Some(&25_000));
        assert!(with_extra(r#""dispute_charge": {"USD": 250}"#).unwrap_err().contains("needs `*`"));
        assert!(with_extra(r#""dispute_charge": {"usd": 250, "*": 1}"#).is_err());
        assert!(with_extra(r#""dispute_charge": {"USD": -1, "*": 1}"#).is_err());
        assert!(with_extra(r#""dispute_charge": {"USD": 0.004, "*": 1}"#).is_err());
    }

    #[test]
    fn a_word_may_not_lean_on_a_symbol_matching_skips() {
        let cue = |w: &str| with_pay_word(w, "");
        // "earn $" would be matched as the bare "earn" ("earn points").
        for w in ["earn $", "guaranteed £", "if not,", "(link included)", "not you?"] {
            assert!(cue(w).unwrap_err().contains("symbol"), "{w}");
        }
        for w in ["earn up to", "100% legit", "don't tell", "e-tag", "earn #"] {
            assert!(cue(w).is_ok(), "{w}");
        }
        let v = cue("earn #").expect("valid");
        assert_eq!(v.number_after.len(), v.patterns.len());
        let earn = v.patterns.iter().position(|p| p.iter().collect::<String>() == "earn").expect("listed");
        assert!(v.number_after[earn]);
    }

    #[test]
    fn packed_lists_read_as_the_listed_ones() {
        let v = packed("transfer to^50|send money^45").expect("valid");
        let listed = with_combos("").expect("valid");
        assert_eq!(v.patterns[..listed.patterns.len()], listed.patterns[..]);
        let weight = |v: &Vocabulary, w: &str| {
            let p: Vec<char> = w.chars().filter(|c| *c != ' ').collect();
            v.patterns.iter().position(|x| *x == p).map(|i| v.entries[i][0].weight)
        };
        assert_eq!(weight(&v, "send money"), Some(0.45));
        assert_eq!(weight(&v, "transfer to"), weight(&listed, "transfer to"));
        assert!(packed("transfer to").unwrap_err().contains("without a weight"));
        assert!(packed("transfer to^x").unwrap_err().contains("bad packed weight"));
        assert!(packed("transfer to^150").unwrap_err().contains("within 0..=1"));
    }

    #[test]
    fn combos_are_parsed_and_checked() {
        let v = with_combos(r#"{"class": "task", "all": ["pay", "class:credit"], "strength": 0.6}"#)
            .expect("valid");
        assert_eq!(
            v.combos,
            vec![Combo {
                class: TextClass::Task,
                all: vec![Term::Cue(Cue::Pay), Term::Class(TextClass::Credit)],
                strength: 0.6,
                need: (1 << Cue::Pay.index()) | (1 << (32 + TextClass::Credit.index())),
                min: CLASS_PRESENT,
            }]
        );
        let v =
            with_combos(r#"{"class": "task", "all": ["pay", "class:credit"], "strength": 0.6, "min": 0.4}"#)
                .expect("valid");
        assert_eq!(v.combos[0].min, 0.4);
        for bad in [
            r#"{"class": "nope", "all": ["pay", "payee"], "strength": 0.6}"#,
            r#"{"class": "task", "all": ["pay"], "strength": 0.6}"#,
            r#"{"class": "task", "all": ["pay", "nope"], "strength": 0.6}"#,
            r#"{"class": "task", "all": ["pay", "class:nope"], "strength": 0.6}"#,
            r#"{"class": "task", "all": ["pay", "payee"], "strength": 1.5}"#,
            r#"{"class": "task", "all": ["pay", "class:credit"], "strength": 0.5, "min": 1.5}"#,
            r#"{"class": "task", "all": ["pay", "payee"], "strength": 0.5, "min": 0.4}"#,
        ] {
            assert!(with_combos(bad).is_err(), "{bad}");
        }
    }
}

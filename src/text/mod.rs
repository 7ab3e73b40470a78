//! Scam-text detection: what an SMS, a notification or a screen's text is
//! trying to do, and how likely it is to be a scam by itself.
//!
//! Text is normalized first (`normalize`: traditional -> simplified, width,
//! case, look-alikes, fillers), then one pass of an Aho-Corasick automaton
//! (`matcher`) finds every vocabulary word (`data/vocab.json`) at a cost that
//! does not grow with the vocabulary. Links are read separately
//! (`phishing::structure`). The score combines, rather than adds up, the
//! evidence: one weak word (客服, refund, verify, 验证码) stays low; a brand
//! or official body + a link to a host that is not the brand's + urgency or a
//! login/redeem request is phishing even with no listed word; two scam classes
//! together, or a scam word with a suspicious link, raise the score.

pub mod eval;
pub mod matcher;
pub mod normalize;
pub mod phishing;
pub mod vocab;

use once_cell::sync::Lazy;

use matcher::Matcher;
use normalize::{ends_token, starts_token, FoldTable, NChar};
use std::cell::RefCell;
pub use vocab::{Combo, Cue, TextClass, Vocabulary};
use vocab::{Kind, Term};

thread_local! {
    static NORM_BUFS: RefCell<(Vec<NChar>, Vec<NChar>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// Reused normalization buffers larger than this many characters (16 KB)
/// are freed after use.
const KEEP_CAPACITY: usize = 1024;

/// Only the first this many bytes of a text are read.
pub const MAX_BYTES: usize = 4096;

/// The threshold at which [`TextAnalysis::score`] calls a text a scam in the
/// published evaluation (`evaluate`).
pub const SCAM_THRESHOLD: f32 = 0.5;

/// The least urgency word that is a threat (an expiry, a block, a penalty)
/// rather than a time ("today", weight 0.2): what a brand and a number to call
/// back need to read as phishing without a link.
const THREAT: f32 = 0.3;

/// A cue strong enough to count in the no-link threat reading.
const STRONG: f32 = 0.5;

/// Where the structure score of a linking SMS from an unknown number starts.
/// A charge notice with a number to call back, from an unknown sender (see `analyze`).
const CHARGE_CALLBACK: f32 = 0.6;

/// A charge worth calling about, reported by an unknown number (see `analyze`).
const CHARGE_NOTICE: f32 = 0.5;

const SMS_LINK_BASE: f32 = 0.25;
/// A dispute threat with a link that is not the service's, from an unknown number.
const DISPUTE_LINK: f32 = 0.55;

/// A link whose host wears an official domain's name without being under it
/// (`Links::lookalike`): phishing by itself, whoever sent it.
const LOOKALIKE_LINK: f32 = 0.6;

/// Where the text came from.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Source {
    /// SMS from a number that is neither a contact nor a verified service.
    SmsUnknown,
    /// SMS from a sender posing as, or registered as, a service (95588, "HMRC").
    SmsService,
    /// SMS from a saved contact.
    SmsContact,
    /// An app notification.
    Notification,
    /// A notification of a messaging app (WhatsApp, WeChat, Telegram).
    NotificationMessaging,
    /// Text on screen (accessibility dump).
    Screen,
    /// Text on a browser's screen: the page and its address bar. Only here do
    /// the hosts shown say where the page is, so only here does a page whose
    /// hosts are all official count as that body's own (an e-mail or a chat can
    /// print "paypal.com" beside any number).
    BrowserPage,
}

impl Source {
    /// How much the same words say about a scam on this channel. Contacts
    /// talk about refunds and codes for ordinary reasons; screens carry whole
    /// pages (a loan app's credit line is ordinary there).
    fn factor(self) -> f32 {
        match self {
            Source::SmsUnknown | Source::Notification => 1.0,
            Source::SmsService | Source::NotificationMessaging => 0.95,
            Source::SmsContact => 0.75,
            Source::Screen | Source::BrowserPage => 0.85,
        }
    }
}

/// The matched span as the evidence may show it: a number the text asks to be
/// called or texted (a phone number, a short code, an account) is private to the
/// user and may be a canary, so its digits are masked when there are five or more.
pub(crate) fn shown_word(span: &str) -> String {
    if span.chars().filter(char::is_ascii_digit).count() < 5 {
        return span.to_string();
    }
    span.chars().map(|c| if c.is_ascii_digit() { '•' } else { c }).collect()
}

/// One thing a text is trying to do.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub class: TextClass,
    /// 0..=1.
    pub strength: f32,
    /// The matched span as the user saw it (original text; long numbers masked).
    pub word: String,
}

/// The result of [`analyze`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TextAnalysis {
    /// Strongest first, at most one per class.
    pub findings: Vec<Finding>,
    /// 0..=1: how likely this text is a scam message, by itself.
    pub score: f32,
    pub has_link: bool,
    /// A screen whose every link is an official site (its own address): the
    /// numbers it prints are that body's published ones, not a number to call back.
    pub official_page: bool,
    /// An official page whose hosts are a government's (`Links::government`).
    pub government_page: bool,
    /// The `boss_request` finding is about where money goes ("our bank details
    /// have changed", 收款账户变更): payment redirection, whose invoice is paid
    /// days later, not a boss's errand of the hour.
    pub redirect: bool,
    /// The text is about money the way scams are: a scam word of any strength
    /// (not a link alone: "did you see the link?" is no ask), or a personal plea
    /// (`Cue::Plea`). Said by anyone, it is everyday talk; said
    /// by someone the user met online weeks ago, it is the ask (`signals`,
    /// `met_online_asks`). A business's plain bill ("service fee 3,600 to our
    /// company account") is not: the agency found online bills that way.
    pub money_talk: bool,
}

impl TextAnalysis {
    pub fn finding(&self, class: TextClass) -> Option<&Finding> {
        self.findings.iter().find(|f| f.class == class)
    }
}

/// Folding table, vocabulary and automaton, built once.
#[derive(Debug, Clone)]
pub struct Analyzer {
    fold: FoldTable,
    vocab: Vocabulary,
    matcher: Matcher,
}

static DEFAULT: Lazy<Analyzer> = Lazy::new(|| {
    // build.rs validated both files with this same code; a failure here
    // would be a build that skipped it, so fall back to an empty analyzer
    // rather than panic inside a host app.
    let fold = FoldTable::parse(crate::builtin::fold_tsv()).unwrap_or_default();
    let vocab = Vocabulary::from_json(crate::builtin::vocab_json(), &fold).unwrap_or_default();
    Analyzer::new(fold, vocab)
});

/// Analyzes `text` with the built-in vocabulary. Reads at most the first
/// [`MAX_BYTES`] bytes.
pub fn analyze(text: &str, source: Source) -> TextAnalysis {
    DEFAULT.analyze(text, source)
}

/// The first `MAX_BYTES` bytes of `text`, cut at a character boundary.
fn clip(text: &str) -> &str {
    if text.len() <= MAX_BYTES {
        return text;
    }
    let mut end = MAX_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Whether dropped separators hold a clause break: a comma, a full stop that
/// ends a sentence, a semicolon, a question or exclamation mark (full-width
/// or ASCII), or an enumeration comma.
fn clause_break(dropped: &str) -> bool {
    dropped.chars().any(|c| matches!(c, '，' | '。' | '；' | '！' | '？' | '、' | ',' | ';' | '!' | '?'))
}

/// How much a class says about a scam by itself. Money leaving is a fact,
/// not a scam; a credit line is ordinary in a loan app. Both matter in a
/// chain (the engine's job), not alone.
fn class_weight(c: TextClass) -> f32 {
    match c {
        TextClass::MoneyOut => 0.0,
        TextClass::Credit => 0.3,
        _ => 1.0,
    }
}

/// Statements that what follows never happens ("…不会以任何理由要求您", "will
/// never ask you to"), in normalized form (no spaces, simplified, lower case).
/// Imperatives (切勿, "do not") are left out: "切勿挂断电话，按提示转入" and "do
/// not hang up and move it to the safe account" are the scam's own voice.
const DENIALS: [&str; 25] = [
    // A warning that what follows may be claimed by someone else: a genuine
    // solicitor's footer says "if you are told our bank details have changed,
    // call us", which asserts nothing; a bank's payment screen asks "if someone
    // has told you to move your money, stop".
    "ifyouaretold",
    "ifyouretold",
    "ifsomeonetellsyou",
    "ifanyonetellsyou",
    "ifsomeonehastoldyou",
    "ifanyonehastoldyou",
    "ifsomeoneasksyou",
    "ifanyoneasksyou",
    "ifyoureceive",
    "如收到",
    "如果收到",
    "不会",
    "绝不",
    "从不",
    "从未",
    "决不",
    "谨防",
    "警惕",
    "never",
    "willnotask",
    "wontask",
    "doesnotask",
    "doesntask",
    "beware",
    "bewary",
];

/// Parents in a school's or a class's chat are named after their child: 乐乐妈妈,
/// 朵朵爸爸, 小米妈妈 (a pet name, doubled or after 小, then the kin word). That is
/// a name, not someone calling the user "mum" ("妈，我换号了"); a group's
/// collection "发起人 乐乐妈妈 … 立即支付" asks nothing of a mother.
fn after_pet_name(norm: &[NChar], s: usize, pat: &[char]) -> bool {
    const KIN: [[char; 2]; 2] = [['妈', '妈'], ['爸', '爸']];
    if !KIN.iter().any(|k| pat == k) || s < 2 || norm[s].gap {
        return false;
    }
    let (a, b) = (norm[s - 2], norm[s - 1]);
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    han(b.c) && !b.gap && (a.c == b.c || a.c == '小')
}

/// Whether the word ending before normalized index `e` is followed by a
/// possessive `'s` (a person spoken of: "Mum's birthday", "Dad's car").
fn possessive_after(text: &str, norm: &[NChar], e: usize) -> bool {
    let Some(rest) = text.get(norm[e - 1].end as usize..) else {
        return false;
    };
    let after = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('\u{2019}'));
    after
        .and_then(|r| r.strip_prefix(['s', 'S']))
        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
}

/// Whether a word starting at normalized index `s` is in a clause that says it
/// never happens: a denial within the 32 characters before it, with no clause
/// break in between.
fn said_not_to_happen(text: &str, norm: &[NChar], s: usize) -> bool {
    let mut from = s;
    while from > 0 && s - from < 32 {
        let k = from;
        // A clause break dropped just before `k` ends the look-back.
        if norm[k].gap && text.get(norm[k - 1].end as usize..norm[k].start as usize).is_some_and(clause_break)
        {
            break;
        }
        from -= 1;
    }
    let window: Vec<char> = norm[from..s].iter().map(|n| n.c).collect();
    DENIALS.iter().any(|d| {
        let d: Vec<char> = d.chars().collect();
        window.windows(d.len()).enumerate().any(|(i, w)| {
            w == d.as_slice()
                // A Latin denial starts a word: "whenever" holds no "never".
                && (!d[0].is_ascii_alphabetic() || starts_token(norm, from + i))
        })
    })
}

/// Whether the word at `s..e` of `norm` runs across a clause break between two
/// CJK characters (a comma or a full stop dropped by normalization).
fn crosses_clause(text: &str, norm: &[NChar], s: usize, e: usize) -> bool {
    (s + 1..e).any(|k| {
        norm[k].gap
            && !norm[k - 1].c.is_ascii()
            && !norm[k].c.is_ascii()
            && text.get(norm[k - 1].end as usize..norm[k].start as usize).is_some_and(clause_break)
    })
}

/// Noisy-or: the chance at least one of independent signals is right.
fn or(a: f32, b: f32) -> f32 {
    1.0 - (1.0 - a) * (1.0 - b)
}

#[derive(Clone, Copy, Default)]
struct Hit {
    /// Noisy-or of the distinct words' weights.
    acc: f32,
    /// The strongest word and its original byte span.
    best: f32,
    span: (u32, u32),
    seen: bool,
}

impl Hit {
    fn add(&mut self, w: f32, span: (u32, u32)) {
        self.acc = or(self.acc, w);
        if !self.seen || w > self.best {
            self.best = w;
            self.span = span;
        }
        self.seen = true;
    }
}

impl Analyzer {
    pub fn new(fold: FoldTable, vocab: Vocabulary) -> Analyzer {
        let matcher = Matcher::new(&vocab.patterns);
        Analyzer { fold, vocab, matcher }
    }

    /// The built-in analyzer.
    pub fn builtin() -> &'static Analyzer {
        &DEFAULT
    }

    /// A copy of the built-in analyzer with `extra` words added to `class`
    /// (benchmarks: the cost of a bigger vocabulary).
    pub fn with_extra_words(class: TextClass, extra: &[String], weight: f32) -> Analyzer {
        let fold = DEFAULT.fold.clone();
        let mut vocab = DEFAULT.vocab.clone();
        vocab.add_words(class, extra, weight, &fold);
        Analyzer::new(fold, vocab)
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }

    pub fn analyze(&self, text: &str, source: Source) -> TextAnalysis {
        let text = clip(text);
        // Normalization buffers are reused per thread: every screen and
        // notification event is analyzed, and two fresh multi-kilobyte
        // buffers per text cost more than the folding itself.
        NORM_BUFS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut bufs) => {
                let (norm, scratch) = &mut *bufs;
                self.fold.normalize_into(text, norm, scratch);
                let out = self.analyze_normalized(text, norm, source);
                if norm.capacity() > KEEP_CAPACITY {
                    // One huge screen must not pin its buffers for good.
                    *norm = Vec::new();
                    *scratch = Vec::new();
                }
                out
            }
            // Re-entered (cannot happen today): fresh buffers.
            Err(_) => self.analyze_normalized(text, &self.fold.normalize(text), source),
        })
    }

    fn analyze_normalized(&self, text: &str, norm: &[NChar], source: Source) -> TextAnalysis {
        let mut classes = [Hit::default(); TextClass::ALL.len()];
        let mut cues = [Hit::default(); Cue::ALL.len()];
        // Distinct patterns already counted: a word said twice is one word.
        let mut seen: Vec<u32> = Vec::with_capacity(32);
        // Matches are gathered first: a mask (`输入金额`) ends after the word it
        // holds (`入金`), so only the whole list says which words were said.
        let mut found: Vec<(usize, usize, usize)> = Vec::with_capacity(32);
        self.matcher.scan(norm.iter().map(|n| n.c), |p, s, e| found.push((p, s, e)));
        let mask_of = |p: usize| match self.vocab.entries[p].first().map(|e| e.kind) {
            Some(Kind::Mask { hidden, at }) => Some((hidden as usize, at as usize)),
            _ => None,
        };
        // (hidden word, where it starts) of each mask said within one clause.
        let masks: Vec<(usize, usize)> = found
            .iter()
            .filter(|&&(_, s, e)| !crosses_clause(text, norm, s, e))
            .filter_map(|&(p, s, _)| mask_of(p).map(|(hidden, at)| (hidden, s + at)))
            .collect();
        for (p, s, e) in found {
            if mask_of(p).is_some() || masks.contains(&(p, s)) {
                continue;
            }
            let pat = &self.vocab.patterns[p];
            // Latin words must stand alone: "irs" is not in "first".
            if pat[0].is_ascii_alphanumeric() && !starts_token(norm, s) {
                continue;
            }
            if pat[pat.len() - 1].is_ascii_alphanumeric() && !ends_token(norm, e) {
                continue;
            }
            // `earn #`: "earn $60" is the task pitch, "earn points" a shop's.
            if self.vocab.number_after[p] && !number_at(norm, e) {
                continue;
            }
            // A Chinese word does not run across a clause break: "已發出，金額"
            // holds no "出金". Evasions split a word with spaces or symbols
            // (贷 款, 退*款), not with a comma or a full stop. English phrases
            // keep their commas ("Hi, Mum").
            if crosses_clause(text, norm, s, e) {
                continue;
            }
            if after_pet_name(norm, s, pat) {
                continue;
            }
            if seen.contains(&(p as u32)) {
                continue;
            }
            seen.push(p as u32);
            let span = (norm[s].start, norm[e - 1].end);
            let denied = said_not_to_happen(text, norm, s);
            for entry in &self.vocab.entries[p] {
                match entry.kind {
                    // "工行不会以任何理由要求您转账到安全账户", "HSBC will never
                    // ask you to move money to a safe account": the scam word is
                    // what a genuine bank says it never does.
                    Kind::Class(_) | Kind::Cue(Cue::AccountChange) if denied => {}
                    // "your £40 for Mum's necklace": Mum spoken of, not to.
                    Kind::Cue(Cue::Relation) if possessive_after(text, norm, e) => {}
                    Kind::Class(c) => classes[c.index()].add(entry.weight, span),
                    Kind::Cue(c) => cues[c.index()].add(entry.weight, span),
                    Kind::Mask { .. } => {}
                }
            }
        }
        // Numbers the text asks to be called or texted on. A phone number is
        // a way to answer (a combination term); a premium-rate number or a
        // priced short code is the prize-draw scam's own channel.
        let contact = phishing::contact::find_contacts(text);
        let mut links = phishing::structure::find_links(text, &self.vocab);
        // A page that shows only official sites (StudentAid.gov, the loan servicer's
        // number beside it) prints that body's own number: no way to answer a scam.
        // Not a page that invites the reader to dispute a charge by phone: official
        // hosts carry pages anyone can write (a PayPal invoice's seller note, a
        // sites.google.com page), and "not authorized? call …" is the callback lure.
        let official_page = source == Source::BrowserPage
            && links.any
            && !links.unofficial
            && !cues[Cue::Dispute.index()].seen;
        if let Some((s, e)) = contact.span.filter(|_| !official_page) {
            let span = (s as u32, e as u32);
            if contact.phone || contact.shortcode {
                cues[Cue::Contact.index()].add(0.5, span);
            }
            let premium = match (contact.premium, contact.shortcode, contact.priced) {
                (true, _, true) => 0.6,
                // "You have won… call 09061…": asked to dial a premium number.
                (true, _, false) if contact.call_premium => 0.55,
                (true, _, false) => 0.45,
                (false, true, true) => 0.5,
                (false, true, false) => 0.25,
                _ => 0.0,
            };
            if premium > 0.0 {
                classes[TextClass::Prize.index()].add(premium, span);
            }
        }
        // What is present, as Term bits; a class counts from a real word,
        // not a 客服-sized hint.
        let mut present = 0u64;
        for c in Cue::ALL {
            if cues[c.index()].seen {
                present |= Term::Cue(c).bit();
            }
        }
        for c in TextClass::ALL {
            if classes[c.index()].acc >= vocab::CLASS_PRESENT {
                present |= Term::Class(c).bit();
            }
        }
        for combo in &self.vocab.combos {
            if present & combo.need != combo.need {
                continue;
            }
            if combo.min > vocab::CLASS_PRESENT
                && combo
                    .all
                    .iter()
                    .any(|t| matches!(*t, Term::Class(c) if classes[c.index()].acc < combo.min))
            {
                continue;
            }
            let span_of = |t: &Term| match *t {
                Term::Cue(c) => cues[c.index()].span,
                Term::Class(c) => classes[c.index()].span,
            };
            // Two terms read off one word ("手续费" is a fee cue and a loan
            // word; "打到" inside "打到这个账户") are one cue, not a combination.
            let spans = combo.all.iter().map(span_of);
            let overlap = |a: (u32, u32), b: (u32, u32)| a.0 < b.1 && b.0 < a.1;
            if spans.clone().enumerate().any(|(i, a)| spans.clone().skip(i + 1).any(|b| overlap(a, b))) {
                continue;
            }
            // Shown: the first term's strongest word.
            let span = span_of(&combo.all[0]);
            let class = &mut classes[combo.class.index()];
            class.add(combo.strength, span);
            if class.acc >= vocab::CLASS_PRESENT {
                present |= Term::Class(combo.class).bit();
            }
        }
        if source == Source::SmsContact
            && !(cues[Cue::Pay.index()].seen
                || cues[Cue::Payee.index()].seen
                || cues[Cue::Secrecy.index()].seen)
        {
            // A saved contact saying "new number" or "come to my office" asks
            // for nothing: the impersonation scam writes from a number the user
            // does not have, and a known number asking for no money is ordinary.
            let b = &mut classes[TextClass::BossRequest.index()];
            b.acc *= 0.5;
            b.best *= 0.5;
        }
        let link_ref = cues[Cue::LinkRef.index()];
        if !links.any
            && link_ref.seen
            && matches!(
                source,
                Source::SmsUnknown | Source::SmsService | Source::SmsContact | Source::NotificationMessaging
            )
            && !negated(text, link_ref.span.0 as usize)
        {
            // "Confirm your address via the following link", "今日内点击链接完成
            //认证" with no link in it: an SMS that points at its own link had
            // one, and whoever quoted it took it out, as with a `[link]`
            // placeholder; nobody quotes a genuine service's link that way. App
            // notifications and screens say "click here" about a button, so
            // only SMS and a messaging app's message (a person's words, quoted
            // the same way) read it.
            links.any = true;
            links.unofficial = true;
            links.span = Some((link_ref.span.0 as usize, link_ref.span.1 as usize));
        }
        let cue = |c: Cue| cues[c.index()];
        // Amounts are read in an SMS from an unknown number only: other texts
        // (every screen, every notification) do not pay for the search.
        let amounts =
            if source == Source::SmsUnknown { crate::amount::find_amounts_in_text(text) } else { Vec::new() };
        // A sum named beside a strong threat from an unknown number is a sum
        // owed ("水費395元逾期未繳，將終止供水", "unpaid parking fines … deadline"):
        // the request to pay is implied.
        let owed =
            source == Source::SmsUnknown && cues[Cue::Urgency.index()].best >= STRONG && !amounts.is_empty();
        let (brand, urgency, action, benign) =
            (cue(Cue::Brand).seen, cue(Cue::Urgency).seen, cue(Cue::Action).seen, cue(Cue::Benign).seen);

        // "Investors get 20% in 3 months", 日收益5%: returns promised per short
        // period are how every investment scam pitches, and no bank's or broker's
        // own text does (their rates are yearly).
        if let Some((s, e)) = promised_rate(text, &self.vocab.rate_periods) {
            classes[TextClass::Investment.index()].add(PROMISED_RATE, (s as u32, e as u32));
        }
        // "Invest $10,000 today and receive $120,000", 投资1000回报1万: a stake
        // promised back many times over is the same pitch without a rate.
        if let Some((s, e)) = multiplied_stake(text) {
            classes[TextClass::Investment.index()].add(PROMISED_RATE, (s as u32, e as u32));
        }

        // The strongest scam word on its own, before structure is added: the
        // link and urgency bonuses below need a word, or a bare link plus
        // "today" (every shop's promotion) would count twice.
        let words_max = TextClass::ALL
            .into_iter()
            .filter(|c| classes[c.index()].seen)
            .map(|c| classes[c.index()].acc * class_weight(c))
            .fold(0.0f32, f32::max);

        // A scam word of any class read off the text itself, before the link's
        // structure adds a phishing finding of its own (`TextAnalysis::money_talk`).
        let worded = TextClass::ALL.into_iter().any(|c| classes[c.index()].seen);
        let worded_strongly = TextClass::ALL.into_iter().any(|c| classes[c.index()].acc >= MONEY_TALK_WORD);

        // Structure: brand/official body + suspicious link + urgency/action.
        let suspicious = links.unofficial;
        let structure = if suspicious {
            // Each part adds: a brand, urgency and a request to act. A bare
            // link with "today" and "reply" (a shop's promotion) stays low.
            // "Not you? Visit <link>" is the threat of a phishing text: a
            // genuine alert sends the reader to the card's number or the app.
            let u = cue(Cue::Urgency).best.max(cue(Cue::Dispute).best);
            let a = cue(Cue::Action).best;
            // From an unknown number, a link that is not the brand's with anything
            // at all to say (a brand, a threat, a request) is how smishing reads;
            // ordinary texts from unknown numbers rarely link anywhere. A bare
            // link alone stays low.
            let lure = cue(Cue::Lure);
            // "Retainer $150 by Zelle to jess@…", "pay via PayNow": a payment
            // service named as the way to pay someone is not the sender posing as
            // it. With a threat or a dispute it is ("your payment using Zelle is
            // processing, not you? cancel here").
            let brand_b = if named_as_means(text, cue(Cue::Brand).span) && !urgency && !cue(Cue::Dispute).seen
            {
                0.0
            } else {
                cue(Cue::Brand).best
            };
            let base = if source == Source::SmsUnknown
                && (brand_b > 0.0 || urgency || action || cue(Cue::Dispute).seen || lure.seen)
            {
                SMS_LINK_BASE
            } else {
                0.1
            };
            let s = base + 0.35 * brand_b.max(lure.best) + 0.25 * u + 0.25 * a;
            if links.short {
                or(s, 0.15)
            } else {
                s
            }
        } else if brand
            && cue(Cue::Urgency).best >= THREAT
            && !links.any
            && contact.phone
            && !(cue(Cue::Dispute).seen && source != Source::SmsUnknown)
        {
            // "Barclays: your account will be frozen today, call 0330 … now":
            // a brand, a threat and a number to call back. Genuine alerts
            // ("debited … not you? call 1800…") carry no threat, and a day is
            // not one ("your parcel arrives today, your driver is on …").
            let (u, a) = (cue(Cue::Urgency).best, cue(Cue::Action).best);
            0.05 + 0.3 * cue(Cue::Brand).best + 0.35 * u + 0.15 * a
        } else if brand
            && urgency
            && (action || owed)
            && !links.any
            && (source != Source::BrowserPage || classes[TextClass::Phishing.index()].seen)
            && !(source == Source::NotificationMessaging && says_own_account(norm))
        {
            // "Call 0xx now or your account is suspended": no link needed. On a
            // web page only beside a phishing word ("outstanding toll … enter card
            // details" on a page reached from a QR sticker): an official page names
            // its body with urgency and a step ("Get a passport urgently - GOV.UK …
            // Fast Track").
            //
            // From a number that is no service's sender, a strong threat and a
            // strong request ("suspended … log in to reactivate") is the phishing
            // text whose link was quoted away or comes next; unless it sends the
            // reader to the service's own app ("可登录联通APP办理"), a genuine
            // reminder's voice.
            let (u, a) = (cue(Cue::Urgency).best, cue(Cue::Action).best);
            if source == Source::SmsUnknown && u >= STRONG && (a >= STRONG || owed) && !names_app(norm) {
                0.5
            } else {
                0.35
            }
        } else {
            0.0
        };
        // "Your card was charged 3,980 at Walmart; questions? call 1350120…", "已扣除
        //你信用卡年费800元，如需核查请拨打…": a charge notice from a number that is
        // no bank's sender, with a number to call back, opens the callback scam.
        // Genuine alerts come from the bank's own sender (sms_service).
        // A dentist's, a pizzeria's or the building's receipt also says "charged …
        // questions? call": the scam invites the reader to dispute the charge, or
        // names a sum worth calling about (an annual fee of 800, a laptop).
        // The charge may be named only by its sum ("an Apple Pay authorization for
        // $142.93 … if you did not authorize this, call …").
        // Both readings below are of an SMS from an unknown number only: other
        // texts (every screen, every notification) do not pay for the search.
        let worth_calling_about = amounts.iter().any(|a| {
            let code = a.currency.as_ref().map_or("*", |c| c.code());
            let least = self.vocab.dispute_charge.get(code).or_else(|| self.vocab.dispute_charge.get("*"));
            least.is_some_and(|&least| a.money.fen() >= least)
        });
        let phone_callback = source == Source::SmsUnknown
            && (classes[TextClass::MoneyOut.index()].seen || (cue(Cue::Dispute).seen && !amounts.is_empty()))
            && contact.phone
            && !official_page
            && (cue(Cue::Dispute).seen || worth_calling_about);
        // "Alert! Your card has been charged with $763.00 on AMZ for order id …",
        // quoted without the number or link that followed: a charge worth calling
        // about, reported by a number that is no bank's or shop's sender, is the
        // callback scam's opener. A genuine alert comes from the bank's own sender
        // and says what a code is for ("do not share"), or the balance left (余额,
        // "Avl Bal"), which no scammer knows.
        let charge_notice = source == Source::SmsUnknown
            && classes[TextClass::MoneyOut.index()].seen
            && worth_calling_about
            && !benign
            && !official_page
            && !names_balance(norm);
        // "Did you attempt a purchase of $1,249.99 at Best Buy? Reply YES or NO":
        // the fraud alert banks send from their own sender, from a number that is
        // no bank's. A "NO" brings the fake fraud team's call. A money matter is
        // needed: "reply YES or NO" alone is also a poll's.
        let reply_check = source == Source::SmsUnknown
            && cue(Cue::ReplyCheck).seen
            && (classes[TextClass::MoneyOut.index()].seen || cue(Cue::Dispute).seen || !amounts.is_empty());
        let charge_callback = phone_callback || reply_check;
        // "You just sent $6.50 to Brett. Not you? Cancel here: <link>": a threat
        // to dispute, answered by a link that is not the service's, from a number
        // that is no service's sender. A genuine alert sends the reader to the
        // app or the card's number (issue 8).
        let dispute_link = source == Source::SmsUnknown && cue(Cue::Dispute).seen && links.unofficial;
        let structure = if dispute_link { or(structure, DISPUTE_LINK) } else { structure };
        let structure = if charge_callback { or(structure, CHARGE_CALLBACK) } else { structure };
        let structure = if charge_notice { or(structure, CHARGE_NOTICE) } else { structure };
        let structure = if links.lookalike { or(structure, LOOKALIKE_LINK) } else { structure };
        let ph = &mut classes[TextClass::Phishing.index()];
        if structure > 0.0 {
            let span = if let Some((s, e)) = links.span.filter(|_| links.lookalike) {
                // The look-alike address is the evidence.
                (s as u32, e as u32)
            } else if charge_callback && !brand {
                // The number to call back is the evidence (masked when shown).
                contact.span.map_or(cue(Cue::Dispute).span, |(s, e)| (s as u32, e as u32))
            } else if brand {
                cue(Cue::Brand).span
            } else if let Some((s, e)) = links.span {
                (s as u32, e as u32)
            } else {
                cue(Cue::Urgency).span
            };
            ph.add(structure, span);
        } else if ph.seen && !suspicious {
            // "积分兑换" or "verify" with no link at all, or only to the
            // brand's own site, is how genuine services write too.
            // A word that is phishing by itself (填写银行卡信息) keeps its weight.
            let keep = if ph.best >= 0.6 { ph.best } else { 0.0 };
            ph.acc = (ph.acc * if links.any { 0.4 } else { 0.6 }).max(keep);
        }

        // Score: what the classes say together.
        let mut score = 0.0f32;
        let mut scammy = 0;
        for c in TextClass::ALL {
            let h = classes[c.index()];
            if !h.seen {
                continue;
            }
            let s = h.acc * class_weight(c);
            score = or(score, s);
            if s >= 0.2 {
                scammy += 1;
            }
        }
        if scammy >= 2 {
            score = or(score, 0.25);
        }
        if words_max >= 0.15 {
            if suspicious {
                score = or(score, if links.short { 0.4 } else { 0.3 });
            }
            if urgency {
                score = or(score, 0.3 * cue(Cue::Urgency).best);
            }
        }
        // "请勿告诉他人", "do not share", "退订回T", "call the number on the back
        // of your card": the voice of a genuine code, alert or promotion; with a
        // suspicious link it counts half ("your code is 123456, not you? click
        // here" is a known trick), and so in a charge notice from no bank's sender
        // with a number to call back ("if this was you, no action is needed; if
        // not, call Apple Support at …" copies a genuine alert's voice). It lowers
        // the findings the engine reads as well as the score.
        let calm = if benign {
            let b = cue(Cue::Benign).best;
            1.0 - if suspicious || phone_callback { b / 2.0 } else { b }
        } else {
            1.0
        };
        score *= calm;
        if links.any && !suspicious && source == Source::SmsService {
            // A service sender linking to its own domain.
            score *= 0.6;
        }
        score = (score * source.factor()).clamp(0.0, 1.0);

        let mut findings: Vec<Finding> = TextClass::ALL
            .into_iter()
            .filter(|c| classes[c.index()].seen)
            .map(|c| {
                let h = classes[c.index()];
                let (s, e) = (h.span.0 as usize, h.span.1 as usize);
                let strength = if c == TextClass::MoneyOut { h.acc } else { h.acc * calm };
                Finding { class: c, strength: strength.clamp(0.0, 1.0), word: shown_word(&text[s..e]) }
            })
            .collect();
        crate::small_sort::sort_by(&mut findings, |a, b| b.strength.total_cmp(&a.strength));
        let government_page = official_page && links.government;
        let redirect = cue(Cue::AccountChange).seen && classes[TextClass::BossRequest.index()].seen;
        // A weak word counts beside an account that is not the writer's ("can you
        // send £100 to my friend's account"): the long con's first small ask.
        let money_talk = worded_strongly || (worded && cue(Cue::Payee).seen) || cue(Cue::Plea).seen;
        TextAnalysis {
            findings,
            score,
            has_link: links.any,
            official_page,
            government_page,
            redirect,
            money_talk,
        }
    }
}

/// How strong a scam word must be to make a text money talk
/// (`TextAnalysis::money_talk`) on its own: the weakest words of a class are
/// there to combine ("want to try", 直接微信转我, "can you send"), and a seller's,
/// a teacher's or a date's plain "want to try the races? $140", "学费直接微信转我"
/// or "can you send your half?" says nothing of a scam alone.
const MONEY_TALK_WORD: f32 = 0.25;

/// Words that, right before a reference to a link (and its verb), turn it into
/// a warning about links: "do not click on the link", "never tap the link",
/// "切勿点击链接".
const NEGATIONS: [&str; 7] = ["not", "n't", "never", "不要", "勿", "别", "不會"];

/// Verbs that may stand between a negation and the reference it governs.
const LINK_VERBS: [&str; 7] = ["click", "tap", "open", "follow", "visit", "点击", "打开"];

/// How far before a phrase its negation may start, in bytes.
const NEGATION_REACH: usize = 24;

/// Whether a negation governs the phrase at byte `at` of `text`.
fn negated(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(NEGATION_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..at).unwrap_or("").to_lowercase();
    let mut before = before.trim_end();
    if let Some(verb) = LINK_VERBS.iter().find(|v| before.ends_with(*v)) {
        before = before[..before.len() - verb.len()].trim_end();
    }
    NEGATIONS.iter().any(|n| before.ends_with(n))
}

/// Whether the text states the balance left (余额, 餘額, "balance", "avl bal"): a
/// genuine debit alert's, which knows the account.
/// Whether the word at the original byte span `span` is named as the way to pay
/// ("by Zelle", "via PayNow", "using PayPal", "用支付宝"), by the word before it.
fn named_as_means(text: &str, span: (u32, u32)) -> bool {
    let before = text.get(..span.0 as usize).unwrap_or_default().trim_end();
    let lower = before.get(before.len().saturating_sub(8)..).unwrap_or(before).to_ascii_lowercase();
    [" by", " via", " using", " through"].iter().any(|p| lower.ends_with(p))
        || ["用", "通过", "透過"].iter().any(|p| before.ends_with(p))
}

/// Whether a person's message speaks of the writer's own bank or account ("my
/// bank app locked me out", 我的银行卡被冻结了): news of the writer's day, not a
/// service claiming the reader's account.
fn says_own_account(norm: &[NChar]) -> bool {
    says_any(
        norm,
        &[
            &['m', 'y', 'b', 'a', 'n', 'k'],
            &['m', 'y', 'a', 'c', 'c', 'o', 'u', 'n', 't'],
            &['m', 'y', 'c', 'a', 'r', 'd'],
            &['我', '的', '银', '行'],
            &['我', '的', '卡'],
            &['我', '的', '账', '户'],
        ],
    )
}

fn names_balance(norm: &[NChar]) -> bool {
    says_any(norm, &[&['余', '额'], &['b', 'a', 'l', 'a', 'n', 'c', 'e'], &['b', 'a', 'l']])
}

/// Whether the text names an app ("the app", 联通APP, 客户端): a reader sent to
/// a service's own app, not to a page.
fn names_app(norm: &[NChar]) -> bool {
    says_any(norm, &[&['a', 'p', 'p'], &['应', '用'], &['客', '户', '端']])
}

/// Whether normalized `norm` holds any of `words`; a Latin word only as a whole
/// token ("app" is not in "happy").
fn says_any(norm: &[NChar], words: &[&[char]]) -> bool {
    words.iter().any(|w| {
        norm.windows(w.len()).enumerate().any(|(i, win)| {
            win.iter().zip(w.iter()).all(|(n, c)| n.c == *c)
                && (!w[0].is_ascii() || (starts_token(norm, i) && ends_token(norm, i + w.len())))
        })
    })
}

/// Whether an amount starts at `i`: digits (with `,` or `.` inside), then not a
/// letter run on ("$60", "300", "60k"; not "2x points").
fn number_at(norm: &[NChar], i: usize) -> bool {
    if !norm.get(i).is_some_and(|n| n.c.is_ascii_digit()) {
        return false;
    }
    let mut j = i;
    while norm
        .get(j)
        .is_some_and(|n| (n.c.is_ascii_digit() || n.c == ',' || n.c == '.') && (j == i || !n.gap))
    {
        j += 1;
    }
    match norm.get(j) {
        Some(n) if !n.gap && n.c.is_ascii_alphabetic() => n.c == 'k' && ends_token(norm, j + 1),
        // A duration is no sum: "guaranteed 14 days", "earn 2 years' experience".
        Some(n) if n.c.is_ascii_alphabetic() => {
            let len = norm[j..]
                .iter()
                .enumerate()
                .take_while(|&(k, c)| c.c.is_ascii_alphabetic() && (k == 0 || !c.gap))
                .count();
            let word = &norm[j..j + len];
            !DURATIONS.iter().any(|d| d.len() == len && d.chars().zip(word).all(|(a, b)| a == b.c))
        }
        _ => true,
    }
}

/// A return promised per short period ("5-8% a week", "20% in 3 months",
/// 日收益5%, 每天2%): the percentage sign, a number before it, and a period word of
/// `periods` right after it (a range or a second sign in between) or just before the
/// number. A yearly rate ("4.5% a year", 年化3%) or a discount ("20% off") is none.
/// The span covers the number to the period word.
fn promised_rate(text: &str, periods: &vocab::RatePeriods) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    for (p, c) in text.char_indices().filter(|&(_, c)| c == '%' || c == '\u{ff05}') {
        // The number before the sign (its digits, a decimal point, a range "5-8").
        let mut start = p;
        while start > 0 && (bytes[start - 1].is_ascii_digit() || b".- ~".contains(&bytes[start - 1])) {
            start -= 1;
        }
        while start < p && !bytes[start].is_ascii_digit() {
            start += 1;
        }
        if start == p {
            continue;
        }
        // A loan's rate or any interest charged is a price, not a return.
        let lead = text[..start].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
        let lead = text[lead..start].to_lowercase();
        if periods.not_after.iter().any(|w| lead.contains(w.as_str())) {
            continue;
        }
        // After the sign: skip a range's second half ("% - 8%", "% to 8%") and spaces.
        let mut at = p + c.len_utf8();
        loop {
            let rest = &text[at..];
            let trimmed =
                rest.trim_start_matches(|c: char| c == ' ' || c == '-' || c == '~' || c.is_ascii_digit());
            let trimmed = trimmed.strip_prefix("to ").unwrap_or(trimmed);
            let trimmed = trimmed.strip_prefix(['%', '\u{ff05}']).unwrap_or(trimmed);
            let next = text.len() - trimmed.len();
            if next == at {
                break;
            }
            at = next;
        }
        let after = text[at..].get(..text.len().min(at + 24) - at).unwrap_or(&text[at..]);
        let after = after.to_ascii_lowercase();
        if let Some(w) = periods.after.iter().find(|w| after.starts_with(w.as_str())) {
            return Some((start, at + w.len()));
        }
        // Just before the number (a few characters): 日收益, 每天.
        let head = text[..start].trim_end();
        let from = head.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
        let before = &head[from..];
        if let Some(w) = periods.before.iter().find(|w| before.contains(w.as_str())) {
            let s = from + before.find(w.as_str()).unwrap_or(0);
            return Some((s, p + c.len_utf8()));
        }
    }
    None
}

/// How strongly a return promised per period reads as an investment scam's.
const PROMISED_RATE: f32 = 0.55;

/// Words that put money in, and words that promise it back.
const STAKE_WORDS: [&str; 5] = ["invest ", "investing ", "投资", "投入", "充值"];
const RETURN_WORDS: [&str; 10] =
    ["receive ", "get back ", "earn ", "returns ", "return of ", "回报", "收益", "返还", "获得", "返"];

/// How many times the stake the promised sum must be: a tenfold "receive" is no
/// bank's product; a bill and its total, or a deposit and its interest, are
/// never three times over.
const STAKE_MULTIPLE: i64 = 3;

/// A stake and a promised sum three or more times it, in that order and close
/// together ("invest $10,000 today and receive $120,000", 投资1000元回报1万):
/// the byte span from the stake word to the promised sum's word.
fn multiplied_stake(text: &str) -> Option<(usize, usize)> {
    if text.len() > 600 {
        return None;
    }
    // ASCII folding keeps every byte where it was: the offsets found in `lower`
    // are the text's own (the stake and return words are ASCII or Chinese).
    let lower = text.to_ascii_lowercase();
    let (at, w) = STAKE_WORDS.iter().filter_map(|w| lower.find(w).map(|i| (i, *w))).min()?;
    let after_stake = &lower[at + w.len()..];
    let window = |s: &str, n: usize| -> String { s.chars().take(n).collect() };
    let stake = crate::amount::find_amounts_in_text(&window(after_stake, 24)).into_iter().next()?;
    let (r, rw) = RETURN_WORDS.iter().filter_map(|w| after_stake.find(w).map(|i| (i, *w))).min()?;
    if r > 80 {
        return None;
    }
    let promised =
        crate::amount::find_amounts_in_text(&window(&after_stake[r + rw.len()..], 24)).into_iter().next()?;
    let (a, b) = (stake.money.fen(), promised.money.fen());
    (a > 0 && b >= a * STAKE_MULTIPLE).then_some((at, at + w.len() + r + rw.len()))
}

/// Time units after a number: the number is a duration, not a sum.
const DURATIONS: [&str; 16] = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "hour", "hours", "hr",
    "hrs", "minutes", "mins",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_respects_char_boundaries() {
        let s = "验".repeat(2000);
        let c = clip(&s);
        assert!(c.len() <= MAX_BYTES && c.len() > MAX_BYTES - 3);
        assert_eq!(clip("abc"), "abc");
    }

    #[test]
    fn a_return_promised_per_short_period_is_an_investment_pitch() {
        let pitch =
            |t: &str| analyze(t, Source::NotificationMessaging).finding(TextClass::Investment).is_some();
        for t in [
            "My firm has a contract with the NHS trusts, investors get 20% in 3 months",
            "I trade gold on a platform, 5-8% a week",
            "稳定项目，日收益3%",
            "收益率达30%每天",
            // A gain claimed for a recent short period: the mentor's proof.
            "My uncle showed me this platform, I made 30% last month on bitcoin",
            "the strategy made me 8% this week",
        ] {
            assert!(pitch(t), "{t}");
        }
        // Yearly rates, discounts, a loan's monthly price, a battery: no pitch.
        for t in [
            "Your savings account now pays 4.5% a year",
            "Get 20% off every day this week",
            "Personal loan for as low as 1.38% per month",
            "利率3.5%，每月还款2000元",
            "Battery at 15%, charging",
            // A market's move among friends, a shop's week of savings.
            "Eh you see the Sea results? up 9% today",
            "Save 20% this week on all garden furniture",
        ] {
            assert!(!pitch(t), "{t}");
        }
        let a = analyze("investors get 20% in 3 months", Source::NotificationMessaging);
        assert_eq!(a.finding(TextClass::Investment).map(|f| f.word.as_str()), Some("20% in 3 months"));
        assert!(a.money_talk);
    }

    #[test]
    fn words_do_not_run_across_a_clause_break() {
        // "已發出，金額" is not "出金"; "贷 款" and "退*款" still match.
        let a = analyze("你的月費賬單已發出，金額HK$198。", Source::SmsUnknown);
        assert!(a.finding(TextClass::Investment).is_none(), "{a:?}");
        let a = analyze("无抵押贷 款，当天下 款，不看征*信", Source::SmsUnknown);
        assert!(a.finding(TextClass::LoanFee).is_some(), "{a:?}");
    }

    #[test]
    fn an_sms_pointing_at_a_link_it_lacks_was_quoted_without_it() {
        // A quoted scam whose link was taken out reads as linking; the same
        // words on a screen (a button) do not.
        let t = "Your parcel could not be delivered. Please confirm your address via the following link.";
        assert!(analyze(t, Source::SmsUnknown).has_link);
        assert!(!analyze(t, Source::Screen).has_link);
        let a = analyze("您的ETC已停用，今日内点击链接完成认证，否则将影响通行。", Source::SmsUnknown);
        assert!(a.has_link && a.score >= 0.5, "{a:?}");
        // A friend's reference with nothing else to say scores as the same
        // text with a link in it would: below the threshold.
        let t = "Found it, click the link when you have a minute";
        assert_eq!(
            analyze(t, Source::SmsUnknown).score,
            analyze(&t.replace("the link", "https://x.example"), Source::SmsUnknown).score
        );
        assert!(analyze(t, Source::SmsUnknown).score < 0.5);
    }

    #[test]
    fn a_chat_message_pointing_at_its_link_reads_as_an_sms_does() {
        let t = "商品质量有问题,需退款,请点击链接填写信息。";
        assert!(analyze(t, Source::NotificationMessaging).has_link);
        assert!(analyze(t, Source::NotificationMessaging).score >= 0.5);
        assert!(!analyze(t, Source::Notification).has_link);
    }

    #[test]
    fn money_talk_is_a_scam_word_or_a_plea_not_a_link_or_a_plain_bill() {
        let talk = |t: &str| analyze(t, Source::NotificationMessaging).money_talk;
        assert!(talk("I hate to ask, could you help with the rent until Friday?"));
        assert!(talk("我妈妈住院了，我不好意思开口"));
        assert!(talk("I trade gold and forex on a platform, 5-8% a week"));
        // A sick child and no money till payday; a suitor's locked accounts.
        assert!(talk("My daughter has a fever, the doctor says admit her. No money till salary"));
        assert!(talk("My accounts here are locked until the contract ends"));
        // A link alone, or "did you click the link", says nothing of money.
        assert!(!talk("Look at this https://youtu.be/dQw4w9WgXcQ"));
        assert!(!talk("Did you click the link I sent?"));
        // A business's plain bill, and everyday chat.
        assert!(!talk(
            "课程合同已发您，学费4800元，请转到公司对公账户：启明教育科技有限公司，备注学生姓名。"
        ));
        assert!(!talk("Good morning sunshine, did you sleep well?"));
        // The weakest words of a class alone: a seller's, a teacher's, a date's
        // plain ask (cases102 Marquette, cases98 Kunming, cases81 Leicester).
        assert!(!talk("Selling my old racing snowshoes if you want to try the Tuesday races, $140"));
        assert!(!talk("学费960直接微信转我就行 第一节课给您收据"));
        assert!(!talk("Booked the cookery class! £130 for both, can you send your half?"));
        // The same weak ask to an account that is not the writer's is the long
        // con's first (cases58 Stirling); "you help me first" is a plea.
        assert!(talk("My phone credit is finished, can you send £100 to my friend's account?"));
        assert!(talk("我在国外没法在平台充值, 你先帮我账号充点币"));
        // A plea in other words: the account "blocked", "I return next month"
        // (cases104 Rosie, blind: its ask held only the weak "can you help me").
        assert!(talk(
            "The hospital wants a deposit first. My account is blocked. Can you help me? I return next month"
        ));
    }

    /// Each of `texts` reads as a scam from an unknown number and not from the
    /// service's own sender.
    fn scam_only_from_an_unknown_number(texts: &[&str]) {
        for t in texts {
            assert!(analyze(t, Source::SmsUnknown).score >= SCAM_THRESHOLD, "{t}");
            assert!(analyze(t, Source::SmsService).score < SCAM_THRESHOLD, "{t}");
        }
    }

    #[test]
    fn a_strong_account_threat_with_a_request_to_log_in_is_phishing_without_its_link() {
        // The service's own sender says such things about real accounts.
        scam_only_from_an_unknown_number(&[
            "We have temporarily restricted access to your Barclays account due to failed login attempts.",
            "【车管所】您的驾驶证已被暂扣，请于24小时内登录处理违章罚款。",
        ]);
        // An overdue utility bill from a number that is no utility's sender (Taiwan's
        // 165 lists them); the utility's own sender says the same of a real bill.
        scam_only_from_an_unknown_number(&[
            "【台灣自來水公司】貴戶本期水費已逾期,合計新台幣275元整,務請於11月22日前處理繳費",
            "貴戶本期電費已逾期，請於5/13前處理繳費",
        ]);
        // A page names its body with urgency and a request: no host, no phishing.
        let page =
            "Get a passport urgently - GOV.UK. Fast Track: 1 week. Call the Passport Adviceline to book";
        assert!(analyze(page, Source::BrowserPage).finding(TextClass::Phishing).is_none());
        assert!(analyze(page, Source::SmsUnknown).finding(TextClass::Phishing).is_some());
        // A page from a QR sticker with a phishing word keeps its reading.
        let toll = "Linkt: Your toll invoice is overdue. Pay the outstanding toll of $3.95 now to avoid a $150 penalty.";
        assert!(analyze(toll, Source::BrowserPage).score >= SCAM_THRESHOLD);
        // A reminder that sends the reader to the service's own app.
        let t = "【中国联通】您的话费余额不足10元，为避免影响使用请及时充值，可登录联通APP办理。";
        assert!(analyze(t, Source::SmsUnknown).score < SCAM_THRESHOLD);
        assert!(names_app(&Analyzer::builtin().fold.normalize("log in to the app")));
        assert!(!names_app(&Analyzer::builtin().fold.normalize("your Apple ID was approved")));
    }

    #[test]
    fn a_sum_owed_under_a_strong_threat_asks_for_payment_without_saying_pay() {
        // A bill, a sum and a penalty: the request to pay goes without saying.
        scam_only_from_an_unknown_number(&[
            "水費395元逾期未繳,將終止供水",
            "您的112年度汽燃稅逾期金額600元,請於112年08月18日前繳納",
            "Express Lanes: the $3.95 toll for your trip is overdue. Settle it today to avoid late fees.",
            "停車單45元逾期未繳，將處罰鍰",
        ]);
        // The same bill with no sum and no request is a reminder of a date, and a
        // sum with only a day to it ("due today") is no threat.
        for t in ["您的水費即將逾期", "Your water bill of $42.10 is due today."] {
            assert!(analyze(t, Source::SmsUnknown).score < SCAM_THRESHOLD, "{t}");
        }
    }

    #[test]
    fn a_payment_service_named_as_the_way_to_pay_is_not_the_sender_posing_as_it() {
        // A photographer's own site and "by Zelle to" her address: a booking.
        let t = "Hi Kayla, it's Jess from Jess Harlow Photo. Contract to e-sign: https://jessharlowphoto.com/contract/kr . Retainer $150 by Zelle to jess@jessharlowphoto.com holds your date!";
        assert!(analyze(t, Source::SmsUnknown).score < SCAM_THRESHOLD, "{t}");
        // The same service with a dispute, or as the sender, is the phishing text.
        for t in [
            "Your $2,100.00 payment to Monteral Macon using Zelle is being processed. Visit https://zl-cancel.top to verify or cancel payments anytime.",
            "Zelle: your payment is on hold. Verify at https://zelle-hold.top",
        ] {
            assert!(analyze(t, Source::SmsUnknown).score >= SCAM_THRESHOLD, "{t}");
        }
        assert!(named_as_means("paid by Zelle", (8, 13)));
        assert!(!named_as_means("a hold on your account", (10, 22)));
    }

    #[test]
    fn a_persons_own_locked_bank_app_is_news_not_a_claim_on_the_readers_account() {
        let chat = |t: &str| analyze(t, Source::NotificationMessaging).finding(TextClass::Phishing).is_some();
        // A wife asking her husband to pay: her app locked her out.
        assert!(!chat(
            "Can you pay Ryan's trip balance? $1,150 by Fri, PayNow to the school. My bank app locked me out"
        ));
        // The same words about the reader's account are the claim.
        assert!(chat("Your bank app is locked. Pay the $50 unlock fee now"));
        assert!(says_own_account(&Analyzer::builtin().fold.normalize("我的银行卡被冻结了")));
        assert!(!says_own_account(&Analyzer::builtin().fold.normalize("my banking app")));
    }

    #[test]
    fn a_large_charge_reported_by_an_unknown_number_opens_the_callback_scam() {
        scam_only_from_an_unknown_number(&[
            "Alert! Your card has been charged with $763.00 on AMZ for order id #MFHG38Z Dyson Tower TP03 Air Purifier.",
            "尊敬的客戶:您于昨天在**商場消費5800元;將在結算日從您賬戶上扣出。",
        ]);
        // A genuine alert states the balance left; a small charge is a receipt.
        for t in [
            "【建设银行】您尾号4471的账户12月02日14:20转账支出1,200.00元，余额8,331.46元。",
            "Your card was charged $38.50 at Tony's Pizza. Thanks for your order!",
        ] {
            assert!(analyze(t, Source::SmsUnknown).score < SCAM_THRESHOLD, "{t}");
        }
    }

    #[test]
    fn builtin_data_loads() {
        let a = Analyzer::builtin();
        assert!(a.vocabulary().words() > 300);
        assert!(a.matcher.states() > a.vocabulary().words());
    }

    #[test]
    fn a_charge_notice_with_a_number_to_call_from_an_unknown_sender_is_the_callback_scam() {
        let zh = "你的信用卡在沃尔玛透支了9700元，将从你的储蓄帐户上扣除，如有疑问请致电 135 0120 4471";
        let en = "Your card was charged $499.99 at Best Buy. Not you? Call 1-888-555-0137 now";
        for text in [zh, en] {
            let a = analyze(text, Source::SmsUnknown);
            assert!(a.score >= 0.5 && a.finding(TextClass::Phishing).is_some(), "{text}: {a:?}");
            // The bank's own sender says the same with its own number.
            assert!(analyze(text, Source::SmsService).score < 0.5, "{text}");
        }
        // From the card's own sender, a charge notice with no number to call asks
        // nothing (from an unknown number it is the opener: see below).
        let plain = analyze("Your card was charged $499.99 at Best Buy.", Source::SmsService);
        assert!(plain.score < 0.5, "{plain:?}");
    }
}

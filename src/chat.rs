//! Someone new in the user's chats: a friend request, a dating match, a group
//! invitation, a message from a number with no contact.
//!
//! Scams without a phone call begin here: the "boss" with a new account, the
//! "nephew" whose old LINE was stolen, the match who moves the talk to WhatsApp,
//! the recruiter who pulls the victim into a task group. Alone it is everyday
//! life; it gives the later scam talk and payment someone behind them, as an
//! unknown caller does. The phrases are data (`data/chat.txt`, checked at build
//! time by this same code).

use std::sync::OnceLock;

/// The built-in phrases.
pub const BUILTIN: &str = include_str!("../data/chat.txt");

/// How chat apps announce someone new, and how strangers open.
#[derive(Debug, Clone)]
pub struct ChatPhrases {
    /// The app's own notice, naming the newcomer in its text: "Huang Ping sent you
    /// a friend request", "You have a new match: Daniel", "陈某某 请求添加你为朋友".
    new_contact: Vec<String>,
    /// A stranger's own first words, the sender in the title: "sorry, wrong
    /// number", "saw your profile", 搵錯人.
    opener: Vec<String>,
    /// Someone new, but words friends say too after a slip ("发错人了", "wrong
    /// person, sorry"): not kept as someone met online.
    stray: Vec<String>,
    /// A rank or title before a name ("Sgt.", "Dr", "Mrs"): one word, matched whole.
    honorific: Vec<String>,
    /// Words of a meeting in person that happened: "so fun meeting Lily!", "thanks
    /// for coming", 今天见到你很开心.
    met_in_person: Vec<String>,
}

impl ChatPhrases {
    /// Parses and checks the phrases (`src/phrases.rs`). A phrase is in one
    /// section only, and none holds another section's phrase: which section
    /// matched decides where the newcomer's name is read.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut lists = crate::phrases::parse(
            "data/chat.txt",
            text,
            &["new_contact", "opener", "stray", "honorific", "met_in_person"],
        )?;
        let met_in_person = lists.pop().unwrap_or_default();
        let honorific = lists.pop().unwrap_or_default();
        if let Some(w) = honorific.iter().find(|w| w.contains(|c: char| !c.is_alphabetic())) {
            return Err(format!("data/chat.txt: honorific `{w}` must be one word of letters"));
        }
        for (i, a) in lists.iter().enumerate() {
            for b in lists.iter().skip(i + 1) {
                if let Some(w) =
                    a.iter().find(|w| b.iter().any(|v| v.contains(w.as_str()) || w.contains(v.as_str())))
                {
                    return Err(format!("data/chat.txt: `{w}` overlaps a phrase of another section"));
                }
            }
        }
        let stray = lists.pop().unwrap_or_default();
        let opener = lists.pop().unwrap_or_default();
        Ok(ChatPhrases {
            new_contact: lists.pop().unwrap_or_default(),
            opener,
            stray,
            honorific,
            met_in_person,
        })
    }

    /// Whether `text` says the writer and the user met in person (the
    /// `met_in_person` section).
    pub fn met_in_person(&self, text: &str) -> bool {
        let lower = text.to_lowercase();
        self.met_in_person.iter().any(|w| lower.contains(w.as_str()))
    }

    /// The name without a rank or title before it ("Sgt. James Carter" is "James
    /// Carter"), when a name follows it.
    pub fn without_title<'a>(&self, name: &'a str) -> &'a str {
        let name = name.trim();
        match name.split_once(char::is_whitespace) {
            Some((first, rest)) if !rest.trim().is_empty() => {
                let word = first.strip_suffix('.').unwrap_or(first).to_lowercase();
                if self.honorific.contains(&word) {
                    rest.trim_start()
                } else {
                    name
                }
            }
            _ => name,
        }
    }

    /// Whether a notification (its title and text) says someone new reached the user.
    pub fn someone_new(&self, title: Option<&str>, text: &str) -> bool {
        if title.is_some_and(is_bare_number) {
            return true;
        }
        // Announcements are short; a long text is a conversation, not one.
        if text.len() > 160 {
            return false;
        }
        let lower = text.to_ascii_lowercase();
        self.new_contact.iter().chain(&self.opener).chain(&self.stray).any(|w| lower.contains(w.as_str()))
    }

    /// The names of whom the user just met online: the sender of a stranger's
    /// opener (the notification's title), or the newcomer an app's notice names,
    /// before its phrase ("Huang Ping sent you a friend request") or after a colon
    /// ("You have a new match: Daniel"). A notice's title is the app's own voice
    /// ("Facebook", "微信", "Tinder"), so it is never kept. Not a bare number: a
    /// number with no contact is as often the plumber or a seller as a stranger met
    /// online, and it is not how romance and investment scams begin; but a bare
    /// number whose opener names its sender ("It's Richard, easier to talk here",
    /// the match moving from the dating site to WhatsApp) is that person.
    pub fn met_online<'a>(&self, title: Option<&'a str>, text: &'a str) -> Vec<&'a str> {
        if text.len() > 160 {
            return Vec::new();
        }
        let lower = text.to_ascii_lowercase();
        let bare = title.is_some_and(is_bare_number);
        // An app's notice that names the newcomer comes first: its title is the
        // app's ("Instagram"), even when the message it quotes is an opener
        // ("emily.rose wants to send you a message: Hello, I like your profile").
        if !bare {
            let named = self.newcomer_named(text, &lower);
            if !named.is_empty() {
                return named;
            }
        }
        if self.has_opener(&lower) {
            // The opener's own name too: a handle ("kevin.lim.sg") that says "I am
            // Kevin" writes as "Kevin" once saved, wherever the talk moves.
            // A notice that writes its sender before a colon names them, whatever
            // the title (an app's own, "TikTok"; a group's, "野球群(12)").
            let named = sender_before_colon(text).or(title.filter(|t| !bare && is_name(t)));
            let own = self_introduced(text).filter(|n| named.map_or(true, |t| !t.eq_ignore_ascii_case(n)));
            return named.into_iter().chain(own).collect();
        }
        Vec::new()
    }

    /// Whether `lower` (ASCII-folded) holds a stranger's opener (the `opener` section).
    fn has_opener(&self, lower: &str) -> bool {
        self.opener.iter().any(|w| lower.contains(w.as_str()))
    }

    /// The newcomer an app's notice names, before its phrase ("Huang Ping sent you
    /// a friend request") or after a colon ("You have a new match: Daniel").
    fn newcomer_named<'a>(&self, text: &'a str, lower: &str) -> Vec<&'a str> {
        // The earliest phrase, the longest of those starting there ("added you to
        // a group", not "added you").
        let found = self
            .new_contact
            .iter()
            .filter_map(|w| lower.find(w.as_str()).map(|at| (at, std::cmp::Reverse(at + w.len()))))
            .min();
        let Some((at, std::cmp::Reverse(end))) = found else {
            return Vec::new();
        };
        // `lower` folds ASCII only, so its byte offsets are the text's.
        let bare = |s: &'a str| s.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
        let before = bare(text[..at].lines().last().unwrap_or_default());
        let after =
            text[end..].trim_start().strip_prefix([':', '：']).and_then(|a| a.lines().next()).map(bare);
        [Some(before), after].into_iter().flatten().find(|n| is_name(n)).into_iter().collect()
    }
}

/// The name a message opens with ("It's Richard, …", "Hi, this is Anna Lee from
/// the forum"): one or two capitalized words after "it's", "this is", "i'm" or "i
/// am" in its first 60 bytes. Also how a text, which has no title, names its
/// sender ("It's Marc, now you have my number").
pub fn self_introduced(text: &str) -> Option<&str> {
    let head = text.get(..text.len().min(60)).unwrap_or(text);
    let lower = head.to_ascii_lowercase();
    let Some(at) = ["it's ", "it\u{2019}s ", "this is ", "i'm ", "i\u{2019}m ", "i am ", "it is "]
        .iter()
        .filter_map(|p| lower.find(p).map(|i| i + p.len()))
        .min()
    else {
        return named_here(head, &lower);
    };
    // `lower` folds ASCII only, so its byte offsets are the text's.
    let rest = text.get(at..)?;
    let mut end = 0;
    let mut from = 0;
    for (n, word) in rest.split(' ').take(2).enumerate() {
        let w = word.trim_end_matches(|c: char| c.is_ascii_punctuation());
        let capital = w.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        if !capital || w.len() < 2 || !w.chars().all(char::is_alphabetic) {
            break;
        }
        end = from + w.len();
        from += word.len() + 1;
        if n == 0 && w.len() != word.len() {
            break; // "Richard," ends the name.
        }
    }
    (end > 0).then(|| &rest[..end])
}

/// "Hi doctor, Sandra here from Facebook": the one capitalized word before " here"
/// at the start of a message or after its greeting's comma.
fn named_here<'a>(head: &'a str, lower: &str) -> Option<&'a str> {
    let at = lower.find(" here")?;
    let before = &head[..at];
    let start = before.rfind([',', ' ']).map_or(0, |i| i + 1);
    // Only at the start or right after the greeting's comma: "Sandra here", "Hi,
    // Sandra here"; not "the weather here".
    if start != 0 && !before[..start].trim_end().ends_with(',') {
        return None;
    }
    let w = before[start..].trim();
    let capital = w.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    (capital && w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic())).then_some(w)
}

/// The sender a notification writes before a colon when its title is the app's
/// ("New message" / "Maj. Richard: Good evening Val"): a dating app's own title.
pub fn sender_before_colon(text: &str) -> Option<&str> {
    let line = text.lines().next()?;
    let (who, _) = line.split_once([':', '\u{ff1a}'])?;
    let mut who = who.trim();
    // A name the app quotes in corner brackets is the name, whatever follows it
    // ("「小雨」给你发来一条消息：你好呀", a Chinese dating site's notice).
    if let Some((_, rest)) = who.split_once('「') {
        who = rest.split_once('」').map_or(who, |(name, _)| name.trim());
    }
    (is_name(who) && !who.bytes().any(|b| b.is_ascii_digit())).then_some(who)
}

/// What can be a person's name as a chat shows it: a letter in it, at most four
/// words and 40 characters, not a phone number.
pub fn is_name(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
        && s.split_whitespace().count() <= 4
        && s.chars().count() <= 40
        && !is_bare_number(s)
}

/// A title that is a phone number: the chat app shows the number because the
/// phone has no contact for it ("+44 7451 2xxxxx", "+65 8xx0 0000").
pub fn is_bare_number(title: &str) -> bool {
    let t = title.trim();
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    t.starts_with('+')
        && digits >= 6
        && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | 'x' | 'X' | '*'))
}

static PHRASES: OnceLock<ChatPhrases> = OnceLock::new();

fn phrases() -> &'static ChatPhrases {
    PHRASES.get_or_init(|| {
        ChatPhrases::parse(crate::builtin::chat_txt()).expect("data/chat.txt is checked at build time")
    })
}

/// [`ChatPhrases::someone_new`] with the built-in phrases.
pub fn someone_new(title: Option<&str>, text: &str) -> bool {
    phrases().someone_new(title, text)
}

/// The sender a dating or social site's page names in its new-message line
/// ("New message from Daniel, 54, IT consultant: 'Hello Jenny, …'"): a site in the
/// browser shows its messages as pages, not notifications. The name must come
/// with its age (the profile's) or with an opener, so a mail's "new message from
/// HMRC" is nobody met online.
pub fn site_message_sender(text: &str) -> Option<&str> {
    if text.len() > 400 {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    const FROM: &str = "new message from ";
    let at = lower.find(FROM)? + FROM.len();
    let rest = &text[at..];
    let end = rest.find([',', ':', '(', '\n', '\'', '\u{2018}']).unwrap_or(rest.len());
    let name = rest[..end].trim();
    let capital = name.chars().next().is_some_and(|c| c.is_uppercase());
    // ", 54," or " (54)": the profile's age beside the name.
    let after = rest[end..].trim_start_matches([',', '(', ' ']);
    let age = after.len() >= 2
        && after.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        && !after.as_bytes().get(2).is_some_and(u8::is_ascii_digit);
    let opener = phrases().has_opener(&lower[at..]);
    (capital && is_name(name) && (age || opener)).then_some(name)
}

/// [`ChatPhrases::met_in_person`] with the built-in phrases.
pub fn met_in_person(text: &str) -> bool {
    phrases().met_in_person(text)
}

/// [`ChatPhrases::met_online`] with the built-in phrases.
pub fn met_online<'a>(title: Option<&'a str>, text: &'a str) -> Vec<&'a str> {
    phrases().met_online(title, text)
}

/// [`ChatPhrases::without_title`] with the built-in phrases: a chat name is kept
/// and looked up without it.
pub fn without_title(name: &str) -> &str {
    phrases().without_title(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_in_corner_brackets_before_the_colon_is_the_sender() {
        assert_eq!(sender_before_colon("「小雨」给你发来一条消息：你好呀"), Some("小雨"));
        assert_eq!(sender_before_colon("Maj. Richard: Good evening Val"), Some("Maj. Richard"));
    }

    #[test]
    fn a_dating_sites_new_message_page_names_its_sender() {
        let page = "New message from Daniel, 54, IT consultant: 'Hello Jenny, your profile made me smile'";
        assert_eq!(site_message_sender(page), Some("Daniel"));
        assert_eq!(site_message_sender("You have a new message from Marco (61): Ciao bella"), Some("Marco"));
        assert_eq!(
            site_message_sender("New message from Rosa: I saw your profile and wanted to say hello"),
            Some("Rosa")
        );
        // A mail's or a service's notice: no age, no opener.
        assert_eq!(site_message_sender("New message from HMRC: your tax account has been updated"), None);
        assert_eq!(site_message_sender("New message from your landlord: rent is due on the 1st"), None);
    }

    #[test]
    fn requests_matches_invitations_and_unsaved_numbers_are_someone_new() {
        assert!(someone_new(Some("微信"), "陈某某 请求添加你为朋友"));
        assert!(someone_new(Some("LINE"), "阿誠 已將您加入好友"));
        assert!(someone_new(Some("Tinder"), "You have a new match: Daniel"));
        assert!(someone_new(None, "老荣邀请你加入了群聊“项目对接”"));
        assert!(someone_new(Some("+65 8xx0 0000"), "Hi! Pay $300 refundable deposit"));
        assert!(someone_new(Some("+44 7451 200123"), "Hi Emma it's John from the dating site"));
        // The "wrong number" opener of investment and romance scams.
        assert!(someone_new(Some("Vivian"), "唔好意思，原來我搵錯人，打擾晒"));
        assert!(someone_new(Some("Amy"), "Sorry, wrong number! I'm Amy by the way"));
    }

    #[test]
    fn ordinary_chat_is_not() {
        assert!(!someone_new(Some("Mum"), "Dinner at 7?"));
        assert!(!someone_new(Some("项目对接"), "陈总: 小陈在办公室吗?"));
        assert!(!someone_new(Some("+1 (555)"), "short code title")); // too few digits
        assert!(!someone_new(Some("Team +1"), "see you"));
        assert!(!someone_new(None, &"friend request ".repeat(100))); // not an announcement
    }

    #[test]
    fn who_was_met_online_is_the_newcomer_named_or_the_openers_sender() {
        // The app's notice names the newcomer; its own title is never kept.
        assert_eq!(met_online(Some("Facebook"), "Huang Ping sent you a friend request"), ["Huang Ping"]);
        assert_eq!(met_online(Some("Tinder"), "You have a new match: Daniel"), ["Daniel"]);
        assert_eq!(met_online(Some("微信"), "陈某某 请求添加你为朋友"), ["陈某某"]);
        assert_eq!(met_online(Some("WhatsApp"), "Group chat\nAnna Lin added you to a group"), ["Anna Lin"]);
        assert!(met_online(Some("Tinder"), "It's a match! You have a new match").is_empty());
        assert!(met_online(Some("微信"), "请求添加你为朋友").is_empty());
        // Boilerplate or a number is no name.
        assert!(met_online(Some("WhatsApp"), "+44 7700 900123 added you").is_empty());
        assert!(met_online(Some("Hinge"), "Look who is new here and wants to connect with you").is_empty());
        // A stranger's opener comes from the title, whatever the text starts with.
        assert_eq!(met_online(Some("Amy"), "Sorry, wrong number! I'm Amy by the way"), ["Amy"]);
        assert_eq!(
            met_online(
                Some("kevin.lim.sg"),
                "Hi, I hope you don't mind me messaging. I am Kevin, a businessman"
            ),
            ["kevin.lim.sg", "Kevin"]
        );
        assert_eq!(met_online(Some("Bill Cole"), "Hi Mary, saw your profile"), ["Bill Cole"]);
        // "Sandra here from Facebook": the name before "here", only at the start.
        assert_eq!(met_online(Some("+44 7700 900318"), "Hi doctor, Sandra here from Facebook"), ["Sandra"]);
        assert_eq!(named_here("Sandra here", "sandra here"), Some("Sandra"));
        assert_eq!(named_here("The weather here is", "the weather here is"), None);
        // A matrimonial site's match moving to a chat app.
        assert_eq!(
            met_online(Some("+31 6 0000 4418"), "Hello, this is Ananya from the matrimonial site"),
            ["Ananya"]
        );
        // The sender before the colon, not the app's or the group's title.
        assert_eq!(met_online(Some("TikTok"), "james_walker: can we talk on WhatsApp?"), ["james_walker"]);
        // A stranger whose request was accepted, one who mistook the user for
        // someone else, and a message request.
        assert_eq!(
            met_online(Some("Captain Mark"), "Hello Patricia, thank you for accepting. I am at sea"),
            ["Captain Mark"]
        );
        assert_eq!(
            met_online(Some("Amy Chen"), "Oh, I'm sorry! I thought you were my friend Amy's brother"),
            ["Amy Chen"]
        );
        assert_eq!(
            met_online(
                Some("Instagram"),
                "emily.rose.uk wants to send you a message: Hello, I like your profile"
            ),
            ["emily.rose.uk"]
        );
        // Someone new, but not met online: a friend's slip, a number with no contact.
        assert!(someone_new(Some("Kate"), "哈哈发错人了"));
        assert!(met_online(Some("Kate"), "哈哈发错人了").is_empty());
        assert!(met_online(Some("+44 7451 200123"), "Hi, sorry wrong number").is_empty());
        assert!(met_online(Some("Mum"), "Dinner at 7?").is_empty());
    }

    #[test]
    fn a_bare_numbers_opener_that_names_its_sender_is_that_person() {
        let wa = Some("+44 7700 900561");
        assert_eq!(
            met_online(wa, "It's Richard, easier to talk here, the signal on base is poor"),
            ["Richard"]
        );
        assert_eq!(met_online(wa, "Hi, this is Anna Lee from the dating site!"), ["Anna Lee"]);
        assert_eq!(met_online(wa, "Sorry wrong number. I'm Amy by the way"), ["Amy"]);
        // No name, a name that is not one, or no opener: nobody.
        assert!(met_online(wa, "Hi, sorry wrong number").is_empty());
        assert!(met_online(wa, "it's me, easier to talk here").is_empty());
        assert!(met_online(wa, "It's Dave the plumber, running 10 min late").is_empty());
    }

    #[test]
    fn a_sender_before_a_colon_is_read_when_it_is_a_name() {
        assert_eq!(sender_before_colon("Maj. Richard: Good evening Val"), Some("Maj. Richard"));
        assert_eq!(sender_before_colon("Daniel：你好"), Some("Daniel"));
        assert_eq!(sender_before_colon("Your match is waiting"), None);
        assert_eq!(sender_before_colon("+44 7700 900123: hi"), None);
        assert_eq!(sender_before_colon("Reminder for your 3:30 date with someone special today"), None);
    }

    #[test]
    fn a_rank_or_title_before_a_name_is_dropped_when_a_name_follows() {
        assert_eq!(without_title("Sgt. James Carter"), "James Carter");
        assert_eq!(without_title("Dr Li Wei"), "Li Wei");
        assert_eq!(without_title("CAPTAIN  Rob Hale"), "Rob Hale");
        // A title alone, or a name that only starts like one, stays as it is.
        assert_eq!(without_title("Major"), "Major");
        assert_eq!(without_title("Drew Hall"), "Drew Hall");
        assert!(ChatPhrases::parse(
            "[new_contact]\na\n[opener]\nb\n[stray]\nc\n[honorific]\ndr.\n[met_in_person]\nx\n"
        )
        .unwrap_err()
        .contains("one word"));
    }

    #[test]
    fn the_phrases_are_checked() {
        assert!(ChatPhrases::parse("[new_contact]\n").is_err());
        assert!(ChatPhrases::parse("[new_contact]\nfriend request\n").is_err()); // no openers
        let overlapping =
            "[new_contact]\nadded you\n[opener]\nsorry\n[stray]\nsorry, wrong\n[honorific]\nmr\n[met_in_person]\nthanks for coming\n";
        assert!(ChatPhrases::parse(overlapping).unwrap_err().contains("overlaps"));
        assert!(ChatPhrases::parse("[new_contact]\nFriend Request\n").is_err());
        assert!(ChatPhrases::parse(BUILTIN).is_ok());
    }
}

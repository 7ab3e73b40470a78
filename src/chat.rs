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
}

impl ChatPhrases {
    /// Parses and checks the phrases (`src/phrases.rs`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut lists = crate::phrases::parse("data/chat.txt", text, &["new_contact", "opener"])?;
        let opener = lists.pop().unwrap_or_default();
        Ok(ChatPhrases { new_contact: lists.pop().unwrap_or_default(), opener })
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
        self.new_contact.iter().chain(&self.opener).any(|w| lower.contains(w.as_str()))
    }

    /// Who the user just met online, as name tags ([`name_tags`]): the sender of a
    /// stranger's opener (the notification's title), or the newcomer an app's notice
    /// names, before its phrase ("Huang Ping sent you a friend request") or after it
    /// ("You have a new match: Daniel"), else its title. The notice's title is the
    /// app's own voice ("Facebook", "微信") when the text names someone, so it is not
    /// kept then. Not a bare number: a number with no contact is as often the
    /// plumber or a seller as a stranger met online, and it is not how romance and
    /// investment scams begin.
    pub fn met_online(&self, title: Option<&str>, text: &str) -> Vec<u32> {
        if title.is_some_and(is_bare_number) || text.len() > 160 {
            return Vec::new();
        }
        let lower = text.to_ascii_lowercase();
        let title = title.map(name_tags).unwrap_or_default();
        if self.opener.iter().any(|w| lower.contains(w.as_str())) {
            return title;
        }
        let found =
            self.new_contact.iter().filter_map(|w| lower.find(w.as_str()).map(|at| (at, at + w.len()))).min();
        let Some((at, end)) = found else {
            return Vec::new();
        };
        // `lower` folds ASCII only, so its byte offsets are the text's.
        let bare =
            |s: &str| s.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation()).to_string();
        let after = text[end..].lines().next().unwrap_or_default();
        let named = [bare(&text[..at]), bare(after)].into_iter().find(|n| name_tag(n).is_some());
        named.map_or(title, |n| name_tags(&n))
    }
}

/// Bits kept of a name's hash: as with phone numbers (`numbers::number_tag`), a
/// tag matches a later message from the same name but cannot be turned back into it.
const NAME_TAG_BITS: u32 = 20;

/// The tag of a chat name ("Bill", "Huang Ping"): FNV-1a of its lowercased words,
/// cut to `NAME_TAG_BITS`. `None` for an empty name or one too long to be a name.
pub fn name_tag(name: &str) -> Option<u32> {
    let words = name.split_whitespace().collect::<Vec<_>>();
    if words.is_empty() || name.chars().count() > 40 {
        return None;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, w) in words.iter().enumerate() {
        for b in w.to_lowercase().bytes().chain((i + 1 < words.len()).then_some(b' ')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    Some((h >> (64 - NAME_TAG_BITS)) as u32)
}

/// The tags a name is known by: the whole name, and its first word alone when it
/// has more ("Anna Lin" on Messenger writes as "Anna" on WhatsApp).
pub fn name_tags(name: &str) -> Vec<u32> {
    let first = name.split_whitespace().next().filter(|f| f.len() < name.trim().len());
    [Some(name), first].into_iter().flatten().filter_map(name_tag).collect()
}

/// Whether `tag` could be a [`name_tag`]: snapshots are checked.
pub fn is_name_tag(tag: u32) -> bool {
    tag < (1 << NAME_TAG_BITS)
}

/// A title that is a phone number: the chat app shows the number because the
/// phone has no contact for it ("+44 7451 2xxxxx", "+65 8xx0 0000").
fn is_bare_number(title: &str) -> bool {
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

/// [`ChatPhrases::met_online`] with the built-in phrases.
pub fn met_online(title: Option<&str>, text: &str) -> Vec<u32> {
    phrases().met_online(title, text)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn who_was_met_online_is_kept_as_tags_of_the_newcomer_named() {
        let tag = |n| name_tag(n).unwrap();
        // The app's notice names the newcomer; its own title is not kept.
        assert_eq!(
            met_online(Some("Facebook"), "Huang Ping sent you a friend request"),
            [tag("Huang  Ping"), tag("huang")]
        );
        assert_eq!(met_online(Some("Tinder"), "You have a new match: Daniel"), [tag("daniel")]);
        assert_eq!(met_online(Some("微信"), "陈某某 请求添加你为朋友"), [tag("陈某某")]);
        // A stranger's opener comes from the title, whatever the text starts with.
        assert_eq!(met_online(Some("Amy"), "Sorry, wrong number! I'm Amy by the way"), [tag("AMY")]);
        assert_eq!(
            met_online(Some("Bill Cole"), "Hi Mary, saw your profile"),
            [tag("bill cole"), tag("bill")]
        );
        // A notice with no name in it: the title is who it is about.
        assert_eq!(met_online(Some("陈某某"), "请求添加你为朋友"), [tag("陈某某")]);
        // A number with no contact is not someone met online; ordinary chat meets no one.
        assert!(met_online(Some("+44 7451 200123"), "Hi, sorry wrong number").is_empty());
        assert!(met_online(Some("Mum"), "Dinner at 7?").is_empty());
        assert_ne!(tag("Bill"), tag("Bil l"));
        assert!(name_tag(" ").is_none() && name_tag(&"x".repeat(41)).is_none());
        assert!(is_name_tag(tag("Bill")) && !is_name_tag(1 << NAME_TAG_BITS));
    }

    #[test]
    fn the_phrases_are_checked() {
        assert!(ChatPhrases::parse("[new_contact]\n").is_err());
        assert!(ChatPhrases::parse("[new_contact]\nfriend request\n").is_err()); // no openers
        assert!(ChatPhrases::parse("[new_contact]\nFriend Request\n").is_err());
        assert!(ChatPhrases::parse(BUILTIN).is_ok());
    }
}

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

/// How chat apps announce someone new.
#[derive(Debug, Clone)]
pub struct ChatPhrases {
    new_contact: Vec<String>,
}

impl ChatPhrases {
    /// Parses and checks the phrases (`src/phrases.rs`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut lists = crate::phrases::parse("data/chat.txt", text, &["new_contact"])?;
        Ok(ChatPhrases { new_contact: lists.pop().unwrap_or_default() })
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
        self.new_contact.iter().any(|w| lower.contains(w.as_str()))
    }
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

/// [`ChatPhrases::someone_new`] with the built-in phrases.
pub fn someone_new(title: Option<&str>, text: &str) -> bool {
    PHRASES
        .get_or_init(|| {
            ChatPhrases::parse(crate::builtin::chat_txt()).expect("data/chat.txt is checked at build time")
        })
        .someone_new(title, text)
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
    fn the_phrases_are_checked() {
        assert!(ChatPhrases::parse("[new_contact]\n").is_err());
        assert!(ChatPhrases::parse("[new_contact]\nFriend Request\n").is_err());
        assert!(ChatPhrases::parse(BUILTIN).is_ok());
    }
}

//! Turns a decision into the warning a person reads: the pattern's title and
//! message, the evidence that weighed most (strongest first, the event that
//! triggered it at the top), and what to do, in the engine's language.

use crate::catalog::Catalog;
use crate::decision::Decision;
use crate::episode::{Episode, Fact, WordSource};
use crate::event::Millis;
use crate::kinds::{Lang, Stage};
use crate::messages::{fill, Messages};
use crate::model::Model;
use crate::state::DeviceState;
use crate::warning::Warning;

/// At most this many evidence lines in one warning.
pub const MAX_EVIDENCE_LINES: usize = 6;

/// What rendering needs to see.
pub struct Explainer<'a> {
    pub model: &'a Model,
    pub messages: &'a Messages,
    pub catalog: &'a Catalog,
    pub state: &'a DeviceState,
    pub lang: Lang,
    /// Region advice for an action key (`report`, `stop_payment`), if the regions have it.
    pub advice: &'a dyn Fn(&str) -> Vec<String>,
}

impl Explainer<'_> {
    /// The warning for a decision; `trigger` is what the event itself showed.
    pub fn warning(
        &self,
        d: &Decision<'_>,
        ep: &Episode,
        trigger: Option<&Fact>,
        t: Millis,
        id: Millis,
    ) -> Warning {
        let lang = self.lang;
        let mut facts: Vec<(&Fact, Millis)> = Vec::with_capacity(MAX_EVIDENCE_LINES);
        if let Some(f) = trigger {
            facts.push((f, t));
        }
        // The strongest sign of each stage first (the call that started it all,
        // the words that set the pretext...), then the rest by weight.
        let ranked = ep.ranked(t, self.model);
        let mut ordered: Vec<&(&crate::episode::Signal, f32)> = Vec::with_capacity(ranked.len());
        for stage in Stage::ALL {
            if let Some(best) = ranked.iter().find(|(s, _)| s.stage == *stage) {
                ordered.push(best);
            }
        }
        crate::small_sort::sort_by(&mut ordered, |a, b| b.1.total_cmp(&a.1));
        for r in &ranked {
            if !ordered.iter().any(|o| std::ptr::eq(*o, r)) {
                ordered.push(r);
            }
        }
        for (s, v) in ordered {
            if facts.len() >= MAX_EVIDENCE_LINES || *v < self.model.episode.drop_below {
                continue;
            }
            if !facts.iter().any(|(f, _)| *f == &s.fact) {
                let at = if matches!(s.fact, Fact::Call { .. }) { s.since } else { s.t };
                facts.push((&s.fact, at));
            }
        }
        let evidence = facts.iter().map(|(f, at)| self.line(f, *at, t)).collect();
        let mut actions: Vec<String> = Vec::new();
        for key in &d.pattern.actions {
            let region = (self.advice)(key);
            let texts = if region.is_empty() {
                self.model.actions.get(key).map(|a| vec![a.get(lang).to_string()]).unwrap_or_default()
            } else {
                region
            };
            for text in texts {
                if !actions.contains(&text) {
                    actions.push(text);
                }
            }
        }
        Warning {
            t,
            level: d.level,
            rule: d.pattern.id.clone(),
            title: d.pattern.title.get(lang).to_string(),
            message: d.pattern.message.get(lang).to_string(),
            evidence,
            actions,
            lang,
            episode: id,
        }
    }

    fn word(&self, key: &str) -> String {
        self.messages.word(key, self.lang)
    }

    /// One evidence line, relative to `now`.
    pub fn line(&self, fact: &Fact, at: Millis, now: Millis) -> String {
        let secs = now.saturating_sub(at) / 1000;
        let ago = if secs < 60 {
            self.word("just_now")
        } else if secs < 3600 {
            fill(&self.word("minutes_ago"), &[("n", &(secs / 60).to_string())])
        } else {
            fill(&self.word("hours_ago"), &[("n", &(secs / 3600).to_string())])
        };
        let app = |p: &Option<String>| self.app_name(p.as_deref());
        let (key, args): (&str, Vec<(&str, String)>) = match fact {
            Fact::Call { peer, channel, since, key } => {
                let mut peer_word = self.word(&format!("peer_{peer}"));
                if self.state.call.as_ref().is_some_and(|c| c.since == *since) {
                    peer_word.push_str(&self.word("ongoing"));
                }
                (key, vec![("peer", peer_word), ("channel", self.word(&format!("channel_{channel}")))])
            }
            Fact::Voip => ("voip_call", vec![]),
            Fact::ContactAdded => ("contact_added", vec![]),
            Fact::Words { source, word } => {
                let source = match source {
                    WordSource::Sms => "source_sms",
                    WordSource::Notification => "source_notification",
                    WordSource::Screen => "source_screen",
                };
                ("scam_words", vec![("source", self.word(source)), ("word", word.clone())])
            }
            Fact::App { key, package, installer } => {
                let installer = match installer {
                    Some(i) => self.label(i),
                    None => self.word("unknown_installer"),
                };
                (key, vec![("app", app(package)), ("installer", installer)])
            }
            Fact::Setting { key } => (key, vec![]),
            Fact::Platform { kind } => ("platform_risk", vec![("kind", self.word(&format!("risk_{kind}")))]),
            Fact::Prompt { kind, package, .. } => (
                "payment_prompt",
                vec![("app", app(package)), ("kind", self.word(&format!("prompt_{kind}")))],
            ),
            Fact::Amount { package, amount } => {
                ("amount", vec![("app", self.label(package)), ("amount", amount.to_string())])
            }
            Fact::Transfer { package, amount, payee_new } => {
                let payee = if *payee_new { self.word("payee_new") } else { String::new() };
                ("transfer", vec![("app", app(package)), ("amount", amount.to_string()), ("payee", payee)])
            }
            Fact::Credentials { package } => ("credentials", vec![("app", self.label(package))]),
            Fact::MoneyOut { package } => ("money_out", vec![("app", app(package))]),
        };
        let mut all: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        all.push(("ago", &ago));
        self.messages.evidence(key, self.lang, &all)
    }

    /// `label`, or "an unknown app" when the observer could not tell which app it was.
    pub fn app_name(&self, package: Option<&str>) -> String {
        match package {
            Some(p) => self.label(p),
            None => self.word("unknown_app"),
        }
    }

    /// A person's name for an app: the catalog's label, the label it was
    /// installed with, or else its package name.
    pub fn label(&self, package: &str) -> String {
        label(self.catalog, self.state, self.lang, package)
    }
}

/// See [`Explainer::label`].
pub fn label(catalog: &Catalog, state: &DeviceState, lang: Lang, package: &str) -> String {
    if let Some(info) = catalog.get(package) {
        let l = match lang {
            Lang::ZhCn | Lang::ZhHk => info.label_zh(),
            Lang::En => info.label_en(),
        };
        if !l.is_empty() {
            return l.to_string();
        }
    }
    if let Some(label) = state.install_of(package).and_then(|i| i.label.as_ref()) {
        return label.clone();
    }
    package.to_string()
}

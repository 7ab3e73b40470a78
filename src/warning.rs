//! What the engine says: warnings, and verdicts for bank apps.

use crate::event::Millis;
pub use crate::kinds::{Lang, Level};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// One warning, with the evidence that led to it and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Time of the event that raised it.
    pub t: Millis,
    pub level: Level,
    /// Stable id of the rule that fired.
    pub rule: String,
    pub title: String,
    pub message: String,
    /// Short human-readable lines; never raw phone numbers or typed text (amounts may appear).
    pub evidence: Vec<String>,
    /// What the user should do.
    pub actions: Vec<String>,
    pub lang: Lang,
    /// Identifies the scam episode (the time it began), so a UI can update one
    /// warning screen instead of stacking several.
    pub episode: Millis,
}

impl Serialize for Warning {
    /// Exactly the fields of the spec's warning object, in its order.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(8))?;
        m.serialize_entry("t", &self.t)?;
        m.serialize_entry("level", &self.level)?;
        m.serialize_entry("rule", &self.rule)?;
        m.serialize_entry("title", &self.title)?;
        m.serialize_entry("message", &self.message)?;
        m.serialize_entry("evidence", &self.evidence)?;
        m.serialize_entry("actions", &self.actions)?;
        m.serialize_entry("lang", &self.lang)?;
        m.end()
    }
}

impl Warning {
    /// The spec's JSON line.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// What a bank app should do with a transfer the user is about to confirm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Nothing (or only a caution) points at a scam.
    Proceed,
    /// Show the warning and let the user confirm deliberately.
    Confirm,
    /// Money is about to go to a scammer: hold the transfer, make the user wait.
    Stop,
}

/// The answer to "is it safe to confirm this transfer?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub decision: Decision,
    /// The highest level among the warnings, `None` when nothing matched.
    pub level: Option<Level>,
    /// One line per matching rule (its title), most severe first.
    pub reasons: Vec<String>,
    /// The full warnings behind the reasons.
    pub warnings: Vec<Warning>,
}

impl Assessment {
    pub fn from_warnings(mut warnings: Vec<Warning>) -> Assessment {
        crate::small_sort::sort_by_key(&mut warnings, |w| std::cmp::Reverse(w.level));
        let level = warnings.first().map(|w| w.level);
        let decision = match level {
            None | Some(Level::Caution) => Decision::Proceed,
            Some(Level::Danger) => Decision::Confirm,
            Some(Level::Critical) => Decision::Stop,
        };
        let reasons = warnings.iter().map(|w| w.title.clone()).collect();
        Assessment { decision, level, reasons, warnings }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(level: Level, rule: &str) -> Warning {
        Warning {
            t: 1,
            level,
            rule: rule.into(),
            title: format!("title of {rule}"),
            message: String::new(),
            evidence: vec!["e".into()],
            actions: vec!["a".into()],
            lang: Lang::En,
            episode: 0,
        }
    }

    #[test]
    fn verdicts_follow_the_highest_level() {
        assert_eq!(Assessment::from_warnings(vec![]).decision, Decision::Proceed);
        assert_eq!(Assessment::from_warnings(vec![w(Level::Caution, "c")]).decision, Decision::Proceed);
        let a = Assessment::from_warnings(vec![w(Level::Danger, "d"), w(Level::Critical, "x")]);
        assert_eq!(a.decision, Decision::Stop);
        assert_eq!(a.level, Some(Level::Critical));
        assert_eq!(a.reasons, ["title of x", "title of d"], "most severe first");
        let a = Assessment::from_warnings(vec![w(Level::Caution, "c"), w(Level::Danger, "d")]);
        assert_eq!(a.decision, Decision::Confirm);
    }

    #[test]
    fn json_has_the_spec_fields_in_order() {
        let json = w(Level::Danger, "r").to_json();
        assert_eq!(
            json,
            r#"{"t":1,"level":"danger","rule":"r","title":"title of r","message":"","evidence":["e"],"actions":["a"],"lang":"en"}"#
        );
    }
}

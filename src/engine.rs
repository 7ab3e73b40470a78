//! The engine: feeds events into the device state, evaluates the rules, and
//! returns warnings. Single-threaded by design (`&mut self`); the JNI layer
//! wraps it in a mutex.

use crate::amount::Money;
use crate::error::Error;
use crate::event::{Event, EventKind, Millis};
use crate::kinds::{Category, Lang};
use crate::warning::{Assessment, Warning};

/// The detection engine. `Send`, not `Sync`: share it behind a mutex.
pub struct Engine {
    lang: Lang,
    last_t: Option<Millis>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    /// The built-in rule pack and app catalog, warnings in zh-CN.
    pub fn new() -> Engine {
        Engine { lang: Lang::ZhCn, last_t: None }
    }

    /// A given rule pack (JSON) instead of the built-in one.
    pub fn with_rule_pack(json: &str) -> Result<Engine, Error> {
        let mut e = Engine::new();
        e.load_rules(json)?;
        Ok(e)
    }

    /// Replaces the rules. On error the previous rules stay in force.
    pub fn load_rules(&mut self, _json: &str) -> Result<(), Error> {
        Ok(())
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Adds (or extends) a catalog entry at run time.
    pub fn add_app(&mut self, _package: &str, _category: Category) {}

    /// Feeds one event; returns the warnings it raised (possibly none).
    pub fn observe(&mut self, event: &Event) -> Result<Vec<Warning>, Error> {
        self.check_time(event.t)?;
        self.last_t = Some(event.t);
        Ok(Vec::new())
    }

    /// For bank apps, before the user confirms a transfer: which rules would a
    /// transfer now trip? Records the attempt (as a money step) and nothing else:
    /// no cooldowns are consumed, so the same warning can still be raised later.
    pub fn assess_transfer(
        &mut self,
        t: Millis,
        package: Option<&str>,
        amount: Money,
        currency: &str,
        payee_new: Option<bool>,
    ) -> Result<Assessment, Error> {
        self.check_time(t)?;
        let _event = Event::new(
            t,
            EventKind::TransferStarted {
                package: package.map(str::to_string),
                amount,
                currency: currency.to_string(),
                payee_new,
                payee: None,
            },
        );
        self.last_t = Some(t);
        Ok(Assessment::from_warnings(Vec::new()))
    }

    fn check_time(&self, t: Millis) -> Result<(), Error> {
        match self.last_t {
            Some(last) if t < last => Err(Error::TimeWentBackwards { last, got: t }),
            _ => Ok(()),
        }
    }
}

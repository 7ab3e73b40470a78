//! The episode: the signals seen recently, each fading with its own half-life,
//! and the risk they add up to now. Chains that span several stages weigh more
//! than the same amount of one kind of sign.

use crate::amount::Amount;
use crate::event::Millis;
use crate::kinds::{Channel, Level, PaymentKind, Peer, RiskKind, Stage};
use crate::model::Model;

/// At most this many live signals; the weakest goes first.
pub const MAX_SIGNALS: usize = 48;
/// At most this many pattern firings remembered per episode.
const MAX_FIRED: usize = 32;

/// What an observation showed, kept to explain a warning (never raw numbers or typed text).
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    Call {
        peer: Peer,
        channel: Channel,
        since: Millis,
        key: &'static str,
    },
    Voip,
    ContactAdded,
    Words {
        source: WordSource,
        word: String,
    },
    App {
        key: &'static str,
        package: Option<String>,
        installer: Option<String>,
    },
    /// A fact told by its evidence key alone: a setting switched on, a one-time
    /// code arriving during a stranger's call.
    Setting {
        key: &'static str,
    },
    Platform {
        kind: RiskKind,
    },
    Prompt {
        kind: PaymentKind,
        package: Option<String>,
        amount: Option<Amount>,
    },
    Amount {
        package: String,
        amount: Amount,
    },
    Transfer {
        package: Option<String>,
        amount: Amount,
        payee_new: bool,
    },
    Credentials {
        package: String,
    },
    MoneyOut {
        package: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordSource {
    Sms,
    Notification,
    Screen,
}

/// Whether a signal holds its full weight while something goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Live {
    No,
    /// While the call is on (its weight grows with the call's length).
    Call,
    /// While the screen share is on.
    Share,
}

/// One signal in the episode.
#[derive(Debug, Clone, PartialEq)]
pub struct Signal {
    pub id: &'static str,
    pub stage: Stage,
    /// Weight at `t` (before fading).
    pub weight: f32,
    pub half_life_ms: f32,
    /// When it was last seen (or, for a live signal, when it stopped).
    pub t: Millis,
    /// When it started (for a call: the call's start).
    pub since: Millis,
    pub live: Live,
    /// The app it is about, so removing the app removes it.
    pub package: Option<String>,
    pub fact: Fact,
    /// Raised with a trusted contact on the line (see `signals`): anchors nothing.
    pub trusted: bool,
}

/// A warning already given in this episode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fired {
    pub pattern: String,
    pub level: Level,
    pub t: Millis,
}

#[derive(Debug, Clone, Default)]
pub struct Episode {
    /// When it began; `None` when nothing is going on.
    pub start: Option<Millis>,
    pub signals: Vec<Signal>,
    pub fired: Vec<Fired>,
    /// The last money-step warning: its level and time.
    pub last_gate: Option<(Level, Millis)>,
}

/// The risk now, and how it is made up.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Risk {
    pub total: f32,
    /// The capped stage scores added up, before the chain factor.
    pub sum: f32,
    /// Per stage, capped, in `Stage::ALL` order.
    pub stages: [f32; 5],
    /// Stages other than money with at least `stage_present` score.
    pub chain: u8,
}

impl Risk {
    pub fn stage(&self, s: Stage) -> f32 {
        self.stages[s as usize]
    }
}

impl Signal {
    /// Its weight at `now`: full while live (a call's grows with its length),
    /// else halving every half-life since it was last seen.
    pub fn value(&self, now: Millis, model: &Model) -> f32 {
        match self.live {
            Live::Call => self.weight * model.calls.length_factor(now.saturating_sub(self.since)),
            Live::Share => self.weight,
            Live::No => {
                let age = now.saturating_sub(self.t) as f32;
                self.weight * (-age / self.half_life_ms).exp2()
            }
        }
    }
}

impl Episode {
    pub fn is_open(&self) -> bool {
        self.start.is_some()
    }

    /// Adds a signal, or refreshes the same one: the stronger weight plus a share of
    /// the weaker (seeing the same sign again is weak evidence).
    pub fn add(&mut self, mut sig: Signal, now: Millis, model: &Model) {
        if self.start.is_none() {
            self.start = Some(now);
        }
        let same = self.signals.iter().position(|s| s.id == sig.id && s.package == sig.package);
        if let Some(i) = same {
            let old = self.signals[i].value(now, model);
            let (hi, lo) = if old > sig.weight { (old, sig.weight) } else { (sig.weight, old) };
            let cap = model.signal(sig.id).map_or(hi, |s| s.weight * 1.5).max(hi);
            sig.weight = (hi + model.scoring.repeat_share * lo).min(cap);
            if self.signals[i].live == Live::Call && sig.live == Live::Call {
                sig.since = self.signals[i].since;
            }
            // Words an institution vouches for do not clear the same words a
            // stranger said before (a broker's "入金" after a mentor's): it stays
            // the stranger's.
            sig.trusted = sig.trusted && self.signals[i].trusted;
            self.signals[i] = sig;
            return;
        }
        if self.signals.len() >= MAX_SIGNALS {
            if let Some((weakest, _)) = self
                .signals
                .iter()
                .enumerate()
                .filter(|(_, s)| s.live == Live::No)
                .min_by(|a, b| a.1.value(now, model).total_cmp(&b.1.value(now, model)))
            {
                self.signals.remove(weakest);
            } else {
                return;
            }
        }
        self.signals.push(sig);
    }

    /// A live call or share ended: its signals start fading from now, a call
    /// keeping the weight its length earned.
    pub fn end_live(&mut self, kind: Live, package: Option<&str>, now: Millis, model: &Model) {
        for s in &mut self.signals {
            if s.live != kind {
                continue;
            }
            if kind == Live::Share && package.is_some() && s.package.as_deref() != package {
                continue;
            }
            if kind == Live::Call {
                s.weight *= model.calls.length_factor(now.saturating_sub(s.since));
            }
            s.live = Live::No;
            s.t = now;
        }
    }

    /// The user spoke with someone they know: the signals among `ids` raised
    /// before `before` are checked, counting `factor` of their weight and
    /// anchoring nothing.
    /// `from` says whether what raised a signal (its fact) is one the call can check.
    pub fn checked(&mut self, ids: &[String], before: Millis, factor: f32, from: impl Fn(&Fact) -> bool) {
        for s in &mut self.signals {
            if !s.trusted && s.t < before && ids.iter().any(|i| i == s.id) && from(&s.fact) {
                s.weight *= factor;
                s.trusted = true;
            }
        }
    }

    /// The user talked with whoever made the request: the claims (`ids`) raised
    /// before `before` keep `factor` of their weight and anchor nothing, and so
    /// does the "someone new" the same message raised (the new number is the
    /// relative's). With `package`, only a claim whose message also announced
    /// someone new in that app (the unsaved number writing in WhatsApp, then a
    /// WhatsApp call): a chat call has no number to match. Whether there was one.
    pub fn claim_talked(
        &mut self,
        ids: &[String],
        before: Millis,
        factor: f32,
        package: Option<&str>,
    ) -> bool {
        let claim = |s: &Signal| s.t < before && ids.iter().any(|i| i == s.id);
        let newcomer = |s: &Signal| s.t < before && s.id == "chat_new_contact";
        let mut times = [0; 4];
        let mut n = 0;
        for s in self.signals.iter().filter(|s| claim(s)) {
            let in_app = package.map_or(true, |p| {
                self.signals.iter().any(|o| newcomer(o) && o.t == s.t && o.package.as_deref() == Some(p))
            });
            if in_app && n < times.len() && !times[..n].contains(&s.t) {
                times[n] = s.t;
                n += 1;
            }
        }
        // The message that made the claim is theirs, all of it ("my bank app's
        // locked", the words beside "Mum it's Callum").
        let words = |s: &Signal| s.t < before && matches!(s.fact, Fact::Words { .. });
        for s in &mut self.signals {
            if (claim(s) || newcomer(s) || words(s)) && times[..n].contains(&s.t) && !s.trusted {
                s.weight *= factor;
                s.trusted = true;
            }
        }
        n > 0
    }

    /// The call on the line turned out to be the bank's own: its live signal
    /// keeps `factor` of its weight and anchors nothing (earlier calls keep theirs).
    pub fn live_call_checked(&mut self, factor: f32) {
        for s in &mut self.signals {
            // Once: a call checked while on is not checked again at its end.
            if s.live == Live::Call && !s.trusted {
                s.weight *= factor;
                s.trusted = true;
            }
        }
    }

    /// A store remote tool's session visibly ended (the IT desk or a son signing
    /// off): the control it was given stays as history, `factor` of its weight,
    /// so it still ties a payment made soon after ("now open your bank") but not
    /// the owner's own bill the next day. A sideloaded app keeps it all: banking
    /// malware needs no session.
    /// From then on it fades with `episode.signed_off_half_life_min` when that is
    /// shorter than its own (a grant's hours are for a grant someone can still use).
    /// The install, the grant and the share of one session are one session in
    /// history: together they keep `factor` of the strongest of them, shared out
    /// in proportion (a share too small to keep goes at the next pruning). Each
    /// keeping its own share of itself, three of them still made a control stage
    /// an hour later, beside the next stranger's call (the school's IT vendor,
    /// then a shop ringing about a bill).
    pub fn signed_off(&mut self, package: &str, now: Millis, model: &Model) {
        let e = &model.episode;
        let half_life = e.signed_off_half_life_min.map_or(f32::INFINITY, |m| m * 60_000.0);
        let of_session = |s: &Signal| {
            s.stage == Stage::Control && s.live == Live::No && s.package.as_deref() == Some(package)
        };
        let (mut total, mut strongest) = (0.0f32, 0.0f32);
        for s in self.signals.iter().filter(|s| of_session(s)) {
            let v = s.value(now, model);
            total += v;
            strongest = strongest.max(v);
        }
        if total <= 0.0 {
            return;
        }
        let scale = e.signed_off_factor * strongest / total;
        for s in self.signals.iter_mut().filter(|s| of_session(s)) {
            s.weight = s.value(now, model) * scale;
            s.t = now;
            s.half_life_ms = s.half_life_ms.min(half_life);
        }
    }

    /// Whether someone else is behind the episode now: a stage of
    /// `anchors.stages` (a stranger, scam talk) present among untrusted signals.
    pub fn someone_behind(&self, now: Millis, model: &Model) -> bool {
        let risk = self.risk_of(now, model, |s| !s.trusted);
        model.anchors.stages.iter().any(|s| risk.stage(*s) >= model.scoring.stage_present)
    }

    /// The app is gone: what it could do goes with it.
    pub fn app_removed(&mut self, package: &str) {
        self.signals.retain(|s| s.package.as_deref() != Some(package) || s.stage != Stage::Control);
    }

    /// Whether a remote-support tool (or an app from outside any store) is
    /// sharing the screen now, with no trusted voice on the line when it began.
    pub fn remote_share_live(&self) -> bool {
        self.signals.iter().any(|s| s.id == "share_remote" && s.live == Live::Share && !s.trusted)
    }

    /// Whether someone untrusted had reached the user, or scam talk had begun,
    /// by `at`: an app installed after that may be the one they sent the user to.
    pub fn steered_by(&self, at: Millis) -> bool {
        self.signals
            .iter()
            .any(|s| !s.trusted && matches!(s.stage, Stage::Contact | Stage::Pretext) && s.since <= at)
    }

    /// Whether, by `at`, a message (an SMS or a notification, not a page the user
    /// read) had pitched returns or paid tasks, and nobody checked it.
    pub fn pitched_by(&self, at: Millis) -> bool {
        self.signals.iter().any(|s| {
            !s.trusted
                && s.since <= at
                && matches!(s.id, "text_investment" | "text_task")
                && matches!(s.fact, Fact::Words { source: WordSource::Sms | WordSource::Notification, .. })
        })
    }

    pub fn has_live(&self, kind: Live) -> bool {
        self.signals.iter().any(|s| s.live == kind)
    }

    /// Whether an untrusted signal among `ids` still weighs something.
    pub fn has_untrusted<S: AsRef<str>>(&self, ids: &[S], now: Millis, model: &Model) -> bool {
        self.weighs_any(ids, now, model, true)
    }

    /// Untrusted `id` signals raised about `package` that the episode still holds.
    pub fn untrusted_from<'a>(&'a self, id: &'a str, package: &'a str) -> impl Iterator<Item = &'a Signal> {
        self.signals.iter().filter(move |s| !s.trusted && s.id == id && s.package.as_deref() == Some(package))
    }

    /// Whether an untrusted `id` raised about `package` still weighs enough to
    /// count as present (`scoring.stage_present`), not merely not yet forgotten.
    pub fn has_from(&self, id: &str, package: &str, now: Millis, model: &Model) -> bool {
        self.untrusted_from(id, package).any(|s| s.value(now, model) >= model.scoring.stage_present)
    }

    /// Whether a signal among `ids` still weighs something.
    pub fn has_any<S: AsRef<str>>(&self, ids: &[S], now: Millis, model: &Model) -> bool {
        self.weighs_any(ids, now, model, false)
    }

    fn weighs_any<S: AsRef<str>>(&self, ids: &[S], now: Millis, model: &Model, untrusted_only: bool) -> bool {
        self.signals.iter().any(|s| {
            !(untrusted_only && s.trusted)
                && ids.iter().any(|i| i.as_ref() == s.id)
                && s.value(now, model) >= model.episode.drop_below
        })
    }

    pub fn risk(&self, now: Millis, model: &Model) -> Risk {
        self.risk_of(now, model, |_| true)
    }

    /// The risk of the signals `keep` keeps, as if the others were not there: an
    /// ignored lure left out, or only what no call with someone the user knows
    /// checked (what may anchor a chain).
    pub fn risk_of(&self, now: Millis, model: &Model, keep: impl Fn(&Signal) -> bool) -> Risk {
        let mut stages = [0f32; 5];
        for s in self.signals.iter().filter(|s| keep(s)) {
            stages[s.stage as usize] += s.value(now, model);
        }
        for stage in Stage::ALL {
            let i = *stage as usize;
            stages[i] = stages[i].min(model.cap(*stage));
        }
        let chain = Stage::ALL
            .iter()
            .filter(|s| **s != Stage::Money && stages[**s as usize] >= model.scoring.stage_present)
            .count() as u8;
        let sum: f32 = stages.iter().sum();
        let factor = if chain <= 1 {
            model.scoring.single_stage_factor
        } else {
            1.0 + model.scoring.chain_bonus * f32::from(chain - 1)
        };
        Risk { total: sum * factor, sum, stages, chain }
    }

    /// Forgets faded signals; closes the episode when nothing is left going on.
    pub fn prune(&mut self, now: Millis, model: &Model) {
        let drop = model.episode.drop_below;
        self.signals.retain(|s| s.live != Live::No || s.value(now, model) >= drop);
        let live = self.signals.iter().any(|s| s.live != Live::No);
        if !live && self.risk(now, model).total < model.episode.end_below {
            *self = Episode::default();
        }
    }

    /// Signals strongest first, as they weigh now.
    pub fn ranked(&self, now: Millis, model: &Model) -> Vec<(&Signal, f32)> {
        let mut v: Vec<(&Signal, f32)> = self.signals.iter().map(|s| (s, s.value(now, model))).collect();
        crate::small_sort::sort_by(&mut v, |a, b| b.1.total_cmp(&a.1));
        v
    }

    pub fn max_level(&self) -> Option<Level> {
        self.fired.iter().map(|f| f.level).max()
    }

    pub fn last_fired(&self, pattern: &str) -> Option<&Fired> {
        self.fired.iter().rev().find(|f| f.pattern == pattern)
    }

    pub fn record(&mut self, pattern: &str, level: Level, t: Millis) {
        if self.fired.len() >= MAX_FIRED {
            self.fired.remove(0);
        }
        self.fired.push(Fired { pattern: pattern.to_string(), level, t });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn newcomer(t: Millis) -> Signal {
        Signal {
            id: "chat_new_contact",
            stage: Stage::Contact,
            weight: 0.8,
            half_life_ms: 2.0 * 24.0 * 3_600_000.0,
            t,
            since: t,
            live: Live::No,
            package: Some("com.tencent.mm".into()),
            fact: Fact::Setting { key: "chat_new_contact" },
            trusted: false,
        }
    }

    #[test]
    fn someone_new_counts_for_their_app_only_while_present() {
        let engine = crate::Engine::new();
        let model = engine.model();
        let mut ep = Episode::default();
        ep.add(newcomer(0), 0, model);
        let hour = 3_600_000;
        assert!(ep.has_from("chat_new_contact", "com.tencent.mm", hour, model));
        assert!(!ep.has_from("chat_new_contact", "jp.naver.line.android", hour, model));
        // Two days on it still weighs something (0.4) but is no longer present (0.5):
        // a group invitation last weekend does not make today's payments new.
        assert!(ep.has_any(&["chat_new_contact"], 48 * hour, model));
        assert!(!ep.has_from("chat_new_contact", "com.tencent.mm", 48 * hour, model));
    }
}

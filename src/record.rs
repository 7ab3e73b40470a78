//! Evidence a victim can take to the bank: what the engine saw and said in an
//! episode, and what the user chose, with times, hash-chained (SHA-512) so no
//! entry can be changed, dropped or reordered unnoticed, and optionally signed
//! (Ed25519) with a key the embedding app provides. Facts only: the same
//! evidence lines the user saw, never raw numbers or typed text.
//!
//! Verifiable offline: `scamguard evidence verify FILE [--pub HEX]`.

use crate::event::Millis;
use crate::kinds::Level;
use crate::pack::{from_hex, to_hex};
use ed25519_compact::{KeyPair, PublicKey, Seed, Signature};
use serde::{Deserialize, Serialize};

/// At most this many entries per episode; later ones replace the oldest choices
/// and warnings are never dropped beyond it (the record stays bounded).
pub const MAX_ENTRIES: usize = 64;
/// The choices a user can make on a warning.
pub const CHOICES: &[&str] =
    &["dismissed", "cancelled", "proceeded", "called_bank", "ended_call", "stopped_sharing"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub t: Millis,
    /// `warning` or `choice`.
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub level: Option<Level>,
    /// The warning's pattern id, or the choice.
    pub what: String,
    /// The warning's title and evidence lines, as shown.
    #[serde(default)]
    pub lines: Vec<String>,
    /// Hash of the previous entry (hex); the first entry's is the episode's start.
    pub prev: String,
    pub hash: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub episode: Millis,
    pub entries: Vec<Entry>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub public_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sig: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    Malformed,
    BrokenChain(usize),
    BadSignature,
    NotSigned,
    BadKey,
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordError::Malformed => f.write_str("not an evidence record"),
            RecordError::BrokenChain(i) => write!(f, "entry {i} was changed, removed or reordered"),
            RecordError::BadSignature => f.write_str("signature does not verify"),
            RecordError::NotSigned => f.write_str("record is not signed"),
            RecordError::BadKey => f.write_str("key is not a 32-byte Ed25519 key in hex"),
        }
    }
}

fn genesis(episode: Millis) -> String {
    to_hex(&ed25519_compact::sha512::Hash::hash(format!("scamguard-record-v1\n{episode}"))[..32])
}

fn entry_hash(e: &Entry) -> String {
    let mut h = ed25519_compact::sha512::Hash::new();
    let level = e.level.map_or("", |l| l.wire_name());
    h.update(format!("{}\n{}\n{}\n{}\n{}\n", e.prev, e.t, e.kind, level, e.what));
    for l in &e.lines {
        h.update(l.as_bytes());
        h.update(b"\n");
    }
    to_hex(&h.finalize()[..32])
}

impl Record {
    pub fn new(episode: Millis) -> Record {
        Record { episode, ..Record::default() }
    }

    fn push(&mut self, t: Millis, kind: &str, level: Option<Level>, what: &str, lines: Vec<String>) {
        if self.entries.len() >= MAX_ENTRIES {
            return;
        }
        let prev = self.entries.last().map_or_else(|| genesis(self.episode), |e| e.hash.clone());
        let mut e = Entry {
            t,
            kind: kind.to_string(),
            level,
            what: what.to_string(),
            lines,
            prev,
            hash: String::new(),
        };
        e.hash = entry_hash(&e);
        self.entries.push(e);
        self.sig = None;
        self.public_key = None;
    }

    pub fn warning(&mut self, t: Millis, level: Level, rule: &str, title: &str, evidence: &[String]) {
        let mut lines = vec![title.to_string()];
        lines.extend(evidence.iter().cloned());
        self.push(t, "warning", Some(level), rule, lines);
    }

    /// Records the user's choice; `false` if it is not one of [`CHOICES`].
    pub fn choice(&mut self, t: Millis, choice: &str) -> bool {
        if !CHOICES.contains(&choice) {
            return false;
        }
        self.push(t, "choice", None, choice, Vec::new());
        true
    }

    pub fn head(&self) -> String {
        self.entries.last().map_or_else(|| genesis(self.episode), |e| e.hash.clone())
    }

    /// Signs the chain's head with a 32-byte Ed25519 seed (hex).
    pub fn sign(&mut self, seed_hex: &str) -> Result<(), RecordError> {
        let seed = from_hex(seed_hex)
            .and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok())
            .ok_or(RecordError::BadKey)?;
        let kp = KeyPair::from_seed(Seed::new(seed));
        self.sig = Some(to_hex(kp.sk.sign(self.head(), None).as_slice()));
        self.public_key = Some(to_hex(kp.pk.as_slice()));
        Ok(())
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks the chain and, if signed, the signature (against `expected_key` when given).
    pub fn verify(json: &str, expected_key: Option<&str>) -> Result<Record, RecordError> {
        let r: Record = serde_json::from_str(json).map_err(|_| RecordError::Malformed)?;
        let mut prev = genesis(r.episode);
        for (i, e) in r.entries.iter().enumerate() {
            if e.prev != prev || entry_hash(e) != e.hash {
                return Err(RecordError::BrokenChain(i));
            }
            prev = e.hash.clone();
        }
        match (&r.sig, &r.public_key) {
            (Some(sig), Some(pk)) => {
                if expected_key.is_some_and(|k| !k.trim().eq_ignore_ascii_case(pk)) {
                    return Err(RecordError::BadSignature);
                }
                let pk =
                    from_hex(pk).and_then(|b| PublicKey::from_slice(&b).ok()).ok_or(RecordError::BadKey)?;
                let sig = from_hex(sig)
                    .and_then(|b| Signature::from_slice(&b).ok())
                    .ok_or(RecordError::BadSignature)?;
                pk.verify(prev, &sig).map_err(|_| RecordError::BadSignature)?;
            }
            _ if expected_key.is_some() => return Err(RecordError::NotSigned),
            _ => {}
        }
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Record {
        let mut r = Record::new(1000);
        r.warning(2000, Level::Danger, "screen-share-during-stranger-call", "Stop", &["a call".into()]);
        assert!(r.choice(3000, "dismissed"));
        assert!(!r.choice(3000, "anything else"));
        r.warning(4000, Level::Critical, "code-like-amount", "Not a code", &["¥19,999.58".into()]);
        r
    }

    #[test]
    fn a_signed_record_verifies_and_any_change_breaks_it() {
        let mut r = sample();
        let (seed, public) = crate::pack::keypair_from_seed([9; 32]);
        r.sign(&seed).unwrap();
        let json = r.to_json();
        assert_eq!(Record::verify(&json, Some(&public)).unwrap().entries.len(), 3);
        let other = crate::pack::keypair_from_seed([1; 32]).1;
        assert_eq!(Record::verify(&json, Some(&other)), Err(RecordError::BadSignature));
        let changed = json.replace("dismissed", "cancelled");
        assert_eq!(Record::verify(&changed, None), Err(RecordError::BrokenChain(1)));
        let mut dropped = r.clone();
        dropped.entries.remove(1);
        assert_eq!(Record::verify(&dropped.to_json(), None), Err(RecordError::BrokenChain(1)));
        let retimed = json.replace("\"t\": 4000", "\"t\": 4001");
        assert_eq!(Record::verify(&retimed, None), Err(RecordError::BrokenChain(2)));
        let unsigned = sample().to_json();
        assert!(Record::verify(&unsigned, None).is_ok());
        assert_eq!(Record::verify(&unsigned, Some(&public)), Err(RecordError::NotSigned));
    }
}

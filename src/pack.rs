//! Signed model packs: a model a vendor or bank ships after the app, with an
//! Ed25519 signature by a key the embedding app pins, a serial that only goes
//! up (no rollback to a weaker pack), an expiry and a minimum engine version.
//!
//! The envelope is JSON: `{"serial": N, "expires": UNIX_SECONDS, "min_engine":
//! "0.1.0", "model": "<model JSON as a string>", "sig": "<hex>"}`; the signature
//! covers `scamguard-pack-v1\n{serial}\n{expires}\n{min_engine}\n{model}`.

use ed25519_compact::{KeyPair, PublicKey, Seed, Signature};
use serde::{Deserialize, Serialize};

/// Largest signed pack accepted.
pub const MAX_PACK_BYTES: usize = 512 * 1024;
/// At most this many pinned keys.
pub const MAX_KEYS: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    TooLarge,
    Malformed,
    NoTrustedKey,
    BadSignature,
    Expired,
    Rollback,
    EngineTooOld,
    BadKey,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PackError::TooLarge => "signed pack too large",
            PackError::Malformed => "not a signed pack",
            PackError::NoTrustedKey => "no trusted key is pinned",
            PackError::BadSignature => "signature does not verify with a trusted key",
            PackError::Expired => "pack has expired",
            PackError::Rollback => "pack serial is not newer than the pack in force",
            PackError::EngineTooOld => "pack needs a newer engine",
            PackError::BadKey => "key is not a 32-byte Ed25519 key in hex",
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedPack {
    pub serial: u64,
    pub expires: u64,
    pub min_engine: String,
    pub model: String,
    pub sig: String,
}

fn message(p: &SignedPack) -> Vec<u8> {
    format!("scamguard-pack-v1\n{}\n{}\n{}\n{}", p.serial, p.expires, p.min_engine, p.model).into_bytes()
}

pub fn to_hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

pub fn from_hex(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    if s.len() % 2 != 0 || !s.is_ascii() {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok()).collect()
}

/// A public key from its hex form.
pub fn public_key(hex: &str) -> Result<[u8; 32], PackError> {
    from_hex(hex).and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok()).ok_or(PackError::BadKey)
}

/// `major.minor.patch` as a comparable triple.
fn version(v: &str) -> Option<(u32, u32, u32)> {
    let mut it = v.trim().split('.').map(|p| p.parse::<u32>().ok());
    Some((it.next()??, it.next().unwrap_or(Some(0))?, it.next().unwrap_or(Some(0))?))
}

/// Checks a signed pack against the pinned keys, the clock (Unix seconds, from
/// the caller: the engine has no clock of its own), and the serial in force.
/// Returns the model JSON and its serial; the model itself is validated by the caller.
pub fn verify(
    text: &str,
    keys: &[[u8; 32]],
    now_unix: u64,
    serial_in_force: u64,
) -> Result<(String, u64), PackError> {
    if text.len() > MAX_PACK_BYTES {
        return Err(PackError::TooLarge);
    }
    if keys.is_empty() {
        return Err(PackError::NoTrustedKey);
    }
    let p: SignedPack = serde_json::from_str(text).map_err(|_| PackError::Malformed)?;
    let sig = from_hex(&p.sig).and_then(|b| Signature::from_slice(&b).ok()).ok_or(PackError::BadSignature)?;
    let msg = message(&p);
    let ok = keys.iter().any(|k| PublicKey::new(*k).verify(&msg, &sig).is_ok());
    if !ok {
        return Err(PackError::BadSignature);
    }
    if p.expires <= now_unix {
        return Err(PackError::Expired);
    }
    if p.serial <= serial_in_force {
        return Err(PackError::Rollback);
    }
    let need = version(&p.min_engine).ok_or(PackError::Malformed)?;
    let have = version(env!("CARGO_PKG_VERSION")).ok_or(PackError::Malformed)?;
    if need > have {
        return Err(PackError::EngineTooOld);
    }
    Ok((p.model, p.serial))
}

/// A key pair from a 32-byte seed: (secret seed hex, public key hex).
pub fn keypair_from_seed(seed: [u8; 32]) -> (String, String) {
    let kp = KeyPair::from_seed(Seed::new(seed));
    (to_hex(seed.as_slice()), to_hex(kp.pk.as_slice()))
}

/// Signs a model (for the vendor's `scamguard pack sign`).
pub fn sign(
    model: &str,
    seed_hex: &str,
    serial: u64,
    expires: u64,
    min_engine: &str,
) -> Result<String, PackError> {
    let seed =
        from_hex(seed_hex).and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok()).ok_or(PackError::BadKey)?;
    let kp = KeyPair::from_seed(Seed::new(seed));
    let mut p = SignedPack {
        serial,
        expires,
        min_engine: min_engine.to_string(),
        model: model.to_string(),
        sig: String::new(),
    };
    p.sig = to_hex(kp.sk.sign(message(&p), None).as_slice());
    serde_json::to_string(&p).map_err(|_| PackError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> (String, [u8; 32]) {
        let (seed, public) = keypair_from_seed([n; 32]);
        (seed, public_key(&public).unwrap())
    }

    #[test]
    fn a_signed_pack_verifies_and_every_tampering_is_refused() {
        let (seed, pk) = key(7);
        let (_, other) = key(8);
        let signed = sign("{\"m\":1}", &seed, 5, 2_000_000_000, "0.1.0").unwrap();
        assert_eq!(verify(&signed, &[pk], 1_800_000_000, 4).unwrap(), ("{\"m\":1}".to_string(), 5));
        assert_eq!(verify(&signed, &[other], 1_800_000_000, 4), Err(PackError::BadSignature));
        assert_eq!(verify(&signed, &[], 1_800_000_000, 4), Err(PackError::NoTrustedKey));
        assert_eq!(verify(&signed, &[pk], 2_000_000_001, 4), Err(PackError::Expired));
        assert_eq!(verify(&signed, &[pk], 1_800_000_000, 5), Err(PackError::Rollback));
        let tampered = signed.replace("\\\"m\\\":1", "\\\"m\\\":2");
        assert_ne!(tampered, signed);
        assert_eq!(verify(&tampered, &[pk], 1_800_000_000, 4), Err(PackError::BadSignature));
        let reserial = signed.replace("\"serial\":5", "\"serial\":6");
        assert_eq!(verify(&reserial, &[pk], 1_800_000_000, 4), Err(PackError::BadSignature));
        let future = sign("{}", &seed, 9, 2_000_000_000, "99.0.0").unwrap();
        assert_eq!(verify(&future, &[pk], 1_800_000_000, 4), Err(PackError::EngineTooOld));
        assert_eq!(verify("{}", &[pk], 0, 0), Err(PackError::Malformed));
        assert_eq!(public_key("zz"), Err(PackError::BadKey));
    }
}

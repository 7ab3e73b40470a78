//! The bridge's one error type and the one place that maps it to Java exceptions.
//!
//! | error | Java exception |
//! |---|---|
//! | [`BridgeError::Null`] | `NullPointerException` |
//! | [`BridgeError::Arg`] (unknown enum, negative or backwards time, bad amount...) | `IllegalArgumentException` |
//! | [`BridgeError::RulePack`] | `org.scamguard.RulePackException` (checked) |
//! | [`BridgeError::Snapshot`] | `org.scamguard.SnapshotException` (checked) |
//! | [`BridgeError::Closed`] | `IllegalStateException` |
//! | [`BridgeError::Jni`] | the pending Java exception, else `RuntimeException` |
//! | a panic | `AssertionError` with the panic message |
//!
//! Messages name the field and the problem, never the value a caller passed (it may be
//! a phone number, a password typed into an amount field, a package name).

use super::cache;
use super::raw;
use jni::objects::{JObject, JValue};
use jni::refs::IntoAuto as _;
use jni::{jni_str, Env, EnvUnowned, Outcome};
use std::any::Any;
use std::fmt;

/// Everything a native method can fail with.
#[derive(Debug)]
pub(crate) enum BridgeError {
    /// A required argument was null; names it.
    Null(String),
    /// A bad argument; the message says what and why.
    Arg(String),
    /// A rule pack that does not validate.
    RulePack(String),
    /// A snapshot that cannot be restored (the engine keeps its state).
    Snapshot(String),
    /// A zero handle (the Java side prevents this; defensive).
    Closed,
    /// A JNI call failed (usually: a Java exception is pending).
    Jni(jni::errors::Error),
}

impl fmt::Display for BridgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BridgeError::Null(what) => write!(f, "{what} is null"),
            BridgeError::Arg(m) | BridgeError::RulePack(m) | BridgeError::Snapshot(m) => f.write_str(m),
            BridgeError::Closed => f.write_str("ScamGuard is closed"),
            BridgeError::Jni(e) => write!(f, "JNI failure: {e}"),
        }
    }
}

impl std::error::Error for BridgeError {}

impl From<jni::errors::Error> for BridgeError {
    fn from(e: jni::errors::Error) -> Self {
        BridgeError::Jni(e)
    }
}

impl From<crate::Error> for BridgeError {
    fn from(e: crate::Error) -> Self {
        match e {
            crate::Error::RulePack(m) => BridgeError::RulePack(m),
            // The snapshot error names the kind of problem only (never snapshot content).
            e @ crate::Error::Snapshot(_) => BridgeError::Snapshot(e.to_string()),
            other => BridgeError::Arg(other.to_string()),
        }
    }
}

impl BridgeError {
    /// A core error whose message must not repeat anything the caller passed (the core
    /// names fields, but a message may still quote a value, e.g. a rejected package name):
    /// every input of 4 or more characters found in it, or any tab- or line-separated
    /// part of one, reads `<value>`.
    #[cold]
    pub(crate) fn core(e: crate::Error, inputs: &[&str]) -> BridgeError {
        match BridgeError::from(e) {
            BridgeError::Arg(m) => BridgeError::Arg(redact(m, inputs)),
            other => other,
        }
    }
}

/// `m` with every caller input (and every tab/line-separated part of one) replaced.
pub(crate) fn redact(mut m: String, inputs: &[&str]) -> String {
    for v in inputs {
        for part in std::iter::once(*v).chain(v.split(['\t', '\n', '\r'])) {
            let part = part.trim();
            if part.chars().count() >= 4 && m.contains(part) {
                m = m.replace(part, "<value>");
            }
        }
    }
    m
}

/// Runs the body of a native method: the cheapest panic-safe entry jni 0.22 offers.
///
/// `with_env` catches panics; `into_outcome` hands the result back without building a
/// second attach guard, so the success path is a match and a return. Errors and panics
/// go to [`fail`], out of line, which throws the one Java exception each maps to and
/// returns the default value (null / 0) to Java.
#[inline(always)]
pub(crate) fn run<'l, T: Default>(
    env: &mut EnvUnowned<'l>,
    f: impl FnOnce(&mut Env<'l>) -> Result<T, BridgeError>,
) -> T {
    match env.with_env(f).into_outcome() {
        Outcome::Ok(v) => v,
        Outcome::Err(e) => {
            fail(env, Failure::Error(e));
            T::default()
        }
        Outcome::Panic(p) => {
            fail(env, Failure::Panic(p));
            T::default()
        }
    }
}

/// What went wrong in a native method.
pub(crate) enum Failure {
    Error(BridgeError),
    Panic(Box<dyn Any + Send + 'static>),
}

/// The cold path of [`run`]: throws the Java exception for `failure`.
#[cold]
#[inline(never)]
pub(crate) fn fail(env: &mut EnvUnowned<'_>, failure: Failure) {
    let thrown = env
        .with_env(|env| -> Result<(), BridgeError> {
            match failure {
                Failure::Error(e) => throw(env, e),
                Failure::Panic(p) => {
                    let msg = panic_message(p);
                    log::error!("panic in scamguard native code");
                    if !env.exception_check() {
                        throw_assertion_error(env, &format!("scamguard panicked: {msg}"));
                    }
                }
            }
            Ok(())
        })
        .into_outcome();
    if !matches!(thrown, Outcome::Ok(())) {
        // Throwing itself failed or panicked: nothing better to do than return the default.
        log::error!("scamguard: could not throw a Java exception");
    }
}

/// The text of a panic payload (`&str` or `String`), or a placeholder.
pub(crate) fn panic_message(payload: Box<dyn Any + Send + 'static>) -> String {
    match payload.downcast::<&'static str>() {
        Ok(s) => (*s).to_string(),
        Err(payload) => match payload.downcast::<String>() {
            Ok(s) => *s,
            Err(payload) => {
                // Dropping an arbitrary payload may itself panic: leak it instead.
                std::mem::forget(payload);
                "non-string panic payload".to_string()
            }
        },
    }
}

/// Throws the Java exception for `err`, unless one is already pending (that one wins).
fn throw(env: &mut Env<'_>, err: BridgeError) {
    if env.exception_check() {
        return;
    }
    let msg = err.to_string();
    let thrown = match (&err, cache::get()) {
        (BridgeError::Null(_), Ok(c)) => raw::throw_new(env, &c.npe, &msg),
        (BridgeError::Arg(_), Ok(c)) => raw::throw_new(env, &c.iae, &msg),
        (BridgeError::RulePack(_), Ok(c)) => raw::throw_new(env, &c.rule_pack_exception, &msg),
        (BridgeError::Snapshot(_), Ok(c)) => raw::throw_new(env, &c.snapshot_exception, &msg),
        (BridgeError::Closed, Ok(c)) => raw::throw_new(env, &c.ise, &msg),
        // Not initialised (cannot happen once JNI_OnLoad succeeded) or a JNI failure:
        // a system class, which FindClass finds from any thread.
        _ => throw_runtime(env, &msg),
    };
    if !thrown {
        log::error!("could not throw the exception for a failed call");
    }
}

/// `RuntimeException(msg)`, the fallback when nothing better can be thrown.
fn throw_runtime(env: &mut Env<'_>, msg: &str) -> bool {
    match raw::find_class(env, jni_str!("java/lang/RuntimeException")) {
        Ok(class) => raw::throw_new(env, &class.auto(), msg),
        Err(_) => env.exception_check(), // FindClass's own error is pending: Java sees that
    }
}

/// `AssertionError` has no `(String)` constructor for `ThrowNew`: build it with
/// `AssertionError(Object)` and throw it.
fn throw_assertion_error(env: &mut Env<'_>, msg: &str) {
    let result = (|| -> Result<bool, BridgeError> {
        let c = cache::get()?;
        let jmsg = raw::new_string(env, msg)?.auto();
        // Safety: the constructor id was looked up on this class with signature (Ljava/lang/Object;)V.
        let obj: JObject = unsafe {
            env.new_object_unchecked(
                &c.assertion_error,
                c.assertion_error_ctor,
                &[JValue::Object(&jmsg).as_jni()],
            )?
        };
        let obj = obj.auto();
        // Safety: an AssertionError is a Throwable.
        Ok(unsafe { raw::throw(env, &obj) })
    })();
    if !matches!(result, Ok(true)) && !env.exception_check() {
        log::error!("could not throw AssertionError");
        throw_runtime(env, msg);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_errors_never_quote_caller_input() {
        let e = crate::Error::InvalidArgument("`13812345678 x` is not an Android package name".into());
        let b = BridgeError::core(e, &["13812345678 x"]);
        assert_eq!(b.to_string(), "invalid argument: `<value>` is not an Android package name");
        let rows = "com.ok\tbank\n6222021234567890123\tbank\n";
        let m = redact("line 2: `6222021234567890123` is not a package".into(), &[rows]);
        assert_eq!(m, "line 2: `<value>` is not a package");
        // Short or absent inputs leave the message alone.
        assert_eq!(redact("line 1: unknown category".into(), &["abc", "zzzzzz"]), "line 1: unknown category");
    }
}

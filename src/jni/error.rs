//! The bridge's one error type and the one place that maps it to Java exceptions.
//!
//! | error | Java exception |
//! |---|---|
//! | [`BridgeError::Null`] | `NullPointerException` |
//! | [`BridgeError::Arg`] (unknown enum, negative or backwards time, bad amount...) | `IllegalArgumentException` |
//! | [`BridgeError::RulePack`] | `org.scamguard.RulePackException` (checked) |
//! | [`BridgeError::Closed`] | `IllegalStateException` |
//! | [`BridgeError::Jni`] | the pending Java exception, else `RuntimeException` |
//! | a panic | `AssertionError` with the panic message |

use super::cache;
use jni::errors::ErrorPolicy;
use jni::objects::{JObject, JString, JThrowable, JValue};
use jni::strings::JNIString;
use jni::{jni_str, Env};
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
    /// A zero handle (the Java side prevents this; defensive).
    Closed,
    /// A JNI call failed (usually: a Java exception is pending).
    Jni(jni::errors::Error),
}

impl fmt::Display for BridgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BridgeError::Null(what) => write!(f, "{what} is null"),
            BridgeError::Arg(m) | BridgeError::RulePack(m) => f.write_str(m),
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
            other => BridgeError::Arg(other.to_string()),
        }
    }
}

/// Our error policy: throws the exception [`BridgeError`] maps to (or `AssertionError`
/// for a panic) and returns the default value (null / 0) to Java.
pub(crate) struct ThrowJava;

impl<T: Default> ErrorPolicy<T, BridgeError> for ThrowJava {
    type Captures<'unowned_env_local: 'native_method, 'native_method> = ();

    fn on_error<'unowned_env_local: 'native_method, 'native_method>(
        env: &mut Env<'unowned_env_local>,
        _cap: &mut Self::Captures<'unowned_env_local, 'native_method>,
        err: BridgeError,
    ) -> jni::errors::Result<T> {
        throw(env, err);
        Ok(T::default())
    }

    fn on_panic<'unowned_env_local: 'native_method, 'native_method>(
        env: &mut Env<'unowned_env_local>,
        _cap: &mut Self::Captures<'unowned_env_local, 'native_method>,
        payload: Box<dyn Any + Send + 'static>,
    ) -> jni::errors::Result<T> {
        let msg = panic_message(payload);
        log::error!("panic in scamguard native code: {msg}");
        if !env.exception_check() {
            throw_assertion_error(env, &format!("scamguard panicked: {msg}"));
        }
        Ok(T::default())
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
    let msg = JNIString::new(err.to_string());
    let thrown = match (&err, cache::get()) {
        (BridgeError::Null(_), Ok(c)) => env.throw_new(&c.npe, &msg),
        (BridgeError::Arg(_), Ok(c)) => env.throw_new(&c.iae, &msg),
        (BridgeError::RulePack(_), Ok(c)) => env.throw_new(&c.rule_pack_exception, &msg),
        (BridgeError::Closed, Ok(c)) => env.throw_new(&c.ise, &msg),
        // Not initialised (cannot happen once JNI_OnLoad succeeded) or a JNI failure:
        // a system class, which FindClass finds from any thread.
        _ => env.throw_new(jni_str!("java/lang/RuntimeException"), &msg),
    };
    if let Err(jni::errors::Error::JavaException) | Ok(()) = thrown {
        return; // thrown as intended
    }
    log::error!("could not throw {err}");
}

/// `AssertionError` has no `(String)` constructor for `ThrowNew`: build it with
/// `AssertionError(Object)` and throw it.
fn throw_assertion_error(env: &mut Env<'_>, msg: &str) {
    let result = (|| -> jni::errors::Result<()> {
        let c = cache::get().map_err(|_| jni::errors::Error::NullPtr("cache"))?;
        let jmsg = JString::new(env, msg)?;
        // Safety: the constructor id was looked up on this class with signature (Ljava/lang/Object;)V.
        let obj: JObject = unsafe {
            env.new_object_unchecked(
                &c.assertion_error,
                c.assertion_error_ctor,
                &[JValue::Object(&jmsg).as_jni()],
            )?
        };
        let throwable = env.cast_local::<JThrowable>(obj)?;
        env.throw(throwable)
    })();
    match result {
        Ok(()) | Err(jni::errors::Error::JavaException) => {}
        Err(e) => {
            log::error!("could not throw AssertionError: {e}");
            let _ = env.throw_new(jni_str!("java/lang/RuntimeException"), JNIString::new(msg));
        }
    }
}

//! Classes and method ids the bridge uses, looked up once in `JNI_OnLoad` (on the
//! thread that loaded the library, whose class loader sees `org.scamguard`) and kept
//! as global references for the life of the process.

use super::error::BridgeError;
use super::raw;
use jni::ids::JMethodID;
use jni::objects::{Global, JClass};
use jni::refs::IntoAuto as _;
use jni::strings::JNIStr;
use jni::{jni_str, Env};
use std::sync::OnceLock;

pub(crate) struct Cache {
    pub string: Global<JClass<'static>>,
    pub warning: Global<JClass<'static>>,
    /// `Warning(long t, int level, String rule, String title, String message,
    /// String[] evidence, String[] actions, String lang, long episode)`
    pub warning_ctor: JMethodID,
    pub verdict: Global<JClass<'static>>,
    /// `TransferVerdict(int decision, int level, String[] reasons, Warning[] warnings)`
    pub verdict_ctor: JMethodID,
    /// `ListenerDispatch.deliver(Warning[])`
    pub dispatch_deliver: JMethodID,
    pub npe: Global<JClass<'static>>,
    pub iae: Global<JClass<'static>>,
    pub ise: Global<JClass<'static>>,
    pub rule_pack_exception: Global<JClass<'static>>,
    pub snapshot_exception: Global<JClass<'static>>,
    pub assertion_error: Global<JClass<'static>>,
    /// `AssertionError(Object detail)`
    pub assertion_error_ctor: JMethodID,
}

static CACHE: OnceLock<Cache> = OnceLock::new();

pub(crate) fn get() -> Result<&'static Cache, BridgeError> {
    CACHE.get().ok_or_else(|| {
        BridgeError::Arg("scamguard native library not initialised (JNI_OnLoad did not run)".into())
    })
}

/// A class by name, kept as a global reference. One function for every class so the
/// lookups share their code (the library's size budget).
#[inline(never)]
fn class(env: &mut Env<'_>, name: &JNIStr) -> Result<Global<JClass<'static>>, BridgeError> {
    let local = raw::find_class(env, name)?.auto();
    Ok(env.new_global_ref(&*local)?)
}

/// A method of `class` by name and signature.
#[inline(never)]
fn method(
    env: &mut Env<'_>,
    class: &Global<JClass<'static>>,
    name: &JNIStr,
    sig: &JNIStr,
) -> Result<JMethodID, BridgeError> {
    raw::method_id(env, class, name, sig)
}

/// Looks everything up. Idempotent: a second load of the library keeps the first cache.
pub(crate) fn init(env: &mut Env<'_>) -> Result<(), BridgeError> {
    if CACHE.get().is_some() {
        return Ok(());
    }
    let warning = class(env, jni_str!("org/scamguard/Warning"))?;
    let warning_ctor = method(
        env,
        &warning,
        jni_str!("<init>"),
        jni_str!("(JILjava/lang/String;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;J)V"),
    )?;
    let verdict = class(env, jni_str!("org/scamguard/TransferVerdict"))?;
    let verdict_ctor = method(
        env,
        &verdict,
        jni_str!("<init>"),
        jni_str!("(II[Ljava/lang/String;[Lorg/scamguard/Warning;)V"),
    )?;
    let dispatch = class(env, jni_str!("org/scamguard/ListenerDispatch"))?;
    let dispatch_deliver =
        method(env, &dispatch, jni_str!("deliver"), jni_str!("([Lorg/scamguard/Warning;)V"))?;
    let assertion_error = class(env, jni_str!("java/lang/AssertionError"))?;
    let assertion_error_ctor =
        method(env, &assertion_error, jni_str!("<init>"), jni_str!("(Ljava/lang/Object;)V"))?;
    let cache = Cache {
        string: class(env, jni_str!("java/lang/String"))?,
        warning,
        warning_ctor,
        verdict,
        verdict_ctor,
        dispatch_deliver,
        npe: class(env, jni_str!("java/lang/NullPointerException"))?,
        iae: class(env, jni_str!("java/lang/IllegalArgumentException"))?,
        ise: class(env, jni_str!("java/lang/IllegalStateException"))?,
        rule_pack_exception: class(env, jni_str!("org/scamguard/RulePackException"))?,
        snapshot_exception: class(env, jni_str!("org/scamguard/SnapshotException"))?,
        assertion_error,
        assertion_error_ctor,
    };
    // A concurrent init (impossible: the VM serialises library loading) would just drop ours.
    let _ = CACHE.set(cache);
    Ok(())
}

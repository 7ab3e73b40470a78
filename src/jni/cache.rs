//! Classes and method ids the bridge uses, looked up once in `JNI_OnLoad` (on the
//! thread that loaded the library, whose class loader sees `org.scamguard`) and kept
//! as global references for the life of the process.

use super::error::BridgeError;
use jni::ids::JMethodID;
use jni::objects::{Global, JClass};
use jni::{jni_sig, jni_str, Env};
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

/// Looks everything up. Idempotent: a second load of the library keeps the first cache.
pub(crate) fn init(env: &mut Env<'_>) -> Result<(), BridgeError> {
    if CACHE.get().is_some() {
        return Ok(());
    }
    let string = env.find_class(jni_str!("java/lang/String"))?;
    let warning = env.find_class(jni_str!("org/scamguard/Warning"))?;
    let warning_ctor = env.get_method_id(
        &warning,
        jni_str!("<init>"),
        jni_sig!("(JILjava/lang/String;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;J)V"),
    )?;
    let verdict = env.find_class(jni_str!("org/scamguard/TransferVerdict"))?;
    let verdict_ctor = env.get_method_id(
        &verdict,
        jni_str!("<init>"),
        jni_sig!("(II[Ljava/lang/String;[Lorg/scamguard/Warning;)V"),
    )?;
    let dispatch = env.find_class(jni_str!("org/scamguard/ListenerDispatch"))?;
    let dispatch_deliver =
        env.get_method_id(&dispatch, jni_str!("deliver"), jni_sig!("([Lorg/scamguard/Warning;)V"))?;
    let npe = env.find_class(jni_str!("java/lang/NullPointerException"))?;
    let iae = env.find_class(jni_str!("java/lang/IllegalArgumentException"))?;
    let ise = env.find_class(jni_str!("java/lang/IllegalStateException"))?;
    let rule_pack_exception = env.find_class(jni_str!("org/scamguard/RulePackException"))?;
    let snapshot_exception = env.find_class(jni_str!("org/scamguard/SnapshotException"))?;
    let assertion_error = env.find_class(jni_str!("java/lang/AssertionError"))?;
    let assertion_error_ctor =
        env.get_method_id(&assertion_error, jni_str!("<init>"), jni_sig!("(Ljava/lang/Object;)V"))?;
    let cache = Cache {
        string: env.new_global_ref(&string)?,
        warning: env.new_global_ref(&warning)?,
        warning_ctor,
        verdict: env.new_global_ref(&verdict)?,
        verdict_ctor,
        dispatch_deliver,
        npe: env.new_global_ref(&npe)?,
        iae: env.new_global_ref(&iae)?,
        ise: env.new_global_ref(&ise)?,
        rule_pack_exception: env.new_global_ref(&rule_pack_exception)?,
        snapshot_exception: env.new_global_ref(&snapshot_exception)?,
        assertion_error: env.new_global_ref(&assertion_error)?,
        assertion_error_ctor,
    };
    // A concurrent init (impossible: the VM serialises library loading) would just drop ours.
    let _ = CACHE.set(cache);
    Ok(())
}

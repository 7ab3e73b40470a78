//! JNI bridge: `libscamguard.so` as seen from `org.scamguard` (bindings/java).
//!
//! Thin by design: it converts Java arguments into core types, delegates to
//! [`crate::Engine`] and converts the results back. No detection logic lives here.
//!
//! - One export shape: `JNI_OnLoad` registers every native of `org.scamguard.Native`
//!   with `RegisterNatives` (nothing else is exported), after caching the classes and
//!   method ids the bridge needs (looked up there, on the thread that loaded the
//!   library, so Android's class loader finds our classes).
//! - Every native runs inside `error::run`: `EnvUnowned::with_env(..).into_outcome()`,
//!   the cheapest panic-safe entry of jni 0.22 (success returns directly); errors are
//!   one enum (`error::BridgeError`) mapped to Java exceptions in one cold place, and
//!   panics are caught and rethrown as `AssertionError`. Messages never carry a value
//!   the caller passed.
//! - Strings are read with `GetStringUTFRegion`, only the part the engine uses
//!   (`convert::java_string`); classes, strings, arrays and exceptions are made through
//!   the raw function table (`raw`), which leaves a failed call's Java exception
//!   pending instead of mapping it (the mapping is 16 KB of arm64 code).
//! - An engine is a `Box<Handle>` passed to Java as a `long`; the Java side guarantees
//!   that a freed handle is never passed back (see `ScamGuard.close()`).
//! - Optional asynchronous listener delivery runs on a thread we own, attached with
//!   `attach_current_thread_for_scope`, behind a bounded queue that coalesces per
//!   episode (`dispatch`).
//!
//! Logging goes through `log` (to logcat on Android). Never log raw phone numbers
//! or typed text.

#![deny(clippy::unwrap_used)]

mod cache;
mod convert;
mod dispatch;
mod error;
mod natives;
mod raw;

use jni::sys::{jint, JNI_ERR, JNI_VERSION_1_6};
use jni::JavaVM;
use std::ffi::c_void;

/// Called by the VM when `System.loadLibrary("scamguard")` loads us: caches classes
/// and method ids and registers the natives. Returns `JNI_ERR` (the load fails with
/// `UnsatisfiedLinkError`) if any of that fails.
///
/// # Safety
///
/// Called by the Java VM only, with a valid `JavaVM` pointer.
#[no_mangle]
pub unsafe extern "system" fn JNI_OnLoad(vm: *mut jni::sys::JavaVM, _reserved: *mut c_void) -> jint {
    if vm.is_null() {
        return JNI_ERR;
    }
    #[cfg(target_os = "android")]
    android_logger::init_once(
        android_logger::Config::default().with_tag("scamguard").with_max_level(log::LevelFilter::Info),
    );
    // Safety: the VM hands us a valid pointer.
    let vm = unsafe { JavaVM::from_raw(vm) };
    let loaded = std::panic::catch_unwind(|| {
        vm.attach_current_thread(|env| -> Result<(), error::BridgeError> {
            cache::init(env)?;
            natives::register(env)
        })
    });
    match loaded {
        Ok(Ok(())) => JNI_VERSION_1_6,
        Ok(Err(e)) => {
            log::error!("scamguard JNI_OnLoad failed: {e}");
            JNI_ERR
        }
        Err(_) => {
            log::error!("scamguard JNI_OnLoad panicked");
            JNI_ERR
        }
    }
}

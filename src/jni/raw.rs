//! The JNI calls that create things (classes, method ids, strings, arrays, natives,
//! exceptions), made through the function table rather than jni's checked wrappers.
//!
//! Why: for each exception a call may throw, jni 0.22's wrappers look that exception's
//! class up (one cached `J…API` per class, with class-loader fallbacks) to map it to an
//! error variant. Calling the table directly took 16.5 KB off the arm64 .so, which has
//! a 1.5 MB budget (the rest of that machinery stays: jni's attach guard still uses it).
//! The bridge needs none of the mapping. When a call fails, the Java exception it left
//! pending (an `OutOfMemoryError`, a `NoClassDefFoundError`) is the right thing for the
//! Java caller to see, so these helpers leave it pending and return
//! [`BridgeError::Jni`]`(JavaException)`, which `error::throw` lets through unchanged.
//!
//! Every function here takes the `Env` of the current thread, so the raw `JNIEnv` is
//! valid for the call; each `unsafe` block says what else it relies on.

use super::error::BridgeError;
use jni::errors::Error;
use jni::ids::JMethodID;
use jni::objects::{JClass, JObject, JObjectArray, JString};
use jni::strings::{JNIStr, JNIString};
use jni::sys::{jobject, jsize, JNINativeMethod, JNI_OK};
use jni::Env;
use std::ffi::c_void;

/// The error for a failed call: the pending exception if there is one (left pending for
/// Java), else a null result without one.
#[cold]
#[inline(never)]
fn failed(env: &Env<'_>, what: &'static str) -> BridgeError {
    BridgeError::Jni(if env.exception_check() { Error::JavaException } else { Error::NullPtr(what) })
}

/// A non-null local reference, or [`failed`].
fn local(env: &Env<'_>, raw: jobject, what: &'static str) -> Result<jobject, BridgeError> {
    if raw.is_null() || env.exception_check() {
        return Err(failed(env, what));
    }
    Ok(raw)
}

/// `FindClass`: a class by its binary name with slashes (`java/lang/String`).
pub(crate) fn find_class<'l>(env: &mut Env<'l>, name: &JNIStr) -> Result<JClass<'l>, BridgeError> {
    let raw = env.get_raw();
    // Safety: `name` is a NUL-terminated modified UTF-8 string.
    let c = unsafe { ((**raw).v1_1.FindClass)(raw, name.as_ptr()) };
    let c = local(env, c, "FindClass")?;
    // Safety: a fresh local reference to a java.lang.Class, owned by nobody else.
    Ok(unsafe { JClass::from_raw(env, c) })
}

/// `GetMethodID`: an instance method (or constructor, `<init>`) of `class`.
pub(crate) fn method_id(
    env: &mut Env<'_>,
    class: &JClass<'_>,
    name: &JNIStr,
    sig: &JNIStr,
) -> Result<JMethodID, BridgeError> {
    let raw = env.get_raw();
    // Safety: `class` is a live reference to a class; name and signature are
    // NUL-terminated modified UTF-8.
    let id = unsafe { ((**raw).v1_1.GetMethodID)(raw, class.as_raw(), name.as_ptr(), sig.as_ptr()) };
    if id.is_null() || env.exception_check() {
        return Err(failed(env, "GetMethodID"));
    }
    // Safety: a method id the VM just returned for this class.
    Ok(unsafe { JMethodID::from_raw(id) })
}

/// `NewStringUTF` of `s` (converted to modified UTF-8 first, so NULs and characters
/// outside the BMP survive).
pub(crate) fn new_string<'l>(env: &mut Env<'l>, s: &str) -> Result<JString<'l>, BridgeError> {
    let m = JNIString::new(s);
    let raw = env.get_raw();
    // Safety: `m` is NUL-terminated modified UTF-8.
    let js = unsafe { ((**raw).v1_1.NewStringUTF)(raw, m.as_ptr()) };
    let js = local(env, js, "NewStringUTF")?;
    // Safety: a fresh local reference to a java.lang.String, owned by nobody else.
    Ok(unsafe { JString::from_raw(env, js) })
}

/// `NewObjectArray`: `len` nulls of element class `class`.
pub(crate) fn new_array<'l>(
    env: &mut Env<'l>,
    len: usize,
    class: &JClass<'_>,
) -> Result<JObjectArray<'l>, BridgeError> {
    let len = jsize::try_from(len).map_err(|_| BridgeError::Arg(format!("too many elements: {len}")))?;
    let raw = env.get_raw();
    // Safety: `class` is a live reference to a class; a null initial element is allowed.
    let a = unsafe { ((**raw).v1_1.NewObjectArray)(raw, len, class.as_raw(), std::ptr::null_mut()) };
    let a = local(env, a, "NewObjectArray")?;
    // Safety: a fresh local reference to an array of `class`, owned by nobody else.
    Ok(unsafe { JObjectArray::<JObject>::from_raw(env, a) })
}

/// `SetObjectArrayElement`: `arr[i] = obj`.
pub(crate) fn set_element(
    env: &Env<'_>,
    arr: &JObjectArray<'_>,
    i: usize,
    obj: &JObject<'_>,
) -> Result<(), BridgeError> {
    let raw = env.get_raw();
    // Safety: the callers index arrays they created with at least `i + 1` elements, of a
    // class `obj` is an instance of (else the VM throws, which is checked below).
    unsafe { ((**raw).v1_1.SetObjectArrayElement)(raw, arr.as_raw(), i as jsize, obj.as_raw()) };
    if env.exception_check() {
        return Err(failed(env, "SetObjectArrayElement"));
    }
    Ok(())
}

/// One entry of `RegisterNatives`.
pub(crate) fn native(name: &'static JNIStr, sig: &'static JNIStr, f: *mut c_void) -> JNINativeMethod {
    JNINativeMethod { name: name.as_ptr().cast_mut(), signature: sig.as_ptr().cast_mut(), fnPtr: f }
}

/// `RegisterNatives`.
///
/// # Safety
///
/// Each entry's function must have the JNI signature its `sig` names.
pub(crate) unsafe fn register_natives(
    env: &mut Env<'_>,
    class: &JClass<'_>,
    methods: &[JNINativeMethod],
) -> Result<(), BridgeError> {
    let n = jsize::try_from(methods.len()).map_err(|_| BridgeError::Arg("too many natives".into()))?;
    let raw = env.get_raw();
    // Safety: `class` is live; `methods` outlives the call (the VM copies the table).
    let rc = unsafe { ((**raw).v1_1.RegisterNatives)(raw, class.as_raw(), methods.as_ptr(), n) };
    if rc != JNI_OK || env.exception_check() {
        return Err(failed(env, "RegisterNatives"));
    }
    Ok(())
}

/// `ThrowNew(class, msg)`; false if throwing itself failed.
pub(crate) fn throw_new(env: &mut Env<'_>, class: &JClass<'_>, msg: &str) -> bool {
    let m = JNIString::new(msg);
    let raw = env.get_raw();
    // Safety: `class` is a live reference to a Throwable class with a (String)
    // constructor; `m` is NUL-terminated modified UTF-8.
    unsafe { ((**raw).v1_1.ThrowNew)(raw, class.as_raw(), m.as_ptr()) == JNI_OK }
}

/// `Throw(obj)`; false if throwing itself failed.
///
/// # Safety
///
/// `obj` must be an instance of `java.lang.Throwable`.
pub(crate) unsafe fn throw(env: &mut Env<'_>, obj: &JObject<'_>) -> bool {
    let raw = env.get_raw();
    // Safety: see above.
    unsafe { ((**raw).v1_1.Throw)(raw, obj.as_raw()) == JNI_OK }
}

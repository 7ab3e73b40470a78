//! The native methods of `org.scamguard.Native`, registered in `JNI_OnLoad`.
//!
//! Each one is [`run`] around a few lines of conversion and one call into the
//! engine: panics are caught, the success path returns straight away, and errors and
//! panics take the one cold path that throws the Java exception ([`super::error`]).

use super::cache;
use super::convert::{self, RawStrings};
use super::dispatch::Dispatcher;
use super::error::{run, BridgeError};
use super::raw;
use crate::catalog::Catalog;
use crate::{Engine, Lang};
use jni::objects::{JClass, JObject, JObjectArray, JString};
use jni::refs::IntoAuto as _;
use jni::sys::{jint, jlong};
use jni::{jni_str, Env, EnvUnowned};
use std::ffi::c_void;
use std::sync::{Mutex, MutexGuard};

/// What a Java `long` handle points to.
pub(crate) struct Handle {
    engine: Mutex<Engine>,
    dispatcher: Option<Dispatcher>,
}

const _: () = {
    const fn shared_between_threads<T: Send + Sync>() {}
    shared_between_threads::<Handle>();
    // A shared catalog is never mutated after `catalogCreate`: any thread may clone it.
    shared_between_threads::<Catalog>();
};

impl Handle {
    /// Locks the engine. A panic while it was locked poisons the mutex; the engine's
    /// state is still consistent enough to go on (every call validates before it
    /// mutates), so recover instead of failing every later call.
    fn engine(&self) -> MutexGuard<'_, Engine> {
        self.engine.lock().unwrap_or_else(|poisoned| {
            log::error!("engine mutex was poisoned by an earlier panic; recovering");
            self.engine.clear_poison();
            poisoned.into_inner()
        })
    }
}

/// The engine behind a handle.
///
/// The Java side (`ScamGuard`) only passes handles it got from `create` and has not
/// destroyed yet, and holds a read lock across the call that `close` must take in
/// write mode before `destroy`; so the pointer is live for the whole call.
#[inline(always)]
fn handle<'h>(h: jlong) -> Result<&'h Handle, BridgeError> {
    if h == 0 {
        return Err(BridgeError::Closed);
    }
    // Safety: see above; `h` came from `Box::into_raw` in `create`.
    Ok(unsafe { &*(h as *const Handle) })
}

pub(crate) fn register(env: &mut Env<'_>) -> Result<(), BridgeError> {
    // Each function pointer below has exactly the JNI signature next to it (static
    // natives: env, class, then the Java parameters).
    let methods = [
            raw::native(
                jni_str!("create"),
                jni_str!("(Ljava/lang/String;Ljava/lang/String;Lorg/scamguard/ListenerDispatch;I)J"),
                create as *mut c_void,
            ),
            raw::native(jni_str!("destroy"), jni_str!("(J)V"), destroy as *mut c_void),
            raw::native(
                jni_str!("observe"),
                jni_str!("(JIJILjava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)[Lorg/scamguard/Warning;"),
                observe as *mut c_void,
            ),
            raw::native(
                jni_str!("assessTransfer"),
                jni_str!("(JJLjava/lang/String;Ljava/lang/String;Ljava/lang/String;I)Lorg/scamguard/TransferVerdict;"),
                assess_transfer as *mut c_void,
            ),
            raw::native(
                jni_str!("loadRules"),
                jni_str!("(JLjava/lang/String;)V"),
                load_rules as *mut c_void,
            ),
            raw::native(
                jni_str!("addApp"),
                jni_str!("(JLjava/lang/String;Ljava/lang/String;Ljava/lang/String;)V"),
                add_app as *mut c_void,
            ),
            raw::native(
                jni_str!("addApps"),
                jni_str!("(JLjava/lang/String;)I"),
                add_apps as *mut c_void,
            ),
            raw::native(
                jni_str!("catalogCreate"),
                jni_str!("(Ljava/lang/String;)J"),
                catalog_create as *mut c_void,
            ),
            raw::native(
                jni_str!("catalogDestroy"),
                jni_str!("(J)V"),
                catalog_destroy as *mut c_void,
            ),
            raw::native(
                jni_str!("useCatalog"),
                jni_str!("(JJ)V"),
                use_catalog as *mut c_void,
            ),
            raw::native(
                jni_str!("setRegions"),
                jni_str!("(J[Ljava/lang/String;)V"),
                set_regions as *mut c_void,
            ),
            raw::native(
                jni_str!("snapshot"),
                jni_str!("(J)Ljava/lang/String;"),
                snapshot as *mut c_void,
            ),
            raw::native(
                jni_str!("restore"),
                jni_str!("(JLjava/lang/String;)V"),
                restore as *mut c_void,
            ),
            raw::native(jni_str!("reset"), jni_str!("(J)V"), reset as *mut c_void),
            raw::native(jni_str!("setBoot"), jni_str!("(JJJJ)V"), set_boot as *mut c_void),
            raw::native(
                jni_str!("episodeStages"),
                jni_str!("(J)I"),
                episode_stages as *mut c_void,
            ),
            raw::native(
                jni_str!("droppedWarnings"),
                jni_str!("(J)J"),
                dropped_warnings as *mut c_void,
            ),
            raw::native(
                jni_str!("echo"),
                jni_str!("(IJILjava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;"),
                echo as *mut c_void,
            ),
            raw::native(
                jni_str!("langForLocale"),
                jni_str!("(Ljava/lang/String;)Ljava/lang/String;"),
                lang_for_locale as *mut c_void,
            ),
            raw::native(jni_str!("nop"), jni_str!("()V"), nop as *mut c_void),
            raw::native(jni_str!("nopChecked"), jni_str!("(J)V"), nop_checked as *mut c_void),
            raw::native(
                jni_str!("panicForTest"),
                jni_str!("(Ljava/lang/String;)V"),
                panic_for_test as *mut c_void,
            ),
    ];
    let class = raw::find_class(env, jni_str!("org/scamguard/Native"))?.auto();
    // Safety: see above.
    unsafe { raw::register_natives(env, &class, &methods) }
}

/// `long create(String rulePackOrNull, String lang, ListenerDispatch sinkOrNull, int queueCapacity) throws RulePackException`
extern "system" fn create<'l>(
    mut env: EnvUnowned<'l>,
    _class: JClass<'l>,
    rule_pack: JString<'l>,
    lang: JString<'l>,
    sink: JObject<'l>,
    queue_capacity: jint,
) -> jlong {
    run(&mut env, |env| {
        let lang_name = convert::req_string(env, &lang, &|| "lang".to_string())?;
        let lang = Lang::from_wire(&lang_name)
            .ok_or_else(|| BridgeError::Arg("unknown lang (expected zh-CN, zh-HK or en)".into()))?;
        let capacity = usize::try_from(queue_capacity)
            .ok()
            .filter(|c| (1..=65536).contains(c))
            .ok_or_else(|| BridgeError::Arg("listener queue capacity must be between 1 and 65536".into()))?;
        let mut engine = match rule_pack.is_null() {
            true => Engine::new(),
            // A pack is JSON text of any size: read it whole (no identifier limit).
            false => Engine::with_rule_pack(&rule_pack.try_to_string(env)?)?,
        };
        engine.set_lang(lang);
        let dispatcher = if sink.is_null() {
            None
        } else {
            Some(Dispatcher::start(env.new_global_ref(&sink)?, capacity)?)
        };
        let handle = Box::new(Handle { engine: Mutex::new(engine), dispatcher });
        Ok(Box::into_raw(handle) as jlong)
    })
}

/// `void destroy(long handle)`
extern "system" fn destroy<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, h: jlong) {
    run(&mut env, |_env| {
        if h == 0 {
            return Ok(());
        }
        // Safety: `h` came from `Box::into_raw` in `create`; the Java side calls destroy
        // once, after making sure no other call can be using it.
        let handle = unsafe { Box::from_raw(h as *mut Handle) };
        let Handle { engine, dispatcher } = *handle;
        drop(engine);
        if let Some(d) = dispatcher {
            d.shutdown();
        }
        Ok(())
    })
}

/// `Warning[] observe(long handle, int type, long t, int flags, String a, String b, String c, String d)`;
/// null when the event raised no warning (the common case: no allocation).
#[allow(clippy::too_many_arguments)]
extern "system" fn observe<'l>(
    mut env: EnvUnowned<'l>,
    _class: JClass<'l>,
    h: jlong,
    ty: jint,
    t: jlong,
    flags: jint,
    a: JString<'l>,
    b: JString<'l>,
    c: JString<'l>,
    d: JString<'l>,
) -> JObject<'l> {
    run(&mut env, |env| {
        let handle = handle(h)?;
        // Every string is read before the engine lock is taken.
        let event = convert::decode_event(env, ty, t, flags, &RawStrings { a: &a, b: &b, c: &c, d: &d })?;
        let warnings = {
            let mut engine = handle.engine();
            let warnings =
                engine.observe(&event).map_err(|e| BridgeError::core(e, &convert::event_strings(&event)))?;
            if let (Some(dispatcher), false) = (&handle.dispatcher, warnings.is_empty()) {
                dispatcher.send(warnings.clone());
            }
            warnings
        };
        if warnings.is_empty() {
            return Ok(JObject::null());
        }
        Ok(convert::warning_array(env, cache::get()?, &warnings)?.into())
    })
}

/// `TransferVerdict assessTransfer(long handle, long t, String pkgOrNull, String amount, String currencyOrNull, int payeeNew)`
/// (`payeeNew`: 0 = unknown, 1 = false, 2 = true; a null currency is CNY).
#[allow(clippy::too_many_arguments)]
extern "system" fn assess_transfer<'l>(
    mut env: EnvUnowned<'l>,
    _class: JClass<'l>,
    h: jlong,
    t: jlong,
    pkg: JString<'l>,
    amount: JString<'l>,
    currency: JString<'l>,
    payee_new: jint,
) -> JObject<'l> {
    run(&mut env, |env| {
        const WHAT: &str = "assessTransfer";
        let handle = handle(h)?;
        let t = convert::time(t, WHAT)?;
        let pkg = convert::java_string(env, &pkg, convert::Limit::Id, &|| format!("{WHAT}: package"))?;
        let amount =
            convert::amount(&convert::req_string(env, &amount, &|| format!("{WHAT}: amount"))?, WHAT)?;
        let currency =
            convert::java_string(env, &currency, convert::Limit::Id, &|| format!("{WHAT}: currency"))?;
        let payee_new = match payee_new {
            0 => None,
            1 => Some(false),
            2 => Some(true),
            _ => return Err(BridgeError::Arg(format!("{WHAT}: unknown payee_new code"))),
        };
        let currency = currency.as_deref().unwrap_or("CNY");
        let assessment = handle
            .engine()
            .assess_transfer(t, pkg.as_deref(), amount, currency, payee_new)
            .map_err(|e| BridgeError::core(e, &[pkg.as_deref().unwrap_or(""), currency]))?;
        convert::verdict(env, cache::get()?, &assessment)
    })
}

/// `void loadRules(long handle, String json) throws RulePackException`
extern "system" fn load_rules<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, h: jlong, json: JString<'l>) {
    run(&mut env, |env| {
        let handle = handle(h)?;
        if json.is_null() {
            return Err(BridgeError::Null("rule pack".into()));
        }
        // Parsed before the engine lock is taken: a big pack must not block observe.
        let json = json.try_to_string(env)?;
        handle.engine().load_rules(&json)?;
        Ok(())
    })
}

/// `void addApp(long handle, String pkg, String category, String labelOrNull)`
extern "system" fn add_app<'l>(
    mut env: EnvUnowned<'l>,
    _class: JClass<'l>,
    h: jlong,
    pkg: JString<'l>,
    category: JString<'l>,
    label: JString<'l>,
) {
    run(&mut env, |env| {
        let handle = handle(h)?;
        let pkg = convert::req_string(env, &pkg, &|| "addApp: package".to_string())?;
        let name = convert::req_string(env, &category, &|| "addApp: category".to_string())?;
        let category = crate::Category::from_wire(&name)
            .ok_or_else(|| BridgeError::Arg("addApp: unknown category".into()))?;
        let label = convert::java_string(env, &label, convert::Limit::Clip, &|| "addApp: label".to_string())?;
        handle
            .engine()
            .add_app(&pkg, category, label.as_deref())
            .map_err(|e| BridgeError::core(e, &[&pkg, label.as_deref().unwrap_or("")]))?;
        Ok(())
    })
}

/// `int addApps(long handle, String tsv)`: many `package<TAB>category[<TAB>label]` rows.
extern "system" fn add_apps<'l>(
    mut env: EnvUnowned<'l>,
    _class: JClass<'l>,
    h: jlong,
    tsv: JString<'l>,
) -> jint {
    run(&mut env, |env| {
        let handle = handle(h)?;
        if tsv.is_null() {
            return Err(BridgeError::Null("addApps: rows".into()));
        }
        let tsv = tsv.try_to_string(env)?;
        let n = handle.engine().add_apps(&tsv).map_err(|e| BridgeError::core(e, &[&tsv]))?;
        Ok(jint::try_from(n).unwrap_or(jint::MAX))
    })
}

/// `long catalogCreate(String tsv)`: the built-in catalog plus `package<TAB>category[<TAB>label]`
/// rows, frozen ([`Catalog::builtin_shared`]) so every engine given it shares the rows. The Java side
/// (`AppCatalog`) frees it with `catalogDestroy` once no call can be using it.
extern "system" fn catalog_create<'l>(
    mut env: EnvUnowned<'l>,
    _class: JClass<'l>,
    tsv: JString<'l>,
) -> jlong {
    run(&mut env, |env| {
        if tsv.is_null() {
            return Err(BridgeError::Null("AppCatalog: rows".into()));
        }
        let tsv = tsv.try_to_string(env)?;
        let catalog = Catalog::builtin_shared(&tsv)
            .map_err(|e| BridgeError::core(crate::Error::InvalidArgument(e.to_string()), &[&tsv]))?;
        Ok(Box::into_raw(Box::new(catalog)) as jlong)
    })
}

/// `void catalogDestroy(long catalog)`: engines that took it keep their clones.
extern "system" fn catalog_destroy<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, c: jlong) {
    run(&mut env, |_env| {
        if c != 0 {
            // Safety: `c` came from `Box::into_raw` in `catalog_create`; the Java side destroys
            // it once, after making sure no other call can be using it.
            drop(unsafe { Box::from_raw(c as *mut Catalog) });
        }
        Ok(())
    })
}

/// `void useCatalog(long handle, long catalog)`: the engine's catalog becomes a clone of the
/// shared one (its layers are shared, not copied; the engine's own earlier additions go).
extern "system" fn use_catalog<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, h: jlong, c: jlong) {
    run(&mut env, |_env| {
        let handle = handle(h)?;
        if c == 0 {
            return Err(BridgeError::Closed);
        }
        // Safety: as for `handle`: `AppCatalog` holds its read lock across this call.
        // Cloned before the engine lock is taken: shared layers are reference counted.
        let shared = unsafe { &*(c as *const Catalog) }.layers_only();
        handle.engine().set_catalog(shared);
        Ok(())
    })
}

/// At most this many region names in one call (there are 8 regions).
const MAX_REGIONS: usize = 32;

/// `void setRegions(long handle, String[] wireNames)`: the regions whose lists and
/// rules apply (`cn`, `hk`, `tw`, `sg`, `in`, `uk`, `us`, `au`).
extern "system" fn set_regions<'l>(
    mut env: EnvUnowned<'l>,
    _class: JClass<'l>,
    h: jlong,
    names: JObjectArray<'l, JString<'l>>,
) {
    run(&mut env, |env| {
        let handle = handle(h)?;
        if names.is_null() {
            return Err(BridgeError::Null("regions".into()));
        }
        let n = names.len(env)?;
        if n > MAX_REGIONS {
            return Err(BridgeError::Arg("regions: too many".into()));
        }
        let mut wire = Vec::with_capacity(n);
        for i in 0..n {
            let name = names.get_element(env, i)?.auto();
            wire.push(convert::req_string(env, &name, &|| "regions: a region".to_string())?);
        }
        handle.engine().set_regions_wire(&wire).map_err(|e| BridgeError::core(e, &[]))?;
        Ok(())
    })
}

/// `String snapshot(long handle)`: the engine's state (versioned, checksummed, no raw values).
extern "system" fn snapshot<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, h: jlong) -> JObject<'l> {
    run(&mut env, |env| {
        let handle = handle(h)?;
        // Taken under the lock, converted to a Java string after it.
        let snap = handle.engine().snapshot();
        Ok(raw::new_string(env, &snap)?.into())
    })
}

/// `void restore(long handle, String snapshot) throws SnapshotException`
extern "system" fn restore<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, h: jlong, snap: JString<'l>) {
    run(&mut env, |env| {
        let handle = handle(h)?;
        if snap.is_null() {
            return Err(BridgeError::Null("snapshot".into()));
        }
        // Read before the engine lock is taken; the Java side refuses oversized ones first.
        let snap = snap.try_to_string(env)?;
        handle.engine().restore(&snap)?;
        Ok(())
    })
}

/// `void reset(long handle)`: forgets the device state, the episode and the clock.
extern "system" fn reset<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, h: jlong) {
    run(&mut env, |_env| {
        handle(h)?.engine().reset();
        Ok(())
    })
}

/// `void setBoot(long handle, long boot, long elapsedMs, long wallMs)`
extern "system" fn set_boot<'l>(
    mut env: EnvUnowned<'l>,
    _class: JClass<'l>,
    h: jlong,
    boot: jlong,
    elapsed_ms: jlong,
    wall_ms: jlong,
) {
    run(&mut env, |_env| {
        const WHAT: &str = "setBoot";
        let handle = handle(h)?;
        let boot =
            u64::try_from(boot).map_err(|_| BridgeError::Arg(format!("{WHAT}: negative boot count")))?;
        let elapsed = convert::time(elapsed_ms, WHAT)?;
        let wall = convert::time(wall_ms, WHAT)?;
        handle.engine().set_boot(boot, elapsed, wall);
        Ok(())
    })
}

/// `int episodeStages(long handle)`: the stages the current episode shows, one bit each
/// (bit i = `Stage::ALL[i]`: contact, pretext, control, credit, money).
extern "system" fn episode_stages<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, h: jlong) -> jint {
    run(&mut env, |_env| {
        let engine = handle(h)?.engine();
        let mask = engine.episode().signals.iter().fold(0u32, |m, s| {
            m | crate::Stage::ALL.iter().position(|x| *x == s.stage).map_or(0, |i| 1 << i)
        });
        Ok(jint::try_from(mask).unwrap_or(0))
    })
}

/// `long droppedWarnings(long handle)`
extern "system" fn dropped_warnings<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, h: jlong) -> jlong {
    run(&mut env, |_env| {
        let handle = handle(h)?;
        Ok(handle.dispatcher.as_ref().map_or(0, |d| jlong::try_from(d.dropped()).unwrap_or(jlong::MAX)))
    })
}

/// `String echo(int type, long t, int flags, String a, String b, String c, String d)`: test support.
#[allow(clippy::too_many_arguments)]
extern "system" fn echo<'l>(
    mut env: EnvUnowned<'l>,
    _class: JClass<'l>,
    ty: jint,
    t: jlong,
    flags: jint,
    a: JString<'l>,
    b: JString<'l>,
    c: JString<'l>,
    d: JString<'l>,
) -> JObject<'l> {
    run(&mut env, |env| {
        let event = convert::decode_event(env, ty, t, flags, &RawStrings { a: &a, b: &b, c: &c, d: &d })?;
        Ok(raw::new_string(env, &convert::echo_json(&event))?.into())
    })
}

/// `String langForLocale(String tag)`: test support, the core's `Lang::from_locale`
/// (wire name, or null), so the Java mapping can be checked against it.
extern "system" fn lang_for_locale<'l>(
    mut env: EnvUnowned<'l>,
    _class: JClass<'l>,
    tag: JString<'l>,
) -> JObject<'l> {
    run(&mut env, |env| {
        let tag = convert::req_string(env, &tag, &|| "tag".to_string())?;
        match Lang::from_locale(&tag) {
            Some(l) => Ok(raw::new_string(env, l.wire_name())?.into()),
            None => Ok(JObject::null()),
        }
    })
}

/// `void nop()`: the cheapest possible native call (benchmark floor).
extern "system" fn nop<'l>(_env: EnvUnowned<'l>, _class: JClass<'l>) {}

/// `void nopChecked(long handle)`: a native call through the error-handling entry.
extern "system" fn nop_checked<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, h: jlong) {
    run(&mut env, |_env| {
        std::hint::black_box(h);
        Ok(())
    })
}

/// `void panicForTest(String message)`: proves panics become `AssertionError`. Unwinds
/// with `resume_unwind`, which skips the panic hook, so a green test run prints nothing;
/// the catching path is the same as for any panic.
extern "system" fn panic_for_test<'l>(mut env: EnvUnowned<'l>, _class: JClass<'l>, message: JString<'l>) {
    run(&mut env, |env| {
        let message = convert::opt_string(env, &message)?.unwrap_or_default();
        std::panic::resume_unwind(Box::new(message))
    })
}

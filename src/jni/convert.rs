//! Java ⇄ core conversions: flattened events in, warnings and verdicts out.
//!
//! Events arrive as `(type, t, flags, a, b, c, d)`: the `Event.Type` ordinal, the time,
//! the enum fields packed 4 bits each and up to four strings whose meaning depends on
//! the type. This table and `Wire.java` are the one definition of the layout (the
//! shifts are repeated in `Native.java`):
//!
//! | type | flags (nibble at shift) | a | b | c | d |
//! |---|---|---|---|---|---|
//! | call_started | direction@0, peer@4, channel@8, verification@12 (0 = not given, else 1 + ordinal) | app | number | | |
//! | app_foreground, app_removed, overlay_shown, screen_share_* | | package | | | |
//! | accessibility_enabled | tool@0, from_store@4 (0 = unknown, 1 = false, 2 = true) | package | | | |
//! | setting_changed | setting@12, enabled@16 | package | | | |
//! | app_installed | | package | installer | label | |
//! | text_entered | field@20 | package | text | | |
//! | screen_text | | package | text | | |
//! | notification | | package | title | text | |
//! | sms_received | sender_kind@24 | sender | text | | |
//! | transfer_started | payee_new@28 (0 = unknown, 1 = false, 2 = true) | package | amount | currency | payee |
//! | contact_added | | number | | | |
//! | call_state | active@16 | | | | |
//! | payment_prompt | payment kind@0 | package | amount | currency | |
//! | platform_risk | risk kind@0 | package | | | |

use super::cache::Cache;
use super::error::BridgeError;
use super::raw;
use crate::event::{Event, EventKind};
use crate::kinds::{
    Channel, Direction, EventType, Field, PaymentKind, Peer, RiskKind, SenderKind, Setting, Verification,
};
use crate::warning::{Assessment, Decision, Warning};
use crate::Money;
use jni::objects::{JObject, JObjectArray, JString, JValue};
use jni::refs::IntoAuto as _;
use jni::sys::{jint, jlong, jsize};
use jni::Env;

const DIRECTION_SHIFT: u32 = 0;
const PEER_SHIFT: u32 = 4;
const CHANNEL_SHIFT: u32 = 8;
const SETTING_SHIFT: u32 = 12;
const ENABLED_SHIFT: u32 = 16;
const FIELD_SHIFT: u32 = 20;
const SENDER_KIND_SHIFT: u32 = 24;
const PAYEE_NEW_SHIFT: u32 = 28;
/// `call_started` only (the nibble `setting` uses elsewhere).
const VERIFICATION_SHIFT: u32 = 12;
/// `accessibility_enabled` only.
const TOOL_SHIFT: u32 = 0;
const FROM_STORE_SHIFT: u32 = 4;
/// `call_state` only (the nibble `enabled` uses elsewhere).
const ACTIVE_SHIFT: u32 = 16;
/// `payment_prompt` (a `PaymentKind`) and `platform_risk` (a `RiskKind`).
const KIND_SHIFT: u32 = 0;

/// An optional boolean nibble: 0 = unknown, 1 = false, 2 = true.
const OPT_BOOL: &[Option<bool>] = &[None, Some(false), Some(true)];

/// The raw strings of one event, as passed by Java (any may be null).
pub(crate) struct RawStrings<'a, 'l> {
    pub a: &'a JString<'l>,
    pub b: &'a JString<'l>,
    pub c: &'a JString<'l>,
    pub d: &'a JString<'l>,
}

/// What the engine reads of a text (`text`, `title`, a label, a number...): its first
/// [`crate::text::MAX_BYTES`] UTF-8 bytes. Longer text is clipped here, before conversion,
/// so a 20,000-char accessibility dump costs what a 4,000-char one does.
pub(crate) const SCANNED_TEXT_BYTES: usize = crate::text::MAX_BYTES;

/// Identifiers (package names, currency codes, amounts) longer than this many UTF-16
/// units are refused before conversion; the engine would refuse them anyway (a package
/// name has at most 255 bytes), and a 10 MB "package" must not cost a 10 MB copy.
pub(crate) const MAX_ID_UNITS: usize = 1024;

/// How much of a Java string to read.
#[derive(Clone, Copy)]
pub(crate) enum Limit {
    /// Text: keep the first [`SCANNED_TEXT_BYTES`] UTF-8 bytes, cut at a character boundary.
    Clip,
    /// An identifier: refuse anything longer than [`MAX_ID_UNITS`] UTF-16 units.
    Id,
}

/// Stack buffer size (UTF-16 units) for the common short strings (package names, amounts, SMS).
const STACK_UNITS: usize = 512;

/// A Java string, or `None` for null, reading only the part that is needed.
///
/// The fast path has the VM convert that part to modified UTF-8 (`GetStringUTFRegion`,
/// one pass, no VM allocation); that is valid UTF-8 unless the text holds a NUL, a
/// character outside the BMP or an unpaired surrogate, which take the UTF-16 path
/// (`GetStringRegion`; an unpaired surrogate becomes U+FFFD).
pub(crate) fn java_string(
    env: &Env<'_>,
    s: &JString<'_>,
    limit: Limit,
    what: &dyn Fn() -> String,
) -> Result<Option<String>, BridgeError> {
    if s.is_null() {
        return Ok(None);
    }
    let raw = env.get_raw();
    // Safety: `raw` is this thread's valid JNIEnv, `s` a live local reference to a
    // java.lang.String; GetStringLength throws nothing.
    let len = unsafe { ((**raw).v1_1.GetStringLength)(raw, s.as_raw()) };
    let len = usize::try_from(len).unwrap_or(0);
    let take = match limit {
        Limit::Id if len > MAX_ID_UNITS => return Err(BridgeError::Arg(format!("{} is too long", what()))),
        Limit::Id => len,
        // Every UTF-16 unit is at least one UTF-8 byte: this many units cover the bytes kept.
        Limit::Clip => len.min(SCANNED_TEXT_BYTES),
    };
    let mut out = match utf8_region(env, s, take) {
        Some(text) => text,
        None => utf16_region(env, s, take, take < len),
    };
    if matches!(limit, Limit::Clip) && out.len() > SCANNED_TEXT_BYTES {
        let mut cut = SCANNED_TEXT_BYTES;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
    }
    Ok(Some(out))
}

/// The first `take` units as UTF-8 via `GetStringUTFRegion`, or `None` when the VM's
/// modified UTF-8 is not plain UTF-8 (see [`java_string`]).
fn utf8_region(env: &Env<'_>, s: &JString<'_>, take: usize) -> Option<String> {
    // At most 3 bytes per unit, plus room for a terminator; modified UTF-8 never holds
    // a 0 byte, so the first 0 left in the zeroed buffer marks the end on any VM.
    let size = take * 3 + 1;
    let mut stack = [0u8; STACK_UNITS * 3 + 1];
    let mut heap = Vec::new();
    let on_stack = size <= stack.len();
    let buf: &mut [u8] = if on_stack {
        &mut stack[..size]
    } else {
        heap.resize(size, 0);
        &mut heap
    };
    if take > 0 {
        let raw = env.get_raw();
        // Safety: valid env and string (see java_string); the region [0, take) is within
        // the string and `buf` holds the worst case, so the call cannot throw or overrun.
        unsafe {
            ((**raw).v1_2.GetStringUTFRegion)(raw, s.as_raw(), 0, take as jsize, buf.as_mut_ptr().cast());
        }
    }
    let n = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    if on_stack {
        return std::str::from_utf8(&buf[..n]).ok().map(str::to_owned);
    }
    heap.truncate(n);
    String::from_utf8(heap).ok()
}

/// The first `take` units via `GetStringRegion`, decoded with U+FFFD for unpaired
/// surrogates; `cut`: the string goes on after them, so a high surrogate at the end is
/// half of a pair and is dropped.
fn utf16_region(env: &Env<'_>, s: &JString<'_>, take: usize, cut: bool) -> String {
    let mut stack = [0u16; STACK_UNITS];
    let mut heap = Vec::new();
    let buf: &mut [u16] = if take <= STACK_UNITS {
        &mut stack[..take]
    } else {
        heap.resize(take, 0);
        &mut heap
    };
    if take > 0 {
        let raw = env.get_raw();
        // Safety: as in utf8_region; `buf` holds exactly `take` units.
        unsafe {
            ((**raw).v1_2.GetStringRegion)(raw, s.as_raw(), 0, take as jsize, buf.as_mut_ptr());
        }
    }
    let mut units: &[u16] = buf;
    if cut && units.last().is_some_and(|u| (0xD800..0xDC00).contains(u)) {
        units = &units[..units.len() - 1];
    }
    String::from_utf16_lossy(units)
}

/// An identifier-like Java string (package name, lang, tag), or `None` for null.
pub(crate) fn opt_string(env: &Env<'_>, s: &JString<'_>) -> Result<Option<String>, BridgeError> {
    java_string(env, s, Limit::Id, &|| "argument".to_string())
}

/// A Java string that must not be null; `what` names it in the `NullPointerException`.
pub(crate) fn req_string(
    env: &Env<'_>,
    s: &JString<'_>,
    what: &dyn Fn() -> String,
) -> Result<String, BridgeError> {
    java_string(env, s, Limit::Id, what)?.ok_or_else(|| BridgeError::Null(what()))
}

/// A time from Java: milliseconds, never negative.
pub(crate) fn time(t: jlong, ty: &str) -> Result<u64, BridgeError> {
    u64::try_from(t).map_err(|_| BridgeError::Arg(format!("{ty}: negative time t={t}")))
}

/// An amount as written, parsed exactly into fen. The message names the problem, never
/// the text: a mistyped "amount" may be an account number or a password.
pub(crate) fn amount(s: &str, ty: &str) -> Result<Money, BridgeError> {
    Money::parse(s).map_err(|e| BridgeError::Arg(format!("{ty}: invalid amount: {e}")))
}

fn nibble<T: Copy>(flags: jint, shift: u32, all: &[T], ty: EventType, name: &str) -> Result<T, BridgeError> {
    let code = ((flags as u32) >> shift) & 0xF;
    all.get(code as usize)
        .copied()
        .ok_or_else(|| BridgeError::Arg(format!("{ty}: unknown {name} code {code}")))
}

/// `call_started`'s verification nibble: 0 = not given, else 1 + the ordinal.
fn verification(flags: jint, ty: EventType) -> Result<Option<Verification>, BridgeError> {
    let code = ((flags as u32) >> VERIFICATION_SHIFT) & 0xF;
    match code {
        0 => Ok(None),
        n => Verification::ALL
            .get(n as usize - 1)
            .copied()
            .map(Some)
            .ok_or_else(|| BridgeError::Arg(format!("{ty}: unknown verification code {n}"))),
    }
}

/// Decodes one flattened event (see the module docs). Reads every string before the
/// caller takes the engine lock.
pub(crate) fn decode_event(
    env: &Env<'_>,
    ty: jint,
    t: jlong,
    flags: jint,
    s: &RawStrings<'_, '_>,
) -> Result<Event, BridgeError> {
    let ty = usize::try_from(ty)
        .ok()
        .and_then(|i| EventType::ALL.get(i).copied())
        .ok_or_else(|| BridgeError::Arg(format!("unknown event type code {ty}")))?;
    let t = time(t, ty.wire_name())?;
    // Identifiers (package, installer, app, amount, currency): refused when absurdly long.
    let id =
        |js: &JString<'_>, field: &'static str| java_string(env, js, Limit::Id, &|| format!("{ty}: {field}"));
    let req = |js: &JString<'_>, field: &'static str| {
        id(js, field)?.ok_or_else(|| BridgeError::Null(format!("{ty}: {field}")))
    };
    // Text the engine reads a prefix of (text, title, label) or only hashes (number,
    // sender, payee): clipped to what it scans.
    let text = |js: &JString<'_>, field: &'static str| {
        java_string(env, js, Limit::Clip, &|| format!("{ty}: {field}"))
    };
    let req_text = |js: &JString<'_>, field: &'static str| {
        text(js, field)?.ok_or_else(|| BridgeError::Null(format!("{ty}: {field}")))
    };
    use EventKind as K;
    let kind = match ty {
        EventType::CallStarted => K::CallStarted {
            direction: nibble(flags, DIRECTION_SHIFT, Direction::ALL, ty, "direction")?,
            peer: nibble(flags, PEER_SHIFT, Peer::ALL, ty, "peer")?,
            channel: nibble(flags, CHANNEL_SHIFT, Channel::ALL, ty, "channel")?,
            app: id(s.a, "app")?,
            number: text(s.b, "number")?,
            verification: verification(flags, ty)?,
        },
        EventType::CallEnded => K::CallEnded,
        EventType::AppForeground => K::AppForeground { package: req(s.a, "package")? },
        EventType::AppInstalled => K::AppInstalled {
            package: req(s.a, "package")?,
            installer: id(s.b, "installer")?,
            label: text(s.c, "label")?,
        },
        EventType::AppRemoved => K::AppRemoved { package: req(s.a, "package")? },
        EventType::ScreenShareStarted => K::ScreenShareStarted { package: id(s.a, "package")? },
        EventType::ScreenShareStopped => K::ScreenShareStopped { package: id(s.a, "package")? },
        EventType::AccessibilityEnabled => K::AccessibilityEnabled {
            package: req(s.a, "package")?,
            tool: nibble(flags, TOOL_SHIFT, OPT_BOOL, ty, "tool")?,
            from_store: nibble(flags, FROM_STORE_SHIFT, OPT_BOOL, ty, "from_store")?,
        },
        EventType::OverlayShown => K::OverlayShown { package: req(s.a, "package")? },
        EventType::SettingChanged => K::SettingChanged {
            setting: nibble(flags, SETTING_SHIFT, Setting::ALL, ty, "setting")?,
            package: id(s.a, "package")?,
            enabled: nibble(flags, ENABLED_SHIFT, &[false, true], ty, "enabled")?,
        },
        EventType::TextEntered => K::TextEntered {
            package: req(s.a, "package")?,
            field: nibble(flags, FIELD_SHIFT, Field::ALL, ty, "field")?,
            text: req_text(s.b, "text")?,
        },
        EventType::ScreenText => {
            K::ScreenText { package: req(s.a, "package")?, text: req_text(s.b, "text")? }
        }
        EventType::Notification => K::Notification {
            package: req(s.a, "package")?,
            title: text(s.b, "title")?,
            text: req_text(s.c, "text")?,
        },
        EventType::ContactAdded => K::ContactAdded { number: text(s.a, "number")? },
        EventType::CallState => {
            K::CallState { active: nibble(flags, ACTIVE_SHIFT, &[false, true], ty, "active")? }
        }
        EventType::PaymentPrompt => K::PaymentPrompt {
            package: id(s.a, "package")?,
            kind: nibble(flags, KIND_SHIFT, PaymentKind::ALL, ty, "kind")?,
            amount: id(s.b, "amount")?.map(|a| amount(&a, ty.wire_name())).transpose()?,
            currency: id(s.c, "currency")?,
        },
        EventType::PlatformRisk => K::PlatformRisk {
            kind: nibble(flags, KIND_SHIFT, RiskKind::ALL, ty, "kind")?,
            package: id(s.a, "package")?,
        },
        EventType::SmsReceived => K::SmsReceived {
            sender: text(s.a, "sender")?,
            sender_kind: nibble(flags, SENDER_KIND_SHIFT, SenderKind::ALL, ty, "sender_kind")?,
            text: req_text(s.b, "text")?,
        },
        EventType::TransferStarted => K::TransferStarted {
            package: id(s.a, "package")?,
            amount: amount(&req(s.b, "amount")?, ty.wire_name())?,
            currency: id(s.c, "currency")?.unwrap_or_else(|| "CNY".to_string()),
            payee_new: nibble(flags, PAYEE_NEW_SHIFT, OPT_BOOL, ty, "payee_new")?,
            payee: text(s.d, "payee")?,
        },
    };
    Ok(Event::new(t, kind))
}

/// Every string field of an event, to keep them out of error messages
/// ([`BridgeError::core`]).
pub(crate) fn event_strings(event: &Event) -> Vec<&str> {
    use EventKind as K;
    let all: Vec<Option<&String>> = match &event.kind {
        K::CallStarted { app, number, .. } => vec![app.as_ref(), number.as_ref()],
        K::CallEnded | K::CallState { .. } => vec![],
        K::AppForeground { package }
        | K::AppRemoved { package }
        | K::OverlayShown { package }
        | K::AccessibilityEnabled { package, .. } => vec![Some(package)],
        K::AppInstalled { package, installer, label } => {
            vec![Some(package), installer.as_ref(), label.as_ref()]
        }
        K::ScreenShareStarted { package } | K::ScreenShareStopped { package } => vec![package.as_ref()],
        K::SettingChanged { package, .. } | K::PlatformRisk { package, .. } => vec![package.as_ref()],
        K::TextEntered { package, text, .. } | K::ScreenText { package, text } => {
            vec![Some(package), Some(text)]
        }
        K::Notification { package, title, text } => vec![Some(package), title.as_ref(), Some(text)],
        K::SmsReceived { sender, text, .. } => vec![sender.as_ref(), Some(text)],
        K::TransferStarted { package, currency, payee, .. } => {
            vec![package.as_ref(), Some(currency), payee.as_ref()]
        }
        K::ContactAdded { number } => vec![number.as_ref()],
        K::PaymentPrompt { package, currency, .. } => vec![package.as_ref(), currency.as_ref()],
    };
    all.into_iter().flatten().map(String::as_str).collect()
}

/// The core's JSON for an event plus the fields it deliberately leaves out (number,
/// sender, payee, typed text), so tests can check every field crossed the boundary.
pub(crate) fn echo_json(event: &Event) -> String {
    let mut json = event.to_json();
    // The core writes typed text other than amounts as "" (it may be a password).
    if let EventKind::TextEntered { text, .. } = &event.kind {
        if let Some(head) = json.strip_suffix(r#""text":""}"#) {
            json = format!("{head}\"text\":{}}}", serde_json::json!(text));
        }
    }
    let extra: Vec<(&str, &Option<String>)> = match &event.kind {
        EventKind::CallStarted { number, .. } | EventKind::ContactAdded { number } => {
            vec![("number", number)]
        }
        EventKind::SmsReceived { sender, .. } => vec![("sender", sender)],
        EventKind::TransferStarted { payee, .. } => vec![("payee", payee)],
        _ => vec![],
    };
    for (k, v) in extra {
        if let Some(v) = v {
            json.pop(); // the closing brace
            json.push_str(&format!(",{}:{}}}", serde_json::json!(k), serde_json::json!(v)));
        }
    }
    json
}

fn string_array<'l>(env: &mut Env<'l>, c: &Cache, items: &[String]) -> Result<JObjectArray<'l>, BridgeError> {
    let arr = raw::new_array(env, items.len(), &c.string)?;
    for (i, item) in items.iter().enumerate() {
        let s = raw::new_string(env, item)?.auto();
        raw::set_element(env, &arr, i, &s)?;
    }
    Ok(arr)
}

/// `org.scamguard.Level` ordinal: `NONE` is 0, so the core's levels are shifted by one.
fn level_code(l: crate::Level) -> jint {
    l as jint + 1
}

/// One `org.scamguard.Warning`.
pub(crate) fn warning<'l>(env: &mut Env<'l>, c: &Cache, w: &Warning) -> Result<JObject<'l>, BridgeError> {
    let rule = raw::new_string(env, &w.rule)?.auto();
    let title = raw::new_string(env, &w.title)?.auto();
    let message = raw::new_string(env, &w.message)?.auto();
    let evidence = string_array(env, c, &w.evidence)?.auto();
    let actions = string_array(env, c, &w.actions)?.auto();
    let lang = raw::new_string(env, w.lang.wire_name())?.auto();
    let args = [
        JValue::Long(w.t as jlong).as_jni(),
        JValue::Int(level_code(w.level)).as_jni(),
        JValue::Object(&rule).as_jni(),
        JValue::Object(&title).as_jni(),
        JValue::Object(&message).as_jni(),
        JValue::Object(&evidence).as_jni(),
        JValue::Object(&actions).as_jni(),
        JValue::Object(&lang).as_jni(),
        JValue::Long(w.episode as jlong).as_jni(),
    ];
    // Safety: the constructor id was looked up on this class with exactly these argument types.
    Ok(unsafe { env.new_object_unchecked(&c.warning, c.warning_ctor, &args)? })
}

/// `Warning[]`.
pub(crate) fn warning_array<'l>(
    env: &mut Env<'l>,
    c: &Cache,
    warnings: &[Warning],
) -> Result<JObjectArray<'l>, BridgeError> {
    let arr = raw::new_array(env, warnings.len(), &c.warning)?;
    for (i, w) in warnings.iter().enumerate() {
        let obj = warning(env, c, w)?.auto();
        raw::set_element(env, &arr, i, &obj)?;
    }
    Ok(arr)
}

/// One `org.scamguard.TransferVerdict`.
pub(crate) fn verdict<'l>(env: &mut Env<'l>, c: &Cache, a: &Assessment) -> Result<JObject<'l>, BridgeError> {
    let decision: jint = match a.decision {
        Decision::Proceed => 0,
        Decision::Confirm => 1,
        Decision::Stop => 2,
    };
    let level = a.level.map_or(0, level_code);
    let reasons = string_array(env, c, &a.reasons)?.auto();
    let warnings = warning_array(env, c, &a.warnings)?.auto();
    let args = [
        JValue::Int(decision).as_jni(),
        JValue::Int(level).as_jni(),
        JValue::Object(&reasons).as_jni(),
        JValue::Object(&warnings).as_jni(),
    ];
    // Safety: the constructor id was looked up on this class with exactly these argument types.
    Ok(unsafe { env.new_object_unchecked(&c.verdict, c.verdict_ctor, &args)? })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The Java enums (`Level`, `Event.*`) rely on these orders.
    #[test]
    fn enum_orders_match_java() {
        let names = |v: Vec<&'static str>| v.join(",");
        assert_eq!(
            names(EventType::ALL.iter().map(|t| t.wire_name()).collect()),
            "call_started,call_ended,app_foreground,app_installed,app_removed,screen_share_started,\
             screen_share_stopped,accessibility_enabled,overlay_shown,setting_changed,text_entered,\
             screen_text,notification,sms_received,transfer_started,contact_added,call_state,payment_prompt,\
             platform_risk"
        );
        assert_eq!(
            names(Peer::ALL.iter().map(|t| t.wire_name()).collect()),
            "contact,unknown,hidden,flagged,unverified,service"
        );
        assert_eq!(names(Direction::ALL.iter().map(|t| t.wire_name()).collect()), "incoming,outgoing");
        assert_eq!(names(Channel::ALL.iter().map(|t| t.wire_name()).collect()), "cellular,voip");
        assert_eq!(
            names(Setting::ALL.iter().map(|t| t.wire_name()).collect()),
            "install_unknown_apps,bank_notifications_off,developer_options,other"
        );
        assert_eq!(
            names(Field::ALL.iter().map(|t| t.wire_name()).collect()),
            "amount,account,password,code,other"
        );
        assert_eq!(names(SenderKind::ALL.iter().map(|t| t.wire_name()).collect()), "contact,unknown,service");
        assert_eq!(names(Verification::ALL.iter().map(|t| t.wire_name()).collect()), "passed,failed,none");
        assert_eq!(
            names(PaymentKind::ALL.iter().map(|t| t.wire_name()).collect()),
            "qr_scan,payment_code,collect_request,drawdown"
        );
        assert_eq!(
            names(RiskKind::ALL.iter().map(|t| t.wire_name()).collect()),
            "screen_captured,device_controlled,display_cast,voip_call"
        );
        assert_eq!(names(crate::Lang::ALL.iter().map(|t| t.wire_name()).collect()), "zh-CN,zh-HK,en");
        for (i, l) in crate::Level::ALL.iter().enumerate() {
            assert_eq!(level_code(*l), i as jint + 1, "Level.NONE is ordinal 0 in Java");
        }
    }

    #[test]
    fn time_and_amount_errors_are_clear() {
        assert!(time(-1, "call_ended").unwrap_err().to_string().contains("negative time t=-1"));
        assert_eq!(time(5, "x").unwrap(), 5);
        let e = amount("lots", "transfer_started").unwrap_err().to_string();
        assert_eq!(e, "transfer_started: invalid amount: not a number");
    }
}

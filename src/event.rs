//! The engine's public event type: one to one with `spec/trace-format.md`.
//!
//! Deserialisation goes through a flat [`RawEvent`] (every field optional) and
//! then checks, per type, that the required fields are there. That gives
//! messages such as "app_foreground: missing field `package`" and is faster than
//! serde's internally tagged enums, which buffer every object first.

use crate::amount::Money;
pub use crate::kinds::{
    Channel, Direction, EventType, Field, PaymentKind, Peer, RiskKind, SenderKind, Setting, Verification,
};
use serde::de::{self, Deserializer, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

pub(crate) mod fast;
pub(crate) use fast::RecentTexts;

/// Milliseconds on the device's monotonic clock (`SystemClock.elapsedRealtime()`).
pub type Millis = u64;

/// One observation of the device. Its `Debug` names fields but never prints
/// numbers, typed text, senders, payees or visible text (only their length).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub t: Millis,
    pub kind: EventKind,
}

/// What happened. Variants and fields mirror the trace format.
#[derive(Clone, PartialEq, Eq)]
pub enum EventKind {
    CallStarted {
        direction: Direction,
        peer: Peer,
        channel: Channel,
        /// The VoIP app's package, for `channel: voip`.
        app: Option<String>,
        /// Raw number: kept only to be dropped; never logged or shown.
        number: Option<String>,
        /// The platform's or the bank's check of the number, if any.
        verification: Option<Verification>,
    },
    CallEnded,
    AppForeground {
        package: String,
    },
    AppInstalled {
        package: String,
        installer: Option<String>,
        label: Option<String>,
    },
    AppRemoved {
        package: String,
    },
    ScreenShareStarted {
        package: Option<String>,
    },
    ScreenShareStopped {
        package: Option<String>,
    },
    AccessibilityEnabled {
        package: String,
        /// The service declares itself an accessibility tool (`isAccessibilityTool`).
        tool: Option<bool>,
        /// The app came from an app store.
        from_store: Option<bool>,
    },
    OverlayShown {
        package: String,
    },
    SettingChanged {
        setting: Setting,
        package: Option<String>,
        enabled: bool,
    },
    TextEntered {
        package: String,
        field: Field,
        text: String,
    },
    ScreenText {
        package: String,
        text: String,
    },
    Notification {
        package: String,
        title: Option<String>,
        text: String,
    },
    SmsReceived {
        sender: Option<String>,
        sender_kind: SenderKind,
        text: String,
    },
    TransferStarted {
        package: Option<String>,
        amount: Money,
        currency: String,
        payee_new: Option<bool>,
        payee: Option<String>,
    },
    /// The user saved a contact (a number saved minutes before it calls is not trusted).
    ContactAdded {
        /// Raw number: only its keyed hash is kept, never the number.
        number: Option<String>,
    },
    /// The observer's snapshot of the call state; `active: false` ends a call whose
    /// `call_ended` was lost.
    CallState {
        active: bool,
    },
    /// A screen about to move money: a QR scan to pay, a payment code, a collect
    /// request, a credit drawdown.
    PaymentPrompt {
        package: Option<String>,
        kind: PaymentKind,
        amount: Option<Money>,
        currency: Option<String>,
    },
    /// A fact from the platform (Play Integrity, capture callbacks, displays, audio mode).
    PlatformRisk {
        kind: RiskKind,
        package: Option<String>,
    },
}

impl Event {
    pub fn new(t: Millis, kind: EventKind) -> Event {
        Event { t, kind }
    }

    pub fn event_type(&self) -> EventType {
        self.kind.event_type()
    }

    /// The app this event is about, if any.
    pub fn package(&self) -> Option<&str> {
        use EventKind::*;
        match &self.kind {
            CallStarted { app, .. } => app.as_deref(),
            CallEnded | SmsReceived { .. } | ContactAdded { .. } | CallState { .. } => None,
            AppForeground { package }
            | AppInstalled { package, .. }
            | AppRemoved { package }
            | AccessibilityEnabled { package, .. }
            | OverlayShown { package }
            | TextEntered { package, .. }
            | ScreenText { package, .. }
            | Notification { package, .. } => Some(package),
            ScreenShareStarted { package }
            | ScreenShareStopped { package }
            | SettingChanged { package, .. }
            | TransferStarted { package, .. }
            | PaymentPrompt { package, .. }
            | PlatformRisk { package, .. } => package.as_deref(),
        }
    }

    /// Parses one JSON object (one trace line).
    pub fn from_json(line: &str) -> Result<Event, serde_json::Error> {
        // The simple common case without serde's machinery; serde decides everything else.
        match fast::parse(line) {
            Some(e) => Ok(e),
            None => serde_json::from_str(line),
        }
    }

    /// Parses one JSON object when it is in the simple subset traces use (flat, no
    /// escapes, integer times, known fields); `None` when [`Event::from_json`] must
    /// judge the line. Whatever it returns, `from_json` would return too.
    pub fn from_json_fast(line: &str) -> Option<Event> {
        fast::parse(line)
    }

    /// One JSON object in the trace format, without the raw `number`, sender or
    /// payee, and without typed text other than amounts (a password typed into a
    /// field is written as an empty `text`).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// How private text shows in `Debug`: its length, never its content.
struct Hidden<'a>(&'a str);

impl fmt::Debug for Hidden<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} chars>", self.0.chars().count())
    }
}

fn hidden(s: &Option<String>) -> Option<Hidden<'_>> {
    s.as_deref().map(Hidden)
}

impl fmt::Debug for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use EventKind as K;
        let name = self.event_type().wire_name();
        let mut d = f.debug_struct(name);
        match self {
            K::CallStarted { direction, peer, channel, app, number, verification } => d
                .field("direction", direction)
                .field("peer", peer)
                .field("channel", channel)
                .field("app", app)
                .field("number", &hidden(number))
                .field("verification", verification),
            K::CallEnded => &mut d,
            K::AppForeground { package } | K::AppRemoved { package } | K::OverlayShown { package } => {
                d.field("package", package)
            }
            K::AppInstalled { package, installer, label } => {
                d.field("package", package).field("installer", installer).field("label", label)
            }
            K::ScreenShareStarted { package } | K::ScreenShareStopped { package } => {
                d.field("package", package)
            }
            K::AccessibilityEnabled { package, tool, from_store } => {
                d.field("package", package).field("tool", tool).field("from_store", from_store)
            }
            K::SettingChanged { setting, package, enabled } => {
                d.field("setting", setting).field("package", package).field("enabled", enabled)
            }
            K::TextEntered { package, field, text } => {
                d.field("package", package).field("field", field).field("text", &Hidden(text))
            }
            K::ScreenText { package, text } => d.field("package", package).field("text", &Hidden(text)),
            K::Notification { package, title, text } => {
                d.field("package", package).field("title", &hidden(title)).field("text", &Hidden(text))
            }
            K::SmsReceived { sender, sender_kind, text } => d
                .field("sender", &hidden(sender))
                .field("sender_kind", sender_kind)
                .field("text", &Hidden(text)),
            K::TransferStarted { package, amount, currency, payee_new, payee } => d
                .field("package", package)
                .field("amount", amount)
                .field("currency", currency)
                .field("payee_new", payee_new)
                .field("payee", &hidden(payee)),
            K::ContactAdded { number } => d.field("number", &hidden(number)),
            K::CallState { active } => d.field("active", active),
            K::PaymentPrompt { package, kind, amount, currency } => d
                .field("package", package)
                .field("kind", kind)
                .field("amount", amount)
                .field("currency", currency),
            K::PlatformRisk { kind, package } => d.field("kind", kind).field("package", package),
        };
        d.finish()
    }
}

impl EventKind {
    pub fn event_type(&self) -> EventType {
        use EventKind::*;
        match self {
            CallStarted { .. } => EventType::CallStarted,
            CallEnded => EventType::CallEnded,
            AppForeground { .. } => EventType::AppForeground,
            AppInstalled { .. } => EventType::AppInstalled,
            AppRemoved { .. } => EventType::AppRemoved,
            ScreenShareStarted { .. } => EventType::ScreenShareStarted,
            ScreenShareStopped { .. } => EventType::ScreenShareStopped,
            AccessibilityEnabled { .. } => EventType::AccessibilityEnabled,
            OverlayShown { .. } => EventType::OverlayShown,
            SettingChanged { .. } => EventType::SettingChanged,
            TextEntered { .. } => EventType::TextEntered,
            ScreenText { .. } => EventType::ScreenText,
            Notification { .. } => EventType::Notification,
            SmsReceived { .. } => EventType::SmsReceived,
            TransferStarted { .. } => EventType::TransferStarted,
            ContactAdded { .. } => EventType::ContactAdded,
            CallState { .. } => EventType::CallState,
            PaymentPrompt { .. } => EventType::PaymentPrompt,
            PlatformRisk { .. } => EventType::PlatformRisk,
        }
    }
}

/// An amount as it may appear in JSON: a number or a string, parsed exactly.
struct AmountField(Money);

impl<'de> Deserialize<'de> for AmountField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = AmountField;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount (number or string)")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<AmountField, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<AmountField, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<AmountField, E> {
                // Rust prints the shortest decimal that reads back as the same f64,
                // which is the literal the trace carried for any sane amount
                // (up to 15 significant digits), so no binary rounding leaks in.
                if !v.is_finite() {
                    return Err(E::custom("amount is not finite"));
                }
                self.visit_str(&v.to_string())
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<AmountField, E> {
                Money::parse(v).map(AmountField).map_err(|e| E::custom(format!("invalid amount: {e}")))
            }
        }
        d.deserialize_any(V)
    }
}

/// Every field of every event type, all optional: the first step of parsing.
#[derive(Deserialize)]
struct RawEvent<'a> {
    t: Option<Millis>,
    #[serde(rename = "type")]
    kind: Option<Cow<'a, str>>,
    direction: Option<Direction>,
    peer: Option<Peer>,
    channel: Option<Channel>,
    app: Option<String>,
    number: Option<String>,
    package: Option<String>,
    installer: Option<String>,
    label: Option<String>,
    setting: Option<Setting>,
    enabled: Option<bool>,
    field: Option<Field>,
    text: Option<String>,
    title: Option<String>,
    sender: Option<String>,
    sender_kind: Option<SenderKind>,
    amount: Option<AmountField>,
    currency: Option<String>,
    payee_new: Option<bool>,
    payee: Option<String>,
    verification: Option<Verification>,
    tool: Option<bool>,
    from_store: Option<bool>,
    active: Option<bool>,
    #[serde(rename = "kind")]
    payment_or_risk: Option<Cow<'a, str>>,
}

fn need<T, E: de::Error>(v: Option<T>, ty: EventType, name: &str) -> Result<T, E> {
    v.ok_or_else(|| E::custom(format!("{ty}: missing field `{name}`")))
}

impl RawEvent<'_> {
    fn into_event<E: de::Error>(self) -> Result<Event, E> {
        let t = self.t.ok_or_else(|| E::custom("missing field `t`"))?;
        let name = self.kind.ok_or_else(|| E::custom("missing field `type`"))?;
        let ty = EventType::from_wire(&name)
            .ok_or_else(|| E::custom("unknown event type (see docs/trace-format.md)"))?;
        use EventKind as K;
        let kind = match ty {
            EventType::CallStarted => K::CallStarted {
                direction: need(self.direction, ty, "direction")?,
                peer: need(self.peer, ty, "peer")?,
                channel: self.channel.unwrap_or_default(),
                app: self.app,
                number: self.number,
                verification: self.verification,
            },
            EventType::CallEnded => K::CallEnded,
            EventType::AppForeground => K::AppForeground { package: need(self.package, ty, "package")? },
            EventType::AppInstalled => K::AppInstalled {
                package: need(self.package, ty, "package")?,
                installer: self.installer,
                label: self.label,
            },
            EventType::AppRemoved => K::AppRemoved { package: need(self.package, ty, "package")? },
            EventType::ScreenShareStarted => K::ScreenShareStarted { package: self.package },
            EventType::ScreenShareStopped => K::ScreenShareStopped { package: self.package },
            EventType::AccessibilityEnabled => K::AccessibilityEnabled {
                package: need(self.package, ty, "package")?,
                tool: self.tool,
                from_store: self.from_store,
            },
            EventType::OverlayShown => K::OverlayShown { package: need(self.package, ty, "package")? },
            EventType::SettingChanged => K::SettingChanged {
                setting: need(self.setting, ty, "setting")?,
                package: self.package,
                enabled: need(self.enabled, ty, "enabled")?,
            },
            EventType::TextEntered => K::TextEntered {
                package: need(self.package, ty, "package")?,
                field: need(self.field, ty, "field")?,
                text: need(self.text, ty, "text")?,
            },
            EventType::ScreenText => K::ScreenText {
                package: need(self.package, ty, "package")?,
                text: need(self.text, ty, "text")?,
            },
            EventType::Notification => K::Notification {
                package: need(self.package, ty, "package")?,
                title: self.title,
                text: need(self.text, ty, "text")?,
            },
            EventType::SmsReceived => K::SmsReceived {
                sender: self.sender,
                sender_kind: self.sender_kind.unwrap_or_default(),
                text: need(self.text, ty, "text")?,
            },
            EventType::TransferStarted => K::TransferStarted {
                package: self.package,
                amount: need(self.amount, ty, "amount")?.0,
                currency: self.currency.unwrap_or_else(|| "CNY".to_string()),
                payee_new: self.payee_new,
                payee: self.payee,
            },
            EventType::ContactAdded => K::ContactAdded { number: self.number },
            EventType::CallState => K::CallState { active: need(self.active, ty, "active")? },
            EventType::PaymentPrompt => {
                let kind = need(self.payment_or_risk, ty, "kind")?;
                K::PaymentPrompt {
                    package: self.package,
                    kind: PaymentKind::from_wire(&kind)
                        .ok_or_else(|| E::custom(format!("{ty}: unknown `kind`")))?,
                    amount: self.amount.map(|a| a.0),
                    currency: self.currency,
                }
            }
            EventType::PlatformRisk => {
                let kind = need(self.payment_or_risk, ty, "kind")?;
                K::PlatformRisk {
                    kind: RiskKind::from_wire(&kind)
                        .ok_or_else(|| E::custom(format!("{ty}: unknown `kind`")))?,
                    package: self.package,
                }
            }
        };
        Ok(Event { t, kind })
    }
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        RawEvent::deserialize(d)?.into_event()
    }
}

impl Serialize for Event {
    /// Writes the trace format. The raw phone number is never written out.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use EventKind as K;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("t", &self.t)?;
        m.serialize_entry("type", self.event_type().wire_name())?;
        fn opt<M: SerializeMap, V: Serialize>(m: &mut M, k: &str, v: &Option<V>) -> Result<(), M::Error> {
            match v {
                Some(v) => m.serialize_entry(k, v),
                None => Ok(()),
            }
        }
        match &self.kind {
            K::CallStarted { direction, peer, channel, app, number: _, verification } => {
                m.serialize_entry("direction", direction)?;
                m.serialize_entry("peer", peer)?;
                m.serialize_entry("channel", channel)?;
                opt(&mut m, "app", app)?;
                opt(&mut m, "verification", verification)?;
            }
            K::CallEnded => {}
            K::AppForeground { package } | K::AppRemoved { package } | K::OverlayShown { package } => {
                m.serialize_entry("package", package)?
            }
            K::AccessibilityEnabled { package, tool, from_store } => {
                m.serialize_entry("package", package)?;
                opt(&mut m, "tool", tool)?;
                opt(&mut m, "from_store", from_store)?;
            }
            K::AppInstalled { package, installer, label } => {
                m.serialize_entry("package", package)?;
                opt(&mut m, "installer", installer)?;
                opt(&mut m, "label", label)?;
            }
            K::ScreenShareStarted { package } | K::ScreenShareStopped { package } => {
                opt(&mut m, "package", package)?
            }
            K::SettingChanged { setting, package, enabled } => {
                m.serialize_entry("setting", setting)?;
                opt(&mut m, "package", package)?;
                m.serialize_entry("enabled", enabled)?;
            }
            K::TextEntered { package, field, text } => {
                m.serialize_entry("package", package)?;
                m.serialize_entry("field", field)?;
                // Only what reads as an amount: a password typed into the wrong field stays private.
                let is_amount = *field == Field::Amount && Money::parse(text).is_ok();
                let shown = if is_amount { text.as_str() } else { "" };
                m.serialize_entry("text", shown)?;
            }
            K::ScreenText { package, text } => {
                m.serialize_entry("package", package)?;
                m.serialize_entry("text", text)?;
            }
            K::Notification { package, title, text } => {
                m.serialize_entry("package", package)?;
                opt(&mut m, "title", title)?;
                m.serialize_entry("text", text)?;
            }
            K::SmsReceived { sender: _, sender_kind, text } => {
                m.serialize_entry("sender_kind", sender_kind)?;
                m.serialize_entry("text", text)?;
            }
            K::TransferStarted { package, amount, currency, payee_new, payee: _ } => {
                opt(&mut m, "package", package)?;
                let fen = amount.fen();
                m.serialize_entry("amount", &format!("{}.{:02}", fen / 100, fen % 100))?;
                m.serialize_entry("currency", currency)?;
                opt(&mut m, "payee_new", payee_new)?;
            }
            K::ContactAdded { number: _ } => {}
            K::CallState { active } => m.serialize_entry("active", active)?,
            K::PaymentPrompt { package, kind, amount, currency } => {
                opt(&mut m, "package", package)?;
                m.serialize_entry("kind", kind)?;
                if let Some(a) = amount {
                    let fen = a.fen();
                    m.serialize_entry("amount", &format!("{}.{:02}", fen / 100, fen % 100))?;
                }
                opt(&mut m, "currency", currency)?;
            }
            K::PlatformRisk { kind, package } => {
                m.serialize_entry("kind", kind)?;
                opt(&mut m, "package", package)?;
            }
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_type_with_defaults() {
        let e = Event::from_json(
            r#"{"t":5,"type":"call_started","direction":"incoming","peer":"unknown","number":"+86 1"}"#,
        )
        .unwrap();
        assert_eq!(e.t, 5);
        match e.kind {
            EventKind::CallStarted { channel, number, .. } => {
                assert_eq!(channel, Channel::Cellular);
                assert_eq!(number.as_deref(), Some("+86 1"));
            }
            other => panic!("{other:?}"),
        }
        let e = Event::from_json(r#"{"t":1,"type":"sms_received","text":"hi"}"#).unwrap();
        assert!(matches!(e.kind, EventKind::SmsReceived { sender_kind: SenderKind::Unknown, .. }));
        let e = Event::from_json(r#"{"t":1,"type":"transfer_started","amount":"¥19,999.58"}"#).unwrap();
        match e.kind {
            EventKind::TransferStarted { amount, currency, .. } => {
                assert_eq!(amount, Money(1_999_958));
                assert_eq!(currency, "CNY");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn float_amounts_are_exact() {
        for (json, fen) in [("19999.58", 1_999_958), ("0.1", 10), ("20000", 2_000_000), ("1.15", 115)] {
            let line = format!(r#"{{"t":1,"type":"transfer_started","amount":{json}}}"#);
            match Event::from_json(&line).unwrap().kind {
                EventKind::TransferStarted { amount, .. } => assert_eq!(amount.fen(), fen, "{json}"),
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn reports_what_is_wrong() {
        let err = |s: &str| Event::from_json(s).unwrap_err().to_string();
        assert!(err(r#"{"type":"call_ended"}"#).contains("missing field `t`"));
        assert!(err(r#"{"t":1}"#).contains("missing field `type`"));
        assert!(err(r#"{"t":1,"type":"teleport"}"#).contains("unknown event type"));
        assert!(!err(r#"{"t":1,"type":"6217000011112222333"}"#).contains("6217"));
        assert!(err(r#"{"t":1,"type":"app_foreground"}"#).contains("app_foreground: missing field `package`"));
        assert!(err(r#"{"t":1,"type":"app_foreground","package":7}"#).contains("invalid type"));
        assert!(err(r#"{"t":-1,"type":"call_ended"}"#).contains("invalid value"));
        assert!(err(r#"{"t":1,"type":"call_started","direction":"sideways","peer":"contact"}"#)
            .contains("unknown variant"));
        assert!(err(r#"{"t":1,"type":"transfer_started","amount":"lots"}"#).contains("invalid amount"));
        assert!(err("not json").contains("expected"));
    }

    #[test]
    fn debug_and_json_hold_no_private_values() {
        for line in [
            r#"{"t":1,"type":"call_started","direction":"incoming","peer":"unknown","number":"13812345678"}"#,
            r#"{"t":1,"type":"text_entered","package":"a.b","field":"password","text":"Hunter2Passw0rd"}"#,
            r#"{"t":1,"type":"sms_received","sender":"13812345678","text":"hi"}"#,
            r#"{"t":1,"type":"transfer_started","amount":"5","payee":"Hunter2Passw0rd"}"#,
            r#"{"t":1,"type":"contact_added","number":"13812345678"}"#,
        ] {
            let e = Event::from_json(line).unwrap();
            for out in [format!("{e:?}"), e.to_json()] {
                assert!(!out.contains("13812345678") && !out.contains("Hunter2"), "{out}");
            }
        }
        // A received message is the trace's content (JSON keeps it), but Debug does not.
        let sms = Event::from_json(r#"{"t":1,"type":"sms_received","text":"Hunter2Passw0rd"}"#).unwrap();
        assert!(!format!("{sms:?}").contains("Hunter2"));
    }

    #[test]
    fn ignores_unknown_fields() {
        let e = Event::from_json(r#"{"t":1,"type":"call_ended","note":"x","extra":{"a":[1]}}"#).unwrap();
        assert_eq!(e.kind, EventKind::CallEnded);
    }

    #[test]
    fn round_trips_without_the_phone_number() {
        let line = r#"{"t":9,"type":"call_started","direction":"outgoing","peer":"flagged","channel":"voip","app":"com.tencent.mm","number":"13800000000"}"#;
        let e = Event::from_json(line).unwrap();
        let out = e.to_json();
        assert!(!out.contains("13800000000"));
        let back = Event::from_json(&out).unwrap();
        assert_eq!(back.event_type(), EventType::CallStarted);
        assert_eq!(back.package(), Some("com.tencent.mm"));
    }
}

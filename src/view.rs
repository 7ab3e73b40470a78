//! Views of a trace: everything the phone-wide observer sees (`full`), or only what
//! a bank app alone could see (`bank`), so every test and the evaluation can run
//! both ways. The bank view is defined in docs/evaluation.md.

use crate::catalog::Catalog;
use crate::event::{Event, EventKind};
use crate::kinds::{Category, Channel, Field, Peer, RiskKind, Setting};

/// Which observer the engine stands in for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    /// The Android layer with every permission: the trace as written.
    #[default]
    Full,
    /// A bank app alone: no contacts, no other apps' text, calls `unverified`.
    Bank,
}

impl View {
    pub fn from_wire(s: &str) -> Option<View> {
        match s {
            "full" => Some(View::Full),
            "bank" => Some(View::Bank),
            _ => None,
        }
    }

    pub fn wire_name(self) -> &'static str {
        match self {
            View::Full => "full",
            View::Bank => "bank",
        }
    }
}

/// The bank app a bank view takes as its own when none is given: the package of the
/// first amount typed, or transfer started, in a catalogued bank or payment app.
pub fn default_bank_package(events: &[Event]) -> Option<String> {
    let catalog = Catalog::builtin();
    let finance = |p: &str| catalog.is(p, Category::Bank) || catalog.is(p, Category::Payment);
    events.iter().find_map(|e| match &e.kind {
        EventKind::TextEntered { package, field: Field::Amount, .. } if finance(package) => {
            Some(package.clone())
        }
        EventKind::TransferStarted { package: Some(p), .. } if finance(p) => Some(p.clone()),
        _ => None,
    })
}

/// The events a bank app alone would see, given its own package (or the default
/// above when `bank_package` is `None`; with no bank app at all, only the
/// device-wide facts remain).
///
/// - Calls: `peer` becomes `unverified` and `number`/`verification` are dropped (no
///   contacts permission); a VoIP call is seen only as the audio mode of some app:
///   `platform_risk {kind: voip_call}`. `call_ended`, `call_state`, `platform_risk`
///   are kept; `contact_added` is dropped.
/// - Its own window: `app_foreground`, `text_entered`, `screen_text`,
///   `transfer_started`, `payment_prompt` of its own package only (a transfer or
///   prompt without a package is the bank's own report).
/// - Installs, removals and accessibility grants: kept (package visibility and
///   AccessibilityManager).
/// - A VoIP call still running when its own window comes to the front is reported
///   again then (`platform_risk {kind: voip_call}`): the app reads the audio mode
///   (`AudioManager.getMode()`) when it resumes, as it reads the share state. The
///   engine takes a report during a call it knows as that call; a report after
///   the engine gave up on a reported call (`calls.max_reported_voip_ms`) starts
///   one again, so a day-long "digital arrest" video call is on the line when the
///   victim opens the bank.
/// - Screen capture and overlays: seen only while its own window is in front. A
///   share that began in another app becomes visible when the bank comes to the
///   front (`screen_share_started` at that moment) and invisible when it leaves
///   (`screen_share_stopped`), as the platform's capture callbacks report it.
/// - Settings: only `developer_options`, and `bank_notifications_off` for its own app.
/// - Notifications: its own only (it posted them: a credit received, a payment
///   request, and for a wallet that is also a chat app, its chats). SMS: dropped.
pub fn bank_view(events: &[Event], bank_package: Option<&str>) -> Vec<Event> {
    let default;
    let bank = match bank_package {
        Some(p) => Some(p),
        None => {
            default = default_bank_package(events);
            default.as_deref()
        }
    };
    let own = |p: &str| bank == Some(p);
    let mut out = Vec::with_capacity(events.len());
    let mut front: Option<&str> = None;
    // Shares running on the device, and whether the bank currently sees one.
    let mut shares: usize = 0;
    let mut seen_share = false;
    // Whether the last call to start was a VoIP call that has not ended.
    let mut voip_live = false;
    for e in events {
        let t = e.t;
        let keep = |k: EventKind| Event::new(t, k);
        match &e.kind {
            // A VoIP call is only the audio mode of some app (MODE_IN_COMMUNICATION).
            EventKind::CallStarted { channel: Channel::Voip, .. } => {
                voip_live = true;
                out.push(keep(EventKind::PlatformRisk { kind: RiskKind::VoipCall, package: None }))
            }
            EventKind::CallStarted { direction, channel, .. } => {
                voip_live = false;
                out.push(keep(EventKind::CallStarted {
                    direction: *direction,
                    peer: Peer::Unverified,
                    channel: *channel,
                    app: None,
                    number: None,
                    verification: None,
                }))
            }
            EventKind::CallEnded | EventKind::CallState { active: false } => {
                voip_live = false;
                out.push(e.clone())
            }
            EventKind::CallState { .. } | EventKind::PlatformRisk { .. } => out.push(e.clone()),
            EventKind::ContactAdded { .. } => {}
            EventKind::AppForeground { package } => {
                front = Some(package.as_str());
                if own(package) {
                    if voip_live {
                        out.push(keep(EventKind::PlatformRisk { kind: RiskKind::VoipCall, package: None }));
                    }
                    out.push(e.clone());
                }
            }
            EventKind::AppInstalled { .. }
            | EventKind::AppRemoved { .. }
            | EventKind::AccessibilityEnabled { .. } => out.push(e.clone()),
            EventKind::ScreenShareStarted { .. } => shares += 1,
            EventKind::ScreenShareStopped { .. } => shares = shares.saturating_sub(1),
            EventKind::OverlayShown { .. } => {
                if front.is_some_and(own) {
                    out.push(e.clone());
                }
            }
            // A bank app can read developer options, and whether its own
            // notifications are on (`areNotificationsEnabled`), nothing else.
            EventKind::SettingChanged { setting, package, .. } => {
                let own_notifications =
                    *setting == Setting::BankNotificationsOff && package.as_deref().map_or(true, own);
                if *setting == Setting::DeveloperOptions || own_notifications {
                    out.push(e.clone());
                }
            }
            EventKind::TextEntered { package, .. } | EventKind::ScreenText { package, .. } => {
                if own(package) {
                    out.push(e.clone());
                }
            }
            EventKind::TransferStarted { package, .. } | EventKind::PaymentPrompt { package, .. } => {
                if package.as_deref().map_or(true, own) {
                    out.push(e.clone());
                }
            }
            // Its own notifications are its own messages: it posted them.
            EventKind::Notification { package, .. } => {
                if own(package) {
                    out.push(e.clone());
                }
            }
            EventKind::SmsReceived { .. } => {}
        }
        // The bank sees capture of its own window, and only that.
        let sees = shares > 0 && front.is_some_and(own);
        if sees != seen_share {
            seen_share = sees;
            out.push(keep(if sees {
                EventKind::ScreenShareStarted { package: None }
            } else {
                EventKind::ScreenShareStopped { package: None }
            }));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(lines: &str) -> Vec<Event> {
        lines.lines().filter(|l| !l.trim().is_empty()).map(|l| Event::from_json(l).expect(l)).collect()
    }

    const TRACE: &str = r#"
{"t":0,"type":"call_started","direction":"incoming","peer":"contact","number":"+86 170 0000 1234","verification":"passed"}
{"t":5,"type":"contact_added","number":"+86 170 0000 9999"}
{"t":10,"type":"sms_received","sender":"955","text":"hi"}
{"t":15,"type":"call_started","direction":"incoming","peer":"unknown","channel":"voip","app":"com.tencent.mm"}
{"t":20,"type":"app_foreground","package":"com.tencent.wemeet.app"}
{"t":30,"type":"screen_share_started","package":"com.tencent.wemeet.app"}
{"t":40,"type":"screen_text","package":"com.eg.android.AlipayGphone","text":"备用金"}
{"t":50,"type":"app_installed","package":"com.xq.meetpro2","installer":"com.android.chrome"}
{"t":60,"type":"setting_changed","setting":"install_unknown_apps","enabled":true}
{"t":70,"type":"app_foreground","package":"com.android.bankabc"}
{"t":80,"type":"overlay_shown","package":"com.xq.meetpro2"}
{"t":90,"type":"text_entered","package":"com.android.bankabc","field":"amount","text":"19999.58"}
{"t":95,"type":"text_entered","package":"com.eg.android.AlipayGphone","field":"amount","text":"500"}
{"t":96,"type":"payment_prompt","package":"com.eg.android.AlipayGphone","kind":"qr_scan"}
{"t":97,"type":"payment_prompt","package":"com.android.bankabc","kind":"collect_request"}
{"t":98,"type":"platform_risk","kind":"device_controlled"}
{"t":100,"type":"app_foreground","package":"com.tencent.mm"}
{"t":110,"type":"screen_share_stopped"}
{"t":120,"type":"call_ended"}
"#;

    #[test]
    fn a_bank_app_sees_its_own_window_and_device_wide_facts_only() {
        let v = bank_view(&ev(TRACE), None);
        let kinds: Vec<(u64, &str)> = v.iter().map(|e| (e.t, e.event_type().wire_name())).collect();
        assert_eq!(
            kinds,
            [
                (0, "call_started"),
                (15, "platform_risk"),
                (50, "app_installed"),
                // The VoIP call begun at 15 is still on when the bank comes to the front.
                (70, "platform_risk"),
                (70, "app_foreground"),
                (70, "screen_share_started"),
                (80, "overlay_shown"),
                (90, "text_entered"),
                (97, "payment_prompt"),
                (98, "platform_risk"),
                (100, "screen_share_stopped"),
                (120, "call_ended"),
            ]
        );
        match &v[0].kind {
            EventKind::CallStarted { peer, number, verification, .. } => {
                assert_eq!(*peer, Peer::Unverified);
                assert!(number.is_none() && verification.is_none());
            }
            k => panic!("{k:?}"),
        }
    }

    #[test]
    fn the_default_bank_is_the_first_catalogued_finance_app_with_money() {
        let events = ev(TRACE);
        assert_eq!(default_bank_package(&events).as_deref(), Some("com.android.bankabc"));
        // With Alipay as the bank, ABC's amount disappears and Alipay's stays.
        let v = bank_view(&events, Some("com.eg.android.AlipayGphone"));
        let texts: Vec<u64> =
            v.iter().filter(|e| matches!(e.kind, EventKind::TextEntered { .. })).map(|e| e.t).collect();
        assert_eq!(texts, [95]);
        let st: Vec<u64> =
            v.iter().filter(|e| matches!(e.kind, EventKind::ScreenText { .. })).map(|e| e.t).collect();
        assert_eq!(st, [40]);
        // Alipay never came to the front: no share is visible to it.
        assert!(!v.iter().any(|e| matches!(e.kind, EventKind::ScreenShareStarted { .. })));
        let prompts: Vec<u64> =
            v.iter().filter(|e| matches!(e.kind, EventKind::PaymentPrompt { .. })).map(|e| e.t).collect();
        assert_eq!(prompts, [96]);
    }

    /// A bank app posts its own notifications, so it knows them; another app's
    /// notification and an SMS stay out of its view.
    #[test]
    fn the_bank_keeps_its_own_notifications_only() {
        let events = ev(concat!(
            r#"{"t":1,"type":"notification","package":"com.tencent.mm","title":"客服","text":"先转20返25"}"#,
            "\n",
            r#"{"t":2,"type":"notification","package":"com.whatsapp","text":"hi mum"}"#,
            "\n",
            r#"{"t":3,"type":"sms_received","text":"您的验证码 1234"}"#,
            "\n",
            r#"{"t":4,"type":"text_entered","package":"com.tencent.mm","field":"amount","text":"20"}"#,
        ));
        let v = bank_view(&events, Some("com.tencent.mm"));
        let kept: Vec<u64> =
            v.iter().filter(|e| matches!(e.kind, EventKind::Notification { .. })).map(|e| e.t).collect();
        assert_eq!(kept, [1]);
        assert!(!v.iter().any(|e| matches!(e.kind, EventKind::SmsReceived { .. })));
        // Another bank on the same phone sees none of it.
        let other = bank_view(&events, Some("com.android.bankabc"));
        assert!(!other.iter().any(|e| matches!(e.kind, EventKind::Notification { .. })));
    }

    /// Over a generated corpus: nothing of another app's window, no contacts, no
    /// messages, no phone numbers ever reaches the bank view, and the bank sees a
    /// share only while its own window is in front.
    #[test]
    fn the_bank_view_never_leaks_what_a_bank_app_cannot_see() {
        for tr in crate::gen::generate(17, 120, 120) {
            let events: Vec<Event> =
                crate::trace::TraceReader::new(tr.to_jsonl().as_bytes(), tr.name.as_str())
                    .collect::<Result<_, _>>()
                    .expect("generated traces are valid");
            let bank = tr.expect.bank_package.clone().unwrap_or_default();
            let own = |p: &str| p == bank;
            let mut front = String::new();
            for e in bank_view(&events, Some(&bank)) {
                match &e.kind {
                    EventKind::CallStarted { peer, number, verification, app, channel, .. } => {
                        assert_eq!(*peer, Peer::Unverified, "{}", tr.name);
                        assert!(number.is_none() && verification.is_none() && app.is_none());
                        assert_eq!(*channel, Channel::Cellular, "VoIP calls are only an audio mode");
                    }
                    EventKind::AppForeground { package } => {
                        assert!(own(package), "{}", tr.name);
                        front = package.clone();
                    }
                    EventKind::TextEntered { package, .. } | EventKind::ScreenText { package, .. } => {
                        assert!(own(package), "{}", tr.name)
                    }
                    EventKind::TransferStarted { package, .. } | EventKind::PaymentPrompt { package, .. } => {
                        assert!(package.as_deref().is_some_and(own), "{}", tr.name)
                    }
                    EventKind::ScreenShareStarted { .. } | EventKind::OverlayShown { .. } => {
                        assert!(own(&front), "{}: only over its own window", tr.name)
                    }
                    EventKind::SettingChanged { setting, .. } => {
                        assert!(matches!(setting, Setting::DeveloperOptions | Setting::BankNotificationsOff))
                    }
                    EventKind::Notification { package, .. } => assert!(own(package), "{}", tr.name),
                    EventKind::SmsReceived { .. } | EventKind::ContactAdded { .. } => {
                        panic!("{}: {:?}", tr.name, e.kind)
                    }
                    _ => {}
                }
            }
        }
    }
}

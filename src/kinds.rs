//! Plain enums shared by events, rules, the catalog and the build-time checker.
//!
//! This file depends on nothing but `serde` so that `build.rs` can include it
//! (with `#[path]`) and validate the data files with the very same types the
//! library uses at run time.

use serde::{Deserialize, Serialize};

macro_rules! wire_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($(#[$vm])* #[serde(rename = $wire)] $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling used in traces, rule packs and the Java API.
            pub fn wire_name(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            /// Parses the wire spelling; `None` for anything else.
            pub fn from_wire(s: &str) -> Option<Self> {
                match s { $($wire => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.wire_name())
            }
        }
    };
}

wire_enum!(
    /// The `type` of a trace event.
    EventType {
        CallStarted = "call_started",
        CallEnded = "call_ended",
        AppForeground = "app_foreground",
        AppInstalled = "app_installed",
        AppRemoved = "app_removed",
        ScreenShareStarted = "screen_share_started",
        ScreenShareStopped = "screen_share_stopped",
        AccessibilityEnabled = "accessibility_enabled",
        OverlayShown = "overlay_shown",
        SettingChanged = "setting_changed",
        TextEntered = "text_entered",
        ScreenText = "screen_text",
        Notification = "notification",
        SmsReceived = "sms_received",
        TransferStarted = "transfer_started",
        ContactAdded = "contact_added",
        CallState = "call_state",
        PaymentPrompt = "payment_prompt",
        PlatformRisk = "platform_risk",
    }
);

wire_enum!(
    /// Who placed the call.
    Direction { Incoming = "incoming", Outgoing = "outgoing" }
);

wire_enum!(
    /// What the observer knows about the other party of a call.
    Peer {
        Contact = "contact",
        Unknown = "unknown",
        Hidden = "hidden",
        Flagged = "flagged",
        /// The observer could not check the contacts (permission missing).
        Unverified = "unverified",
        Service = "service",
    }
);

wire_enum!(
    /// The platform's or the bank's own check of the caller's number (STIR/SHAKEN
    /// from `Call.Details`, or a bank's call-verification answer).
    Verification { Passed = "passed", Failed = "failed", NotVerified = "none" }
);

wire_enum!(
    /// A screen about to move money other than a typed amount or a reported transfer.
    PaymentKind {
        QrScan = "qr_scan",
        PaymentCode = "payment_code",
        CollectRequest = "collect_request",
        Drawdown = "drawdown",
    }
);

wire_enum!(
    /// Facts the platform gives even a bank app that sees nothing else.
    RiskKind {
        ScreenCaptured = "screen_captured",
        DeviceControlled = "device_controlled",
        DisplayCast = "display_cast",
        VoipCall = "voip_call",
    }
);

wire_enum!(
    /// How the call is carried.
    Channel { Cellular = "cellular", Voip = "voip" }
);

wire_enum!(
    /// Protective settings the engine cares about.
    Setting {
        InstallUnknownApps = "install_unknown_apps",
        BankNotificationsOff = "bank_notifications_off",
        DeveloperOptions = "developer_options",
        Other = "other",
    }
);

wire_enum!(
    /// The kind of input field text was typed into.
    Field {
        Amount = "amount",
        Account = "account",
        Password = "password",
        Code = "code",
        Other = "other",
    }
);

wire_enum!(
    /// Who sent an SMS.
    SenderKind { Contact = "contact", Unknown = "unknown", Service = "service" }
);

wire_enum!(
    /// Severity of a warning, ordered: `Caution < Danger < Critical`.
    Level {
        /// A notification is enough.
        Caution = "caution",
        /// Interrupt the user with a full-screen warning.
        Danger = "danger",
        /// Money is about to move: interrupt and make the user wait.
        Critical = "critical",
    }
);

wire_enum!(
    /// App catalog categories.
    Category {
        Bank = "bank",
        Payment = "payment",
        Loan = "loan",
        Meeting = "meeting",
        RemoteControl = "remote_control",
        Messaging = "messaging",
        AppStore = "app_store",
        Browser = "browser",
        CloudDrive = "cloud_drive",
        FileManager = "file_manager",
        Accessibility = "accessibility",
        SystemInstaller = "system_installer",
        /// A government's own app (traffic fines, tax, pension): what it shows is the
        /// public body speaking, and what is paid in it goes to that body.
        Government = "government",
        /// A licensed brokerage or crypto exchange: its deposit pages (入金, "deposit
        /// USDT") are the firm speaking, not a scam platform's script.
        Broker = "broker",
        /// A dating app: whoever writes in it was met online (`chat::met_online`).
        Dating = "dating",
    }
);

wire_enum!(
    /// Where an app came from, judged by its installer.
    InstallerKind {
        /// An app store.
        Store = "store",
        /// Anything else that installs APKs: a browser, a cloud drive, a chat app, the system installer.
        NonStore = "non_store",
        /// No installer reported (preinstalled, or the observer could not tell).
        Unknown = "unknown",
    }
);

wire_enum!(
    /// Stages of the scam script. An episode that shows more of them is more dangerous.
    Stage {
        /// A stranger calls (or a VoIP call from a non-contact).
        Contact = "contact",
        /// Scam vocabulary: refund, claim, credit record, safe account...
        Pretext = "pretext",
        /// Someone else gets eyes or hands on the phone: sharing, remote control, sideloading.
        Control = "control",
        /// A loan or credit line is opened.
        Credit = "credit",
        /// An amount is typed or a transfer is started.
        Money = "money",
    }
);

wire_enum!(
    /// Languages of warnings.
    /// `zh-HK` is traditional Chinese (also chosen for `zh-TW`, `zh-MO`, `zh-Hant`).
    Lang { ZhCn = "zh-CN", ZhHk = "zh-HK", En = "en" }
);

impl Lang {
    /// A language from a BCP-47 locale tag as Android gives it (`en-GB`, `zh-Hant-TW`,
    /// `zh_CN`): traditional-script and HK/TW/MO Chinese read `zh-HK`, other Chinese
    /// `zh-CN`, everything else English. `None` only for an empty or non-ASCII tag.
    pub fn from_locale(tag: &str) -> Option<Lang> {
        if tag.is_empty() || !tag.is_ascii() || tag.len() > 35 {
            return None;
        }
        let t = tag.replace('_', "-").to_ascii_lowercase();
        let mut parts = t.split('-');
        let lang = parts.next().unwrap_or("");
        if lang != "zh" && lang != "yue" {
            return Some(Lang::En);
        }
        let rest: Vec<&str> = parts.collect();
        let traditional = lang == "yue" || rest.iter().any(|p| matches!(*p, "hant" | "hk" | "tw" | "mo"));
        let simplified = rest.contains(&"hans");
        Some(if traditional && !simplified { Lang::ZhHk } else { Lang::ZhCn })
    }
}

// Spelled out rather than derived: the variants come from `wire_enum!`.
#[allow(clippy::derivable_impls)]
impl Default for Channel {
    fn default() -> Self {
        Channel::Cellular
    }
}

// Spelled out rather than derived: the variants come from `wire_enum!`.
#[allow(clippy::derivable_impls)]
impl Default for SenderKind {
    fn default() -> Self {
        SenderKind::Unknown
    }
}

// Spelled out rather than derived: the variants come from `wire_enum!`.
#[allow(clippy::derivable_impls)]
impl Default for Lang {
    fn default() -> Self {
        Lang::ZhCn
    }
}

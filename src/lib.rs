//! scamguard: an on-device anti-scam engine.
//!
//! Device events go in ([`Event`]), the engine keeps a bounded picture of the
//! device (`state`), evaluates a data-driven rule pack (`rules`) and returns
//! [`Warning`]s with their evidence *before* money moves. The core has no JNI in
//! it; `jni` (built for every target, so it is tested on the host) only
//! converts and delegates.

pub mod amount;
pub mod bank_screen;
pub mod builtin;
pub mod catalog;
pub mod chat;
pub mod codes;
pub mod decision;
pub mod digits;
pub mod engine;
pub mod episode;
pub mod error;
pub mod eval;
pub mod event;
pub mod explain;
pub mod gen;
pub mod jni;
pub mod kinds;
pub mod messages;
pub mod model;
pub mod numbers;
pub mod pack;
pub mod packed;
pub mod phrases;
pub mod record;
pub mod region;
pub mod replay;
pub mod signals;
pub mod small_sort;
pub mod snapshot;
pub mod state;
pub mod tags;
pub mod text;
pub mod trace;
pub mod view;
pub mod warning;

pub use amount::Money;
pub use engine::Engine;
pub use error::Error;
pub use event::{Event, EventKind, Millis};
pub use kinds::{
    Category, Channel, Direction, EventType, Field, InstallerKind, Lang, Level, Peer, SenderKind, Setting,
    Stage,
};
pub use warning::{Assessment, Decision, Warning};

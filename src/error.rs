//! Errors as types. The JNI layer maps each variant to one Java exception in one place.

use crate::amount::AmountError;
use crate::event::Millis;
use std::fmt;

/// Everything that can go wrong when feeding the engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// An event's time is earlier than the last one seen. The event is ignored and the
    /// engine keeps its state: time only moves forward.
    TimeWentBackwards { last: Millis, got: Millis },
    /// An amount could not be read.
    InvalidAmount(AmountError),
    /// Any other argument that is not acceptable (empty package name, unknown enum spelling...).
    InvalidArgument(String),
    /// A rule pack or data file that does not validate; the previous rules stay in force.
    RulePack(String),
    /// A snapshot that cannot be restored; the engine keeps the state it had.
    Snapshot(crate::snapshot::SnapshotError),
    /// A signed model pack that is refused; the model in force stays.
    Pack(crate::pack::PackError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TimeWentBackwards { last, got } => {
                write!(f, "time went backwards: t={got} after t={last}")
            }
            Error::InvalidAmount(e) => write!(f, "invalid amount: {e}"),
            Error::InvalidArgument(m) => write!(f, "invalid argument: {m}"),
            Error::RulePack(m) => write!(f, "invalid rule pack: {m}"),
            Error::Snapshot(e) => write!(f, "cannot restore: {e}"),
            Error::Pack(e) => write!(f, "model pack refused: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<AmountError> for Error {
    fn from(e: AmountError) -> Self {
        Error::InvalidAmount(e)
    }
}

//! The shape of an amount: does it look like a "verification code" a scammer
//! dictated (19,999.58), or like an ordinary bill (3,999.50 rent with water)?
//!
//! The shape alone must never decide anything. Real bills have odd cents too
//! (2,560.75 for power, 3,999.75 for a fridge), and a scammer can dictate 20,000.00.
//! The decision step may use these only together with an active scam chain and
//! how the amount was entered (typed while on a call, pasted from a chat...).

use super::Money;

/// Minor units in one whole unit (yuan, dollar, rupee...).
const UNIT: i64 = 100;
/// Below this many units nobody bothers to dictate a "code".
const MIN_UNITS: i64 = 1_000;
/// From this many units on, the size no longer lowers the score.
const FULL_UNITS: i64 = 10_000;
/// The round figures dictated amounts sit just below: multiples of 1,000 units.
const ROUND_STEP: i64 = 1_000 * UNIT;

impl Money {
    /// The round figure just above (the next multiple of 1,000 units) and how far below
    /// it this amount is, in minor units.
    fn below_round(self) -> (i64, i64) {
        let round = (self.0 / ROUND_STEP + 1) * ROUND_STEP;
        (round, round - self.0)
    }

    /// Whether the cents are "odd": not a multiple of 5 cents, the steps that prices,
    /// bills and people round to (.00, .50, .25, .95...).
    fn odd_cents(self) -> bool {
        self.0 % 5 != 0
    }

    /// The coarse shape test: at least 1,000 units, odd cents, and within 1% below a
    /// round figure (19,999.58 next to 20,000; 49,999.99; 9,998.88). Never a decision
    /// on its own; see [`Money::shape_score`] for the graded form.
    pub fn looks_dictated(self) -> bool {
        if self.0 < MIN_UNITS * UNIT || !self.odd_cents() {
            return false;
        }
        let (round, gap) = self.below_round();
        gap * 100 <= round
    }

    /// Former name of [`Money::looks_dictated`], kept for the rule pack's `code_like`.
    pub fn is_code_like(self) -> bool {
        self.looks_dictated()
    }

    /// Whether this is whole hundreds of units (rent, a gift, a dictated "safe" sum):
    /// round amounts are what people choose, not codes.
    pub fn is_round(self) -> bool {
        self.0 % (100 * UNIT) == 0
    }

    /// How strongly the shape alone suggests a dictated code, from 0 (bill-like) to 1.
    ///
    /// The product of three factors, each in 0..=1:
    /// - size: 0 below 1,000 units, rising linearly to 1 at 10,000;
    /// - cents: 0 for whole units, 0.15 for .50, 0.25 for other tens (.80), 0.35 for
    ///   other multiples of 5 (.25, .75, .95), 0.8 for .99 (also a shop's charm price),
    ///   1 for any other cents (.58, .88, .37);
    /// - nearness: 1 within 0.1% below the next multiple of 1,000 units, falling
    ///   linearly to 0 at 1% below it.
    ///
    /// Whenever [`Money::looks_dictated`] is false the score is below 0.4.
    pub fn shape_score(self) -> f32 {
        if self.0 < MIN_UNITS * UNIT {
            return 0.0;
        }
        let size = ((self.0 - MIN_UNITS * UNIT) as f32 / ((FULL_UNITS - MIN_UNITS) * UNIT) as f32).min(1.0);
        let cents = match self.0 % UNIT {
            0 => 0.0,
            50 => 0.15,
            99 => 0.8,
            c if c % 10 == 0 => 0.25,
            c if c % 5 == 0 => 0.35,
            _ => 1.0,
        };
        let (round, gap) = self.below_round();
        // gap/round in 0.01% steps, without floats on money: 10 = 0.1%, 100 = 1%.
        let basis = gap * 10_000 / round;
        let near = match basis {
            0..=10 => 1.0,
            11..=99 => (100 - basis) as f32 / 90.0,
            _ => 0.0,
        };
        size * cents * near
    }
}

//! Time across reboots (`Engine::set_boot`): the event clock (Android's
//! `elapsedRealtime`) restarts at 0 on every boot, the wall clock goes on. A state
//! saved before a reboot must keep its age, a process restart within one boot must
//! count the time it was dead, and no wall-clock value may freeze or fling the clock.

use scamguard::engine::MAX_FORWARD_JUMP_MS;
use scamguard::{Engine, Event};

const MIN: u64 = 60_000;
const HOUR: u64 = 60 * MIN;
/// Some wall-clock time (2026) far from 0, as `System.currentTimeMillis()` gives.
const WALL: u64 = 1_780_000_000_000;

fn ev(line: &str) -> Event {
    Event::from_json(line).unwrap()
}

fn stranger_call(t: u64) -> Event {
    ev(&format!(r#"{{"t":{t},"type":"call_started","direction":"incoming","peer":"unknown"}}"#))
}

fn tick(t: u64) -> Event {
    ev(&format!(r#"{{"t":{t},"type":"app_foreground","package":"com.android.launcher"}}"#))
}

/// The engine's own clock, as its snapshot records it.
fn clock(e: &Engine) -> u64 {
    let env: serde_json::Value = serde_json::from_str(&e.snapshot()).unwrap();
    let body: serde_json::Value = serde_json::from_str(env["body"].as_str().unwrap()).unwrap();
    body["last_t"].as_u64().unwrap()
}

/// Boot 7: a stranger calls 50 minutes after boot and the call never reports an end;
/// the process is killed a minute later. Returns the snapshot it left.
fn before_reboot() -> String {
    let mut e = Engine::new();
    e.set_boot(7, 0, WALL);
    e.observe(&stranger_call(50 * MIN)).unwrap();
    e.observe(&tick(51 * MIN)).unwrap();
    assert!(e.state().call.is_some());
    e.snapshot()
}

#[test]
fn a_reboot_keeps_the_age_of_what_was_saved_before_it() {
    let snap = before_reboot();
    let mut e = Engine::new();
    e.restore(&snap).unwrap();
    let before = clock(&e);
    // Boot 8, two minutes after boot; the phone was off for five hours (wall clock).
    let wall_now = WALL + 51 * MIN + 5 * HOUR;
    e.set_boot(8, 2 * MIN, wall_now);
    assert_eq!(clock(&e), before + 5 * HOUR, "the clock moves on by the wall-clock time that passed");
    // The call that never ended is now older than the maximum call age: the next event ends it.
    e.observe(&tick(2 * MIN + 1_000)).unwrap();
    assert!(e.state().call.is_none(), "a call from before the reboot keeps its age and is ended");
    assert_eq!(clock(&e), before + 5 * HOUR + 1_000, "event times of the new boot count from its start");
}

#[test]
fn without_a_boot_the_same_reboot_would_keep_the_call_fresh() {
    // The behaviour set_boot fixes: restored without it, the elapsed time of the new
    // boot (2 min) is behind the old one (51 min), and nothing ages.
    let mut e = Engine::new();
    e.restore(&before_reboot()).unwrap();
    let before = clock(&e);
    e.observe(&tick(2 * MIN + 1_000)).unwrap();
    assert_eq!(clock(&e), before);
    assert!(e.state().call.is_some());
}

#[test]
fn a_quick_reboot_does_not_freeze_the_clock() {
    // Rebooted within seconds: the new boot's elapsed times (30 s, 1 min, ...) are a little
    // behind the last time of the old boot (51 min); without a boot they would be clamped
    // for up to ten minutes. With it, they move the clock from the first event on.
    let mut e = Engine::new();
    e.restore(&before_reboot()).unwrap();
    let before = clock(&e);
    e.set_boot(8, 20_000, WALL + 51 * MIN + 40_000);
    assert_eq!(clock(&e), before + 40_000);
    e.observe(&tick(30_000)).unwrap();
    e.observe(&tick(MIN)).unwrap();
    assert_eq!(clock(&e), before + 40_000 + (MIN - 20_000));
}

#[test]
fn a_process_restart_within_one_boot_counts_the_time_it_was_dead() {
    let snap = before_reboot();
    let mut e = Engine::new();
    e.restore(&snap).unwrap();
    let before = clock(&e);
    // Same boot, 3 hours later on both clocks: nothing special, elapsed times go on.
    e.set_boot(7, 51 * MIN + 3 * HOUR, WALL + 51 * MIN + 3 * HOUR);
    assert_eq!(clock(&e), before, "same boot: set_boot changes nothing");
    e.observe(&tick(51 * MIN + 3 * HOUR)).unwrap();
    assert_eq!(clock(&e), before + 3 * HOUR);
}

#[test]
fn set_boot_before_or_after_restore_is_the_same() {
    let snap = before_reboot();
    let wall_now = WALL + 51 * MIN + 2 * HOUR;
    let mut first = Engine::new();
    first.set_boot(8, 5_000, wall_now);
    first.restore(&snap).unwrap();
    let mut second = Engine::new();
    second.restore(&snap).unwrap();
    second.set_boot(8, 5_000, wall_now);
    assert_eq!(clock(&first), clock(&second));
    for e in [&mut first, &mut second] {
        e.observe(&tick(6_000)).unwrap();
    }
    assert_eq!(first.snapshot(), second.snapshot());
}

#[test]
fn a_wall_clock_set_back_or_far_ahead_is_bounded() {
    let snap = before_reboot();
    // Set back by a year: no time is added, and the clock never goes backwards.
    let mut back = Engine::new();
    back.restore(&snap).unwrap();
    let before = clock(&back);
    back.set_boot(8, 1_000, WALL - 365 * 24 * HOUR);
    assert_eq!(clock(&back), before);
    back.observe(&tick(2_000)).unwrap();
    assert_eq!(clock(&back), before + 1_000);
    // Set to the far future (or u64::MAX): at most the forward cap.
    for wall in [WALL + 10 * 365 * 24 * HOUR, u64::MAX] {
        let mut ahead = Engine::new();
        ahead.restore(&snap).unwrap();
        ahead.set_boot(8, 1_000, wall);
        assert_eq!(clock(&ahead), before + MAX_FORWARD_JUMP_MS);
        ahead.observe(&tick(2_000)).unwrap();
        assert_eq!(clock(&ahead), before + MAX_FORWARD_JUMP_MS + 1_000);
    }
}

#[test]
fn a_snapshot_without_a_boot_restarts_the_epoch_only_when_time_went_back() {
    // A snapshot from an engine that never named a boot (an older app version).
    let mut old = Engine::new();
    old.observe(&stranger_call(50 * MIN)).unwrap();
    let snap = old.snapshot();
    // Now 2 min after a boot: the event clock is behind, so it restarted; no time is added.
    let mut e = Engine::new();
    e.restore(&snap).unwrap();
    let before = clock(&e);
    e.set_boot(3, 2 * MIN, WALL);
    e.observe(&tick(3 * MIN)).unwrap();
    assert_eq!(clock(&e), before + MIN, "the new boot's times move the clock at once");
    // Now 2 hours after a boot (or the same boot): times go on as they are.
    let mut e = Engine::new();
    e.restore(&snap).unwrap();
    e.set_boot(3, 2 * HOUR, WALL);
    e.observe(&tick(2 * HOUR)).unwrap();
    assert_eq!(clock(&e), before + 2 * HOUR - 50 * MIN);
}

#[test]
fn the_boot_survives_the_snapshot_and_reset_keeps_it() {
    let snap = before_reboot();
    let mut e = Engine::new();
    e.restore(&snap).unwrap();
    // The snapshot carried boot 7: naming boot 7 again is a no-op.
    let before = clock(&e);
    e.set_boot(7, 52 * MIN, WALL + 52 * MIN);
    assert_eq!(clock(&e), before);
    // After a reset the clock starts again from the first event; the boot stays named.
    e.reset();
    e.observe(&tick(60 * MIN)).unwrap();
    let snap = e.snapshot();
    let mut r = Engine::new();
    r.restore(&snap).unwrap();
    let t = clock(&r);
    r.set_boot(9, 1_000, WALL + 60 * MIN + HOUR);
    assert_eq!(clock(&r), t + HOUR);
}

/// A small deterministic generator (xorshift), so failures replay by seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A time a device or a buggy caller might give: small, ordinary, a wall-clock
    /// time by mistake, or the extremes.
    fn time(&mut self) -> u64 {
        match self.next() % 6 {
            0 => self.next() % (10 * MIN),
            1 => self.next() % (30 * 24 * HOUR),
            2 => WALL + self.next() % HOUR,
            3 => u64::MAX - self.next() % 3,
            4 => 0,
            _ => self.next(),
        }
    }
}

/// Any mix of boots, wall clocks, restarts and event times: the engine never refuses
/// an event, its clock never goes backwards, and afterwards a stranger's call with no
/// end is still ended by the maximum call age as the device's clock goes on.
#[test]
fn no_mix_of_boots_restarts_and_times_stops_the_clock() {
    for seed in 1..=150u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut e = Engine::new();
        let mut last_clock = 0;
        for step in 0..40 {
            match rng.next() % 5 {
                0 => e.set_boot(rng.next() % 4, rng.time(), rng.time()),
                1 => {
                    let snap = e.snapshot();
                    e = Engine::new();
                    if rng.next() % 2 == 0 {
                        e.set_boot(rng.next() % 4, rng.time(), rng.time());
                    }
                    e.restore(&snap).unwrap_or_else(|err| panic!("seed {seed} step {step}: {err}"));
                }
                2 => {
                    e.observe(&stranger_call(rng.time())).unwrap_or_else(|err| panic!("seed {seed}: {err}"));
                }
                _ => {
                    e.observe(&tick(rng.time())).unwrap_or_else(|err| panic!("seed {seed}: {err}"));
                }
            }
            let snap: serde_json::Value = serde_json::from_str(&e.snapshot()).unwrap();
            let body: serde_json::Value = serde_json::from_str(snap["body"].as_str().unwrap()).unwrap();
            if let Some(now) = body["last_t"].as_u64() {
                assert!(now >= last_clock, "seed {seed} step {step}: the clock went back");
                last_clock = now;
            }
        }
        // A fresh boot, then a stranger's call and a week of hourly events on it.
        e.set_boot(99, 1_000, WALL);
        e.observe(&stranger_call(2_000)).unwrap();
        assert!(e.state().call.is_some(), "seed {seed}: the new call is not seen");
        let ended = (1..=7 * 24).any(|h| {
            e.observe(&tick(2_000 + h * HOUR)).unwrap();
            e.state().call.is_none()
        });
        assert!(ended, "seed {seed}: a call with no end was never ended: the clock stopped");
    }
}

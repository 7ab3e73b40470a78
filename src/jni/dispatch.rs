//! Asynchronous listener delivery: one thread per engine, owned by us, that hands
//! warnings to `ListenerDispatch.deliver(Warning[])` in the order the engine raised
//! them. The thread is not a Java thread: it attaches for the duration of each
//! delivery with `attach_current_thread_for_scope` and is detached while it waits.
//!
//! The queue is bounded: a stuck listener must not let warnings pile up without
//! limit (1M warnings once held 500 MB). When it is full, [`enqueue`] coalesces per
//! episode (the latest and most severe warning of an episode wins), then drops the
//! oldest non-critical warning; criticals are never dropped while the queue holds
//! fewer than [`CRITICAL_HEADROOM`] times its capacity. Every drop is counted.

use super::cache;
use super::convert;
use super::error::{panic_message, BridgeError};
use crate::warning::Warning;
use crate::Level;
use jni::objects::{Global, JObject, JValue};
use jni::refs::IntoAuto as _;
use jni::signature::{Primitive, ReturnType};
use jni::JavaVM;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

/// Criticals may exceed the capacity up to this factor before even they are coalesced.
pub(crate) const CRITICAL_HEADROOM: usize = 8;

struct Queue {
    items: VecDeque<Warning>,
    closed: bool,
}

struct Shared {
    queue: Mutex<Queue>,
    ready: Condvar,
    capacity: usize,
    dropped: AtomicU64,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        // Nothing that holds this lock can panic halfway through a change.
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }
}

pub(crate) struct Dispatcher {
    shared: Arc<Shared>,
    thread: JoinHandle<()>,
}

impl Dispatcher {
    /// Starts the thread; `sink` is the engine's `ListenerDispatch`.
    pub(crate) fn start(sink: Global<JObject<'static>>, capacity: usize) -> Result<Dispatcher, BridgeError> {
        let shared = Arc::new(Shared {
            queue: Mutex::new(Queue { items: VecDeque::new(), closed: false }),
            ready: Condvar::new(),
            capacity: capacity.max(1),
            dropped: AtomicU64::new(0),
        });
        let for_thread = shared.clone();
        let thread = std::thread::Builder::new()
            .name("scamguard-listeners".into())
            .spawn(move || run(sink, for_thread))
            .map_err(|_| BridgeError::Arg("cannot start the listener thread".into()))?;
        Ok(Dispatcher { shared, thread })
    }

    /// Queues warnings for delivery (call with the engine lock held, to keep the order).
    pub(crate) fn send(&self, warnings: Vec<Warning>) {
        let mut q = self.shared.lock();
        let mut dropped = 0;
        for w in warnings {
            dropped += enqueue(&mut q.items, w, self.shared.capacity);
        }
        drop(q);
        if dropped > 0 {
            self.shared.dropped.fetch_add(dropped, Ordering::Relaxed);
        }
        self.shared.ready.notify_one();
    }

    /// Warnings dropped (coalesced) because the queue was full.
    pub(crate) fn dropped(&self) -> u64 {
        self.shared.dropped.load(Ordering::Relaxed)
    }

    /// Lets the thread deliver what is queued, then waits for it to end, unless we are
    /// that thread (a listener closed the engine): then it ends on its own afterwards.
    pub(crate) fn shutdown(self) {
        let Dispatcher { shared, thread } = self;
        shared.lock().closed = true;
        shared.ready.notify_one();
        if thread.thread().id() != std::thread::current().id() && thread.join().is_err() {
            log::error!("listener thread panicked");
        }
    }
}

/// Adds `w` to a queue of at most `capacity` warnings (more only for criticals);
/// returns how many warnings were dropped (0 or 1).
pub(crate) fn enqueue(q: &mut VecDeque<Warning>, w: Warning, capacity: usize) -> u64 {
    if q.len() < capacity {
        q.push_back(w);
        return 0;
    }
    let critical = w.level == Level::Critical;
    // The episode's latest and most severe warning wins: replace a waiting one of the
    // same episode that is not more severe (never a critical).
    if let Some(i) =
        q.iter().rposition(|x| x.episode == w.episode && x.level != Level::Critical && x.level <= w.level)
    {
        q.remove(i);
        q.push_back(w);
        return 1;
    }
    // A more severe warning of the same episode is already waiting.
    if !critical && q.iter().any(|x| x.episode == w.episode && x.level > w.level) {
        return 1;
    }
    // Make room: the oldest warning that is not critical.
    if let Some(i) = q.iter().position(|x| x.level != Level::Critical) {
        q.remove(i);
        q.push_back(w);
        return 1;
    }
    // Everything waiting is critical.
    if !critical {
        return 1;
    }
    if q.len() < capacity.saturating_mul(CRITICAL_HEADROOM) {
        q.push_back(w);
        return 0;
    }
    // Still bounded: the episode's latest critical replaces its oldest, else the oldest.
    let i = q.iter().position(|x| x.episode == w.episode).unwrap_or(0);
    q.remove(i);
    q.push_back(w);
    1
}

fn run(sink: Global<JObject<'static>>, shared: Arc<Shared>) {
    let vm = match JavaVM::singleton() {
        Ok(vm) => vm,
        Err(_) => {
            log::error!("listener thread: no Java VM");
            return;
        }
    };
    loop {
        let batch: Vec<Warning> = {
            let mut q = shared.lock();
            while q.items.is_empty() && !q.closed {
                q = shared.ready.wait(q).unwrap_or_else(|p| p.into_inner());
            }
            if q.items.is_empty() {
                break; // closed and drained
            }
            q.items.drain(..).collect()
        };
        let delivered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            vm.attach_current_thread_for_scope(|env| -> Result<(), BridgeError> {
                let c = cache::get()?;
                let arr = convert::warning_array(env, c, &batch)?.auto();
                // Safety: `deliver` was looked up on ListenerDispatch with signature ([Lorg/scamguard/Warning;)V
                // and `sink` is a ListenerDispatch.
                let called = unsafe {
                    env.call_method_unchecked(
                        &sink,
                        c.dispatch_deliver,
                        ReturnType::Primitive(Primitive::Void),
                        &[JValue::Object(&arr).as_jni()],
                    )
                };
                if called.is_err() && env.exception_check() {
                    // deliver() catches everything a listener throws; whatever got out
                    // (an OutOfMemoryError building a log line) must not stay pending.
                    env.exception_clear();
                    log::warn!("listener delivery threw; batch skipped");
                }
                Ok(())
            })
        }));
        match delivered {
            Ok(Ok(())) => {}
            Ok(Err(_)) => log::warn!("listener delivery failed"),
            Err(p) => {
                let _ = panic_message(p);
                log::error!("listener delivery panicked");
            }
        }
    }
    // Delete the global reference while attached (Global's drop would attach anyway).
    let _ = vm.attach_current_thread_for_scope(move |_env| -> Result<(), BridgeError> {
        drop(sink);
        Ok(())
    });
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn w(episode: u64, level: Level, rule: &str) -> Warning {
        Warning {
            t: 0,
            level,
            rule: rule.into(),
            title: String::new(),
            message: String::new(),
            evidence: vec![],
            actions: vec![],
            lang: crate::Lang::En,
            episode,
        }
    }

    fn rules(q: &VecDeque<Warning>) -> Vec<&str> {
        q.iter().map(|x| x.rule.as_str()).collect()
    }

    #[test]
    fn below_capacity_everything_is_kept() {
        let mut q = VecDeque::new();
        for i in 0..3 {
            assert_eq!(enqueue(&mut q, w(i, Level::Caution, "a"), 3), 0);
        }
        assert_eq!(q.len(), 3);
    }

    #[test]
    fn full_queue_coalesces_within_the_episode() {
        let mut q = VecDeque::new();
        enqueue(&mut q, w(1, Level::Caution, "c1"), 2);
        enqueue(&mut q, w(2, Level::Danger, "d2"), 2);
        // Episode 1's later, more severe warning replaces its caution.
        assert_eq!(enqueue(&mut q, w(1, Level::Danger, "d1"), 2), 1);
        assert_eq!(rules(&q), ["d2", "d1"]);
        // A caution of episode 2 loses to the danger already waiting.
        assert_eq!(enqueue(&mut q, w(2, Level::Caution, "c2"), 2), 1);
        assert_eq!(rules(&q), ["d2", "d1"]);
        // Same level: the latest wins.
        assert_eq!(enqueue(&mut q, w(2, Level::Danger, "d2b"), 2), 1);
        assert_eq!(rules(&q), ["d1", "d2b"]);
    }

    #[test]
    fn a_new_episode_pushes_out_the_oldest_non_critical() {
        let mut q = VecDeque::new();
        enqueue(&mut q, w(1, Level::Critical, "k1"), 2);
        enqueue(&mut q, w(2, Level::Danger, "d2"), 2);
        assert_eq!(enqueue(&mut q, w(3, Level::Caution, "c3"), 2), 1);
        assert_eq!(rules(&q), ["k1", "c3"]);
    }

    #[test]
    fn criticals_are_never_dropped_within_the_headroom() {
        let mut q = VecDeque::new();
        let cap = 2;
        for i in 0..(cap * CRITICAL_HEADROOM) as u64 {
            assert_eq!(enqueue(&mut q, w(i, Level::Critical, "k"), cap), 0);
        }
        assert_eq!(q.len(), cap * CRITICAL_HEADROOM);
        // A non-critical cannot displace them.
        assert_eq!(enqueue(&mut q, w(99, Level::Danger, "d"), cap), 1);
        assert!(q.iter().all(|x| x.level == Level::Critical));
        // Past the headroom the queue stays bounded: the same episode's latest critical wins.
        assert_eq!(enqueue(&mut q, w(3, Level::Critical, "k3b"), cap), 1);
        assert_eq!(q.len(), cap * CRITICAL_HEADROOM);
        assert_eq!(q.back().unwrap().rule, "k3b");
        assert_eq!(q.iter().filter(|x| x.episode == 3).count(), 1);
    }

    #[test]
    fn a_flood_stays_bounded_and_keeps_every_episode_s_worst() {
        let mut q = VecDeque::new();
        let mut dropped = 0;
        for i in 0..100_000u64 {
            let level = if i % 1000 == 999 { Level::Critical } else { Level::Caution };
            dropped += enqueue(&mut q, w(i / 1000, level, "x"), 16);
        }
        assert!(q.len() <= 16 * CRITICAL_HEADROOM);
        assert_eq!(q.iter().filter(|x| x.level == Level::Critical).count(), 100);
        assert_eq!(dropped as usize + q.len(), 100_000);
    }
}

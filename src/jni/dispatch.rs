//! Asynchronous listener delivery: one thread per engine, owned by us, that hands
//! warnings to `ListenerDispatch.deliver(Warning[])` in the order the engine raised
//! them. The thread is not a Java thread: it attaches for the duration of each
//! delivery with `attach_current_thread_for_scope` and is detached while it waits.

use super::cache;
use super::convert;
use super::error::{panic_message, BridgeError};
use crate::warning::Warning;
use jni::objects::{Global, JObject, JValue};
use jni::refs::IntoAuto as _;
use jni::signature::{Primitive, ReturnType};
use jni::JavaVM;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::thread::JoinHandle;

pub(crate) struct Dispatcher {
    tx: Sender<Vec<Warning>>,
    thread: JoinHandle<()>,
}

impl Dispatcher {
    /// Starts the thread; `sink` is the engine's `ListenerDispatch`.
    pub(crate) fn start(sink: Global<JObject<'static>>) -> Result<Dispatcher, BridgeError> {
        let (tx, rx) = channel();
        let thread = std::thread::Builder::new()
            .name("scamguard-listeners".into())
            .spawn(move || run(sink, rx))
            .map_err(|e| BridgeError::Arg(format!("cannot start the listener thread: {e}")))?;
        Ok(Dispatcher { tx, thread })
    }

    /// Queues warnings for delivery (call with the engine lock held, to keep the order).
    pub(crate) fn send(&self, warnings: Vec<Warning>) {
        if self.tx.send(warnings).is_err() {
            log::error!("listener thread is gone; warnings not delivered to listeners");
        }
    }

    /// Lets the thread deliver what is queued, then waits for it to end, unless we are
    /// that thread (a listener closed the engine): then it ends on its own afterwards.
    pub(crate) fn shutdown(self) {
        let Dispatcher { tx, thread } = self;
        drop(tx);
        if thread.thread().id() != std::thread::current().id() && thread.join().is_err() {
            log::error!("listener thread panicked");
        }
    }
}

fn run(sink: Global<JObject<'static>>, rx: Receiver<Vec<Warning>>) {
    let vm = match JavaVM::singleton() {
        Ok(vm) => vm,
        Err(e) => {
            log::error!("listener thread: no Java VM: {e}");
            return;
        }
    };
    while let Ok(mut batch) = rx.recv() {
        // Deliver whatever else is already queued in the same attachment.
        while let Ok(more) = rx.try_recv() {
            batch.extend(more);
        }
        let delivered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            vm.attach_current_thread_for_scope(|env| -> Result<(), BridgeError> {
                let c = cache::get()?;
                let arr = convert::warning_array(env, c, &batch)?.auto();
                // Safety: `deliver` was looked up on ListenerDispatch with signature ([Lorg/scamguard/Warning;)V
                // and `sink` is a ListenerDispatch.
                unsafe {
                    env.call_method_unchecked(
                        &sink,
                        c.dispatch_deliver,
                        ReturnType::Primitive(Primitive::Void),
                        &[JValue::Object(&arr).as_jni()],
                    )?;
                }
                Ok(())
            })
        }));
        match delivered {
            Ok(Ok(())) => {}
            Ok(Err(e)) => log::warn!("listener delivery failed: {e}"),
            Err(p) => log::error!("listener delivery panicked: {}", panic_message(p)),
        }
    }
    // Delete the global reference while attached (Global's drop would attach anyway).
    let _ = vm.attach_current_thread_for_scope(move |_env| -> Result<(), BridgeError> {
        drop(sink);
        Ok(())
    });
}

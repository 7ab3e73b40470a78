package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * 8 threads feed events into one engine at once while another thread reads the warnings the
 * listener hands over: every warning returned by {@code observe} reaches the reader exactly
 * once (none lost, none duplicated), with listeners on the feeding threads and on the native
 * dispatcher thread.
 */
class ConcurrencyTest {
    static final int FEEDERS = 8;
    static final int EPISODES = 12;
    static final int FILLER = 40;

    @Test
    void syncListenersSeeEveryWarningOnce() throws Exception {
        run(false);
    }

    @Test
    void asyncListenersSeeEveryWarningOnce() throws Exception {
        run(true);
    }

    void run(boolean async) throws Exception {
        ScamGuard guard = new ScamGuard(new ScamGuard.Options().asyncListeners(async));
        BlockingQueue<Warning> queue = new LinkedBlockingQueue<>();
        guard.addListener(queue::add);
        List<Warning> returned = Collections.synchronizedList(new ArrayList<>());
        List<Warning> read = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean feeding = new AtomicBoolean(true);

        Thread reader = new Thread(() -> {
            try {
                while (feeding.get() || !queue.isEmpty()) {
                    Warning w = queue.poll(10, TimeUnit.MILLISECONDS);
                    if (w != null) read.add(w);
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "reader");
        reader.start();

        // Within a phase all threads use the same time (allowed: non-decreasing); phases move
        // time forward, and episodes are hours apart so each one raises warnings again.
        CyclicBarrier phase = new CyclicBarrier(FEEDERS);
        List<Thread> feeders = new ArrayList<>();
        for (int f = 0; f < FEEDERS; f++) {
            final int id = f;
            Thread th = new Thread(() -> {
                try {
                    for (int ep = 0; ep < EPISODES; ep++) {
                        long base = ep * 10L * 3_600_000L;
                        phase.await();
                        returned.addAll(guard.onCallStarted(base, Event.Direction.INCOMING, Event.Peer.UNKNOWN,
                                Event.Channel.CELLULAR, null));
                        phase.await();
                        returned.addAll(guard.onScreenShareStarted(base + 60_000, "com.tencent.wemeet.app"));
                        for (int i = 0; i < FILLER; i++) {
                            returned.addAll(guard.onAppForeground(base + 60_000, "com.example.app" + (id * FILLER + i)));
                        }
                        phase.await();
                        returned.addAll(guard.onAppForeground(base + 120_000, "com.android.bankabc"));
                        returned.addAll(guard.onTextEntered(base + 120_000, "com.android.bankabc",
                                Event.Field.AMOUNT, id % 2 == 0 ? "19999.58" : "20000"));
                        phase.await();
                        returned.addAll(guard.onScreenShareStopped(base + 180_000, "com.tencent.wemeet.app"));
                        returned.addAll(guard.onCallEnded(base + 180_000));
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    phase.reset();
                }
            }, "feeder-" + f);
            feeders.add(th);
            th.start();
        }
        for (Thread th : feeders) th.join(60_000);
        guard.close(); // with async listeners: returns after the dispatcher delivered everything
        feeding.set(false);
        reader.join(60_000);
        if (failure.get() != null) throw new AssertionError("a thread failed", failure.get());

        assertTrue(returned.size() >= EPISODES, "expected warnings in every episode, got " + returned.size());
        if (!async) {
            // Same objects: identity multiset.
            Map<Warning, Integer> byIdentity = new java.util.IdentityHashMap<>();
            for (Warning w : read) byIdentity.merge(w, 1, Integer::sum);
            for (Warning w : returned) assertEquals(1, byIdentity.getOrDefault(w, 0), "delivered once: " + w);
            assertEquals(returned.size(), read.size());
        } else {
            assertEquals(counts(returned), counts(read));
        }
    }

    static Map<Warning, Integer> counts(List<Warning> ws) {
        Map<Warning, Integer> m = new HashMap<>();
        for (Warning w : ws) m.merge(w, 1, Integer::sum);
        return m;
    }
}

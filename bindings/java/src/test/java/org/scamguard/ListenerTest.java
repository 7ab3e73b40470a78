package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Listeners: a listener that throws never breaks the engine; the async path is a real native thread. */
class ListenerTest {
    static List<Warning> seedOpening(ScamGuard g) {
        g.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
        return g.onScreenShareStarted(60_000, "com.tencent.wemeet.app");
    }

    @Test
    void throwingListenerDoesNotBreakTheEngine() throws Exception {
        try (ScamGuard g = new ScamGuard(); TestSupport.LogCapture log = new TestSupport.LogCapture()) {
            List<Warning> heard = new CopyOnWriteArrayList<>();
            g.addListener(w -> {
                throw new IllegalStateException("listener bug");
            });
            g.addListener(w -> {
                throw new AssertionError("listener error");
            });
            g.addListener(heard::add);
            List<Warning> ws = seedOpening(g);
            assertFalse(ws.isEmpty(), "screen share during a stranger call must warn");
            assertEquals(ws, heard);
            List<Warning> more = g.onTextEntered(120_000, "com.android.bankabc", Event.Field.AMOUNT, "19999.58");
            assertFalse(more.isEmpty());
            assertEquals(ws.size() + more.size(), heard.size());
            assertEquals(2L * heard.size(), g.getListenerErrors());
            String logged = log.text();
            assertTrue(logged.contains("threw java.lang.IllegalStateException on "), logged);
            assertFalse(logged.contains("listener bug"), "the exception's message is not logged: " + logged);
        }
    }

    @Test
    void removedListenerIsNotCalled() {
        try (ScamGuard g = new ScamGuard()) {
            List<Warning> heard = new CopyOnWriteArrayList<>();
            WarningListener l = heard::add;
            g.addListener(l);
            g.removeListener(l);
            assertFalse(seedOpening(g).isEmpty());
            assertTrue(heard.isEmpty());
        }
    }

    @Test
    void asyncListenersRunOnANativeThreadInOrderAndSurviveThrows() throws Exception {
        ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(true));
        try (TestSupport.LogCapture log = new TestSupport.LogCapture()) {
            List<Warning> heard = new CopyOnWriteArrayList<>();
            List<String> threads = new CopyOnWriteArrayList<>();
            CountDownLatch two = new CountDownLatch(2);
            g.addListener(w -> {
                throw new RuntimeException("listener bug");
            });
            g.addListener(w -> {
                heard.add(w);
                threads.add(Thread.currentThread().getName());
                two.countDown();
            });
            List<Warning> first = seedOpening(g);
            List<Warning> second = g.onTextEntered(120_000, "com.android.bankabc", Event.Field.AMOUNT, "19999.58");
            assertFalse(first.isEmpty());
            assertFalse(second.isEmpty());
            assertTrue(two.await(10, TimeUnit.SECONDS), "async listener not called");
            g.close(); // drains the dispatcher
            assertTrue(log.text().contains("threw java.lang.RuntimeException"), log.text());
            List<Warning> all = new java.util.ArrayList<>(first);
            all.addAll(second);
            assertEquals(all, heard);
            for (String name : threads) {
                // A native thread attached for the delivery (attach_current_thread_for_scope),
                // never the thread that fed the event.
                assertNotEquals(Thread.currentThread().getName(), name);
            }
        } finally {
            g.close();
        }
    }

    @Test
    void asyncListenerMayCloseTheEngine() throws Exception {
        ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(true));
        CountDownLatch closed = new CountDownLatch(1);
        g.addListener(w -> {
            g.close(); // from the dispatcher thread: must not deadlock
            closed.countDown();
        });
        assertFalse(seedOpening(g).isEmpty());
        assertTrue(closed.await(10, TimeUnit.SECONDS));
        assertTrue(g.isClosed());
    }
}

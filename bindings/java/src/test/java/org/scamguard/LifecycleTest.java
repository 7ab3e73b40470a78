package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Closing twice, use after close, close under load, and many engines created and freed. */
class LifecycleTest {
    @Test
    void closeIsIdempotentAndUseAfterCloseThrows() throws Exception {
        ScamGuard g = new ScamGuard();
        g.onCallEnded(1);
        assertFalse(g.isClosed());
        g.close();
        g.close();
        assertTrue(g.isClosed());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> g.onCallEnded(2));
        assertEquals("ScamGuard is closed", e.getMessage());
        assertThrows(IllegalStateException.class, () -> g.observe(Event.callEnded(3)));
        assertThrows(IllegalStateException.class, () -> g.assessTransfer(4, TransferCheck.builder().amount("1").build()));
        assertThrows(IllegalStateException.class, () -> g.loadRules("{}"));
        assertThrows(IllegalStateException.class, () -> g.addListener(w -> {}));
        g.close();
    }

    @Test
    void closeWhileOtherThreadsObserve() throws Exception {
        for (boolean async : new boolean[] {false, true}) {
            ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(async));
            g.addListener(w -> {});
            AtomicLong clock = new AtomicLong();
            AtomicReference<Throwable> unexpected = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(4);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread th = new Thread(() -> {
                    started.countDown();
                    try {
                        while (true) {
                            g.onScreenText(clock.get(), "com.eg.android.AlipayGphone", "备用金 立即开通");
                        }
                    } catch (IllegalStateException closed) {
                        // expected once closed
                    } catch (Throwable other) {
                        unexpected.set(other);
                    }
                });
                th.start();
                threads.add(th);
            }
            started.await();
            Thread.sleep(50);
            g.close();
            for (Thread th : threads) {
                th.join(10_000);
                assertFalse(th.isAlive());
            }
            assertEquals(null, unexpected.get());
        }
    }

    @Test
    void manyEnginesCreatedAndFreed() throws Exception {
        for (int i = 0; i < 2_000; i++) {
            try (ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(i % 10 == 0))) {
                g.onCallStarted(1, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
                g.onScreenShareStarted(2, "com.tencent.wemeet.app");
            }
        }
    }
}

package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** assessTransfer: a verdict with reasons, no listener calls, no consumed cooldowns. */
class AssessTransferTest {
    @Test
    void nothingWrongMeansProceed() {
        try (ScamGuard g = new ScamGuard()) {
            TransferVerdict v = g.assessTransfer(1_000, "com.android.bankabc", "500", "CNY", false);
            assertEquals(TransferVerdict.Decision.PROCEED, v.decision());
            assertNull(v.level());
            assertTrue(v.reasons().isEmpty());
            assertTrue(v.warnings().isEmpty());
        }
    }

    @Test
    void transferDuringSharedStrangerCallIsStopped() {
        try (ScamGuard g = new ScamGuard()) {
            List<Warning> heard = new CopyOnWriteArrayList<>();
            g.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
            g.onScreenShareStarted(60_000, "com.tencent.wemeet.app");
            g.onAppForeground(90_000, "com.android.bankabc");
            g.addListener(heard::add);
            TransferVerdict v = g.assessTransfer(100_000, "com.android.bankabc", "19,999.58", "CNY", true);
            assertNotEquals(TransferVerdict.Decision.PROCEED, v.decision(), v.toString());
            assertFalse(v.reasons().isEmpty());
            assertEquals(v.reasons().size(), v.warnings().size());
            Level top = v.warnings().get(0).level();
            assertEquals(top, v.level());
            assertEquals(top == Level.CRITICAL ? TransferVerdict.Decision.STOP : TransferVerdict.Decision.CONFIRM,
                    v.decision());
            for (int i = 0; i < v.warnings().size(); i++) {
                assertEquals(v.warnings().get(i).title(), v.reasons().get(i));
                assertTrue(v.warnings().get(i).level().compareTo(top) <= 0, "most severe first");
            }
            assertTrue(heard.isEmpty(), "assessTransfer must not call listeners");
            // No cooldown consumed: the real transfer still warns.
            List<Warning> ws = g.onTransferStarted(110_000, "com.android.bankabc", "19,999.58", "CNY", true);
            assertFalse(ws.isEmpty(), "assessTransfer must not consume the warning");
        }
    }
}

package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** assessTransfer: a verdict with reasons, no listener calls, no consumed cooldowns. */
class AssessTransferTest {
    @Test
    void nothingWrongMeansProceed() {
        try (ScamGuard g = new ScamGuard()) {
            TransferVerdict v = g.assessTransfer(1_000,
                    TransferCheck.builder().pkg("com.android.bankabc").amount("500").payeeNew(false).build());
            assertEquals(TransferVerdict.Decision.PROCEED, v.getDecision());
            assertEquals(Level.NONE, v.getLevel(), "never null");
            assertTrue(v.getReasons().isEmpty());
            assertTrue(v.getWarnings().isEmpty());
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
            TransferVerdict v = g.assessTransfer(100_000, TransferCheck.builder()
                    .pkg("com.android.bankabc").amount("19,999.58").currency("CNY").payeeNew(true).build());
            assertNotEquals(TransferVerdict.Decision.PROCEED, v.getDecision(), v.toString());
            assertFalse(v.getReasons().isEmpty());
            assertEquals(v.getReasons().size(), v.getWarnings().size());
            Level top = v.getWarnings().get(0).getLevel();
            assertEquals(top, v.getLevel());
            assertEquals(top == Level.CRITICAL ? TransferVerdict.Decision.STOP : TransferVerdict.Decision.CONFIRM,
                    v.getDecision());
            for (int i = 0; i < v.getWarnings().size(); i++) {
                assertEquals(v.getWarnings().get(i).getTitle(), v.getReasons().get(i));
                assertTrue(v.getWarnings().get(i).getLevel().compareTo(top) <= 0, "most severe first");
            }
            assertTrue(heard.isEmpty(), "assessTransfer must not call listeners");
            // No cooldown consumed: the real transfer still warns.
            List<Warning> ws = g.onTransferStarted(110_000, "com.android.bankabc", "19,999.58", "CNY", true);
            assertFalse(ws.isEmpty(), "assessTransfer must not consume the warning");
        }
    }

    @Test
    void nullCurrencyIsTheDefaultAndThePackageIsOptional() {
        try (ScamGuard g = new ScamGuard()) {
            g.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
            g.onScreenShareStarted(60_000, "com.tencent.wemeet.app");
            TransferCheck cny = TransferCheck.builder().pkg("com.android.bankabc").amount("19999.58").build();
            TransferCheck unset = TransferCheck.builder().pkg("com.android.bankabc").amount("19999.58")
                    .currency(null).payeeNew(null).build();
            assertEquals("CNY", unset.getCurrency());
            assertEquals(cny, unset);
            TransferVerdict a = g.assessTransfer(70_000, cny);
            TransferVerdict b = g.assessTransfer(70_001, unset);
            assertEquals(a.getDecision(), b.getDecision());
            assertEquals(a.getLevel(), b.getLevel());
            TransferVerdict noPkg = g.assessTransfer(70_002, TransferCheck.builder().amount("19999.58").build());
            assertTrue(noPkg.getLevel().atLeast(Level.NONE));
            // The old positional form: a null currency is CNY, never an NPE.
            @SuppressWarnings("deprecation")
            TransferVerdict old = g.assessTransfer(70_003, "com.android.bankabc", "19999.58", null, false);
            TransferVerdict named = g.assessTransfer(70_004,
                    TransferCheck.builder().pkg("com.android.bankabc").amount("19999.58").payeeNew(false).build());
            assertEquals(named.getLevel(), old.getLevel());
            assertEquals(named.getDecision(), old.getDecision());
        }
    }

    @Test
    void theBuilderNeedsAnAmountAndHidesItInToString() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> TransferCheck.builder().pkg("p").build());
        assertEquals("assessTransfer: missing field `amount`", e.getMessage());
        String s = TransferCheck.builder().pkg("com.android.bankabc").amount("6222021234567890").build().toString();
        assertFalse(s.contains("6222021234567890"), s);
    }
}

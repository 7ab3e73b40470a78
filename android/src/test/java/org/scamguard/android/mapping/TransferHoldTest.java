package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.scamguard.TransferVerdict.Decision;
import org.scamguard.android.mapping.TransferHold.Outcome;

class TransferHoldTest {
    private static final long MIN30 = 30 * 60_000L;

    @Test
    void verdictAlone() {
        assertEquals(Outcome.PROCEED, TransferHold.onVerdict(null, false, 0, MIN30).outcome, "engine not asked");
        assertEquals(Outcome.PROCEED, TransferHold.onVerdict(Decision.PROCEED, false, 0, MIN30).outcome);
        assertNull(TransferHold.onVerdict(Decision.CONFIRM, true, 0, MIN30), "waits for the screen");
        assertNull(TransferHold.onVerdict(Decision.STOP, true, 0, MIN30));
        assertEquals(Outcome.ASK_USER, TransferHold.onVerdict(Decision.CONFIRM, false, 0, MIN30).outcome);
        TransferHold.Result r = TransferHold.onVerdict(Decision.STOP, false, 1_000, MIN30);
        assertEquals(Outcome.HOLD, r.outcome);
        assertEquals(1_000 + MIN30, r.holdUntilMs);
        assertEquals(Outcome.ASK_USER, TransferHold.onVerdict(Decision.STOP, false, 0, 0).outcome);
    }

    @Test
    void finalChoice() {
        assertEquals(Outcome.CANCEL, TransferHold.onChoice(Decision.STOP, false, 0, MIN30, "e").outcome);
        assertEquals(Outcome.CANCEL, TransferHold.onChoice(Decision.CONFIRM, false, 0, 0, "e").outcome);
        assertEquals(Outcome.PROCEED, TransferHold.onChoice(Decision.CONFIRM, true, 0, MIN30, "e").outcome);
        TransferHold.Result r = TransferHold.onChoice(Decision.STOP, true, 5_000, MIN30, "e");
        assertEquals(Outcome.HOLD, r.outcome, "continue anyway on STOP still cools off");
        assertEquals(5_000 + MIN30, r.holdUntilMs);
        assertEquals("e", r.episode);
        assertEquals(Outcome.PROCEED, TransferHold.onChoice(Decision.STOP, true, 0, 0, "e").outcome);
        assertEquals(0, TransferHold.onChoice(Decision.CONFIRM, true, 9, MIN30, "e").holdUntilMs);
    }
}

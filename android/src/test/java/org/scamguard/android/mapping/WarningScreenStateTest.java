package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.scamguard.Level;
import org.scamguard.android.mapping.WarningScreenState.Change;

class WarningScreenStateTest {

    private static WarningModel w(Level level, String episode, String title) {
        return new WarningModel(0, level, "rule-x", episode, title, "msg",
                Arrays.asList("陌生来电", null, ""), Arrays.asList("挂断电话", "拨打96110"));
    }

    @Test
    void presentationByLevel() {
        assertFalse(w(Level.CAUTION, "e", "t").interrupts());
        assertTrue(w(Level.DANGER, "e", "t").interrupts());
        assertEquals(0, w(Level.DANGER, "e", "t").waitSeconds());
        assertEquals(WarningModel.CRITICAL_WAIT_SECONDS, w(Level.CRITICAL, "e", "t").waitSeconds());
        assertEquals(Arrays.asList("陌生来电"), w(Level.CAUTION, "e", "t").evidence, "null/empty evidence dropped");
    }

    @Test
    void nullFieldsAreSafe() {
        WarningModel m = new WarningModel(0, null, null, null, null, null, null, null);
        assertEquals(Level.CAUTION, m.level);
        assertEquals("rule:", m.episode);
        assertTrue(m.actions.isEmpty());
    }

    @Test
    void notificationIdStablePerEpisode() {
        assertEquals(w(Level.CAUTION, "ep-1", "a").notificationId(), w(Level.CRITICAL, "ep-1", "b").notificationId());
        assertNotEquals(w(Level.CAUTION, "ep-1", "a").notificationId(), w(Level.CAUTION, "ep-2", "a").notificationId());
    }

    @Test
    void criticalForcesWait() {
        WarningScreenState s = new WarningScreenState();
        assertEquals(Change.NEW, s.apply(w(Level.CRITICAL, "e1", "t"), 1_000));
        assertFalse(s.canContinue(1_000));
        assertEquals(30, s.secondsLeft(1_000), "30 s by default");
        assertEquals(1, s.secondsLeft(30_500));
        assertFalse(s.canContinue(30_999));
        assertTrue(s.canContinue(31_000));
    }

    @Test
    void sameEpisodeUpdatesWithoutRestartingCountdown() {
        WarningScreenState s = new WarningScreenState();
        s.apply(w(Level.CRITICAL, "e1", "first"), 0);
        assertEquals(Change.UPDATED, s.apply(w(Level.CRITICAL, "e1", "second"), 5_000));
        assertEquals("second", s.current().title);
        assertEquals(25, s.secondsLeft(5_000), "countdown not restarted");
        // a lower level in the same episode does not downgrade the screen
        s.apply(w(Level.DANGER, "e1", "third"), 6_000);
        assertEquals(Level.CRITICAL, s.current().level);
        assertEquals("third", s.current().title);
    }

    @Test
    void escalationToCriticalStartsCountdown() {
        WarningScreenState s = new WarningScreenState();
        s.apply(w(Level.DANGER, "e1", "t"), 0);
        assertTrue(s.canContinue(0));
        s.apply(w(Level.CRITICAL, "e1", "t"), 2_000);
        assertEquals(30, s.secondsLeft(2_000));
    }

    @Test
    void otherEpisodeReplaces() {
        WarningScreenState s = new WarningScreenState();
        s.apply(w(Level.DANGER, "e1", "t"), 0);
        assertEquals(Change.REPLACED, s.apply(w(Level.CRITICAL, "e2", "t2"), 100));
        assertEquals("e2", s.current().episode);
        assertFalse(s.canContinue(100));
        s.clear();
        assertNull(s.current());
        assertFalse(s.canContinue(100_000));
        assertThrows(IllegalArgumentException.class, () -> s.apply(null, 0));
    }

    @Test
    void configuredWaitIsClamped() {
        WarningModel m = new WarningModel(0, Level.CRITICAL, "r", "e", "t", "m", null, null, 60);
        assertEquals(60, m.waitSeconds());
        assertEquals(WarningModel.MIN_CRITICAL_WAIT_SECONDS,
                new WarningModel(0, Level.CRITICAL, "r", "e", "t", "m", null, null, 0).waitSeconds());
        assertEquals(0, new WarningModel(0, Level.DANGER, "r", "e", "t", "m", null, null, 60).waitSeconds());
        WarningScreenState s = new WarningScreenState();
        s.apply(m, 0);
        assertEquals(60, s.secondsLeft(0));
    }

    @Test
    void mostSpecificWarningOfAVerdict() {
        WarningModel danger = w(Level.DANGER, "e", "new payee during a call");
        WarningModel critical1 = w(Level.CRITICAL, "e", "remote control then transfer");
        WarningModel critical2 = w(Level.CRITICAL, "e", "stranger call then transfer");
        WarningModel caution = w(Level.CAUTION, "e", "large amount");
        assertEquals(critical1, WarningModel.mostSpecific(Arrays.asList(critical1, critical2, danger, caution)),
                "the first of the highest level, not the last shown");
        assertEquals(critical1, WarningModel.mostSpecific(Arrays.asList(caution, danger, critical1, critical2)));
        assertNull(WarningModel.mostSpecific(Arrays.asList()));
    }

    @Test
    void episodesOfTwoEnginesNeverMix() {
        String a = WarningModel.newEngineId(), b = WarningModel.newEngineId();
        assertNotEquals(a, b);
        // both cores number their first episode "0"
        WarningModel fromA = new WarningModel(0, Level.DANGER, "r", a + "/0", "t", "m", null, null);
        WarningModel fromB = new WarningModel(0, Level.DANGER, "r", b + "/0", "t", "m", null, null);
        assertNotEquals(fromA.episode, fromB.episode);
        WarningScreenState s = new WarningScreenState();
        s.apply(fromA, 0);
        assertEquals(Change.REPLACED, s.apply(fromB, 1));
    }
}

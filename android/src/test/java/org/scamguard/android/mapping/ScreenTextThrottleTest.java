package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScreenTextThrottleTest {

    @Test
    void rateLimitedPerPackage() {
        ScreenTextThrottle th = new ScreenTextThrottle(100, 1000, 8);
        assertEquals("备用金 立即领取", th.admit(0, "com.eg.android.AlipayGphone", "备用金\n  立即领取"));
        assertNull(th.admit(500, "com.eg.android.AlipayGphone", "备用金 已借 5000"), "too soon");
        assertEquals("other app", th.admit(500, "com.icbc", "other app"), "other packages have their own budget");
        assertEquals("备用金 已借 5000", th.admit(1000, "com.eg.android.AlipayGphone", "备用金 已借 5000"));
    }

    @Test
    void duplicatesDroppedEvenLater() {
        ScreenTextThrottle th = new ScreenTextThrottle(100, 10, 8);
        assertEquals("same", th.admit(0, "p.a", "same"));
        assertNull(th.admit(60_000, "p.a", " same "));
        assertEquals("changed", th.admit(60_001, "p.a", "changed"));
    }

    @Test
    void boundedLengthKeepsSurrogatePairs() {
        ScreenTextThrottle th = new ScreenTextThrottle(5, 0, 8);
        assertEquals("abcde", th.admit(0, "p.a", "abcdefgh"));
        assertEquals("abcd", th.admit(1, "p.b", "abcd\uD83D\uDE00x"), "emoji not cut in half");
    }

    @Test
    void emptyAndNull() {
        ScreenTextThrottle th = new ScreenTextThrottle();
        assertNull(th.admit(0, "p.a", null));
        assertNull(th.admit(0, null, "x"));
        assertNull(th.admit(0, "p.a", " \u3000\n "));
    }

    @Test
    void boundedMemory() {
        ScreenTextThrottle th = new ScreenTextThrottle(10, 1000, 3);
        for (int i = 0; i < 10; i++) th.admit(i, "p.n" + i, "t" + i);
        assertEquals(3, th.trackedPackages());
        assertEquals("t0", th.admit(20, "p.n0", "t0"), "forgotten package starts fresh");
    }

    @Test
    void badLimits() {
        assertThrows(IllegalArgumentException.class, () -> new ScreenTextThrottle(0, 1, 1));
    }

    @Test
    void dueIsACheapPreCheck() {
        ScreenTextThrottle th = new ScreenTextThrottle(100, 1000, 8);
        assertTrue(th.due(0, "p.a"));
        th.admit(0, "p.a", "x");
        assertFalse(th.due(999, "p.a"));
        assertTrue(th.due(1000, "p.a"));
        assertTrue(th.due(10, "p.b"));
        assertTrue(th.due(10, null));
    }
}

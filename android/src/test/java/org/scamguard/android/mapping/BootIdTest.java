package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootIdTest {
    private static final long WALL = 1_780_000_000_000L, HOUR = 3_600_000L;

    @Test
    void theBootCountIsTheIdFromApi24() {
        assertEquals(41, BootId.of(24, 41, WALL, 5_000));
        assertEquals(41, BootId.of(35, 41, WALL + HOUR, 5_000 + HOUR), "same boot an hour later");
        assertNotEquals(BootId.of(35, 41, WALL, 5_000), BootId.of(35, 42, WALL, 5_000));
    }

    @Test
    void beforeApi24TheBootsStartOnTheWallClockStandsIn() {
        long boot = BootId.of(23, 41, WALL, 5 * HOUR);   // a count read on 23 is ignored
        assertTrue(boot >= BootId.DERIVED, "apart from any boot count");
        assertEquals(boot, BootId.of(21, -1, WALL + 2 * HOUR, 7 * HOUR), "same boot two hours later");
        assertNotEquals(boot, BootId.of(21, -1, WALL + 2 * HOUR, 60_000), "rebooted a minute ago");
        assertEquals(BootId.DERIVED, BootId.of(21, -1, 10, 5_000), "a wall clock behind the uptime");
        assertTrue(BootId.of(30, -1, WALL, 5_000) >= BootId.DERIVED, "an unreadable count falls back");
    }
}

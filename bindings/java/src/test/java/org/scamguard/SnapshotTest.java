package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * State that survives process death through the Java API: {@link ScamGuard#snapshot()} and
 * {@link ScamGuard#restore(String)} across the JNI boundary, refusals as {@link
 * SnapshotException}, {@link ScamGuard#setBoot} across a reboot, {@link ScamGuard#reset()}.
 */
class SnapshotTest {
    private static final long MIN = 60_000, HOUR = 60 * MIN, WALL = 1_780_000_000_000L;

    /** The seed scam, with the process killed and the engine restored before event {@code at}. */
    private static List<Map<String, Object>> replay(List<Event> events, int at) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        ScamGuard g = new ScamGuard();
        try {
            for (int i = 0; i < events.size(); i++) {
                if (i == at) {
                    String snap = g.snapshot();
                    g.close();
                    g = new ScamGuard();
                    g.restore(snap);
                }
                for (Warning w : g.observe(events.get(i))) out.add(TestSupport.asReplayJson(w));
            }
        } finally {
            g.close();
        }
        return out;
    }

    @Test
    void killAndRestoreAtEveryEventOfTheSeedScamChangesNothing() throws Exception {
        Path seed = TestSupport.fixture(SeedScenarioTest.SEED);
        List<Event> events = TestSupport.readTrace(seed);
        List<Map<String, Object>> straight = replay(events, -1);
        assertTrue(straight.stream().anyMatch(w -> "critical".equals(w.get("level"))));
        for (int i = 0; i < events.size(); i++) {
            assertEquals(straight, replay(events, i), "restart before event " + i);
        }
    }

    @Test
    void snapshotsCarryNoTypedTextOrNumbers() {
        try (ScamGuard g = new ScamGuard()) {
            g.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, null, null);
            g.onContactAdded(1_000, "13912345678");
            g.onTextEntered(2_000, "com.android.bankabc", Event.Field.PASSWORD, "Hunter2Passw0rd");
            g.onTextEntered(3_000, "com.android.bankabc", Event.Field.ACCOUNT, "6222021234567890123");
            g.onSmsReceived(4_000, "+86 1069 5555", Event.SenderKind.UNKNOWN, "刷单返利 13800001111");
            String snap = g.snapshot();
            for (String canary : Arrays.asList("13912345678", "Hunter2", "6222021234567890123", "1069 5555", "13800001111")) {
                assertFalse(snap.contains(canary), "snapshot carries a canary");
            }
        }
    }

    @Test
    void aBadSnapshotIsRefusedWithAClearErrorAndTheEngineStaysClean() throws Exception {
        String good;
        try (ScamGuard g = new ScamGuard()) {
            g.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, null, null);
            g.onScreenShareStarted(60_000, "com.tencent.wemeet.app");
            assertTrue((g.episodeStages() & ScamGuard.STAGE_CONTACT) != 0);
            good = g.snapshot();
        }
        String truncated = good.substring(0, good.length() / 2);
        String altered = good.replaceFirst("wemeet", "wemeen");
        String future = good.replaceFirst("\\{\"v\":1,", "{\"v\":2,");
        assertFalse(future.equals(good), "the version field is where the test expects it");
        char[] big = new char[ScamGuard.MAX_SNAPSHOT_CHARS + 1];
        Arrays.fill(big, ' ');
        String[][] cases = {
            {truncated, "truncated or corrupt"},
            {altered, "checksum"},
            {future, "another engine version"},
            {"", "truncated or corrupt"},
            {"\ud800 lone surrogate", "truncated or corrupt"},
            {new String(big), "larger than"},
        };
        for (String[] c : cases) {
            try (ScamGuard fresh = new ScamGuard()) {
                SnapshotException e = assertThrows(SnapshotException.class, () -> fresh.restore(c[0]));
                assertTrue(e.getMessage().contains(c[1]), e.getMessage());
                assertFalse(e.getMessage().contains("wemeet"), "the message quotes no content");
                assertEquals(0, fresh.episodeStages(), "a refused snapshot leaves the engine clean");
                // ...and usable: the seed's first step still counts.
                fresh.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, null, null);
                assertEquals(ScamGuard.STAGE_CONTACT, fresh.episodeStages() & ScamGuard.STAGE_CONTACT);
            }
        }
        try (ScamGuard fresh = new ScamGuard()) {
            assertThrows(NullPointerException.class, () -> fresh.restore(null));
            fresh.restore(good);
            assertTrue((fresh.episodeStages() & ScamGuard.STAGE_CONTROL) != 0);
            assertEquals(good, fresh.snapshot(), "a restored engine snapshots the same");
            fresh.reset();
            assertEquals(0, fresh.episodeStages());
        }
    }

    @Test
    void aRebootKeepsTheAgeOfWhatWasSaved() throws Exception {
        String snap;
        try (ScamGuard g = new ScamGuard()) {
            g.setBoot(7, 0, WALL);
            g.onCallStarted(50 * MIN, Event.Direction.INCOMING, Event.Peer.UNKNOWN, null, null);
            snap = g.snapshot();
        }
        // Restored 2 minutes after boot 8, the phone having been off for five hours: the call that
        // never reported an end is older than the maximum call age, so the next event ends it.
        try (ScamGuard g = new ScamGuard()) {
            g.restore(snap);
            g.setBoot(8, 2 * MIN, WALL + 50 * MIN + 5 * HOUR);
            g.onAppForeground(2 * MIN + 1_000, "com.android.launcher");
            assertFalse(g.snapshot().contains("\\\"call\\\":{"), "the call from before the reboot was ended");
        }
        // Without the boot, the same restart keeps the call on (the clock does not move).
        try (ScamGuard g = new ScamGuard()) {
            g.restore(snap);
            g.onAppForeground(2 * MIN + 1_000, "com.android.launcher");
            assertTrue(g.snapshot().contains("\\\"call\\\":{"), "no boot named: the call is still on");
        }
        try (ScamGuard g = new ScamGuard()) {
            assertThrows(IllegalArgumentException.class, () -> g.setBoot(-1, 0, WALL));
            assertThrows(IllegalArgumentException.class, () -> g.setBoot(1, -5, WALL));
        }
    }

    @Test
    void everyStateCallAfterCloseThrowsIllegalState() {
        ScamGuard g = new ScamGuard();
        g.close();
        assertThrows(IllegalStateException.class, g::snapshot);
        assertThrows(IllegalStateException.class, () -> g.restore("{}"));
        assertThrows(IllegalStateException.class, g::reset);
        assertThrows(IllegalStateException.class, () -> g.setBoot(1, 0, 0));
        assertThrows(IllegalStateException.class, g::episodeStages);
    }
}

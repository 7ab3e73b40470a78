package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** addApp: extending the engine's app catalog at run time. */
class CatalogTest {
    // An id that does not say "bank": the catalog guesses ids that do (catalog::guessed).
    private static final String CITY_BANK = "com.example.cityfinance";

    /** A stranger's call and a screen share: the setting in which a bank app matters. */
    private static void strangerCallAndShare(ScamGuard g) {
        g.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
        g.onScreenShareStarted(30_000, "com.tencent.wemeet.app");
    }

    @Test
    void anAddedBankIsWatchedLikeTheBuiltInOnes() {
        for (boolean added : new boolean[] {false, true}) {
            try (ScamGuard g = new ScamGuard(new ScamGuard.Options().lang("en"))) {
                if (added) {
                    g.addApp(CITY_BANK, AppCategory.BANK, "City Bank");
                }
                strangerCallAndShare(g);
                List<Warning> opened = g.onAppForeground(40_000, CITY_BANK);
                List<Warning> typed = g.onTextEntered(50_000, CITY_BANK, Event.Field.AMOUNT, "5000");
                if (!added) {
                    assertTrue(opened.isEmpty(), "an unknown app is not a bank: " + opened);
                    // An app no catalog knows still holds money: at least danger with a
                    // stranger on the line and the screen shared.
                    assertTrue(typed.get(0).getLevel().compareTo(Level.DANGER) >= 0,
                            "money anywhere still counts: " + typed);
                    continue;
                }
                assertEquals("bank-app-while-screen-shared", opened.get(0).getRule());
                assertEquals(Level.CRITICAL, typed.get(0).getLevel(), "a bank raises the level");
                assertTrue(String.join("\n", typed.get(0).getEvidence()).contains("City Bank"),
                        "the label is used in the evidence: " + typed.get(0).getEvidence());
            }
        }
    }

    @Test
    void badArgumentsAreRejectedAndTheEngineGoesOn() {
        try (ScamGuard g = new ScamGuard()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> g.addApp("not a package", AppCategory.BANK, null));
            assertTrue(e.getMessage().contains("not an Android package name"), e.getMessage());
            assertThrows(NullPointerException.class, () -> g.addApp(null, AppCategory.BANK, null));
            assertThrows(NullPointerException.class, () -> g.addApp(CITY_BANK, null, null));
            g.addApp(CITY_BANK, AppCategory.LOAN, null);
            strangerCallAndShare(g);
            List<Warning> ws = g.onAppForeground(40_000, CITY_BANK);
            assertTrue(ws.get(0).getRule().startsWith("credit-during-"), ws.toString());
        }
    }

    @Test
    void addAppAfterCloseThrows() {
        ScamGuard g = new ScamGuard();
        g.close();
        assertThrows(IllegalStateException.class, () -> g.addApp(CITY_BANK, AppCategory.BANK, null));
    }

    @Test
    void everyCategoryIsKnownToTheEngine() {
        try (ScamGuard g = new ScamGuard()) {
            int i = 0;
            for (AppCategory c : AppCategory.values()) {
                g.addApp("com.example.app" + i++, c, null);
            }
        }
    }

    @Test
    void manyAppsInOneCallAllOrNothing() {
        try (ScamGuard g = new ScamGuard(new ScamGuard.Options().lang("en"))) {
            StringBuilder rows = new StringBuilder("# package\tcategory\tlabel\n\n");
            for (int i = 0; i < 10_000; i++) {
                rows.append("com.example.bank").append(i).append("\tbank\tBank ").append(i).append('\n');
            }
            rows.append(CITY_BANK).append("\tbank\tCity Bank\n");
            long start = System.nanoTime();
            assertEquals(10_001, g.addApps(rows.toString()));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 2_000, "10k rows took " + ms + " ms");
            strangerCallAndShare(g);
            assertEquals("bank-app-while-screen-shared", g.onAppForeground(40_000, CITY_BANK).get(0).getRule());

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> g.addApps("com.example.ok\tbank\ncom.example.other\tspaceship\n"));
            assertTrue(e.getMessage().contains("line 2"), e.getMessage());
            assertFalse(e.getMessage().contains("spaceship"), e.getMessage());
            // All or nothing: the good first row was not added either.
            assertTrue(g.onAppForeground(50_000, "com.example.ok").isEmpty());
        }
    }

    @Test
    void regionsAreSetByWireName() {
        try (ScamGuard g = new ScamGuard(new ScamGuard.Options().regions("hk", "cn"))) {
            ListenerTest.seedOpening(g);
        }
        ScamGuard.Options o = new ScamGuard.Options();
        o.setRegions(List.of("uk"));
        assertEquals(List.of("uk"), o.getRegions());
        new ScamGuard(o).close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScamGuard(new ScamGuard.Options().regions("cn", "atlantis")));
        assertFalse(e.getMessage().contains("atlantis"), e.getMessage());
    }
}

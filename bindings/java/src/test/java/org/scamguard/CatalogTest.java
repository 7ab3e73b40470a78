package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** addApp: extending the engine's app catalog at run time. */
class CatalogTest {
    private static final String CITY_BANK = "com.example.citybank";

    /** A stranger's call and a screen share: the setting in which a bank app matters. */
    private static void strangerCallAndShare(ScamGuard g) {
        g.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
        g.onScreenShareStarted(30_000, "com.tencent.wemeet.app");
    }

    @Test
    void anAddedBankIsWatchedLikeTheBuiltInOnes() {
        try (ScamGuard g = new ScamGuard(new ScamGuard.Options().lang("en"))) {
            strangerCallAndShare(g);
            assertTrue(g.onTextEntered(40_000, CITY_BANK, Event.Field.AMOUNT, "5000").isEmpty(),
                    "an unknown app is not a bank");
            g.addApp(CITY_BANK, AppCategory.BANK, "City Bank");
            List<Warning> ws = g.onTextEntered(50_000, CITY_BANK, Event.Field.AMOUNT, "5000");
            assertEquals(1, ws.size(), ws.toString());
            assertEquals(Level.CRITICAL, ws.get(0).level());
            assertTrue(String.join("\n", ws.get(0).evidence()).contains("City Bank"),
                    "the label is used in the evidence: " + ws.get(0).evidence());
        } catch (RulePackException e) {
            throw new AssertionError(e);
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
            assertEquals("credit-during-stranger-call", ws.get(0).rule());
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
}

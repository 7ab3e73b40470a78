package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** AppCatalog: one catalog loaded once and shared by every engine of the process. */
class SharedCatalogTest {
    // Ids that do not say "bank" (the catalog guesses ids that do: catalog::guessed).
    private static final String CITY_BANK = "com.example.cityfinance";
    private static final String PILOT = "com.example.pilotfinance";
    private static final String LENDER = "com.example.quickcash";

    /** {@code n} vendor rows plus the city bank (bank) and the lender (loan). */
    static String rows(int n) {
        StringBuilder b = new StringBuilder(n * 40 + 128).append("package\tcategory\tlabel\n# vendor list\n");
        for (int i = 0; i < n; i++) {
            b.append("com.vendor.app").append(i).append(i % 2 == 0 ? "\tbank\tApp " : "\tloan\tApp ").append(i).append('\n');
        }
        return b.append(CITY_BANK).append("\tbank\tCity Bank\n").append(LENDER).append("\tloan\n").toString();
    }

    private static ScamGuard engine(AppCatalog c) {
        return new ScamGuard(new ScamGuard.Options().lang("en").catalog(c));
    }

    /** A stranger's call, a screen share, then {@code pkg} in front: the rule that fired, or null. */
    private static String ruleFor(ScamGuard g, String pkg) {
        g.reset();
        g.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
        g.onScreenShareStarted(30_000, "com.tencent.wemeet.app");
        List<Warning> ws = g.onAppForeground(40_000, pkg);
        return ws.isEmpty() ? null : ws.get(0).getRule();
    }

    private static void assertBank(ScamGuard g, String pkg) {
        assertEquals("bank-app-while-screen-shared", ruleFor(g, pkg), pkg + " is a bank");
    }

    @Test
    void everyEngineGivenTheCatalogKnowsItsApps() {
        try (AppCatalog c = AppCatalog.fromRows(rows(10_000));
                ScamGuard a = engine(c);
                ScamGuard b = engine(c);
                ScamGuard plain = new ScamGuard(new ScamGuard.Options().lang("en"))) {
            for (ScamGuard g : new ScamGuard[] {a, b}) {
                assertBank(g, CITY_BANK);
                assertBank(g, "com.vendor.app42");
                assertTrue(ruleFor(g, LENDER).startsWith("credit-during-"), ruleFor(g, LENDER));
                // The built-in rows are still there.
                assertBank(g, "com.android.bankabc");
            }
            // The label travels with the row.
            a.reset();
            a.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
            a.onScreenShareStarted(30_000, "com.tencent.wemeet.app");
            a.onAppForeground(40_000, CITY_BANK);
            Warning typed = a.onTextEntered(50_000, CITY_BANK, Event.Field.AMOUNT, "5000").get(0);
            assertEquals(Level.CRITICAL, typed.getLevel());
            assertTrue(String.join("\n", typed.getEvidence()).contains("City Bank"), typed.getEvidence().toString());
            // An engine without it does not know them.
            assertNull(ruleFor(plain, CITY_BANK));
            assertNull(ruleFor(plain, LENDER));
            assertSame(c, new ScamGuard.Options().catalog(c).getCatalog());
        }
    }

    @Test
    void anEnginesOwnAdditionsStayItsOwn() {
        try (AppCatalog c = AppCatalog.fromRows(rows(100))) {
            try (ScamGuard a = engine(c); ScamGuard b = engine(c)) {
                assertEquals(1, a.addApps(PILOT + "\tbank\tPilot\n"));
                a.addApp("com.example.otherpilot", AppCategory.BANK, null);
                assertBank(a, PILOT);
                assertBank(a, "com.example.otherpilot");
                assertBank(a, CITY_BANK);
                assertNull(ruleFor(b, PILOT), "b does not see a's additions");
                assertNull(ruleFor(b, "com.example.otherpilot"));
                // b's additions (even of a shared package) do not reach a either.
                b.addApps("com.example.bonly\tbank\n" + LENDER + "\tbank\n");
                assertBank(b, "com.example.bonly");
                assertNull(ruleFor(a, "com.example.bonly"));
                assertTrue(ruleFor(a, LENDER).startsWith("credit-during-"), ruleFor(a, LENDER));
            }
            try (ScamGuard later = engine(c)) {
                assertNull(ruleFor(later, PILOT), "the shared catalog itself never changes");
                assertBank(later, CITY_BANK);
            }
        }
    }

    @Test
    void closingTheCatalogLeavesItsEnginesWorking() {
        AppCatalog c = AppCatalog.fromRows(rows(1_000));
        ScamGuard.Options options = new ScamGuard.Options().lang("en").catalog(c);
        try (ScamGuard a = new ScamGuard(options)) {
            assertFalse(c.isClosed());
            c.close();
            c.close(); // idempotent
            assertTrue(c.isClosed());
            System.gc();
            assertBank(a, CITY_BANK);
            assertBank(a, "com.vendor.app998");
            a.addApps(PILOT + "\tbank\n");
            assertBank(a, PILOT);

            int live = EngineCleaner.live();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ScamGuard(options));
            assertEquals("AppCatalog is closed", e.getMessage());
            assertEquals(live, EngineCleaner.live(), "the refused engine was freed");
            e = assertThrows(IllegalStateException.class, () -> a.useCatalog(c));
            assertEquals("AppCatalog is closed", e.getMessage());
            assertBank(a, PILOT); // a refused useCatalog changes nothing
        }
    }

    @Test
    void useCatalogSwapsInANewListAndKeepsTheEpisode() {
        try (AppCatalog first = AppCatalog.fromRows(rows(10));
                AppCatalog updated = AppCatalog.fromRows(PILOT + "\tbank\tPilot Bank\n");
                ScamGuard g = new ScamGuard(new ScamGuard.Options().lang("en"))) {
            g.addApps("com.example.mine\tbank\n");
            g.useCatalog(first);
            assertBank(g, CITY_BANK);
            assertNull(ruleFor(g, "com.example.mine"), "the engine's earlier additions are dropped (documented)");
            g.addApps("com.example.mine\tbank\n");
            assertBank(g, "com.example.mine");

            // Mid-episode: the new list applies to the next event, the episode goes on.
            g.reset();
            g.onCallStarted(0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
            g.onScreenShareStarted(30_000, "com.tencent.wemeet.app");
            int stages = g.episodeStages();
            g.useCatalog(updated);
            assertEquals(stages, g.episodeStages());
            assertEquals("bank-app-while-screen-shared", g.onAppForeground(40_000, PILOT).get(0).getRule());
            assertNull(ruleFor(g, CITY_BANK), "the old list is gone");

        }
        ScamGuard closed = new ScamGuard();
        closed.close();
        try (AppCatalog c = AppCatalog.fromRows("")) {
            assertEquals("ScamGuard is closed",
                    assertThrows(IllegalStateException.class, () -> closed.useCatalog(c)).getMessage());
        }
    }

    @Test
    void badRowsGiveTheSameCleanErrorsAsAddApps() {
        String[] bad = {
            "com.example.ok\tbank\ncom.example.other\tspaceship\n",
            "com.example.ok\tbank\n" + AbuseTest.PHONE + "\tbank\n",
            "com.example.ok\tbank\tlabel " + AbuseTest.CARD + "\tsurplus " + AbuseTest.PASSWORD + "\n",
            "com.example.ok\n",
        };
        try (ScamGuard g = new ScamGuard(); TestSupport.LogCapture log = new TestSupport.LogCapture()) {
            for (String rows : bad) {
                IllegalArgumentException shared =
                        assertThrows(IllegalArgumentException.class, () -> AppCatalog.fromRows(rows));
                IllegalArgumentException own = assertThrows(IllegalArgumentException.class, () -> g.addApps(rows));
                assertEquals(own.getMessage(), shared.getMessage());
                for (String v : new String[] {"spaceship", "com.example", AbuseTest.PHONE, AbuseTest.CARD, AbuseTest.PASSWORD}) {
                    assertFalse(shared.getMessage().contains(v), shared.getMessage());
                }
            }
            try (AppCatalog good = AppCatalog.fromRows(bad[0].substring(0, 20))) {
                assertFalse(good.isClosed(), "the good row alone loads");
            }
            String msg = assertThrows(IllegalArgumentException.class, () -> AppCatalog.fromRows(bad[0])).getMessage();
            assertTrue(msg.contains("line 2") && msg.contains("unknown category"), msg);
            NullPointerException npe = assertThrows(NullPointerException.class, () -> AppCatalog.fromRows(null));
            assertEquals("tsvRows", npe.getMessage());
            assertThrows(NullPointerException.class, () -> g.useCatalog(null));
            // Over the per-call cap: refused as a whole.
            msg = assertThrows(IllegalArgumentException.class, () -> AppCatalog.fromRows(rows(200_001))).getMessage();
            assertTrue(msg.contains("200000 rows"), msg);
            assertEquals("", log.text());
        }
    }

    @Test
    void manyThreadsShareOneCatalogWhileItIsClosed() throws Exception {
        final int threads = 8;
        AppCatalog c = AppCatalog.fromRows(rows(20_000));
        CyclicBarrier start = new CyclicBarrier(threads + 1);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean swapped = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> ts = new ArrayList<>();
        try (ScamGuard shared = new ScamGuard(new ScamGuard.Options().lang("en"))) {
            for (int t = 0; t < threads; t++) {
                final int id = t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < 60; i++) {
                            if (id % 2 == 0) {
                                try {
                                    shared.useCatalog(c);
                                    swapped.set(true);
                                } catch (IllegalStateException closed) {
                                    assertEquals("AppCatalog is closed", closed.getMessage());
                                }
                            }
                            ScamGuard g;
                            try {
                                g = engine(c);
                            } catch (IllegalStateException closed) {
                                assertEquals("AppCatalog is closed", closed.getMessage());
                                refused.incrementAndGet();
                                continue;
                            }
                            try (ScamGuard own = g) {
                                created.incrementAndGet();
                                own.addApps("com.example.thread" + id + "\tbank\n");
                                assertBank(own, "com.vendor.app" + (2 * i));
                                assertBank(own, "com.example.thread" + id);
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, "catalog-user-" + t);
                th.start();
                ts.add(th);
            }
            start.await();
            Thread.sleep(30);
            c.close();
            for (Thread th : ts) {
                th.join(60_000);
            }
            if (failure.get() != null) {
                throw new AssertionError(failure.get());
            }
            assertEquals(threads * 60, created.get() + refused.get());
            assertTrue(created.get() > 0, "some engines were made before the close");
            // An engine that took it before the close still knows its apps.
            if (swapped.get()) {
                assertBank(shared, "com.vendor.app19998");
            }
            for (int i = 0; i < threads; i++) {
                assertNull(ruleFor(shared, "com.example.thread" + i), "additions stayed in their engines");
            }
        }
    }

    /**
     * The rows cost memory once: 100,000 rows shared by 8 engines vs the same rows added to each.
     * Figures: {@code JUNIT_DETAILS=tree bindings/java/run-tests.sh --select-method
     * 'org.scamguard.SharedCatalogTest#sharedRowsArePaidForOnce(org.junit.jupiter.api.TestReporter)'}.
     */
    @Test
    void sharedRowsArePaidForOnce(TestReporter report) throws Exception {
        final int engines = 8;
        String tsv = rows(100_000);
        List<ScamGuard> gs = new ArrayList<>();
        try {
            System.gc();
            Thread.sleep(200); // let the collector settle: RSS should move with native memory only
            long rss0 = AbuseTest.rssKb();
            long t0 = System.nanoTime();
            AppCatalog c = AppCatalog.fromRows(tsv);
            long loaded = System.nanoTime();
            for (int i = 0; i < engines; i++) {
                gs.add(engine(c));
            }
            long t1 = System.nanoTime();
            c.close();
            long rss1 = AbuseTest.rssKb();
            for (ScamGuard g : gs) {
                assertBank(g, "com.vendor.app99998");
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < engines; i++) {
                ScamGuard g = new ScamGuard(new ScamGuard.Options().lang("en"));
                gs.add(g);
                assertEquals(100_002, g.addApps(tsv));
            }
            long t3 = System.nanoTime();
            long rss2 = AbuseTest.rssKb();
            long sharedKb = rss1 - rss0;
            long eachKb = rss2 - rss1;
            report.publishEntry("shared", String.format(
                    "fromRows(100k) %.1f ms + %d engines %.1f ms, RSS +%d kB",
                    (loaded - t0) / 1e6, engines, (t1 - loaded) / 1e6, sharedKb));
            report.publishEntry("addApps", String.format(
                    "%d x addApps(100k) %.1f ms, RSS +%d kB", engines, (t3 - t2) / 1e6, eachKb));
            // Sharing pays the rows once: well under what 8 private copies cost.
            assertTrue(sharedKb * 3 < eachKb, "shared +" + sharedKb + " kB vs per engine +" + eachKb + " kB");
        } finally {
            for (ScamGuard g : gs) {
                g.close();
            }
        }
    }
}

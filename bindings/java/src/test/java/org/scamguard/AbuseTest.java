package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The Java API under abuse, all under {@code -Xcheck:jni} (run-tests.sh fails on any JNI
 * warning): nulls everywhere (checked against the nullness annotations), unpaired surrogates,
 * 10 MB strings, re-entrant and failing listeners, close racing 8 feeders, many engines with RSS
 * flat, forgotten engines freed, a stuck async listener, and no raw value in any message.
 */
class AbuseTest {
    /** Values that must never appear in an exception message, a toString or a log line. */
    static final String PHONE = "13812345678";
    static final String CARD = "6222021234567890123";
    static final String PASSWORD = "Hunter2Passw0rd";

    static final AtomicLong CLOCK = new AtomicLong(1_000);

    // ------------------------------------------------------------------ nulls everywhere

    /** Never closed: the null checks give it to engines. */
    static final AppCatalog SAMPLE_CATALOG = AppCatalog.fromRows("com.example.shared\tbank\n");

    /** A valid-looking value of each parameter type (the string suits every String parameter). */
    static @Nullable Object sample(Class<?> type) {
        if (type == long.class) return CLOCK.addAndGet(1_000);
        if (type == int.class) return 1;
        if (type == boolean.class) return true;
        if (type == String.class) return "com.example.app";
        if (type == Boolean.class) return Boolean.TRUE;
        if (type == Event.class) return Event.callEnded(CLOCK.addAndGet(1_000));
        if (type == TransferCheck.class) return TransferCheck.builder().amount("500").build();
        if (type == WarningListener.class) return (WarningListener) w -> {};
        if (type == Executor.class) return (Executor) Runnable::run;
        if (type == ScamGuard.Options.class) return new ScamGuard.Options();
        if (type == AppCatalog.class) return SAMPLE_CATALOG;
        if (type == Locale.class) return Locale.CHINA;
        if (type.isEnum()) return type.getEnumConstants()[0];
        if (type == String[].class) return new String[] {"cn"};
        if (type == List.class) return List.of("cn");
        throw new AssertionError("no sample for " + type);
    }

    /** What a call threw (its class), or null. */
    static @Nullable Class<?> outcome(Method m, @Nullable Object target, Object[] args) {
        try {
            Object r = m.invoke(target, args);
            if (r instanceof ScamGuard && r != target) {
                ((ScamGuard) r).close();
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause().getClass();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Calls {@code m} with one reference parameter null at a time: a {@code @Nullable} one must
     * behave as with a value (same outcome), any other must throw NullPointerException (or, for
     * event fields the builder checks, IllegalArgumentException naming the field).
     */
    static void checkNulls(Method m, @Nullable Object target, List<String> problems) {
        Class<?>[] types = m.getParameterTypes();
        AnnotatedType[] annotated = m.getAnnotatedParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (types[i].isPrimitive()) continue;
            Object[] args = new Object[types.length];
            for (int j = 0; j < args.length; j++) args[j] = sample(types[j]);
            Class<?> baseline = outcome(m, target, args);
            for (int j = 0; j < args.length; j++) args[j] = sample(types[j]);
            args[i] = null;
            Class<?> got = outcome(m, target, args);
            boolean nullable = annotated[i].isAnnotationPresent(Nullable.class);
            String where = m.getDeclaringClass().getSimpleName() + "." + m.getName()
                    + Arrays.toString(types) + " param " + i;
            if (nullable && got != baseline) {
                problems.add(where + " is @Nullable but null gave " + got + " instead of " + baseline);
            }
            if (!nullable && got != NullPointerException.class
                    && !(m.getDeclaringClass() == Event.class && got == IllegalArgumentException.class)) {
                problems.add(where + " is non-null but null gave " + got);
            }
        }
    }

    static List<Method> publicMethods(Class<?> c, boolean statics) {
        List<Method> ms = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) == statics
                    && !m.isSynthetic() && !m.getName().equals("equals")) {
                ms.add(m);
            }
        }
        return ms;
    }

    @Test
    void nullsEverywhereMatchTheNullnessAnnotations() {
        List<String> problems = new ArrayList<>();
        try (ScamGuard g = new ScamGuard()) {
            for (Method m : publicMethods(ScamGuard.class, false)) checkNulls(m, g, problems);
            for (Method m : publicMethods(ScamGuard.class, true)) checkNulls(m, null, problems);
            for (Method m : publicMethods(Event.class, true)) checkNulls(m, null, problems);
            for (Method m : publicMethods(ScamGuard.Options.class, false)) checkNulls(m, new ScamGuard.Options(), problems);
            for (Method m : publicMethods(TransferCheck.Builder.class, false)) {
                checkNulls(m, TransferCheck.builder(), problems);
            }
            for (Method m : publicMethods(Lang.class, true)) checkNulls(m, null, problems);
            for (Method m : publicMethods(AppCatalog.class, true)) checkNulls(m, null, problems);
            // Still a working engine after all that.
            assertEquals(List.of(), g.onAppForeground(CLOCK.addAndGet(1_000), "com.android.launcher"));
        }
        assertEquals(List.of(), problems);
    }

    // ------------------------------------------------------------------ strange strings

    @Test
    void unpairedSurrogatesBecomeReplacementCharacters() {
        String json = Wire.encode(Event.screenText(1, "com.example.app", "a\uD800b\uDC00c\uD83D\uDE00"), Native::echo);
        assertTrue(json.endsWith("\"text\":\"a\uFFFDb\uFFFDc\uD83D\uDE00\"}"), json);
        // NUL (modified UTF-8 writes it as C0 80) and text outside the BMP cross intact.
        String nul = Wire.encode(Event.screenText(1, "com.example.app", "a\u0000b\uD83D\uDE00"), Native::echo);
        assertTrue(nul.endsWith("\"text\":\"a\\u0000b\uD83D\uDE00\"}"), nul);
        String cjk = Wire.encode(Event.screenText(1, "com.example.app", "备用金 ｜ 額度"), Native::echo);
        assertTrue(cjk.endsWith("\"text\":\"备用金 ｜ 額度\"}"), cjk);
        try (ScamGuard g = new ScamGuard()) {
            assertThrows(IllegalArgumentException.class, () -> g.onAppForeground(1, "com.\uD800 app"));
            g.onTextEntered(2, "com.android.bankabc", Event.Field.AMOUNT, "\uDC00\uDC00");
            g.onSmsReceived(3, "\uD800", Event.SenderKind.UNKNOWN, "\uDBFF");
        }
    }

    @Test
    void tenMegabyteStringsAreClippedOrRefusedCheaply() {
        StringBuilder b = new StringBuilder(10 << 20);
        while (b.length() < (10 << 20)) b.append("备用金 立即开通 ").append(PHONE).append(' ');
        String huge = b.toString();
        String hugeId = "com.x" + "y".repeat(10 << 20);
        try (ScamGuard g = new ScamGuard(); TestSupport.LogCapture log = new TestSupport.LogCapture()) {
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                g.onScreenText(10 + i, "com.eg.android.AlipayGphone", huge);
            }
            long perCall = (System.nanoTime() - start) / 20;
            // The engine reads the first 4 KB; converting 10 MB would take milliseconds.
            assertTrue(perCall < 2_000_000, "a 10 MB screen text took " + perCall + " ns");
            String echoed = Wire.encode(Event.screenText(1, "p", huge), Native::echo);
            assertTrue(echoed.getBytes(StandardCharsets.UTF_8).length < 4096 + 100, "clipped to the scanned 4 KB");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.onAppForeground(100, hugeId));
            assertEquals("app_foreground: package is too long", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> g.onTransferStarted(101, null, huge, null, null));
            assertFalse(e.getMessage().contains(PHONE), e.getMessage());
            g.onNotification(102, "com.android.bankabc", huge, huge);
            g.onSmsReceived(103, huge, Event.SenderKind.UNKNOWN, huge);
            g.onAppInstalled(104, "com.example.app", null, huge);
            e = assertThrows(IllegalArgumentException.class, () -> g.addApp("com.example.city", AppCategory.BANK, huge));
            assertFalse(e.getMessage().contains(PHONE), e.getMessage());
            assertFalse(log.text().contains(PHONE), log.text());
        }
    }

    @Test
    void clippingNeverSplitsASurrogatePair() {
        // 4095 ASCII units then an emoji across the 4096-unit cut.
        String s = "a".repeat(4095) + "\uD83D\uDE00" + "tail";
        String json = Wire.encode(Event.screenText(1, "p", s), Native::echo);
        assertFalse(json.contains("\uFFFD"), "no half surrogate at the cut");
        assertTrue(json.endsWith("a\"}"), json.substring(json.length() - 20));
        // CJK: 3 bytes a character, cut at a character boundary within the 4096 bytes.
        String cjk = Wire.encode(Event.screenText(1, "p", "额".repeat(5000)), Native::echo);
        String text = cjk.substring(cjk.indexOf("\"text\":\"") + 8, cjk.length() - 2);
        assertEquals("额".repeat(4096 / 3), text);
    }

    // ------------------------------------------------------------------ listeners

    static int depth(int n) {
        return n <= 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void stackOverflowInAListenerIsContainedAndLaterListenersStillHearIt() throws Exception {
        for (boolean async : new boolean[] {false, true}) {
            ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(async));
            try (TestSupport.LogCapture log = new TestSupport.LogCapture()) {
                List<Warning> heard = new CopyOnWriteArrayList<>();
                CountDownLatch got = new CountDownLatch(1);
                g.addListener(w -> depth(Integer.MAX_VALUE));
                g.addListener(w -> {
                    heard.add(w);
                    got.countDown();
                });
                List<Warning> ws = ListenerTest.seedOpening(g);
                assertFalse(ws.isEmpty());
                assertTrue(got.await(10, TimeUnit.SECONDS));
                g.close();
                assertEquals(ws, heard);
                assertEquals(1, g.getListenerErrors());
                assertTrue(log.text().contains("java.lang.StackOverflowError"), log.text());
            } finally {
                g.close();
            }
        }
    }

    @Test
    void reentrantListenersFeedAndCloseTheEngine() throws Exception {
        for (boolean async : new boolean[] {false, true}) {
            ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(async));
            AtomicReference<Throwable> bad = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            g.addListener(w -> {
                try {
                    // Feeding from inside a listener: no deadlock, the engine takes it.
                    g.onAppForeground(w.getTime() + 1, "com.android.launcher");
                    g.assessTransfer(w.getTime() + 2, TransferCheck.builder().amount("1").build());
                    g.addListener(x -> {});
                    g.close();
                } catch (IllegalStateException closedAlready) {
                    // a second warning after close: fine
                } catch (Throwable t) {
                    bad.set(t);
                } finally {
                    done.countDown();
                }
            });
            ListenerTest.seedOpening(g);
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertNull(bad.get());
            for (int i = 0; i < 100 && !g.isClosed(); i++) Thread.sleep(10);
            assertTrue(g.isClosed());
        }
    }

    @Test
    void listenersRunOnTheirExecutorAndARejectingExecutorIsCounted() {
        try (ScamGuard g = new ScamGuard(); TestSupport.LogCapture log = new TestSupport.LogCapture()) {
            List<Runnable> posted = new ArrayList<>();
            List<Warning> heard = new ArrayList<>();
            g.addListener(posted::add, heard::add);
            g.addListener(r -> {
                throw new RejectedExecutionException("shut down");
            }, w -> fail("never runs"));
            List<Warning> ws = ListenerTest.seedOpening(g);
            assertTrue(heard.isEmpty(), "not on the feeding thread");
            posted.forEach(Runnable::run);
            assertEquals(ws, heard);
            assertEquals(ws.size(), g.getListenerErrors());
            assertTrue(log.text().contains("threw java.util.concurrent.RejectedExecutionException"), log.text());
        }
    }

    @Test
    void listenerCountIsCapped() {
        try (ScamGuard g = new ScamGuard()) {
            for (int i = 0; i < ListenerDispatch.MAX_LISTENERS; i++) g.addListener(w -> {});
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> g.addListener(w -> {}));
            assertTrue(e.getMessage().startsWith("too many listeners"), e.getMessage());
            WarningListener l = w -> {};
            assertThrows(IllegalStateException.class, () -> g.addListener(Runnable::run, l));
        }
    }

    /** Warnings in many episodes: a stranger call, a share, a code-like amount, then 3 h of quiet. */
    static List<Warning> episodes(ScamGuard g, int n) {
        List<Warning> raised = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long base = i * 3 * 3_600_000L;
            raised.addAll(g.onCallStarted(base, Event.Direction.INCOMING, Event.Peer.UNKNOWN, null, null));
            raised.addAll(g.onScreenShareStarted(base + 30_000, "com.tencent.wemeet.app"));
            raised.addAll(g.onAppForeground(base + 40_000, "com.android.bankabc"));
            raised.addAll(g.onTextEntered(base + 60_000, "com.android.bankabc", Event.Field.AMOUNT, "19999.58"));
            g.onScreenShareStopped(base + 90_000, "com.tencent.wemeet.app");
            g.onCallEnded(base + 120_000);
        }
        return raised;
    }

    @Test
    void aStuckAsyncListenerQueueIsBoundedAndKeepsEveryCritical() throws Exception {
        ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(true).listenerQueueCapacity(8));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stuck = new CountDownLatch(1);
        List<Warning> heard = new CopyOnWriteArrayList<>();
        g.addListener(w -> {
            stuck.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            heard.add(w);
        });
        List<Warning> raised = new ArrayList<>(ListenerTest.seedOpening(g));
        assertTrue(stuck.await(10, TimeUnit.SECONDS), "the listener is stuck on the first warning");
        raised.addAll(episodes(g, 40));
        long criticals = raised.stream().filter(w -> w.getLevel() == Level.CRITICAL).count();
        assertTrue(criticals >= 40, "every episode ends critical: " + criticals);
        // Criticals are kept up to 8x the capacity (64 here), so none of these 40 may go.
        assertTrue(criticals <= 64);
        long dropped = g.getDroppedWarnings();
        assertTrue(dropped > 0, "a full queue drops");
        release.countDown();
        g.close(); // drains
        assertEquals(raised.size(), heard.size() + dropped, "every warning delivered or counted");
        assertEquals(criticals, heard.stream().filter(w -> w.getLevel() == Level.CRITICAL).count(),
                "no critical is dropped");
        // In order: delivered warnings keep the engine's order.
        List<Warning> inOrder = new ArrayList<>(raised);
        inOrder.retainAll(heard);
        assertEquals(inOrder, heard);
    }

    // ------------------------------------------------------------------ threads and lifetime

    @Test
    void closeDuringObserveFromEightThreads() throws Exception {
        for (boolean async : new boolean[] {false, true}) {
            ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(async));
            g.addListener(w -> {});
            AtomicReference<Throwable> unexpected = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(8);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                final int k = i;
                Thread th = new Thread(() -> {
                    started.countDown();
                    try {
                        for (long t = 0; ; t++) {
                            // Unsynchronised clocks on purpose: races are clamped, never refused.
                            g.onCallStarted(t * 10 + k, Event.Direction.INCOMING, Event.Peer.UNKNOWN, null, null);
                            g.onScreenText(t * 10 + k, "com.eg.android.AlipayGphone", "备用金 立即开通");
                            g.assessTransfer(t * 10, TransferCheck.builder().amount("19999.58").build());
                        }
                    } catch (IllegalStateException closed) {
                        // expected once closed
                    } catch (Throwable other) {
                        unexpected.set(other);
                    }
                });
                th.start();
                threads.add(th);
            }
            started.await();
            Thread.sleep(30);
            g.close();
            for (Thread th : threads) {
                th.join(10_000);
                assertFalse(th.isAlive());
            }
            assertNull(unexpected.get());
        }
    }

    static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        return -1;
    }

    @Test
    void tenThousandCreateCloseKeepsRssFlat() throws Exception {
        Runnable cycle = () -> {
            try (ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(CLOCK.incrementAndGet() % 10 == 0))) {
                g.onCallStarted(1, Event.Direction.INCOMING, Event.Peer.UNKNOWN, null, null);
                g.onScreenShareStarted(2, "com.tencent.wemeet.app");
            }
        };
        for (int i = 0; i < 2_000; i++) cycle.run();
        System.gc();
        long before = rssKb();
        for (int i = 0; i < 10_000; i++) cycle.run();
        System.gc();
        long after = rssKb();
        assertTrue(after - before < 30_000, "RSS grew " + (after - before) + " kB over 10k engines");
    }

    @Test
    @SuppressWarnings("try") // the capture only keeps the cleaner's one-time warning off the console
    void aForgottenEngineIsFreedByTheCleaner() throws Exception {
        try (TestSupport.LogCapture log = new TestSupport.LogCapture()) {
            int before = EngineCleaner.live();
            for (int i = 0; i < 200; i++) {
                ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(i % 2 == 0));
                g.onCallEnded(1);
            }
            assertTrue(EngineCleaner.live() >= before + 200);
            for (int i = 0; i < 100 && EngineCleaner.live() > before; i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertTrue(EngineCleaner.live() <= before, "cleaner freed them: " + EngineCleaner.live());
            ScamGuard closed = new ScamGuard();
            closed.close();
            assertTrue(EngineCleaner.live() <= before, "close() unregisters");
        }
    }

    // ------------------------------------------------------------------ no raw values

    @Test
    void noRawValueInAnyMessageOrToString() {
        List<String> said = new ArrayList<>();
        try (ScamGuard g = new ScamGuard(); TestSupport.LogCapture log = new TestSupport.LogCapture()) {
            for (String v : new String[] {PHONE, CARD, PASSWORD, "+86 " + PHONE}) {
                List<Runnable> calls = List.of(
                        () -> g.onTransferStarted(10, null, v, null, null),
                        () -> g.onTransferStarted(10, null, "5", v + " " + v, null),
                        () -> g.assessTransfer(10, TransferCheck.builder().amount(v).build()),
                        () -> g.onPaymentPrompt(10, null, Event.PaymentKind.QR_SCAN, v, null),
                        () -> g.onAppForeground(10, v + " " + v),
                        () -> g.addApp(v + " " + v, AppCategory.BANK, v),
                        () -> g.addApps(v + "\tbank\n"),
                        () -> g.addApps("com.example.app\t" + v + "\n"),
                        () -> AppCatalog.fromRows(v + "\tbank\n").close(),
                        () -> AppCatalog.fromRows("com.example.app\tbank\t" + v + "\t" + v + "\n").close(),
                        () -> Lang.fromWire(v),
                        () -> Event.Peer.fromWire(v),
                        () -> Event.Type.fromWire(v),
                        () -> Level.fromWire(v),
                        () -> new ScamGuard.Options().lang(v));
                for (Runnable c : calls) {
                    try {
                        c.run();
                    } catch (RuntimeException e) {
                        said.add(String.valueOf(e.getMessage()));
                    }
                }
                g.onCallStarted(20, Event.Direction.INCOMING, Event.Peer.UNKNOWN, null, null);
                said.add(Event.builder(Event.Type.CALL_STARTED, 1).direction(Event.Direction.INCOMING)
                        .peer(Event.Peer.UNKNOWN).number(v).build().toString());
                said.add(Event.textEntered(1, "p", Event.Field.PASSWORD, v).toString());
                said.add(Event.builder(Event.Type.TRANSFER_STARTED, 1).amount(v).payee(v).build().toString());
                said.add(TransferCheck.builder().amount(v).pkg("com.p" + v).currency(v).build().toString());
                said.add(Event.appForeground(1, "com.p" + v).toString());
                for (Warning w : g.onTextEntered(30, "com.android.bankabc", Event.Field.PASSWORD, v)) {
                    said.add(w.toString());
                    said.add(String.join(" ", w.getEvidence()) + w.getMessage());
                }
            }
            said.add(log.text());
        }
        assertTrue(said.size() > 40, "the bad paths were exercised: " + said.size());
        for (String s : said) {
            for (String v : new String[] {PHONE, CARD, PASSWORD}) {
                assertFalse(s.contains(v), "raw value in: " + s);
            }
        }
    }
}

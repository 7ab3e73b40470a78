package org.scamguard;

import java.util.Arrays;
import java.util.Locale;

/**
 * JNI cost of the Java API, on the real library. Plain Java: warm-up, then many timed batches;
 * reports the median (and p10/p90) per call in nanoseconds.
 *
 * <p>Run with {@code bindings/java/run-bench.sh}.
 */
public final class JniBench {
    interface Body {
        void run(long i);
    }

    static volatile Object sink;

    /** Event times: one counter for the whole run, so time never goes backwards. */
    static long clock = 1;

    static double[] measure(Body body, int batches, int perBatch) {
        double[] ns = new double[batches];
        for (int b = 0; b < batches; b++) {
            long start = System.nanoTime();
            for (int k = 0; k < perBatch; k++) {
                body.run(clock++);
            }
            ns[b] = (System.nanoTime() - start) / (double) perBatch;
        }
        Arrays.sort(ns);
        return ns;
    }

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    static void row(String name, Body body, double floor) {
        measure(body, 50, 1_000); // warm-up (JIT)
        // About 2 ms per batch: 10,000 calls for the cheap rows, fewer for the text rows
        // (whose cost is the engine's text analysis, not the boundary).
        double probe = median(measure(body, 5, 100));
        int perBatch = (int) Math.max(20, Math.min(10_000, 2_000_000 / Math.max(probe, 1)));
        double[] ns = measure(body, 201, perBatch);
        double med = median(ns);
        System.out.printf(Locale.ROOT, "| %-46s | %8.1f | %8.1f | %8.1f | %6s |%n",
                name, med, ns[ns.length / 10], ns[ns.length * 9 / 10],
                floor > 0 ? String.format(Locale.ROOT, "%.1f×", med / floor) : "1.0×");
    }

    /** {@code n} characters of CJK customer-service talk (3 UTF-8 bytes each). */
    static String cjk(int n) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) sb.append("您好，这里是天猫客服，您购买的面膜有质量问题，需要为您办理退款。");
        return sb.substring(0, n);
    }

    /** {@code n} characters of an English accessibility dump (1 UTF-8 byte each). */
    static String ascii(int n) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) sb.append("Order 4521 shipped. Tap to track your parcel. Settings Home Back ");
        return sb.substring(0, n);
    }

    public static void main(String[] args) throws Exception {
        NativeLoader.load();
        String text200 = cjk(200);

        try (ScamGuard guard = new ScamGuard()) {
            double[] floorNs = measure(i -> Native.nop(), 50, 10_000);
            floorNs = measure(i -> Native.nop(), 201, 10_000);
            double floor = median(floorNs);
            System.out.println("| call (median of 201 batches of ~2 ms, ≤ 10,000 calls) | median ns | p10 ns | p90 ns | × empty |");
            System.out.println("|------------------------------------------------|---------:|---------:|---------:|-------:|");
            row("empty native call `Native.nop()` (floor)", i -> Native.nop(), floor);
            row("native call through the panic-safe entry (run)", i -> Native.nopChecked(1), floor);
            // Non-text events: time never goes backwards, so t = the loop counter.
            row("observe call_ended (no strings)", i -> sink = guard.onCallEnded(i), floor);
            row("observe app_foreground (package string)",
                    i -> sink = guard.onAppForeground(i, "com.android.launcher"), floor);
            row("observe(Event) app_foreground (builds the Event)",
                    i -> sink = guard.observe(Event.appForeground(i, "com.android.launcher")), floor);
            row("observe text_entered, 200 characters",
                    i -> sink = guard.onTextEntered(i,
                            "com.tencent.mm", Event.Field.OTHER, text200), floor);
            for (int n : new int[] {200, 2_000, 4_000, 20_000}) {
                String dump = ascii(n);
                row("observe screen_text, " + n + " ASCII chars", i -> sink = guard.onScreenText(i,
                        "com.android.settings", dump), floor);
            }
            for (int n : new int[] {1_365, 20_000}) {
                String dump = cjk(n);
                row("observe screen_text, " + n + " CJK chars", i -> sink = guard.onScreenText(i,
                        "com.android.settings", dump), floor);
            }
            TransferCheck check = TransferCheck.builder()
                    .pkg("com.android.bankabc").amount("19,999.58").currency("CNY").payeeNew(true).build();
            row("assessTransfer (nothing wrong)", i -> sink = guard.assessTransfer(i, check), floor);
        }
        try (ScamGuard guard = new ScamGuard()) {
            long t0 = clock;
            guard.onCallStarted(t0, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
            guard.onScreenShareStarted(t0, "com.tencent.wemeet.app");
            double floor = median(measure(i -> Native.nop(), 201, 10_000));
            TransferCheck check = TransferCheck.builder()
                    .pkg("com.android.bankabc").amount("19,999.58").currency("CNY").payeeNew(true).build();
            row("assessTransfer during a shared stranger call (verdict + warnings)",
                    i -> sink = guard.assessTransfer(t0 + (i - t0) / 1000, check), floor);
        }
    }
}

package org.scamguard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Memory under engine churn: {@code N} create/close cycles on the real library, resident set
 * ({@code VmRSS}) sampled after a GC every tenth of the run. Each cycle creates an engine (every
 * tenth with an async listener thread), feeds a stranger's call and a screen share, and every
 * tenth also takes a snapshot and restores it into a second engine. Passes when the last sample
 * is within 10% of the one after the warm-up.
 *
 * <p>Run with {@code bindings/java/run-soak.sh [cycles]} (default 100,000). The JUnit suite runs
 * the same cycle 10,000 times ({@code AbuseTest}); this is the full issue figure.
 */
public final class CreateCloseSoak {
    private CreateCloseSoak() {}

    static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        return -1;
    }

    static void cycle(int i) {
        try (ScamGuard g = new ScamGuard(new ScamGuard.Options().asyncListeners(i % 10 == 0))) {
            g.onCallStarted(1, Event.Direction.INCOMING, Event.Peer.UNKNOWN, null, null);
            g.onScreenShareStarted(2, "com.tencent.wemeet.app");
            if (i % 10 == 5) {
                String snap = g.snapshot();
                try (ScamGuard h = new ScamGuard()) {
                    h.restore(snap);
                } catch (SnapshotException e) {
                    throw new AssertionError("a fresh snapshot was refused: " + e.getMessage(), e);
                }
            }
        }
    }

    static long settledRss() throws Exception {
        for (int k = 0; k < 3; k++) {
            System.gc();
            Thread.sleep(50);
        }
        return rssKb();
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int warmup = Math.max(5_000, cycles / 10);
        // The first engines load the library and grow the JIT's code and the allocator's
        // per-thread arenas (every tenth engine has its own dispatcher thread): a warm-up,
        // reported, and the base is taken after it.
        cycle(0);
        long first = settledRss();
        for (int i = 1; i < warmup; i++) cycle(i);
        long base = settledRss();
        System.out.printf(Locale.ROOT, "after 1 cycle: %d kB; after the %d warm-up cycles: %d kB%n", first, warmup, base);
        long start = System.nanoTime();
        System.out.printf(Locale.ROOT, "%10s  %12s  %8s  %8s%n", "cycles", "VmRSS (kB)", "vs base", "secs");
        System.out.printf(Locale.ROOT, "%10d  %12d  %8s  %8s%n", 0, base, "", "");
        long last = base;
        int step = Math.max(1, cycles / 10);
        for (int i = 1; i <= cycles; i++) {
            cycle(i);
            if (i % step == 0 || i == cycles) {
                last = settledRss();
                double pct = 100.0 * (last - base) / base;
                double secs = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "%10d  %12d  %+7.1f%%  %8.1f%n", i, last, pct, secs);
            }
        }
        boolean flat = last <= base * 1.10;
        System.out.printf(Locale.ROOT, "%d create/close cycles after %d warm-up: RSS %d -> %d kB (%+.1f%%): %s%n",
                cycles, warmup, base, last, 100.0 * (last - base) / base, flat ? "flat (within 10%)" : "GREW more than 10%");
        if (!flat) System.exit(1);
    }
}

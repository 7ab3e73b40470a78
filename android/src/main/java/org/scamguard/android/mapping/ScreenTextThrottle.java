package org.scamguard.android.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps screen text from flooding the engine: accessibility sends a content-change event
 * for every scroll, blink and keystroke.
 *
 * <ul>
 * <li>bounded: text is whitespace-squashed and cut to {@code maxChars};</li>
 * <li>rate-limited per package: at most one emission per {@code minIntervalMs};</li>
 * <li>deduplicated: the same text as the last emitted one for that package is dropped,
 *     however much later it comes;</li>
 * <li>bounded memory: state for at most {@code maxPackages} packages (least recently used
 *     ones are forgotten).</li>
 * </ul>
 * Time is passed in (the event clock), so behaviour is reproducible. Not thread-safe.
 */
public final class ScreenTextThrottle {
    private final int maxChars;
    private final long minIntervalMs;
    private final Map<String, long[]> lastByPackage;   // pkg -> {time, text hash}

    /** Defaults: 2,000 chars, one emission per package per 1.5 s, 32 packages. */
    public ScreenTextThrottle() {
        this(2000, 1500, 32);
    }

    public ScreenTextThrottle(int maxChars, long minIntervalMs, final int maxPackages) {
        if (maxChars <= 0 || minIntervalMs < 0 || maxPackages <= 0) throw new IllegalArgumentException("bad limits");
        this.maxChars = maxChars;
        this.minIntervalMs = minIntervalMs;
        this.lastByPackage = new LinkedHashMap<String, long[]>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > maxPackages;
            }
        };
    }

    /**
     * Offers one snapshot of a package's screen text.
     *
     * @return the (squashed, truncated) text to emit, or null to drop it
     */
    public String admit(long t, String pkg, String text) {
        if (pkg == null || text == null) return null;
        String s = Text.truncate(Text.squash(text), maxChars);
        if (s.isEmpty()) return null;
        long hash = s.hashCode() * 31L + s.length();
        long[] last = lastByPackage.get(pkg);
        if (last != null) {
            if (last[1] == hash) return null;                  // nothing new on screen
            if (t - last[0] < minIntervalMs && t >= last[0]) return null;   // too soon
        }
        lastByPackage.put(pkg, new long[] {t, hash});
        return s;
    }

    /**
     * Cheap pre-check before walking a window's view tree: false while {@code pkg} is
     * still inside its rate limit, so the caller can skip collecting text at all.
     */
    public boolean due(long t, String pkg) {
        long[] last = pkg == null ? null : lastByPackage.get(pkg);
        return last == null || t - last[0] >= minIntervalMs || t < last[0];
    }

    /** Number of packages currently remembered (for tests and diagnostics). */
    public int trackedPackages() {
        return lastByPackage.size();
    }
}

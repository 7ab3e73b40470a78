package org.scamguard.android.mapping;

/**
 * The state behind the single warning screen: which warning it shows and when "continue
 * anyway" unlocks. Repeated warnings of one episode update the screen in place and never
 * restart a running countdown (a scammer's repeated actions must not trap the user, and
 * the screen must not flicker); a rise to critical starts the countdown if none ran yet.
 * A warning of another episode replaces the content and starts its own countdown.
 * Time is passed in (milliseconds, any monotonic clock). Not thread-safe: UI thread only.
 */
public final class WarningScreenState {
    /** What {@link #apply} did. */
    public enum Change { NEW, UPDATED, REPLACED }

    private WarningModel current;
    private long unlockAtMs;

    /** Shows {@code w}, at {@code nowMs}. */
    public Change apply(WarningModel w, long nowMs) {
        if (w == null) throw new IllegalArgumentException("warning is null");
        Change c;
        if (current == null) {
            c = Change.NEW;
            unlockAtMs = nowMs + w.waitSeconds() * 1000L;
        } else if (current.episode.equals(w.episode)) {
            c = Change.UPDATED;
            boolean hadCountdown = current.waitSeconds() > 0;
            if (!hadCountdown && w.waitSeconds() > 0) unlockAtMs = nowMs + w.waitSeconds() * 1000L;
            // never downgrade what the screen says within one episode
            if (w.level.compareTo(current.level) < 0) {
                w = w.withLevel(current.level);
            }
        } else {
            c = Change.REPLACED;
            unlockAtMs = nowMs + w.waitSeconds() * 1000L;
        }
        current = w;
        return c;
    }

    /** The warning on screen, or null. */
    public WarningModel current() {
        return current;
    }

    /** Whole seconds until "continue anyway" unlocks (0 when it is enabled). */
    public int secondsLeft(long nowMs) {
        long left = unlockAtMs - nowMs;
        return left <= 0 ? 0 : (int) ((left + 999) / 1000);
    }

    /** Whether "continue anyway" may be used now. */
    public boolean canContinue(long nowMs) {
        return current != null && secondsLeft(nowMs) == 0;
    }

    /** The screen was closed. */
    public void clear() {
        current = null;
        unlockAtMs = 0;
    }
}

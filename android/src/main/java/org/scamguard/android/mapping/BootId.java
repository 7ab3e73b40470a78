package org.scamguard.android.mapping;

/**
 * Which boot of the device this is, for {@code ScamGuard.setBoot}: event times
 * ({@code SystemClock.elapsedRealtime()}) restart at 0 on every boot, and the engine must know
 * when that happened to keep the age of a state saved before the reboot.
 *
 * <p>API 24+: {@code Settings.Global.BOOT_COUNT}, which the system raises at each boot. Before
 * (or if the setting cannot be read): the boot's start on the wall clock, in 10-minute steps, in
 * a range of its own. A user or network changing the wall clock may make one boot look like a
 * new one; that costs nothing but measuring the time since the last event on the wall clock
 * instead of the event clock (the engine bounds both).
 */
public final class BootId {
    /** Ids from the fallback live above this bit, apart from any boot count. */
    static final long DERIVED = 1L << 62;
    static final long STEP_MS = 10 * 60_000;

    private BootId() {}

    /**
     * @param sdkInt {@code Build.VERSION.SDK_INT}
     * @param bootCount {@code Settings.Global.BOOT_COUNT}, or negative if it could not be read
     * @param wallMs {@code System.currentTimeMillis()}
     * @param elapsedMs {@code SystemClock.elapsedRealtime()}, read at the same moment
     */
    public static long of(int sdkInt, int bootCount, long wallMs, long elapsedMs) {
        if (sdkInt >= 24 && bootCount >= 0) return bootCount;
        long bootWall = Math.max(0, wallMs - elapsedMs);
        return DERIVED | (bootWall / STEP_MS);
    }
}

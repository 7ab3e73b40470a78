package org.scamguard;

/**
 * Severity, ordered: {@code NONE < CAUTION < DANGER < CRITICAL} (compare with {@link
 * #compareTo} or {@link #atLeast}). A {@link Warning} is never {@code NONE}; {@link
 * TransferVerdict#getLevel()} is {@code NONE} when nothing matched. The ordinals are shared with
 * native code: do not reorder.
 */
public enum Level {
    /** Nothing matched (only {@link TransferVerdict#getLevel()} uses it). */
    NONE("none"),
    /** A notification is enough. */
    CAUTION("caution"),
    /** Interrupt the user with a full-screen warning. */
    DANGER("danger"),
    /** Money is about to move: interrupt, and make the user wait before going on. */
    CRITICAL("critical");

    private final String wire;

    Level(String wire) {
        this.wire = wire;
    }

    /**
     * The trace-format spelling ({@code "caution"}, {@code "danger"}, {@code "critical"}; {@code
     * "none"} for {@link #NONE}).
     */
    public String wireName() {
        return wire;
    }

    /** Whether this level is {@code other} or more severe. */
    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    /**
     * Parses the trace-format spelling.
     *
     * @throws IllegalArgumentException for any other string
     */
    public static Level fromWire(String s) {
        for (Level l : values()) {
            if (l.wire.equals(s)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level: not one of none, caution, danger, critical");
    }

    /** By native code ({@code src/jni/convert.rs}: {@code level_code}): index = ordinal. */
    static final Level[] VALUES = values();
}

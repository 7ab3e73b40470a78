package org.scamguard;

/**
 * Severity of a {@link Warning}, ordered by severity: {@code CAUTION < DANGER < CRITICAL}
 * (compare with {@link #compareTo}). The ordinals are shared with native code: do not reorder.
 */
public enum Level {
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

    /** The trace-format spelling ({@code "caution"}, {@code "danger"}, {@code "critical"}). */
    public String wireName() {
        return wire;
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
        throw new IllegalArgumentException("unknown level `" + s + "`");
    }

    static final Level[] VALUES = values();
}

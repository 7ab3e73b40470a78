package org.scamguard;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The answer of {@link ScamGuard#assessTransfer(long, TransferCheck)} to "is it safe to confirm
 * this transfer?". Immutable; created by native code. Nothing in it is null: with nothing wrong
 * the decision is {@code PROCEED}, the level {@link Level#NONE} and the lists are empty.
 */
@UsedByNative
public final class TransferVerdict {
    /** What the bank app should do. Ordinals are shared with native code: do not reorder. */
    public enum Decision {
        /** Nothing (or only a caution) points at a scam. */
        PROCEED,
        /** Show the warning and let the user confirm deliberately. */
        CONFIRM,
        /** Money is about to go to a scammer: hold the transfer and make the user wait. */
        STOP;

        static final Decision[] VALUES = values();
    }

    private final Decision decision;
    private final Level level;
    private final List<String> reasons;
    private final List<Warning> warnings;

    /** Called by native code only; {@code level} is a {@link Level} ordinal (0 = NONE). */
    @UsedByNative
    TransferVerdict(int decision, int level, String[] reasons, Warning[] warnings) {
        this.decision = Decision.VALUES[decision];
        this.level = Level.VALUES[level];
        this.reasons = Collections.unmodifiableList(Arrays.asList(reasons));
        this.warnings = Collections.unmodifiableList(Arrays.asList(warnings));
    }

    /** What to do with the transfer. */
    public Decision getDecision() {
        return decision;
    }

    /** The highest level among the matching warnings; {@link Level#NONE} when nothing matched. */
    public Level getLevel() {
        return level;
    }

    /** One line per matching rule (its title), most severe first; empty when nothing matched. */
    public List<String> getReasons() {
        return reasons;
    }

    /** The full warnings behind the reasons. */
    public List<Warning> getWarnings() {
        return warnings;
    }

    /** @deprecated Use {@link #getDecision()}. */
    @Deprecated
    public Decision decision() {
        return decision;
    }

    /**
     * @deprecated Use {@link #getLevel()}. Like it, never null: {@link Level#NONE} when nothing
     *     matched (before 0.2 this returned null).
     */
    @Deprecated
    public Level level() {
        return level;
    }

    /** @deprecated Use {@link #getReasons()}. */
    @Deprecated
    public List<String> reasons() {
        return reasons;
    }

    /** @deprecated Use {@link #getWarnings()}. */
    @Deprecated
    public List<Warning> warnings() {
        return warnings;
    }

    /** Decision, level and rule ids (no texts). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("TransferVerdict{").append(decision).append(", ").append(level);
        for (Warning w : warnings) {
            b.append(", ").append(w.getRule());
        }
        return b.append('}').toString();
    }
}

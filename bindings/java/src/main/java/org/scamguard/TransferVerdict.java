package org.scamguard;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The answer of {@link ScamGuard#assessTransfer} to "is it safe to confirm this transfer?".
 * Immutable; created by native code.
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

    /** Called by native code only; {@code level} is -1 when nothing matched. */
    @UsedByNative
    TransferVerdict(int decision, int level, String[] reasons, Warning[] warnings) {
        this.decision = Decision.VALUES[decision];
        this.level = level < 0 ? null : Level.VALUES[level];
        this.reasons = Collections.unmodifiableList(Arrays.asList(reasons));
        this.warnings = Collections.unmodifiableList(Arrays.asList(warnings));
    }

    /** What to do with the transfer. */
    public Decision decision() {
        return decision;
    }

    /** The highest level among the matching warnings; {@code null} when nothing is wrong. */
    public Level level() {
        return level;
    }

    /** One line per matching rule (its title), most severe first. */
    public List<String> reasons() {
        return reasons;
    }

    /** The full warnings behind the reasons. */
    public List<Warning> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "TransferVerdict{" + decision + ", " + level + ", " + reasons + "}";
    }
}

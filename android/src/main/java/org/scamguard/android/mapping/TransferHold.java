package org.scamguard.android.mapping;

import org.scamguard.TransferVerdict;

/**
 * What the bank does with a transfer, from the engine's verdict and the user's final choice on
 * the warning screen. One rule in one place, so that every way through ends in exactly one
 * {@link Result}:
 *
 * <ul>
 * <li>no verdict (the engine could not be asked) or PROCEED: {@link Outcome#PROCEED} (a failure
 *     of ours never blocks a transfer);</li>
 * <li>CONFIRM: the warning screen asks; "continue anyway" proceeds, anything else cancels;</li>
 * <li>STOP: the warning screen makes the user wait; "continue anyway" then still holds the
 *     transfer for the bank's cooling-off period ({@link Outcome#HOLD} until a time), or
 *     proceeds when the bank set none; anything else cancels;</li>
 * <li>without the library's screen (warnings off, or no warning to show): CONFIRM is
 *     {@link Outcome#ASK_USER} (the bank's own dialog), STOP is HOLD (or ASK_USER without a
 *     cooling-off period).</li>
 * </ul>
 */
public final class TransferHold {
    private TransferHold() {}

    /** What to do with the transfer. */
    public enum Outcome {
        /** Send it. */
        PROCEED,
        /** Do not send it (the user chose not to, or left the warning). */
        CANCEL,
        /** Keep it and send it no earlier than {@link Result#holdUntilMs} (cooling-off). */
        HOLD,
        /** The library showed nothing: ask the user with the bank's own UI. */
        ASK_USER
    }

    /** The final answer for one transfer. Immutable. */
    public static final class Result {
        public final Outcome outcome;
        /** {@code SystemClock.elapsedRealtime()} until which to hold; 0 unless HOLD. */
        public final long holdUntilMs;
        /** The episode of the warning shown, or null. */
        public final String episode;

        public Result(Outcome outcome, long holdUntilMs, String episode) {
            this.outcome = outcome;
            this.holdUntilMs = outcome == Outcome.HOLD ? holdUntilMs : 0;
            this.episode = episode;
        }

        @Override
        public String toString() {
            return outcome + (outcome == Outcome.HOLD ? " until " + holdUntilMs : "");
        }
    }

    /**
     * Right after the verdict.
     *
     * @param screenShown whether the library's warning screen is up for it
     * @return the result now, or null when it waits for the user's final choice ({@link #onChoice})
     */
    public static Result onVerdict(TransferVerdict.Decision d, boolean screenShown, long nowMs,
                                   long coolingOffMs) {
        if (d == null || d == TransferVerdict.Decision.PROCEED) return new Result(Outcome.PROCEED, 0, null);
        if (screenShown) return null;
        if (d == TransferVerdict.Decision.STOP && coolingOffMs > 0) {
            return new Result(Outcome.HOLD, nowMs + coolingOffMs, null);
        }
        return new Result(Outcome.ASK_USER, 0, null);
    }

    /**
     * The user's final choice on the warning screen.
     *
     * @param continueAnyway true for "continue anyway", false for every other final choice
     */
    public static Result onChoice(TransferVerdict.Decision d, boolean continueAnyway, long nowMs,
                                  long coolingOffMs, String episode) {
        if (!continueAnyway) return new Result(Outcome.CANCEL, 0, episode);
        if (d == TransferVerdict.Decision.STOP && coolingOffMs > 0) {
            return new Result(Outcome.HOLD, nowMs + coolingOffMs, episode);
        }
        return new Result(Outcome.PROCEED, 0, episode);
    }
}

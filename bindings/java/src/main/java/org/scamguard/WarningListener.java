package org.scamguard;

/**
 * Called for each new {@link Warning}, in the order the engine raised them.
 *
 * <p>May be called on any thread: by default on the thread that fed the event (after {@link
 * ScamGuard#observe} has left the engine), or, with {@link ScamGuard.Options#asyncListeners(boolean)},
 * on a dispatcher thread owned by the native library. Exceptions it throws are caught and logged;
 * they never break the engine or reach the caller of {@code observe}.
 */
public interface WarningListener {
    /** One new warning. */
    void onWarning(Warning w);
}

package org.scamguard;

/**
 * Called for each new {@link Warning}, in the order the engine raised them.
 *
 * <p>Where it runs: registered with {@link ScamGuard#addListener(java.util.concurrent.Executor,
 * WarningListener)}, on that executor (e.g. {@code ContextCompat.getMainExecutor(context)} to touch
 * views). Otherwise on the thread that fed the event (after {@link ScamGuard#observe} left the
 * engine), or, with {@link ScamGuard.Options#asyncListeners(boolean)}, on the engine's dispatcher
 * thread.
 *
 * <p>Anything it throws, errors included ({@code StackOverflowError}...), is caught right around
 * the call, counted and logged (class names only); it never reaches the caller of {@code observe},
 * and the other listeners still get the warning.
 *
 * <p>Kotlin: {@code guard.addListener { w -> show(w) }}.
 */
@FunctionalInterface
public interface WarningListener {
    /** One new warning. */
    void onWarning(Warning w);
}

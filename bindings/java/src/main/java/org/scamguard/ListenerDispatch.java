package org.scamguard;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The listeners of one {@link ScamGuard}. Native code calls {@link #deliver} from its dispatcher
 * thread when the engine was created with {@link ScamGuard.Options#asyncListeners(boolean)};
 * otherwise {@link ScamGuard} calls it on the feeding thread.
 *
 * <p>Must not reference its {@link ScamGuard}: in async mode native code holds a global reference
 * to this object, and the engine's cleaner needs the {@code ScamGuard} to become unreachable.
 */
@UsedByNative
final class ListenerDispatch {
    /** Listeners per engine: more is a leak (a listener added per Activity), not a design. */
    static final int MAX_LISTENERS = 64;

    private static final Logger LOG = Logger.getLogger("org.scamguard");
    /** Logged in full this many times per engine, then every 1000th. */
    private static final int LOG_FIRST = 5;

    private static final class Registration {
        final WarningListener listener;
        final @Nullable Executor executor;

        Registration(WarningListener listener, @Nullable Executor executor) {
            this.listener = listener;
            this.executor = executor;
        }
    }

    private final CopyOnWriteArrayList<Registration> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong errors = new AtomicLong();

    /** @throws IllegalStateException if {@link #MAX_LISTENERS} are registered already */
    synchronized void add(@Nullable Executor executor, WarningListener l) {
        if (listeners.size() >= MAX_LISTENERS) {
            throw new IllegalStateException(
                    "too many listeners: at most " + MAX_LISTENERS + " per ScamGuard (one per screen leaks)");
        }
        listeners.add(new Registration(l, executor));
    }

    /** Removes the first registration of {@code l}; false if there was none. */
    synchronized boolean remove(WarningListener l) {
        for (Registration r : listeners) {
            if (r.listener == l) {
                return listeners.remove(r);
            }
        }
        return false;
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    /** Listener calls that threw, since the engine was created. */
    long errors() {
        return errors.get();
    }

    /** Calls every listener for every warning, in order. Never throws. */
    @UsedByNative
    void deliver(Warning[] warnings) {
        if (listeners.isEmpty()) {
            return;
        }
        for (Warning w : warnings) {
            for (Registration r : listeners) {
                Executor ex = r.executor;
                if (ex == null) {
                    call(r.listener, w);
                } else {
                    try {
                        ex.execute(() -> call(r.listener, w));
                    } catch (Throwable e) { // RejectedExecutionException, or anything the executor throws
                        failed(r.listener, w, e);
                    }
                }
            }
        }
    }

    /** One listener call; whatever it throws stays in this frame. */
    private void call(WarningListener l, Warning w) {
        try {
            l.onWarning(w);
        } catch (Throwable e) {
            failed(l, w, e);
        }
    }

    /**
     * Counts and logs a listener failure: class names and the rule only, never the exception's
     * message (a listener may put anything in it) or a stack trace at WARNING.
     */
    private void failed(WarningListener l, Warning w, Throwable e) {
        long n = errors.incrementAndGet();
        try {
            if (n <= LOG_FIRST || n % 1000 == 0) {
                LOG.log(
                        Level.WARNING,
                        "WarningListener {0} threw {1} on {2} ({3} listener errors so far)",
                        new Object[] {l.getClass().getName(), e.getClass().getName(), w.getRule(), n});
                LOG.log(Level.FINE, "listener failure", e);
            }
        } catch (Throwable ignored) {
            // Logging itself failed (e.g. no stack left after a StackOverflowError): the count stays.
        }
    }
}

package org.scamguard;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Frees the native engine of a {@link ScamGuard} (or the catalog of an {@link AppCatalog}) that
 * became unreachable without {@code close()}: a phantom reference per engine and one daemon thread per process
 * ({@code scamguard-cleaner}) that waits on their queue.
 *
 * <p>Why not {@code java.lang.ref.Cleaner}: it exists on Android only from API 33, and the
 * library supports API 21. This is the same mechanism in a few lines.
 */
final class EngineCleaner {
    private static final Logger LOG = Logger.getLogger("org.scamguard");
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    /** Keeps the phantom references themselves reachable until they are processed. */
    private static final Set<Cleanable> LIVE = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private static volatile boolean started;
    private static volatile boolean warned;

    private EngineCleaner() {}

    /** What to free: a {@link ScamGuard}'s (or {@link AppCatalog}'s) native state, which must not reference its owner. */
    interface State {
        /** Frees the native engine if it is still open; idempotent. */
        void release();
    }

    /** A registration; {@link #clean()} runs the state's release once and unregisters. */
    static final class Cleanable extends PhantomReference<Object> {
        private final State state;

        Cleanable(Object owner, State state) {
            super(owner, QUEUE);
            this.state = state;
        }

        /** Explicit close: release now, and forget the registration. */
        void clean() {
            if (LIVE.remove(this)) {
                clear();
            }
            state.release();
        }
    }

    /** Registers {@code owner}; when it becomes phantom reachable, {@code state} is released. */
    static Cleanable register(Object owner, State state) {
        start();
        Cleanable c = new Cleanable(owner, state);
        LIVE.add(c);
        return c;
    }

    /** Engines registered and not yet closed or cleaned (tests). */
    static int live() {
        return LIVE.size();
    }

    private static void start() {
        if (started) {
            return;
        }
        synchronized (EngineCleaner.class) {
            if (started) {
                return;
            }
            Thread t = new Thread(EngineCleaner::run, "scamguard-cleaner");
            t.setDaemon(true);
            t.start();
            started = true;
        }
    }

    private static void run() {
        while (true) {
            try {
                Reference<?> r = QUEUE.remove();
                if (r instanceof Cleanable && LIVE.remove(r)) {
                    if (!warned) {
                        warned = true;
                        LOG.log(Level.WARNING, "a ScamGuard or AppCatalog was not closed; the cleaner freed its native memory");
                    }
                    ((Cleanable) r).state.release();
                }
            } catch (InterruptedException e) {
                // Daemon thread: keep serving; nothing else interrupts it on purpose.
            } catch (Throwable e) {
                LOG.log(Level.WARNING, "scamguard cleaner: freeing an engine failed with {0}", e.getClass().getName());
            }
        }
    }
}

package org.scamguard;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A native object's handle and the lock that keeps it alive across calls: a call holds the read
 * lock and uses {@link #live()}; {@link #release()} clears the handle under the write lock, so it
 * waits for calls in flight, and frees the object after letting go of the lock. Kept apart from
 * its owner ({@link ScamGuard}, {@link AppCatalog}) so {@link EngineCleaner} can free it after the
 * owner became unreachable: it must not reference the owner.
 */
abstract class NativeHandle implements EngineCleaner.State {
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** 0 once closed. Read under the read lock, cleared under the write lock. */
    private long handle;
    private final String closedMessage;

    NativeHandle(long handle, String closedMessage) {
        this.handle = handle;
        this.closedMessage = closedMessage;
    }

    /**
     * The live handle; call with the read lock held.
     *
     * @throws IllegalStateException once closed
     */
    final long live() {
        long h = handle;
        if (h == 0) {
            throw new IllegalStateException(closedMessage);
        }
        return h;
    }

    /** A native call given the live handle. */
    @FunctionalInterface
    interface Call<T, E extends Exception> {
        T apply(long handle) throws E;
    }

    /** A native call given the live handle, with no result. */
    @FunctionalInterface
    interface Action<E extends Exception> {
        void apply(long handle) throws E;
    }

    /**
     * Runs {@code call} with the live handle under the read lock: the one shape of every call on
     * the object, so none can forget the lock or run on a freed handle.
     *
     * @throws IllegalStateException once closed
     */
    final <T, E extends Exception> T withLive(Call<T, E> call) throws E {
        Lock r = lock.readLock();
        r.lock();
        try {
            return call.apply(live());
        } finally {
            r.unlock();
        }
    }

    /** {@link #withLive(Call)} for a call with no result. */
    final <E extends Exception> void runLive(Action<E> action) throws E {
        Lock r = lock.readLock();
        r.lock();
        try {
            action.apply(live());
        } finally {
            r.unlock();
        }
    }

    /** Whether the handle was released; takes the read lock. */
    final boolean isReleased() {
        Lock r = lock.readLock();
        r.lock();
        try {
            return handle == 0;
        } finally {
            r.unlock();
        }
    }

    /** Frees the native object; called once, with no lock held. */
    abstract void destroy(long handle);

    @Override
    public final void release() {
        long h;
        Lock w = lock.writeLock();
        w.lock();
        try {
            h = handle;
            handle = 0;
        } finally {
            w.unlock();
        }
        if (h != 0) {
            // Outside the lock: a call that comes back in while the object is freed (an
            // engine's async listener as its dispatcher drains) gets IllegalStateException
            // instead of a deadlock.
            destroy(h);
        }
    }
}

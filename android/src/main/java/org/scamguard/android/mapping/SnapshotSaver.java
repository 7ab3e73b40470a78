package org.scamguard.android.mapping;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.scamguard.Level;

/**
 * When to save the engine's state, and saving it off the caller's thread. Moments worth a save:
 * each new stage of the scam script in the episode (a stranger's call, then scam talk, then a
 * screen share: each is what a restarted process must not forget), each warning at caution or
 * above, and whatever the host says (trim memory, a service or guard stopping, close).
 *
 * <p>The snapshot string is taken by the caller (microseconds, under the engine's lock); the
 * write goes to {@code io}. Saves queued faster than they are written are coalesced: only the
 * newest is written, an older one never overwrites a newer one, and a state equal to the one
 * on disk is not written again. Thread-safe.
 */
public final class SnapshotSaver {
    /** Where snapshots go ({@link SnapshotFile} on a device). */
    public interface Store {
        /** Replaces the saved state atomically; false if it could not. */
        boolean write(String snapshot);
    }

    private final Store store;
    private final Executor io;
    private final AtomicLong sequence = new AtomicLong();
    private int stages;
    private @Nullable String pending;
    private long pendingSeq;
    private boolean queued;
    private @Nullable String written;
    private long writtenSeq;
    private int writes;
    private int failures;

    public SnapshotSaver(Store store, Executor io) {
        this.store = store;
        this.io = io;
    }

    /**
     * After an event: whether this is a moment to save. True when the episode shows a stage it
     * did not show after the previous event (bits as {@code ScamGuard.episodeStages()}), or when
     * the event raised a warning at caution or above ({@code highest}, null for none).
     */
    public synchronized boolean worthSaving(int stagesNow, @Nullable Level highest) {
        boolean newStage = (stagesNow & ~stages) != 0;
        stages = stagesNow;
        return newStage || (highest != null && highest.atLeast(Level.CAUTION));
    }

    /** Saves {@code snapshot} on the io executor (coalesced with other queued saves). */
    public void saveLater(String snapshot) {
        boolean post;
        synchronized (this) {
            pending = snapshot;
            pendingSeq = sequence.incrementAndGet();
            post = !queued;
            queued = true;
        }
        if (post) {
            try {
                io.execute(this::drain);
            } catch (RuntimeException e) {
                // executor shut down (closing): nothing is lost, close() saves on its own thread
                synchronized (this) {
                    queued = false;
                }
            }
        }
    }

    /** Saves {@code snapshot} on this thread now (the process may be about to go); true if on disk. */
    public boolean saveNow(String snapshot) {
        return write(snapshot, sequence.incrementAndGet());
    }

    private void drain() {
        String s;
        long seq;
        synchronized (this) {
            s = pending;
            seq = pendingSeq;
            pending = null;
            queued = false;
        }
        if (s != null) write(s, seq);
    }

    private synchronized boolean write(String s, long seq) {
        if (seq < writtenSeq) return true;   // a newer state is already on disk
        if (s.equals(written)) {
            writtenSeq = seq;
            return true;
        }
        if (!store.write(s)) {
            failures++;
            return false;
        }
        writes++;
        written = s;
        writtenSeq = seq;
        return true;
    }

    /** Files written so far (for tests and diagnostics). */
    public synchronized int writes() {
        return writes;
    }

    /** Saves that failed so far (full disk, no directory). */
    public synchronized int failures() {
        return failures;
    }
}

package org.scamguard.android.mapping;

import org.scamguard.SnapshotException;

/**
 * Restoring the saved state on create: what to do with each outcome. A missing file is "none";
 * a file that cannot be read, or that the engine refuses (corrupt, truncated, altered, from
 * another engine version), is deleted so it is not tried again, and the engine, which a refused
 * restore leaves untouched, starts clean. The status names the problem, never the content.
 */
public final class SavedState {
    /** The engine's restore ({@code ScamGuard::restore}). */
    public interface Restorer {
        void restore(String snapshot) throws SnapshotException;
    }

    /** Status: a state was restored. */
    public static final String RESTORED = "restored";
    /** Status: nothing was saved. */
    public static final String NONE = "none";
    /** Status prefix: a saved state was refused and deleted. */
    public static final String REFUSED = "refused: ";

    private SavedState() {}

    /** Restores {@code file} into the engine; returns {@link #RESTORED}, {@link #NONE} or {@link #REFUSED} + why. */
    public static String restore(SnapshotFile file, Restorer engine) {
        String snap;
        try {
            snap = file.read();
        } catch (Exception e) {
            file.delete();
            return REFUSED + e.getMessage();
        }
        if (snap == null) return NONE;
        try {
            engine.restore(snap);
            return RESTORED;
        } catch (SnapshotException e) {
            file.delete();
            return REFUSED + e.getMessage();
        }
    }
}

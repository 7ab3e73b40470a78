package org.scamguard;

/**
 * A snapshot that cannot be restored ({@link ScamGuard#restore(String)}): truncated or corrupt,
 * altered (its checksum does not match), from another engine version (a newer app wrote it), or
 * larger than {@link ScamGuard#MAX_SNAPSHOT_CHARS}. The engine keeps the state it had. The message
 * names the kind of problem only, never the snapshot's content.
 */
@UsedByNative
public class SnapshotException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the engine's reason. */
    @UsedByNative
    public SnapshotException(String message) {
        super(message);
    }
}

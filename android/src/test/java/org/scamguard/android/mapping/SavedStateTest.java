package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamguard.SnapshotException;

class SavedStateTest {
    @TempDir
    Path dir;

    /** Stands in for the engine: accepts snapshots starting with "ok", refuses the rest like the engine. */
    static final class Engine implements SavedState.Restorer {
        final List<String> restored = new ArrayList<>();

        @Override
        public void restore(String snapshot) throws SnapshotException {
            if (!snapshot.startsWith("ok")) throw new SnapshotException("snapshot checksum does not match (corrupt or altered)");
            restored.add(snapshot);
        }
    }

    @Test
    void nothingSavedIsNone() {
        Engine e = new Engine();
        assertEquals(SavedState.NONE, SavedState.restore(new SnapshotFile(dir.toFile(), "engine"), e));
        assertTrue(e.restored.isEmpty());
    }

    @Test
    void aGoodStateIsRestoredAndKept() throws IOException {
        SnapshotFile f = new SnapshotFile(dir.toFile(), "engine");
        assertTrue(f.write("ok state"));
        Engine e = new Engine();
        assertEquals(SavedState.RESTORED, SavedState.restore(f, e));
        assertEquals("ok state", e.restored.get(0));
        assertEquals("ok state", f.read(), "kept until the next save replaces it");
    }

    @Test
    void aRefusedStateIsDeletedWithTheReasonAndNoContent() throws IOException {
        SnapshotFile f = new SnapshotFile(dir.toFile(), "engine");
        assertTrue(f.write("tampered 13812345678"));
        Engine e = new Engine();
        String status = SavedState.restore(f, e);
        assertTrue(status.startsWith(SavedState.REFUSED) && status.contains("checksum"), status);
        assertFalse(status.contains("13812345678"));
        assertTrue(e.restored.isEmpty(), "the engine starts clean");
        assertNull(f.read(), "not tried again on the next start");
        assertEquals(SavedState.NONE, SavedState.restore(f, e));
    }

    @Test
    void anUnreadableStateIsRefusedAndDeletedToo() throws IOException {
        SnapshotFile f = new SnapshotFile(dir.toFile(), "engine");
        try (RandomAccessFile r = new RandomAccessFile(f.file(), "rw")) {
            r.setLength(SnapshotFile.MAX_BYTES + 1L);
        }
        String status = SavedState.restore(f, new Engine());
        assertTrue(status.startsWith(SavedState.REFUSED) && status.contains("larger than"), status);
        assertFalse(f.file().exists());
    }
}

package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFileTest {
    @TempDir
    Path dir;

    @Test
    void nothingSavedReadsNullAndASaveReadsBackExactly() throws IOException {
        SnapshotFile f = new SnapshotFile(new File(dir.toFile(), "scamguard"), "engine");
        assertNull(f.read());
        String snap = "{\"v\":1,\"sum\":\"x\",\"body\":\"退款 ¥19,999.58\"}";
        assertTrue(f.write(snap), "the directory is created on the first save");
        assertEquals(snap, f.read());
        assertEquals("engine.snapshot", f.file().getName());
        assertTrue(f.write("second"));
        assertEquals("second", f.read());
        assertFalse(new File(f.file().getParentFile(), "engine.snapshot.tmp").exists(), "no temp file left");
        f.delete();
        assertNull(f.read());
    }

    @Test
    void aSaveKilledMidwayLeavesThePreviousStateWhole() throws IOException {
        SnapshotFile f = new SnapshotFile(dir.toFile(), "engine");
        assertTrue(f.write("old state"));
        // A process killed while writing leaves a partial temp file: ignored by read, replaced by the next save.
        Path tmp = dir.resolve("engine.snapshot.tmp");
        Files.write(tmp, "{\"v\":1,\"su".getBytes(StandardCharsets.UTF_8));
        assertEquals("old state", f.read());
        assertTrue(f.write("new state"));
        assertEquals("new state", f.read());
        assertFalse(Files.exists(tmp));
    }

    @Test
    void aSaveThatCannotWriteKeepsTheOldStateAndSaysSo() throws IOException {
        SnapshotFile f = new SnapshotFile(dir.toFile(), "engine");
        assertTrue(f.write("old state"));
        // The temp path taken by a directory: opening it for writing fails (as a full disk would).
        Files.createDirectory(dir.resolve("engine.snapshot.tmp"));
        assertFalse(f.write("new state"));
        assertEquals("old state", f.read());
    }

    @Test
    void anOversizedFileIsRefusedWithoutReadingIt() throws IOException {
        SnapshotFile f = new SnapshotFile(dir.toFile(), "engine");
        try (RandomAccessFile r = new RandomAccessFile(f.file(), "rw")) {
            r.setLength(SnapshotFile.MAX_BYTES + 1L);
        }
        IOException e = assertThrows(IOException.class, f::read);
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }
}

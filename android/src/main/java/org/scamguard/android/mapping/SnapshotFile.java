package org.scamguard.android.mapping;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The engine's saved state on disk, replaced atomically: a save writes a temporary file next to
 * the target, syncs it to the device and renames it over the target ({@code rename(2)} replaces
 * in one step), so a process killed mid-save leaves the previous state whole, never half a file.
 * On Android the directory is {@code Context.getNoBackupFilesDir()}: private to the app and never
 * copied to a backup or another device (an episode belongs to this phone, now).
 *
 * <p>Plain {@code java.io} (API 21); not thread-safe, {@link SnapshotSaver} serialises the calls.
 */
public final class SnapshotFile implements SnapshotSaver.Store {
    /** Largest file read back; a real snapshot is a few KB (the engine refuses above 256 KB). */
    public static final int MAX_BYTES = 256 * 1024;

    private final File target;
    private final File temp;

    /** The state file {@code name} + ".snapshot" in {@code dir} (created when first saved). */
    public SnapshotFile(File dir, String name) {
        this.target = new File(dir, name + ".snapshot");
        this.temp = new File(dir, name + ".snapshot.tmp");
    }

    /** The file the state lives in. */
    public File file() {
        return target;
    }

    /**
     * The saved state, or null if none was saved.
     *
     * @throws IOException if it cannot be read or is larger than {@link #MAX_BYTES} (the message
     *     says which, never the content)
     */
    public @Nullable String read() throws IOException {
        if (!target.isFile()) return null;
        if (target.length() > MAX_BYTES) throw new IOException("saved state is larger than " + MAX_BYTES + " bytes");
        try (InputStream in = new FileInputStream(target)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, target.length()));
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > MAX_BYTES) throw new IOException("saved state is larger than " + MAX_BYTES + " bytes");
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    /** Replaces the saved state atomically; false (the old state kept) if any step failed. */
    @Override
    public boolean write(String snapshot) {
        File dir = target.getParentFile();
        if (dir != null && !dir.isDirectory() && !dir.mkdirs()) return false;
        try (FileOutputStream out = new FileOutputStream(temp)) {
            out.write(snapshot.getBytes(StandardCharsets.UTF_8));
            out.flush();
            // On the device before the rename: otherwise a power cut could leave an empty file
            // under the target's name (the rename reaching the disk before the data).
            out.getFD().sync();
        } catch (IOException | RuntimeException e) {
            deleteTemp();
            return false;
        }
        if (!temp.renameTo(target)) {
            deleteTemp();
            return false;
        }
        return true;
    }

    /** Forgets the saved state (a refused one is not read again). */
    public void delete() {
        deleteTemp();
        if (target.exists() && !target.delete()) {
            // nothing else to do: the next save replaces it
            return;
        }
    }

    private void deleteTemp() {
        if (temp.isFile() && !temp.delete()) {
            // a leftover temp file is ignored by read() and overwritten by the next save
            return;
        }
    }
}

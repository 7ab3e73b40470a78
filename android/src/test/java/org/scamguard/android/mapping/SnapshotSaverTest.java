package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scamguard.Level;
import org.scamguard.ScamGuard;

class SnapshotSaverTest {
    /** Records what is written; fails when told to. */
    static final class Disk implements SnapshotSaver.Store {
        final List<String> written = new ArrayList<>();
        boolean full;

        @Override
        public boolean write(String s) {
            if (full) return false;
            written.add(s);
            return true;
        }
    }

    /** An executor that runs tasks when the test says so. */
    static final class Later implements java.util.concurrent.Executor {
        final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runAll() {
            while (!tasks.isEmpty()) tasks.poll().run();
        }
    }

    @Test
    void eachNewStageAndEachWarningFromCautionUpIsAMomentToSave() {
        SnapshotSaver s = new SnapshotSaver(new Disk(), Runnable::run);
        int contact = ScamGuard.STAGE_CONTACT, pretext = ScamGuard.STAGE_PRETEXT, control = ScamGuard.STAGE_CONTROL;
        assertFalse(s.worthSaving(0, null), "nothing going on");
        assertTrue(s.worthSaving(contact, null), "a stranger calls: a new stage");
        assertFalse(s.worthSaving(contact, null), "same stages, no warning");
        assertFalse(s.worthSaving(contact, Level.NONE));
        assertTrue(s.worthSaving(contact | pretext, null));
        assertTrue(s.worthSaving(contact | pretext, Level.CAUTION), "a caution");
        assertTrue(s.worthSaving(contact | pretext, Level.CRITICAL));
        assertTrue(s.worthSaving(contact | pretext | control, null));
        assertFalse(s.worthSaving(pretext, null), "a stage fading is no new information");
        assertTrue(s.worthSaving(pretext | contact, null), "...but it coming back is");
    }

    @Test
    void savesQueuedFasterThanWrittenAreCoalescedToTheNewest() {
        Disk disk = new Disk();
        Later io = new Later();
        SnapshotSaver s = new SnapshotSaver(disk, io);
        s.saveLater("a");
        s.saveLater("b");
        s.saveLater("c");
        assertEquals(1, io.tasks.size(), "one write queued for three saves");
        io.runAll();
        assertEquals(Arrays.asList("c"), disk.written);
        s.saveLater("c");
        io.runAll();
        assertEquals(1, s.writes(), "an unchanged state is not written again");
    }

    @Test
    void anOlderQueuedSaveNeverOverwritesANewerOne() {
        Disk disk = new Disk();
        Later io = new Later();
        SnapshotSaver s = new SnapshotSaver(disk, io);
        s.saveLater("older");
        assertTrue(s.saveNow("newer"), "close() saves on its own thread");
        io.runAll();
        assertEquals(Arrays.asList("newer"), disk.written);
    }

    @Test
    void aFailedWriteIsCountedAndTheNextSaveTriesAgain() {
        Disk disk = new Disk();
        SnapshotSaver s = new SnapshotSaver(disk, Runnable::run);
        disk.full = true;
        assertFalse(s.saveNow("x"));
        assertEquals(1, s.failures());
        disk.full = false;
        s.saveLater("x");
        assertEquals(Arrays.asList("x"), disk.written);
    }

    @Test
    void aShutDownExecutorLosesNothingForLaterSaves() {
        Disk disk = new Disk();
        SnapshotSaver s = new SnapshotSaver(disk, r -> {
            throw new java.util.concurrent.RejectedExecutionException();
        });
        s.saveLater("lost to the closed executor");
        assertTrue(s.saveNow("saved on close"));
        assertEquals(Arrays.asList("saved on close"), disk.written);
    }
}

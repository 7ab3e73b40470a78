package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChoiceTrackerTest {
    @Test
    void exactlyOneFinalChoice() {
        ChoiceTracker c = new ChoiceTracker();
        assertNull(c.show("e/1"));
        c.seen();
        assertTrue(c.act(false), "hang up is delivered");
        assertFalse(c.decided());
        assertTrue(c.act(true), "no transfer is delivered");
        assertFalse(c.act(true), "a second final choice is not");
        assertNull(c.leave(false, false), "leaving after a choice delivers nothing more");
    }

    @Test
    void leavingWithoutAChoiceDismissesOnce() {
        ChoiceTracker c = new ChoiceTracker();
        c.show("e/1");
        c.seen();
        assertNull(c.leave(true, false), "rotation is not leaving");
        assertEquals("e/1", c.leave(false, false), "Home: DISMISSED");
        assertNull(c.leave(false, true), "onDestroy after onStop: not twice");
        assertFalse(c.act(true), "no button after leaving");
    }

    @Test
    void anotherEpisodeSupersedesAnUndecidedOne() {
        ChoiceTracker c = new ChoiceTracker();
        c.show("e/1");
        assertNull(c.show("e/1"), "an update of the same episode");
        assertEquals("e/1", c.show("e/2"), "replaced without a choice: dismiss it");
        assertTrue(c.act(true));
        assertNull(c.show("e/3"), "e/2 was decided");
        assertNull(new ChoiceTracker().leave(false, true), "nothing shown");
    }

    @Test
    void aScreenNeverSeenIsNotDismissedByAStop() {
        ChoiceTracker c = new ChoiceTracker();
        c.show("e/1");   // launched while the phone was off
        assertNull(c.leave(false, false), "stopped before it was ever in front: the warning stays");
        assertFalse(c.decided());
        c.seen();
        c.show("e/2");   // a new episode must be seen again
        assertNull(c.leave(false, false));
        assertEquals("e/2", c.leave(false, true), "destroyed: always closed");
    }
}

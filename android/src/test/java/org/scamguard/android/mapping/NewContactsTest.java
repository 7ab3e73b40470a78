package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewContactsTest {
    @Test
    void firstLookIsABaselineThenNewIdsOnly() {
        NewContacts c = new NewContacts();
        assertEquals(List.of(), c.update(Arrays.asList(1L, 2L, 3L)), "the address book is not 'just saved'");
        assertEquals(List.of(), c.update(Arrays.asList(1L, 2L, 3L)), "an edit is not a new contact");
        assertEquals(List.of(7L), c.update(Arrays.asList(1L, 2L, 3L, 7L)));
        assertEquals(List.of(), c.update(Arrays.asList(1L, 7L)), "deletions report nothing");
        assertEquals(List.of(2L, 9L), c.update(Arrays.asList(1L, 7L, 9L, 2L, null)));
    }
}

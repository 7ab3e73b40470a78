package org.scamguard.android.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which contacts were just saved ({@code contact_added}). Android only says "the contacts
 * changed", so the observer compares the contact ids with the ones it saw last: the first look
 * is a baseline (nothing is reported); later, ids that appear are new contacts. Scammers have
 * victims save their number ("save me as Officer Wang") so that the next call looks like a
 * contact; the engine treats a contact saved less than 24 h before the call as not trusted.
 * Not thread-safe.
 */
public final class NewContacts {
    private Set<Long> known;   // null: never looked

    /** Takes the contact ids now; returns those that are new since the last look (sorted). */
    public List<Long> update(Collection<Long> idsNow) {
        Set<Long> now = new HashSet<>();
        if (idsNow != null) {
            for (Long id : idsNow) if (id != null) now.add(id);
        }
        List<Long> out = new ArrayList<>();
        if (known != null) {
            for (Long id : now) if (!known.contains(id)) out.add(id);
        }
        known = now;
        Collections.sort(out);
        return out;
    }
}

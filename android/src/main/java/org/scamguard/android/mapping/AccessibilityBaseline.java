package org.scamguard.android.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which enabled accessibility services are news. Android has no "service enabled" callback for
 * an ordinary app, only the current list ({@code Settings.Secure.ENABLED_ACCESSIBILITY_SERVICES}),
 * so the bank-app guard compares it with the list it saw last time, kept across activities and
 * process restarts ({@link #saved()} goes into the app's private preferences).
 *
 * <p>Why: reporting every service that is on at start as "just enabled" turned a password
 * manager, enabled months ago, into "remote control during a stranger's call". Rules:
 * <ul>
 * <li>the very first look is a baseline: nothing is reported, except remote-control apps of the
 *     catalog ({@link PackageCatalog#REMOTE_CONTROL}), whose service is a remote-control channel
 *     whenever it is on, however long ago it was switched on;</li>
 * <li>afterwards a package is reported when it appears in the list; a package that leaves the
 *     list is forgotten, so switching it on again is reported again.</li>
 * </ul>
 * Not thread-safe.
 */
public final class AccessibilityBaseline {
    private Set<String> known;   // null: never looked

    /** @param saved what {@link #saved()} returned last time; null if never */
    public AccessibilityBaseline(String saved) {
        if (saved != null) known = new LinkedHashSet<>(AccessibilityServicesParser.packages(saved));
    }

    /**
     * Takes the current list of packages with an enabled service.
     *
     * @return the packages to report as {@code accessibility_enabled}, in list order
     */
    public List<String> update(Collection<String> enabledNow) {
        Set<String> now = new LinkedHashSet<>();
        if (enabledNow != null) {
            for (String p : enabledNow) if (AccessibilityServicesParser.looksLikePackage(p)) now.add(p);
        }
        List<String> out = new ArrayList<>();
        for (String p : now) {
            boolean isNew = known == null ? PackageCatalog.isRemoteControl(p) : !known.contains(p);
            if (isNew) out.add(p);
        }
        known = now;
        return Collections.unmodifiableList(out);
    }

    /** The state to keep (the same ':'-separated form as the setting); null before the first look. */
    public String saved() {
        return known == null ? null : String.join(":", known);
    }
}

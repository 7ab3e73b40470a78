package org.scamguard.android.mapping;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.scamguard.Event;

/**
 * {@code platform_risk} events from what the platform tells a bank app. A risk is reported when
 * it appears ({@link #rising}), not on every look, so a cast display or a VoIP call present for
 * an hour is one event, and again after it went away and came back.
 *
 * <p>Play Integrity's {@code appAccessRiskVerdict.appsDetected} lists up to eight strings:
 * {@code KNOWN_|UNKNOWN_} + {@code INSTALLED|CAPTURING|CONTROLLING|OVERLAYS} (KNOWN: installed
 * by Play or preinstalled; UNKNOWN: any other source). Capturing maps to
 * {@code screen_captured}, controlling to {@code device_controlled}, from either source:
 * scammers use store apps (meeting apps, AnyDesk) as much as sideloaded ones. INSTALLED alone
 * is no risk, and OVERLAYS has no kind in the trace format (the vendor artifact sees overlays
 * itself). Source: developer.android.com/google/play/integrity/verdicts#app-access-risk.
 */
public final class PlatformRisks {
    private final Set<Event.RiskKind> present = new HashSet<>();

    /** Records whether {@code kind} is present now; true when it just appeared. */
    public boolean rising(Event.RiskKind kind, boolean isPresent) {
        if (kind == null) return false;
        if (isPresent) return present.add(kind);
        present.remove(kind);
        return false;
    }

    /** The risks in an {@code appsDetected} list (unknown strings are ignored). */
    public static Set<Event.RiskKind> fromAppAccessRisk(Collection<String> appsDetected) {
        Set<Event.RiskKind> out = EnumSet.noneOf(Event.RiskKind.class);
        if (appsDetected == null) return out;
        for (String s : appsDetected) {
            if (s == null) continue;
            String v = s.trim();
            if (v.equals("KNOWN_CAPTURING") || v.equals("UNKNOWN_CAPTURING")) out.add(Event.RiskKind.SCREEN_CAPTURED);
            if (v.equals("KNOWN_CONTROLLING") || v.equals("UNKNOWN_CONTROLLING")) {
                out.add(Event.RiskKind.DEVICE_CONTROLLED);
            }
        }
        return out;
    }
}

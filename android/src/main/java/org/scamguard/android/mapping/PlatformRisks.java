package org.scamguard.android.mapping;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.scamguard.Event;

/**
 * {@code platform_risk} events from what the platform tells a bank app. A risk is reported when
 * it appears ({@link #rising}), not on every look, so a cast display present for an hour is one
 * event, and again after it went away and came back; a VoIP call is reported on every read
 * while it is on ({@link #report}).
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

    /**
     * Whether to report {@code kind} on this read: a VoIP call on every read while it is on
     * (the guard reads the audio mode when the bank comes to the front and before a transfer;
     * the engine takes a repeat as the same call and keeps it from timing out, so a day-long
     * "digital arrest" call is still on the line when the victim opens the bank), any other
     * risk only when it appears ({@link #rising}).
     */
    public boolean report(Event.RiskKind kind, boolean isPresent) {
        boolean rose = rising(kind, isPresent);
        return kind == Event.RiskKind.VOIP_CALL ? isPresent : rose;
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

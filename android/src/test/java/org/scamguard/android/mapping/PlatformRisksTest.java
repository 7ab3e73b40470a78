package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.scamguard.Event.RiskKind;

class PlatformRisksTest {
    @Test
    void appAccessRiskVerdict() {
        assertEquals(EnumSet.of(RiskKind.SCREEN_CAPTURED),
                PlatformRisks.fromAppAccessRisk(Arrays.asList("KNOWN_INSTALLED", "UNKNOWN_INSTALLED", "UNKNOWN_CAPTURING")));
        assertEquals(EnumSet.of(RiskKind.SCREEN_CAPTURED, RiskKind.DEVICE_CONTROLLED),
                PlatformRisks.fromAppAccessRisk(Arrays.asList("KNOWN_CAPTURING", "KNOWN_CONTROLLING", "KNOWN_OVERLAYS")),
                "a store meeting app sharing the screen counts too");
        assertEquals(EnumSet.noneOf(RiskKind.class),
                PlatformRisks.fromAppAccessRisk(Arrays.asList("KNOWN_INSTALLED", "UNKNOWN_OVERLAYS", "UNEVALUATED", null)));
        assertEquals(EnumSet.noneOf(RiskKind.class), PlatformRisks.fromAppAccessRisk(null));
    }

    @Test
    void aRiskIsReportedWhenItAppears() {
        PlatformRisks r = new PlatformRisks();
        assertFalse(r.rising(RiskKind.DISPLAY_CAST, false));
        assertTrue(r.rising(RiskKind.DISPLAY_CAST, true), "cast display appeared");
        assertFalse(r.rising(RiskKind.DISPLAY_CAST, true), "still there: not again");
        assertTrue(r.rising(RiskKind.VOIP_CALL, true), "kinds are independent");
        assertFalse(r.rising(RiskKind.DISPLAY_CAST, false));
        assertTrue(r.rising(RiskKind.DISPLAY_CAST, true), "gone and back");
        assertFalse(r.rising(null, true));
    }

    @Test
    void aVoipCallIsReportedOnEveryReadWhileItIsOn() {
        PlatformRisks r = new PlatformRisks();
        assertTrue(r.report(RiskKind.VOIP_CALL, true), "the call is on");
        assertTrue(r.report(RiskKind.VOIP_CALL, true), "read again (the bank came to the front): again");
        assertFalse(r.report(RiskKind.VOIP_CALL, false), "over");
        assertTrue(r.report(RiskKind.DISPLAY_CAST, true), "a cast display appeared");
        assertFalse(r.report(RiskKind.DISPLAY_CAST, true), "other risks only when they appear");
    }

    @Test
    void fromStoreFlag() {
        assertEquals(Boolean.TRUE, InstallerClassifier.fromStore("com.android.vending", false));
        assertEquals(Boolean.TRUE, InstallerClassifier.fromStore(null, true), "preinstalled");
        assertEquals(Boolean.FALSE, InstallerClassifier.fromStore("com.tencent.mm", false), "APK from a chat");
        assertEquals(Boolean.FALSE, InstallerClassifier.fromStore("com.android.packageinstaller", false));
        assertNull(InstallerClassifier.fromStore(null, false), "adb or unknown");
    }
}

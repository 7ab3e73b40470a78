package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scamguard.android.mapping.OverlayFilter.Window;

class OverlayFilterTest {
    private static final String OWN = "com.vendor.guard";

    private static List<Window> ws(Window... w) {
        return List.of(w);
    }

    @Test
    void onlyOverlayTypesOfOtherAppsAreCandidates() {
        OverlayFilter f = new OverlayFilter(OWN);
        assertTrue(f.candidate(new Window(OverlayFilter.TYPE_SYSTEM, "com.scam.app", null)));
        assertTrue(f.candidate(new Window(OverlayFilter.TYPE_ACCESSIBILITY_OVERLAY, "com.oray.sunlogin", "")));
        assertFalse(f.candidate(new Window(OverlayFilter.TYPE_APPLICATION, "com.scam.app", null)));
        assertFalse(f.candidate(new Window(OverlayFilter.TYPE_INPUT_METHOD, "com.sohu.inputmethod.sogou", null)));
        assertFalse(f.candidate(new Window(OverlayFilter.TYPE_SYSTEM, "com.scam.app", "Toast")), "toast title");
        assertFalse(f.candidate(new Window(OverlayFilter.TYPE_SYSTEM, "com.android.systemui", null)));
        assertFalse(f.candidate(new Window(OverlayFilter.TYPE_SYSTEM, OWN, null)));
        assertFalse(f.candidate(new Window(OverlayFilter.TYPE_SYSTEM, null, null)));
    }

    @Test
    void aToastThatGoesAwayIsNeverReported() {
        OverlayFilter f = new OverlayFilter(OWN);
        // an untitled toast (OEM build): visible 3.5 s, then gone
        assertEquals(Collections.emptyList(), f.onWindows(0, ws(new Window(3, "com.tencent.mm", null))));
        assertTrue(f.pending());
        assertEquals(Collections.emptyList(), f.onWindows(3_500, ws(new Window(3, "com.tencent.mm", null))));
        assertEquals(Collections.emptyList(), f.onWindows(3_600, ws()));
        assertFalse(f.pending());
        assertEquals(Collections.emptyList(), f.onWindows(9_000, ws()));
    }

    @Test
    void aLastingOverlayIsReportedOnceUntilItGoes() {
        OverlayFilter f = new OverlayFilter(OWN);
        Window o = new Window(3, "com.scam.app", null);
        assertEquals(Collections.emptyList(), f.onWindows(1_000, ws(o)));
        assertEquals(List.of("com.scam.app"), f.onWindows(5_000, ws(o)));
        assertEquals(Collections.emptyList(), f.onWindows(8_000, ws(o)), "reported once");
        f.onWindows(9_000, ws());
        f.onWindows(10_000, ws(o));
        assertEquals(List.of("com.scam.app"), f.onWindows(14_000, ws(o)), "shown again later: reported again");
    }
}

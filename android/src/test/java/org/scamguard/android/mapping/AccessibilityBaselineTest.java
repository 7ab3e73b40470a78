package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessibilityBaselineTest {
    private static List<String> l(String... s) {
        return Arrays.asList(s);
    }

    @Test
    void firstLookIsABaselineExceptRemoteControl() {
        AccessibilityBaseline b = new AccessibilityBaseline(null);
        assertNull(b.saved());
        // a password manager enabled months ago is not "just enabled"; a remote-control tool is reported
        assertEquals(l("com.oray.sunlogin"), b.update(l("com.x8bit.bitwarden", "com.oray.sunlogin")));
        assertEquals(Collections.emptyList(), b.update(l("com.x8bit.bitwarden", "com.oray.sunlogin")),
                "nothing new on the next start");
    }

    @Test
    void reportsOnlyNewlyEnabledAcrossRestarts() {
        AccessibilityBaseline first = new AccessibilityBaseline(null);
        first.update(l("com.x8bit.bitwarden"));
        // a new activity / process reads the saved state back
        AccessibilityBaseline next = new AccessibilityBaseline(first.saved());
        assertEquals(l("com.example.scam"), next.update(l("com.x8bit.bitwarden", "com.example.scam")));
        assertEquals(Collections.emptyList(), next.update(l("com.x8bit.bitwarden", "com.example.scam")));
    }

    @Test
    void disabledThenEnabledAgainIsReportedAgain() {
        AccessibilityBaseline b = new AccessibilityBaseline("");
        assertEquals(l("com.example.scam"), b.update(l("com.example.scam")), "empty saved list: not a first look");
        assertEquals(Collections.emptyList(), b.update(l()));
        assertEquals(l("com.example.scam"), b.update(l("com.example.scam")));
    }

    @Test
    void junkIsIgnored() {
        AccessibilityBaseline b = new AccessibilityBaseline("");
        assertEquals(l("a.b"), b.update(Arrays.asList("nodot", "", null, "a.b")));
        assertEquals("a.b", b.saved());
    }
}

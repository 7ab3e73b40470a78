package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import org.junit.jupiter.api.Test;

class AccessibilityServicesParserTest {

    @Test
    void parsesFlattenedComponents() {
        String s = "com.oray.sunlogin/com.oray.sunlogin.service.SunloginAccessibilityService:"
                + "com.google.android.marvin.talkback/.TalkBackService";
        assertEquals(new LinkedHashSet<>(Arrays.asList("com.oray.sunlogin", "com.google.android.marvin.talkback")),
                AccessibilityServicesParser.packages(s));
    }

    @Test
    void toleratesJunk() {
        assertTrue(AccessibilityServicesParser.packages(null).isEmpty());
        assertTrue(AccessibilityServicesParser.packages("").isEmpty());
        assertEquals(Collections.singleton("a.b"),
                AccessibilityServicesParser.packages(":: a.b/.S : a.b/.T:/x:nodot/.C:1bad.pkg/.C:"));
    }

    @Test
    void newlyEnabled() {
        String before = "com.google.android.marvin.talkback/.TalkBackService";
        String after = before + ":youqu.android.todesk/.AccessService:com.anydesk.anydeskandroid/.Svc";
        assertEquals(new LinkedHashSet<>(Arrays.asList("youqu.android.todesk", "com.anydesk.anydeskandroid")),
                AccessibilityServicesParser.newlyEnabled(before, after));
        assertTrue(AccessibilityServicesParser.newlyEnabled(after, before).isEmpty(), "disabling is not enabling");
        assertEquals(Collections.singleton("a.b"), AccessibilityServicesParser.newlyEnabled(null, "a.b/.S"));
        assertTrue(AccessibilityServicesParser.newlyEnabled("a.b/.S", "a.b/.Other").isEmpty(),
                "another service of an already enabled package");
    }

    @Test
    void packageShape() {
        assertTrue(AccessibilityServicesParser.looksLikePackage("com.carriez.flutter_hbb"));
        assertFalse(AccessibilityServicesParser.looksLikePackage("com..x"));
        assertFalse(AccessibilityServicesParser.looksLikePackage("single"));
        assertFalse(AccessibilityServicesParser.looksLikePackage(null));
    }
}

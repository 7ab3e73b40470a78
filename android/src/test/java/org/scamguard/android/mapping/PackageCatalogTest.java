package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import org.junit.jupiter.api.Test;

class PackageCatalogTest {

    @Test
    void entriesLookLikePackagesAndAreUnique() {
        assertEquals(new LinkedHashSet<>(PackageCatalog.all()).size(), PackageCatalog.all().size());
        for (String p : PackageCatalog.all()) {
            assertTrue(AccessibilityServicesParser.looksLikePackage(p), p);
            assertFalse(p.contains(" ") || p.contains("("), p);
        }
        assertTrue(PackageCatalog.isRemoteControl("youqu.android.todesk"));
        assertTrue(PackageCatalog.isRemoteControl("com.sand.airmirror"), "split 'a / b' rows");
        assertFalse(PackageCatalog.isRemoteControl("com.todesk"), "macOS bundle id, wrong on Android");
        assertTrue(PackageCatalog.isScreenShare("com.tencent.wemeet.app"));
        assertFalse(PackageCatalog.isScreenShare(null));
    }
}

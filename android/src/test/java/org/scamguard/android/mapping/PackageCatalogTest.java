package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The manifest's {@code <queries>} must list exactly the catalog (run from android/). */
    @Test
    void manifestQueriesMatchCatalog() throws Exception {
        Path manifest = Paths.get(System.getProperty("scamguard.manifest", "src/main/AndroidManifest.xml"));
        String xml = new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8);
        int a = xml.indexOf("<queries>"), b = xml.indexOf("</queries>");
        assertTrue(a >= 0 && b > a, "manifest has <queries>");
        Matcher m = Pattern.compile("<package\\s+android:name=\"([^\"]+)\"").matcher(xml.substring(a, b));
        Set<String> declared = new LinkedHashSet<>();
        while (m.find()) declared.add(m.group(1));
        assertEquals(new LinkedHashSet<>(PackageCatalog.all()), declared);
        assertFalse(xml.contains("QUERY_ALL_PACKAGES\""), "no QUERY_ALL_PACKAGES permission");
    }
}

package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The two artifacts' manifests (run from android/): the bank one merges nothing a bank did not
 * ask for; the vendor one brings the services, the permissions and package visibility for
 * sideloaded apps.
 */
class ManifestsTest {
    private static final String NS = "http://schemas.android.com/apk/res/android";

    private static Document parse(String property, String fallback) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new File(System.getProperty(property, fallback)));
    }

    private static Document bank() throws Exception {
        return parse("scamguard.manifest", "src/main/AndroidManifest.xml");
    }

    private static Document vendor() throws Exception {
        return parse("scamguard.vendorManifest", "vendor/src/main/AndroidManifest.xml");
    }

    private static List<String> names(Document d, String tag) {
        List<String> out = new ArrayList<>();
        NodeList l = d.getElementsByTagName(tag);
        for (int i = 0; i < l.getLength(); i++) out.add(((Element) l.item(i)).getAttributeNS(NS, "name"));
        return out;
    }

    private static Set<String> queriedPackages(Document d) {
        Set<String> out = new LinkedHashSet<>();
        NodeList q = d.getElementsByTagName("queries");
        for (int i = 0; i < q.getLength(); i++) {
            NodeList p = ((Element) q.item(i)).getElementsByTagName("package");
            for (int j = 0; j < p.getLength(); j++) out.add(((Element) p.item(j)).getAttributeNS(NS, "name"));
        }
        return out;
    }

    @Test
    void bankManifestIsLean() throws Exception {
        Document d = bank();
        assertEquals(List.of("android.permission.DETECT_SCREEN_CAPTURE", "android.permission.DETECT_SCREEN_RECORDING"),
                names(d, "uses-permission"), "only normal permissions");
        assertEquals(List.of(), names(d, "service"), "no accessibility service, no listener");
        assertEquals(List.of(), names(d, "receiver"));
        assertEquals(List.of("org.scamguard.android.WarningActivity"), names(d, "activity"));
        assertEquals(new LinkedHashSet<>(PackageCatalog.REMOTE_CONTROL), queriedPackages(d));
        assertTrue(names(d, "action").contains("android.accessibilityservice.AccessibilityService"),
                "apps with an accessibility service are visible (their installer is read)");
    }

    @Test
    void vendorManifestBringsServicesAndVisibility() throws Exception {
        Document d = vendor();
        assertEquals(List.of("android.permission.READ_PHONE_STATE", "android.permission.READ_CONTACTS",
                "android.permission.POST_NOTIFICATIONS"), names(d, "uses-permission"));
        assertFalse(names(d, "uses-permission").contains("android.permission.QUERY_ALL_PACKAGES"));
        assertEquals(List.of("org.scamguard.android.ScamGuardAccessibilityService",
                "org.scamguard.android.ScamGuardNotificationListener",
                "org.scamguard.android.ScamGuardCallScreeningService"), names(d, "service"));
        assertEquals(new LinkedHashSet<>(PackageCatalog.all()), queriedPackages(d));
        // sideloaded APKs are in no catalog: the launcher intent makes them visible on API 30+
        assertTrue(names(d, "action").contains("android.intent.action.MAIN"));
        assertTrue(names(d, "category").contains("android.intent.category.LAUNCHER"));
        NodeList services = d.getElementsByTagName("service");
        for (int i = 0; i < services.getLength(); i++) {
            Element s = (Element) services.item(i);
            assertTrue(s.getAttributeNS(NS, "permission").startsWith("android.permission.BIND_"),
                    "only the system may bind " + s.getAttributeNS(NS, "name"));
        }
    }
}

package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scamguard.android.mapping.InstallerClassifier.Kind;

class InstallerClassifierTest {

    @Test
    void initiatorWinsOverSystemInstaller() {
        assertEquals("com.tencent.mm",
                InstallerClassifier.pick("com.tencent.mm", "com.android.packageinstaller", null));
        assertEquals("com.baidu.netdisk",
                InstallerClassifier.pick("com.google.android.packageinstaller", "com.google.android.packageinstaller",
                        "com.baidu.netdisk"));
        assertEquals("com.miui.packageinstaller",
                InstallerClassifier.pick("com.miui.packageinstaller", "com.miui.packageinstaller", null));
        assertEquals("com.android.vending", InstallerClassifier.pick(null, "com.android.vending", null));
        assertEquals("com.android.vending", InstallerClassifier.pick("", "com.android.vending", " "));
        assertNull(InstallerClassifier.pick(null, null, null));
    }

    @Test
    void kinds() {
        assertEquals(Kind.STORE, InstallerClassifier.kind("com.android.vending"));
        assertEquals(Kind.STORE, InstallerClassifier.kind("com.huawei.appmarket"));
        assertEquals(Kind.BROWSER, InstallerClassifier.kind("com.UCMobile"));
        assertEquals(Kind.MESSAGING, InstallerClassifier.kind("com.tencent.mm"));
        assertEquals(Kind.CLOUD_DRIVE, InstallerClassifier.kind("com.baidu.netdisk"));
        assertEquals(Kind.PACKAGE_INSTALLER, InstallerClassifier.kind("com.android.packageinstaller"));
        assertEquals(Kind.NONE, InstallerClassifier.kind(null));
        assertEquals(Kind.NONE, InstallerClassifier.kind(""));
        assertEquals(Kind.OTHER, InstallerClassifier.kind("com.example.sideloader"));
        assertEquals(Kind.OTHER, InstallerClassifier.kind("COM.ANDROID.VENDING"), "package names are case-sensitive");
    }

    @Test
    void sideload() {
        assertTrue(InstallerClassifier.isSideload("com.tencent.mtt"));
        assertFalse(InstallerClassifier.isSideload("com.xiaomi.market"));
        assertFalse(InstallerClassifier.isSideload(null));
    }
}

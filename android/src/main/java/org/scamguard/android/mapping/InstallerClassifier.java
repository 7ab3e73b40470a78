package org.scamguard.android.mapping;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Names and sorts the app that installed another app.
 *
 * <p>On API 30+ {@code PackageManager.getInstallSourceInfo} gives two names: the
 * <em>initiating</em> package (who asked for the install: a browser, a chat app, a cloud
 * drive) and the <em>installing</em> package (who performed it: often just the system
 * package installer). For scam detection the initiator is the interesting one ("installed
 * from a link in WeChat"), so {@link #pick} prefers it. Older releases only have
 * {@code getInstallerPackageName}, which is the installing package.
 */
public final class InstallerClassifier {
    private InstallerClassifier() {}

    /** Where an app came from. */
    public enum Kind {
        /** A real app store (Play, vendor stores, Tencent MyApp). */
        STORE,
        /** The system package installer: a downloaded APK opened from a file manager. */
        PACKAGE_INSTALLER,
        BROWSER,
        /** A chat app: an APK sent in a conversation. */
        MESSAGING,
        CLOUD_DRIVE,
        /** No installer recorded: adb, preinstalled, or unknown. */
        NONE,
        OTHER
    }

    private static final Set<String> STORES = set("com.android.vending", "com.huawei.appmarket",
            "com.xiaomi.market", "com.xiaomi.mipicks", "com.oppo.market", "com.heytap.market", "com.bbk.appstore",
            "com.tencent.android.qqdownloader", "com.meizu.mstore", "com.sec.android.app.samsungapps",
            "com.amazon.venezia", "com.hihonor.appmarket", "com.qihoo.appstore", "com.baidu.appsearch",
            "com.wandoujia.phoenix2", "com.lenovo.leos.appstore", "com.sogou.androidtool", "com.coolapk.market");
    private static final Set<String> INSTALLERS = set("com.android.packageinstaller",
            "com.google.android.packageinstaller", "com.miui.packageinstaller", "com.samsung.android.packageinstaller",
            "com.oplus.packageinstaller", "com.coloros.packageinstaller", "com.vivo.packageinstaller",
            "com.huawei.packageinstaller", "com.android.shell");
    private static final Set<String> BROWSERS = set("com.android.chrome", "com.android.browser", "com.UCMobile",
            "com.uc.browser.en", "com.tencent.mtt", "com.quark.browser", "com.baidu.searchbox", "com.baidu.browser.apps",
            "org.mozilla.firefox", "com.huawei.browser", "com.heytap.browser", "com.coloros.browser",
            "com.vivo.browser", "com.mi.globalbrowser", "com.qihoo.browser", "com.sec.android.app.sbrowser",
            "com.microsoft.emmx", "com.opera.browser", "sogou.mobile.explorer");
    private static final Set<String> MESSAGING = set("com.tencent.mm", "com.tencent.mobileqq", "com.tencent.tim",
            "com.whatsapp", "org.telegram.messenger", "org.telegram.messenger.web", "com.alibaba.android.rimet",
            "com.tencent.wework", "com.ss.android.lark", "im.yixin", "org.potato.messenger");
    private static final Set<String> CLOUD = set("com.baidu.netdisk", "com.alicloud.databox", "com.quark.drive",
            "com.tencent.weiyun", "com.google.android.apps.docs", "com.lanzou.cloud", "com.xunlei.downloadprovider");

    /**
     * The installer to report: the initiating package unless it is absent or only the
     * system installer, then the installing package, then the originating package.
     * Returns null when nothing is known.
     */
    public static String pick(String initiating, String installing, String originating) {
        if (notBlank(initiating) && !INSTALLERS.contains(initiating) && !"android".equals(initiating)) return initiating;
        if (notBlank(originating) && !INSTALLERS.contains(originating)) return originating;
        if (notBlank(installing)) return installing;
        if (notBlank(initiating)) return initiating;
        return null;
    }

    /** Sorts an installer package name (null or empty: {@link Kind#NONE}). */
    public static Kind kind(String installer) {
        if (!notBlank(installer)) return Kind.NONE;
        if (STORES.contains(installer)) return Kind.STORE;
        if (INSTALLERS.contains(installer)) return Kind.PACKAGE_INSTALLER;
        if (BROWSERS.contains(installer)) return Kind.BROWSER;
        if (MESSAGING.contains(installer)) return Kind.MESSAGING;
        if (CLOUD.contains(installer)) return Kind.CLOUD_DRIVE;
        return Kind.OTHER;
    }

    /** Anything but a known store counts as a sideload. */
    public static boolean isSideload(String installer) {
        Kind k = kind(installer);
        return k != Kind.STORE && k != Kind.NONE;
    }

    /**
     * The {@code from_store} flag of {@code accessibility_enabled}: true for a store install or
     * a preinstalled (system) app, which the phone maker vouches for like a store; false for a
     * sideload (browser, chat app, file manager); null when no installer is recorded (adb, or
     * unknown) for an app that is not preinstalled.
     */
    public static Boolean fromStore(String installer, boolean systemApp) {
        if (systemApp) return Boolean.TRUE;
        Kind k = kind(installer);
        if (k == Kind.STORE) return Boolean.TRUE;
        if (k == Kind.NONE) return null;
        return Boolean.FALSE;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.trim().isEmpty();
    }

    private static Set<String> set(String... s) {
        return new HashSet<>(Arrays.asList(s));
    }
}

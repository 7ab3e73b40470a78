package org.scamguard.android;

import android.accessibilityservice.AccessibilityServiceInfo;
import android.content.Context;
import android.content.pm.ApplicationInfo;
import android.os.Build;
import android.view.accessibility.AccessibilityManager;
import java.util.HashMap;
import java.util.Map;
import org.scamguard.Event;
import org.scamguard.android.mapping.InstallerClassifier;
import org.jspecify.annotations.Nullable;

/**
 * What the platform says about an enabled accessibility service, for {@code accessibility_enabled}:
 * whether it declares itself an accessibility tool ({@code isAccessibilityTool}, API 31+: screen
 * readers, switch access; a remote-control app is not one) and whether it came from a store.
 * A store-installed tool is not remote control; the engine weighs the rest.
 */
final class AccessibilityInfo {
    private AccessibilityInfo() {}

    /** Per package, whether all its enabled services are accessibility tools (API 31+; empty before). */
    static Map<String, Boolean> toolFlags(Context c) {
        Map<String, Boolean> out = new HashMap<>();
        if (Build.VERSION.SDK_INT < 31) return out;
        AccessibilityManager am = (AccessibilityManager) c.getSystemService(Context.ACCESSIBILITY_SERVICE);
        if (am == null) return out;
        for (AccessibilityServiceInfo i : am.getEnabledAccessibilityServiceList(AccessibilityServiceInfo.FEEDBACK_ALL_MASK)) {
            if (i == null || i.getResolveInfo() == null || i.getResolveInfo().serviceInfo == null) continue;
            String pkg = i.getResolveInfo().serviceInfo.packageName;
            Boolean before = out.get(pkg);
            boolean tool = i.isAccessibilityTool();
            out.put(pkg, before == null ? tool : before && tool);
        }
        return out;
    }

    /** From a store (or preinstalled); null when the package or its installer cannot be read. */
    static @Nullable Boolean fromStore(Context c, String pkg) {
        boolean system;
        try {
            ApplicationInfo ai = c.getPackageManager().getApplicationInfo(pkg, 0);
            system = (ai.flags & ApplicationInfo.FLAG_SYSTEM) != 0;
        } catch (Throwable t) {
            return null;   // not visible to us
        }
        return InstallerClassifier.fromStore(PackageMonitor.installerOf(c, pkg), system);
    }

    /** The event for a newly enabled service of {@code pkg}. */
    static Event event(Context c, long t, String pkg, Map<String, Boolean> tools) {
        return Event.accessibilityEnabled(t, pkg, tools.get(pkg), fromStore(c, pkg));
    }
}

package org.scamguard.android.mapping;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads {@code Settings.Secure.ENABLED_ACCESSIBILITY_SERVICES}: a ':'-separated list of
 * flattened component names ({@code com.oray.sunlogin/.service.SunloginService:pkg2/cls2}).
 * Remote-control apps need an accessibility service to tap for the victim, so a newly
 * enabled one is a strong signal. Reading this setting needs no permission, which is why
 * bank apps can use it too.
 */
public final class AccessibilityServicesParser {
    private AccessibilityServicesParser() {}

    /** The packages with an enabled service, in setting order, without duplicates. */
    public static Set<String> packages(String setting) {
        Set<String> out = new LinkedHashSet<>();
        if (setting == null) return out;
        for (String entry : setting.split(":")) {
            String e = entry.trim();
            if (e.isEmpty()) continue;
            int slash = e.indexOf('/');
            String pkg = slash >= 0 ? e.substring(0, slash).trim() : e;
            if (looksLikePackage(pkg)) out.add(pkg);
        }
        return out;
    }

    /** Packages enabled in {@code after} but not in {@code before} (both raw setting values). */
    public static Set<String> newlyEnabled(String before, String after) {
        Set<String> now = packages(after);
        now.removeAll(packages(before));
        return Collections.unmodifiableSet(now);
    }

    /** "a.b" style: at least two dot-separated Java identifiers. */
    public static boolean looksLikePackage(String s) {
        if (s == null || s.isEmpty() || s.indexOf('.') < 0) return false;
        for (String part : s.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) return false;
            for (int i = 1; i < part.length(); i++) {
                if (!Character.isJavaIdentifierPart(part.charAt(i))) return false;
            }
        }
        return true;
    }
}

package org.scamguard.android.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which windows seen by accessibility are another app drawing over everything
 * ({@code overlay_shown}), as opposed to toasts, keyboards, the system UI or our own windows.
 *
 * <p>Accessibility reports an app's {@code TYPE_APPLICATION_OVERLAY} window as
 * {@code AccessibilityWindowInfo.TYPE_SYSTEM}, but toasts are TYPE_SYSTEM too (before API 30 they
 * belong to the app that posted them), so the type alone counted every "Copied" toast. A window
 * counts only if:
 * <ul>
 * <li>its type is {@link #TYPE_SYSTEM} or {@link #TYPE_ACCESSIBILITY_OVERLAY} (another app's
 *     accessibility service drawing over the screen, as remote-control tools do);</li>
 * <li>it is not titled as a toast ({@code "Toast"}, the title Android gives them);</li>
 * <li>its package is not the system UI, the launcher-less "android" package or ours;</li>
 * <li>it stays at least {@link #MIN_VISIBLE_MS} (longer than {@code Toast.LENGTH_LONG}, 3.5 s),
 *     which filters toasts whatever their title on an OEM build.</li>
 * </ul>
 * Feed every snapshot of the window list to {@link #onWindows}; not thread-safe.
 */
public final class OverlayFilter {
    /** Same values as {@code AccessibilityWindowInfo.TYPE_*}. */
    public static final int TYPE_APPLICATION = 1, TYPE_INPUT_METHOD = 2, TYPE_SYSTEM = 3,
            TYPE_ACCESSIBILITY_OVERLAY = 4, TYPE_SPLIT_SCREEN_DIVIDER = 5, TYPE_MAGNIFICATION_OVERLAY = 6;
    /** Longer than a long toast (3.5 s). */
    public static final long MIN_VISIBLE_MS = 4000;

    /** One window of a snapshot. */
    public static final class Window {
        final int type;
        final String pkg;
        final String title;

        public Window(int type, String pkg, CharSequence title) {
            this.type = type;
            this.pkg = pkg;
            this.title = title == null ? null : title.toString();
        }
    }

    private final String ownPackage;
    private final Map<String, Long> firstSeen = new HashMap<>();
    private final Set<String> reported = new java.util.HashSet<>();

    public OverlayFilter(String ownPackage) {
        this.ownPackage = ownPackage;
    }

    /** Whether a window may be an overlay at all (type, title, package). */
    public boolean candidate(Window w) {
        if (w == null || w.pkg == null || w.pkg.isEmpty()) return false;
        if (w.type != TYPE_SYSTEM && w.type != TYPE_ACCESSIBILITY_OVERLAY) return false;
        if (w.title != null && w.title.trim().equalsIgnoreCase("toast")) return false;
        if (w.pkg.equals(ownPackage) || "android".equals(w.pkg)) return false;
        return !ProjectionDialogDetector.isSystemUi(w.pkg);
    }

    /**
     * Takes the windows on screen at {@code nowMs}.
     *
     * @return packages whose overlay has now been visible for {@link #MIN_VISIBLE_MS} and was
     *         not reported yet (report each as {@code overlay_shown})
     */
    public List<String> onWindows(long nowMs, List<Window> windows) {
        java.util.Set<String> present = new java.util.HashSet<>();
        if (windows != null) {
            for (Window w : windows) if (candidate(w)) present.add(w.pkg);
        }
        // gone: forget, so that showing it again later is a new overlay
        for (Iterator<String> it = firstSeen.keySet().iterator(); it.hasNext(); ) {
            String p = it.next();
            if (!present.contains(p)) {
                it.remove();
                reported.remove(p);
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : present) {
            Long since = firstSeen.get(p);
            if (since == null) {
                firstSeen.put(p, nowMs);
                since = nowMs;
            }
            if (nowMs - since >= MIN_VISIBLE_MS && reported.add(p)) out.add(p);
        }
        Collections.sort(out);
        return out;
    }

    /** Whether a candidate is waiting for {@link #MIN_VISIBLE_MS} (re-check then). */
    public boolean pending() {
        return reported.size() < firstSeen.size();
    }
}

package org.scamguard.android.mapping;

/**
 * Padding for an edge-to-edge window (enforced when an app targets API 35+): the layout's own
 * padding plus the system bars and display cutout, so that no button sits under the navigation
 * bar or the status bar. Values in pixels: {@code left, top, right, bottom}.
 */
public final class InsetsPadding {
    private InsetsPadding() {}

    /**
     * @param base  the view's padding from the layout
     * @param bars  system bar insets
     * @param cutout display cutout insets (zeros when none)
     * @param ime   keyboard insets (zeros when hidden); only the bottom counts
     */
    public static int[] apply(int[] base, int[] bars, int[] cutout, int[] ime) {
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            int inset = Math.max(at(bars, i), at(cutout, i));
            if (i == 3) inset = Math.max(inset, at(ime, 3));
            out[i] = at(base, i) + inset;
        }
        return out;
    }

    private static int at(int[] a, int i) {
        return a == null || a.length <= i ? 0 : Math.max(0, a[i]);
    }
}

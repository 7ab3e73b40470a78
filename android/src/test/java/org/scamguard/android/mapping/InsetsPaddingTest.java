package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class InsetsPaddingTest {
    @Test
    void barsCutoutAndKeyboardAddToTheLayoutPadding() {
        int[] base = {48, 48, 48, 48};
        assertArrayEquals(new int[] {48, 48 + 63, 48, 48 + 126},
                InsetsPadding.apply(base, new int[] {0, 63, 0, 126}, null, null), "status + navigation bar");
        assertArrayEquals(new int[] {48 + 80, 48 + 63, 48, 48 + 126},
                InsetsPadding.apply(base, new int[] {0, 63, 0, 126}, new int[] {80, 40, 0, 0}, null),
                "landscape cutout on the left; the larger of bar and cutout on top");
        assertArrayEquals(new int[] {48, 48 + 63, 48, 48 + 800},
                InsetsPadding.apply(base, new int[] {0, 63, 0, 126}, null, new int[] {0, 0, 0, 800}), "keyboard");
        assertArrayEquals(new int[] {0, 0, 0, 0}, InsetsPadding.apply(null, new int[] {-1, -1}, null, null));
    }
}

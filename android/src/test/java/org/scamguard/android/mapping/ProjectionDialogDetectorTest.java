package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scamguard.Event;

class ProjectionDialogDetectorTest {
    private static final String SYSUI = "com.android.systemui";

    private static List<String> aosp13En() {
        return Arrays.asList("Start recording or casting with 腾讯会议?",
                "腾讯会议 will have access to all of the information that is visible on your screen or played "
                        + "from your device while recording or casting.", "Cancel", "Start now");
    }

    @Test
    void recognisesDialogTextsAcrossVersions() {
        assertTrue(ProjectionDialogDetector.isConsentDialog(aosp13En()));
        assertTrue(ProjectionDialogDetector.isConsentDialog(Collections.singletonList(
                "Zoom will start capturing everything that’s displayed on your screen.")));   // Android 9, curly quote
        assertTrue(ProjectionDialogDetector.isConsentDialog(Arrays.asList("要开始使用“向日葵”录制或投放内容吗？", "立即开始")));
        assertTrue(ProjectionDialogDetector.isConsentDialog(Collections.singletonList("开始录制或投放")));
        assertTrue(ProjectionDialogDetector.isConsentDialog(Collections.singletonList(
                "ToDesk 将开始截取您的屏幕上显示的所有内容。")));                                   // MIUI
        assertTrue(ProjectionDialogDetector.isConsentDialog(Collections.singletonList("Share your screen with Zoom?")));
        assertTrue(ProjectionDialogDetector.isConsentDialog(Collections.singletonList("START RECORDING OR CASTING")));
    }

    @Test
    void ordinaryTextsAreNotTheDialog() {
        assertFalse(ProjectionDialogDetector.isConsentDialog(null));
        assertFalse(ProjectionDialogDetector.isConsentDialog(Collections.emptyList()));
        assertFalse(ProjectionDialogDetector.isConsentDialog(Arrays.asList(null, "", "Start now", "立即开始")));
        assertFalse(ProjectionDialogDetector.isConsentDialog(Collections.singletonList("屏幕录制已停止")));
    }

    @Test
    void startNowReportsRequesterAsScreenShareStarted() {
        ProjectionDialogDetector d = new ProjectionDialogDetector();
        d.onWindowShown("com.tencent.wemeet.app", Collections.singletonList("会议中"));
        d.onWindowShown(SYSUI, aosp13En());
        assertTrue(d.isDialogShowing());
        Event e = d.onClick(1000, SYSUI, "Start now");
        assertEquals(Event.Type.SCREEN_SHARE_STARTED, e.getType());
        assertEquals("com.tencent.wemeet.app", e.getPkg());
        assertEquals(1000, e.getTime());
        assertTrue(d.isSharing());
        assertFalse(d.isDialogShowing());
    }

    @Test
    void chineseStartButtonAndStopFromStatusBar() {
        ProjectionDialogDetector d = new ProjectionDialogDetector();
        d.onWindowShown("com.oray.sunlogin", null);
        d.onWindowShown(SYSUI, Collections.singletonList("要开始使用向日葵录制或投放内容吗？"));
        assertEquals(Event.Type.SCREEN_SHARE_STARTED, d.onClick(5, SYSUI, "立即开始").getType());
        assertNull(d.onClick(6, "com.oray.sunlogin", "停止"));      // an app's own button: not the system control
        Event stop = d.onClick(7, SYSUI, "停止共享");
        assertEquals(Event.Type.SCREEN_SHARE_STOPPED, stop.getType());
        assertEquals("com.oray.sunlogin", stop.getPkg());
        assertNull(d.onClick(8, SYSUI, "停止共享"));                // no second stop
    }

    @Test
    void cancelReportsNothing() {
        ProjectionDialogDetector d = new ProjectionDialogDetector();
        d.onWindowShown("us.zoom.videomeetings", null);
        d.onWindowShown(SYSUI, aosp13En());
        assertNull(d.onClick(1, SYSUI, "Cancel"));
        assertNull(d.onClick(2, SYSUI, "Start now"));              // dialog is gone
        assertFalse(d.isSharing());
    }

    @Test
    void startWithoutDialogIsIgnoredAndUnknownRequesterIsNull() {
        ProjectionDialogDetector d = new ProjectionDialogDetector();
        assertNull(d.onClick(1, SYSUI, "Start now"));
        d.onWindowShown(SYSUI, aosp13En());                        // no app seen before
        Event e = d.onClick(2, SYSUI, "  ＳＴＡＲＴ ＮＯＷ ");          // full-width, padded
        assertEquals(Event.Type.SCREEN_SHARE_STARTED, e.getType());
        assertNull(e.getPkg());
        assertNull(d.onClick(3, SYSUI, null));
    }

    @Test
    void dialogLeftByBackKeyIsForgotten() {
        ProjectionDialogDetector d = new ProjectionDialogDetector();
        d.onWindowShown("us.zoom.videomeetings", null);
        d.onWindowShown(SYSUI, aosp13En());
        d.onWindowShown("us.zoom.videomeetings", Collections.singletonList("Meeting"));
        assertFalse(d.isDialogShowing());
        assertNull(d.onClick(3, SYSUI, "Start"));
    }

    @Test
    void systemUiPackages() {
        assertTrue(ProjectionDialogDetector.isSystemUi("com.android.systemui"));
        assertTrue(ProjectionDialogDetector.isSystemUi("com.oplus.systemui"));
        assertFalse(ProjectionDialogDetector.isSystemUi(null));
        assertFalse(ProjectionDialogDetector.isSystemUi("com.tencent.mm"));
    }
}

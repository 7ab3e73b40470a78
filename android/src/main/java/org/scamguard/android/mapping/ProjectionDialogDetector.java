package org.scamguard.android.mapping;

import java.util.Collection;
import org.scamguard.Event;

/**
 * Turns what an accessibility service sees of the system's MediaProjection consent dialog
 * ("Start recording or casting with X?") into {@code screen_share_started/stopped} events.
 *
 * <p>Why this way: an app that wants to capture the screen must show the system dialog
 * (SystemUI's {@code MediaProjectionPermissionActivity}, OEM variants included) and the
 * user must tap "Start now". Nothing else tells a third-party app that another app started
 * capturing. The dialog names the requesting app by its label, not its package, so the
 * requester is the last ordinary app that was in front before the dialog appeared: the
 * dialog is started by that app through {@code startActivityForResult}.
 *
 * <p>Texts covered (Android 5 to 15, AOSP en/zh-CN, MIUI/ColorOS/EMUI wording seen in the
 * wild): "will start capturing everything that's displayed on your screen", "Start
 * recording or casting", "Share your screen", "will have access to all of the information
 * that is visible on your screen", "开始录制或投放", "将开始截取您的屏幕上显示的所有内容",
 * "共享屏幕" and the buttons "Start now"/"立即开始"/"Start"/"开始".
 *
 * <p>Not thread-safe: feed it from one thread (the accessibility service's main thread).
 */
public final class ProjectionDialogDetector {

    /** Phrases that appear only in the consent dialog (folded: NFKC, lower case). */
    private static final String[] DIALOG_PHRASES = {
            "start recording or casting",
            "will start capturing everything",
            "will have access to all of the information that is visible on your screen",
            "share your screen with",
            "share screen with",
            "start casting with",
            "start recording with",
            "开始录制或投放",
            "录制或投放内容",
            "将开始截取您的屏幕上显示的所有内容",
            "开始截取您的屏幕",
            "将可获取您的屏幕上显示",
            "可以访问您屏幕上显示",
            "与其共享屏幕",
            "共享您的屏幕",
            "共享屏幕吗",
            "分享屏幕吗",
            "开始投屏",
            "開始錄製或投放",
    };
    /** Buttons that grant the capture. Compared to the whole (folded) button text. */
    private static final String[] START_BUTTONS = {
            "start now", "start", "share screen", "start sharing", "share", "start recording",
            "start casting", "next",
            "立即开始", "开始", "开始共享", "共享屏幕", "分享屏幕", "共享", "开始录制", "开始投放", "下一步",
            "立即開始", "開始",
    };
    /** Buttons that cancel the dialog. */
    private static final String[] CANCEL_BUTTONS = {
            "cancel", "don't allow", "deny", "取消", "拒绝", "不允许", "禁止",
    };
    /** Status bar / notification shade controls that end an ongoing capture. */
    private static final String[] STOP_BUTTONS = {
            "stop", "stop sharing", "stop casting", "stop recording", "disconnect", "stop screen sharing",
            "停止", "停止共享", "停止投放", "停止录制", "停止投屏", "断开连接", "结束共享", "停止分享",
    };

    private String lastAppInFront;   // last ordinary app in front: the likely requester
    private String dialogRequester;  // non-null while the consent dialog is showing
    private boolean dialogShowing;
    private boolean sharing;
    private String sharingPackage;

    /**
     * Whether these window texts are the MediaProjection consent dialog.
     *
     * @param texts every text and content description in the window (null entries allowed)
     */
    public static boolean isConsentDialog(Collection<? extends CharSequence> texts) {
        if (texts == null) return false;
        for (CharSequence t : texts) {
            String f = Text.fold(t).replace('\u2019', '\'');
            if (f.isEmpty()) continue;
            for (String p : DIALOG_PHRASES) if (f.contains(p)) return true;
        }
        return false;
    }

    /** Whether a package is the system UI that hosts the dialog (AOSP and OEM builds). */
    public static boolean isSystemUi(String pkg) {
        if (pkg == null) return false;
        return pkg.equals("com.android.systemui") || pkg.equals("android")
                || pkg.endsWith(".systemui") || pkg.equals("com.miui.securitycenter")
                || pkg.equals("com.coloros.securitypermission") || pkg.equals("com.oplus.securitypermission")
                || pkg.equals("com.android.permissioncontroller") || pkg.equals("com.google.android.permissioncontroller");
    }

    /**
     * A window came to the front (or its content changed). The consent dialog is recognised
     * from its texts; ordinary apps become the candidate requester; the system UI, the
     * launcher and our own app should be filtered by the caller or are ignored here.
     *
     * @param texts the window's texts and content descriptions (may be null or partial)
     */
    public void onWindowShown(String pkg, Collection<? extends CharSequence> texts) {
        if (pkg == null) return;
        if (isConsentDialog(texts)) {
            if (!dialogShowing) dialogRequester = lastAppInFront;
            dialogShowing = true;
            return;
        }
        if (!isSystemUi(pkg)) {
            // the dialog went away (back key, timeout) and an app is in front: forget it
            dialogShowing = false;
            dialogRequester = null;
            lastAppInFront = pkg;
        }
    }

    /** Whether the consent dialog is believed to be on screen now. */
    public boolean isDialogShowing() {
        return dialogShowing;
    }

    /**
     * The user tapped a view. {@code label} is the button's text or content description.
     *
     * @return {@code screen_share_started} (requester as package, if known) when the
     *         consent dialog's start button was tapped; {@code screen_share_stopped} when a
     *         system "stop sharing/casting" control was tapped while sharing; else null
     */
    public Event onClick(long t, String pkg, CharSequence label) {
        String f = Text.fold(label);
        if (f.isEmpty()) return null;
        if (dialogShowing) {
            if (oneOf(f, START_BUTTONS)) {
                dialogShowing = false;
                sharing = true;
                sharingPackage = dialogRequester;
                dialogRequester = null;
                return Event.screenShareStarted(t, sharingPackage);
            }
            if (oneOf(f, CANCEL_BUTTONS)) {
                dialogShowing = false;
                dialogRequester = null;
            }
            return null;
        }
        if (sharing && isSystemUi(pkg) && oneOf(f, STOP_BUTTONS)) {
            sharing = false;
            String p = sharingPackage;
            sharingPackage = null;
            return Event.screenShareStopped(t, p);
        }
        return null;
    }

    /** Whether we believe a capture is running (started and not seen stopping). */
    public boolean isSharing() {
        return sharing;
    }

    /**
     * Another source (cast display removed, the system recording callback) says the
     * capture ended, so a later "stop" tap must not report a second stop.
     */
    public void resetSharing() {
        sharing = false;
        sharingPackage = null;
    }

    private static boolean oneOf(String folded, String[] options) {
        String f = folded.replace('\u2019', '\'');
        for (String o : options) if (f.equals(o)) return true;
        return false;
    }
}

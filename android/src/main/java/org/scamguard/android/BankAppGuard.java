package org.scamguard.android;

import android.Manifest;
import android.app.Activity;
import android.content.pm.PackageInfo;
import android.content.pm.PackageManager;
import android.os.Build;
import android.os.Handler;
import android.os.Looper;
import android.provider.Settings;
import android.view.WindowManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.scamguard.Event;
import org.scamguard.TransferVerdict;
import org.scamguard.android.mapping.AccessibilityServicesParser;
import org.scamguard.android.mapping.PackageCatalog;

/**
 * Bank-app mode: what a bank or payment app can observe about its own session with no
 * special permission, fed to the engine, plus {@link #assessTransfer} before the user
 * confirms a transfer.
 *
 * <ul>
 * <li>its window being recorded or shared: {@code WindowManager.addScreenRecordingCallback}
 *     (API 35+, DETECT_SCREEN_RECORDING, a normal permission);</li>
 * <li>screenshots of it: {@code Activity.registerScreenCaptureCallback} (API 34+,
 *     DETECT_SCREEN_CAPTURE); the trace format has no screenshot event, so these are only
 *     counted in {@link #screenshots()};</li>
 * <li>calls: the full {@link CallMonitor} when READ_PHONE_STATE is granted (or below API 31),
 *     otherwise the audio mode, which needs no permission (peer {@code unverified});</li>
 * <li>enabled accessibility services ({@code Settings.Secure}, readable by any app);</li>
 * <li>installed remote-control apps (visible through the manifest's {@code <queries>}).</li>
 * </ul>
 * Use it from one Activity: {@link #start} in {@code onStart}, {@link #stop} in
 * {@code onStop}. Main thread. Nothing here throws into the app.
 */
public final class BankAppGuard {
    /** A remote-control app installed this recently is reported to the engine as an install. */
    private static final long RECENT_INSTALL_MS = 24L * 60 * 60 * 1000;

    private final Activity activity;
    private final ScamGuardAndroid guard;
    private final Set<String> reportedA11y = new HashSet<>();
    private final Set<String> reportedInstalls = new HashSet<>();
    private CallMonitor calls;
    private VoipMonitor audioCalls;
    private Object recordingCallback;   // Consumer<Integer> on API 35+
    private Object captureCallback;     // Activity.ScreenCaptureCallback on API 34+
    private boolean recorded;
    private int screenshots;

    public BankAppGuard(Activity activity, ScamGuardAndroid guard) {
        this.activity = activity;
        this.guard = guard;
    }

    /** Starts observing (call from {@code onStart}). */
    public void start() {
        Safe.run("BankAppGuard.start", () -> {
            watchRecording();
            watchScreenshots();
            watchCalls();
            refresh();
        });
    }

    /** Stops observing (call from {@code onStop}). */
    public void stop() {
        Safe.run("BankAppGuard.stop", () -> {
            if (Build.VERSION.SDK_INT >= 35 && recordingCallback != null) {
                @SuppressWarnings("unchecked")
                Consumer<Integer> cb = (Consumer<Integer>) recordingCallback;
                activity.getWindowManager().removeScreenRecordingCallback(cb);
            }
            recordingCallback = null;
            if (Build.VERSION.SDK_INT >= 34 && captureCallback != null) {
                activity.unregisterScreenCaptureCallback((Activity.ScreenCaptureCallback) captureCallback);
            }
            captureCallback = null;
            if (calls != null) calls.stop();
            calls = null;
            if (audioCalls != null) audioCalls.stop();
            audioCalls = null;
            if (recorded) {
                recorded = false;
                guard.observe(Event.screenShareStopped(guard.now(), null));
            }
        });
    }

    /**
     * Asks the engine about a transfer the user is about to confirm. Call it when the user
     * taps "confirm", before sending the transfer; refreshes call and accessibility state first.
     *
     * @param amount   as shown to the user ("19,999.58", "1.5万", "￥5000")
     * @param currency ISO code, e.g. "CNY"
     * @param payeeNew whether the user never paid this payee before
     * @return the verdict (PROCEED, CONFIRM: ask again / show the warning, STOP); null if
     *         the engine could not be asked, in which case carry on with your own checks
     */
    public TransferVerdict assessTransfer(String amount, String currency, boolean payeeNew) {
        refresh();
        return guard.assessTransfer(activity.getPackageName(), amount, currency, payeeNew);
    }

    /** Re-reads what has no callback: audio mode, accessibility services, remote-control apps. */
    public void refresh() {
        Safe.run("BankAppGuard.refresh", () -> {
            if (audioCalls != null) audioCalls.check();
            for (String pkg : enabledAccessibilityPackages()) {
                if (pkg.equals(activity.getPackageName())) continue;
                // Every enabled service is reported once per session; the engine weighs
                // remote-control apps (its catalog) above screen readers.
                if (reportedA11y.add(pkg)) guard.observe(Event.accessibilityEnabled(guard.now(), pkg));
            }
            reportRecentRemoteControlInstalls();
        });
    }

    /** Packages with an enabled accessibility service (no permission needed). */
    public List<String> enabledAccessibilityPackages() {
        try {
            String s = Settings.Secure.getString(activity.getContentResolver(),
                    Settings.Secure.ENABLED_ACCESSIBILITY_SERVICES);
            return new ArrayList<>(AccessibilityServicesParser.packages(s));
        } catch (Throwable t) {
            Safe.warn("enabledAccessibilityPackages", t);
            return Collections.emptyList();
        }
    }

    /** Remote-control apps of the catalog that are installed. */
    public List<String> installedRemoteControlApps() {
        List<String> out = new ArrayList<>();
        PackageManager pm = activity.getPackageManager();
        for (String pkg : PackageCatalog.REMOTE_CONTROL) {
            if (packageInfo(pm, pkg) != null) out.add(pkg);
        }
        return out;
    }

    /** Whether our window is being recorded or shared (API 35+; always false before). */
    public boolean isRecorded() {
        return recorded;
    }

    /** Screenshots taken of our activity since {@link #start} (API 34+; 0 before). */
    public int screenshots() {
        return screenshots;
    }

    /** Whether a call is in progress, from whichever call source is available. */
    public boolean inCall() {
        return (calls != null && calls.inCall()) || (audioCalls != null && audioCalls.inCall());
    }

    private static PackageInfo packageInfo(PackageManager pm, String pkg) {
        try {
            return pm.getPackageInfo(pkg, 0);
        } catch (Throwable t) {
            return null;   // not installed (or not visible)
        }
    }

    /**
     * The engine has no "app present" event, and an install long ago is no signal: only a
     * remote-control app installed in the last 24 h is reported, as an install.
     */
    private void reportRecentRemoteControlInstalls() {
        PackageManager pm = activity.getPackageManager();
        long wallNow = System.currentTimeMillis();
        for (String pkg : PackageCatalog.REMOTE_CONTROL) {
            PackageInfo pi = packageInfo(pm, pkg);
            if (pi == null || wallNow - pi.firstInstallTime > RECENT_INSTALL_MS) continue;
            if (reportedInstalls.add(pkg)) {
                guard.observe(Event.appInstalled(guard.now(), pkg, PackageMonitor.installerOf(activity, pkg),
                        PackageMonitor.labelOf(activity, pkg)));
            }
        }
    }

    private void watchRecording() {
        if (Build.VERSION.SDK_INT < 35) return;
        if (recordingCallback != null) return;
        WindowManager wm = activity.getWindowManager();
        Consumer<Integer> cb = state -> Safe.run("screenRecording", () -> onRecording(
                state != null && state == WindowManager.SCREEN_RECORDING_STATE_VISIBLE));
        int initial = wm.addScreenRecordingCallback(mainExecutor(), cb);
        recordingCallback = cb;
        onRecording(initial == WindowManager.SCREEN_RECORDING_STATE_VISIBLE);
    }

    private void onRecording(boolean visible) {
        if (visible == recorded) return;
        recorded = visible;
        // Android does not say who records; the package stays empty.
        guard.observe(visible ? Event.screenShareStarted(guard.now(), null)
                : Event.screenShareStopped(guard.now(), null));
    }

    private void watchScreenshots() {
        if (Build.VERSION.SDK_INT < 34) return;
        if (captureCallback != null) return;
        Activity.ScreenCaptureCallback cb = () -> screenshots++;
        activity.registerScreenCaptureCallback(mainExecutor(), cb);
        captureCallback = cb;
    }

    private void watchCalls() {
        if (calls != null || audioCalls != null) return;
        boolean phoneState = Build.VERSION.SDK_INT < 31
                || CallMonitor.granted(activity, Manifest.permission.READ_PHONE_STATE);
        if (phoneState) {
            calls = new CallMonitor(activity, guard);
            if (!calls.start()) calls = null;
        }
        // VoIP calls (the usual channel of "police" and "customer service" scammers) show
        // only in the audio mode. Without the call monitor the audio mode also stands in
        // for cellular calls: no permission needed, peer unverified.
        audioCalls = new VoipMonitor(activity, guard, null, calls == null);
        audioCalls.start();
    }

    private static Executor mainExecutor() {
        Handler h = new Handler(Looper.getMainLooper());
        return r -> h.post(r);
    }
}

package org.scamguard.android;

import android.app.Activity;
import android.content.Context;
import android.content.SharedPreferences;
import android.content.pm.PackageInfo;
import android.content.pm.PackageManager;
import android.hardware.display.DisplayManager;
import android.media.AudioManager;
import android.os.Build;
import android.os.Handler;
import android.os.Looper;
import android.provider.Settings;
import android.view.WindowManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.scamguard.Event;
import org.scamguard.TransferCheck;
import org.scamguard.TransferVerdict;
import org.scamguard.android.mapping.AccessibilityBaseline;
import org.scamguard.android.mapping.AccessibilityServicesParser;
import org.scamguard.android.mapping.CallMapper;
import org.scamguard.android.mapping.Isolated;
import org.scamguard.android.mapping.PackageCatalog;
import org.scamguard.android.mapping.PlatformRisks;
import org.scamguard.android.mapping.TransferHold;
import org.scamguard.android.mapping.VoipDetector;
import org.jspecify.annotations.Nullable;

/**
 * Bank-app mode: what a bank or payment app can observe about its own session, fed to the
 * engine, plus {@link #checkTransfer} before the user confirms a transfer. Works with no
 * runtime permission at all; each permission the bank declares itself adds a signal (see
 * android/README.md, "Permissions and signals").
 *
 * <ul>
 * <li>its window being recorded or shared: {@code WindowManager.addScreenRecordingCallback}
 *     (API 35+, DETECT_SCREEN_RECORDING) as {@code screen_share_started/_stopped};</li>
 * <li>a screenshot of it: {@code Activity.registerScreenCaptureCallback} (API 34+,
 *     DETECT_SCREEN_CAPTURE) as {@code platform_risk screen_captured}, once per start;</li>
 * <li>casting: a presentation display ({@code DisplayManager}) as {@code platform_risk display_cast};</li>
 * <li>a VoIP call of any app: the audio mode {@code MODE_IN_COMMUNICATION} as
 *     {@code platform_risk voip_call} (no permission);</li>
 * <li>cellular calls: the full {@link CallMonitor} when READ_PHONE_STATE is granted (or below
 *     API 31; retried whenever the guard refreshes, so a permission granted later counts),
 *     otherwise the audio mode {@code MODE_IN_CALL} (peer {@code unverified}); on every start
 *     and stop a {@code call_state} snapshot, so a call that ended while the bank app was in the
 *     background does not stay "on";</li>
 * <li>accessibility services switched on since the last look ({@link AccessibilityBaseline},
 *     kept in the app's private preferences), each with whether it declares itself an
 *     accessibility tool (API 31+) and whether it came from a store;</li>
 * <li>remote-control apps of the catalog installed in the last 24 h, with their installer;</li>
 * <li>Play Integrity's app access risk verdict, passed in by the bank ({@link #onAppAccessRisk}).</li>
 * </ul>
 * Use it from one Activity: {@link #start} in {@code onStart}, {@link #stop} in {@code onStop};
 * the engine itself lives in the Application ({@link ScamGuardAndroid#shared}). Main thread.
 * Nothing here throws into the app; each watcher runs on its own, so one failing (a permission
 * removed from the manifest) does not stop the others.
 */
public final class BankAppGuard {
    /** A remote-control app installed this recently is reported to the engine as an install. */
    private static final long RECENT_INSTALL_MS = 24L * 60 * 60 * 1000;
    private static final String PREFS = "org.scamguard.android", KEY_A11Y = "a11y_enabled";

    /** Receives the outcome of {@link #checkTransfer}: exactly once per check. */
    public interface TransferCallback {
        void onResult(TransferHold.Result result);
    }

    private final Activity activity;
    private final ScamGuardAndroid guard;
    private final Set<String> reportedInstalls = new HashSet<>();
    private final PlatformRisks risks = new PlatformRisks();
    private @Nullable AccessibilityBaseline a11y;
    private @Nullable CallMonitor calls;
    private @Nullable VoipMonitor audioCalls;
    private @Nullable Object recordingCallback;   // Consumer<Integer> on API 35+
    private @Nullable Object captureCallback;     // Activity.ScreenCaptureCallback on API 34+
    private DisplayManager.@Nullable DisplayListener displayListener;
    private boolean recorded;
    private boolean started;
    private int screenshots;

    public BankAppGuard(Activity activity, ScamGuardAndroid guard) {
        this.activity = activity;
        this.guard = guard;
    }

    /** Starts observing (call from {@code onStart}). */
    public void start() {
        started = true;
        screenshotReported = false;
        new Isolated()
                .step("recording", this::watchRecording)
                .step("screenshots", this::watchScreenshots)
                .step("displays", this::watchDisplays)
                .step("calls", this::watchCalls)
                .step("callState", this::reportCallState)
                .step("refresh", this::refreshNow)
                .run(Safe::warn);
    }

    /** Stops observing (call from {@code onStop}) and saves the engine's state. */
    public void stop() {
        started = false;
        new Isolated()
                .step("recording", this::unwatchRecording)
                .step("screenshots", this::unwatchScreenshots)
                .step("displays", this::unwatchDisplays)
                .step("calls", this::unwatchCalls)
                // what the platform says now; a call that ends while we are away is corrected
                // by the snapshot of the next start
                .step("callState", this::reportCallState)
                // the bank app going to the background is when Android may kill it
                .step("saveState", guard::saveState)
                .run(Safe::warn);
    }

    /**
     * Asks the engine about a transfer the user is about to confirm and shows the warning
     * screen when needed; {@code callback} gets exactly one result on {@code executor} (null:
     * the main thread): PROCEED, CANCEL, HOLD (until a time, for a cooling-off period) or
     * ASK_USER (warnings are off: use your own dialog). A failure of ours gives PROCEED: the
     * bank's own checks still apply.
     *
     * @param check             {@code TransferCheck.builder().amount(..).payeeNew(..).build()};
     *                          without a package, this app's
     * @param coolingOffMinutes for a STOP verdict the user overrides after the forced wait: the
     *                          result is HOLD until then instead of PROCEED (0: no hold)
     */
    public void checkTransfer(TransferCheck check, long coolingOffMinutes, @Nullable Executor executor,
                              TransferCallback callback) {
        Executor ex = executor != null ? executor : mainExecutor();
        long coolingOffMs = Math.max(0, coolingOffMinutes) * 60_000L;
        TransferHold.Result now = null;
        try {
            refresh();
            TransferCheck c = check.getPkg() != null ? check : TransferCheck.builder().pkg(activity.getPackageName())
                    .amount(check.getAmount()).currency(check.getCurrency()).payeeNew(check.getPayeeNew()).build();
            ScamGuardAndroid.Assessment a = guard.assess(c);
            TransferVerdict v = a == null ? null : a.verdict;
            String episode = a == null ? null : a.shownEpisode;
            TransferVerdict.Decision d = v == null ? null : v.getDecision();
            now = TransferHold.onVerdict(d, episode != null, guard.now(), coolingOffMs);
            if (now == null) {
                WarningPresenter.onEpisodeChoices(episode, (ep, choice) -> {
                    if (!choice.isFinal()) return;
                    deliver(ex, callback, TransferHold.onChoice(d, choice == WarningPresenter.Choice.CONTINUE_ANYWAY,
                            guard.now(), coolingOffMs, ep));
                });
                return;
            }
        } catch (Throwable t) {
            Safe.warn("checkTransfer", t);
            now = new TransferHold.Result(TransferHold.Outcome.PROCEED, 0, null);
        }
        deliver(ex, callback, now);
    }

    private static void deliver(Executor ex, TransferCallback cb, TransferHold.Result r) {
        Safe.run("transferCallback", () -> ex.execute(() -> Safe.run("onResult", () -> cb.onResult(r))));
    }

    /**
     * The plain verdict, for banks with their own flow; {@link #checkTransfer} is the usual way.
     *
     * @return the verdict, or null if the engine could not be asked
     */
    public @Nullable TransferVerdict assessTransfer(String amount, @Nullable String currency, boolean payeeNew) {
        refresh();
        return guard.assessTransfer(activity.getPackageName(), amount, currency, payeeNew);
    }

    /**
     * Play Integrity's {@code appAccessRiskVerdict.appsDetected} (the strings as the bank's
     * server decoded them, e.g. {@code ["KNOWN_INSTALLED", "UNKNOWN_CAPTURING"]}): apps capturing
     * the screen or controlling the device become {@code platform_risk} events.
     */
    public void onAppAccessRisk(@Nullable Collection<String> appsDetected) {
        Safe.run("onAppAccessRisk", () -> {
            for (Event.RiskKind k : PlatformRisks.fromAppAccessRisk(appsDetected)) {
                guard.observe(Event.platformRisk(guard.now(), k, null));
            }
        });
    }

    /** Re-reads what has no callback: call permission, audio mode, accessibility services, remote-control apps. */
    public void refresh() {
        refreshNow();
    }

    private void refreshNow() {
        new Isolated()
                .step("retryCalls", this::watchCalls)
                .step("audio", () -> {
                    if (audioCalls != null) audioCalls.check();
                })
                .step("displays", this::checkDisplays)
                .step("accessibility", this::reportAccessibility)
                .step("installs", this::reportRecentRemoteControlInstalls)
                .run(Safe::warn);
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

    private static @Nullable PackageInfo packageInfo(PackageManager pm, String pkg) {
        try {
            return pm.getPackageInfo(pkg, 0);
        } catch (Throwable t) {
            return null;   // not installed (or not visible)
        }
    }

    // ------------------------------------------------------------------ calls

    private void watchCalls() {
        if (!started) return;
        if (calls == null && CallMonitor.canStart(activity)) {
            CallMonitor m = new CallMonitor(activity, guard);
            if (m.start()) {
                calls = m;
                // the audio mode no longer stands in for cellular calls
                if (audioCalls != null) audioCalls.stop();
                audioCalls = null;
            }
        }
        if (audioCalls == null) {
            // Without the call monitor the audio mode stands in for cellular calls (no
            // permission, peer unverified). VoIP calls are a platform risk in bank mode.
            audioCalls = new VoipMonitor(activity, guard, null, calls == null, false,
                    mode -> risk(Event.RiskKind.VOIP_CALL, mode == VoipDetector.MODE_IN_COMMUNICATION
                            || mode == VoipDetector.MODE_COMMUNICATION_REDIRECT));
            audioCalls.start();
        }
    }

    private void unwatchCalls() {
        if (calls != null) calls.stop();
        calls = null;
        if (audioCalls != null) audioCalls.stop();
        audioCalls = null;
    }

    /** {@code call_state}: what the platform says now (telephony if readable, else the audio mode). */
    private void reportCallState() {
        AudioManager am = (AudioManager) activity.getSystemService(Context.AUDIO_SERVICE);
        int mode = am == null ? VoipDetector.MODE_NORMAL : am.getMode();
        boolean active = CallMapper.activeNow(CallMonitor.platformCallState(activity), mode);
        guard.observe(Event.callState(guard.now(), active));
    }

    // ------------------------------------------------------------------ platform risks

    private void risk(Event.RiskKind kind, boolean present) {
        if (risks.report(kind, present)) guard.observe(Event.platformRisk(guard.now(), kind, null));
    }

    private void watchDisplays() {
        if (displayListener != null) return;
        DisplayManager dm = (DisplayManager) activity.getSystemService(Context.DISPLAY_SERVICE);
        if (dm == null) return;
        DisplayManager.DisplayListener l = new DisplayManager.DisplayListener() {
            @Override
            public void onDisplayAdded(int id) {
                Safe.run("displayAdded", BankAppGuard.this::checkDisplays);
            }

            @Override
            public void onDisplayRemoved(int id) {
                Safe.run("displayRemoved", BankAppGuard.this::checkDisplays);
            }

            @Override
            public void onDisplayChanged(int id) {
                // a display changing size or state is not casting starting or stopping
            }
        };
        dm.registerDisplayListener(l, new Handler(Looper.getMainLooper()));
        displayListener = l;
        checkDisplays();
    }

    /** Casting (Miracast, Chromecast mirroring) adds a presentation display. */
    private void checkDisplays() {
        DisplayManager dm = (DisplayManager) activity.getSystemService(Context.DISPLAY_SERVICE);
        if (dm == null) return;
        risk(Event.RiskKind.DISPLAY_CAST, dm.getDisplays(DisplayManager.DISPLAY_CATEGORY_PRESENTATION).length > 0);
    }

    private void unwatchDisplays() {
        if (displayListener == null) return;
        DisplayManager dm = (DisplayManager) activity.getSystemService(Context.DISPLAY_SERVICE);
        if (dm != null) dm.unregisterDisplayListener(displayListener);
        displayListener = null;
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

    private void unwatchRecording() {
        if (Build.VERSION.SDK_INT >= 35 && recordingCallback != null) {
            @SuppressWarnings("unchecked")
            Consumer<Integer> cb = (Consumer<Integer>) recordingCallback;
            activity.getWindowManager().removeScreenRecordingCallback(cb);
        }
        recordingCallback = null;
        if (recorded) {
            recorded = false;
            guard.observe(Event.screenShareStopped(guard.now(), null));
        }
    }

    private void onRecording(boolean visible) {
        if (visible == recorded) return;
        recorded = visible;
        // Android does not say who records; the package stays empty.
        guard.observe(visible ? Event.screenShareStarted(guard.now(), null)
                : Event.screenShareStopped(guard.now(), null));
    }

    private boolean screenshotReported;

    private void watchScreenshots() {
        if (Build.VERSION.SDK_INT < 34) return;
        if (captureCallback != null) return;
        Activity.ScreenCaptureCallback cb = () -> Safe.run("screenCaptured", () -> {
            screenshots++;
            // A screenshot of the bank's screen (a balance, a code sent to a "police officer"):
            // reported once per start, not per picture.
            if (!screenshotReported) {
                screenshotReported = true;
                guard.observe(Event.platformRisk(guard.now(), Event.RiskKind.SCREEN_CAPTURED, null));
            }
        });
        activity.registerScreenCaptureCallback(mainExecutor(), cb);
        captureCallback = cb;
    }

    private void unwatchScreenshots() {
        if (Build.VERSION.SDK_INT >= 34 && captureCallback != null) {
            activity.unregisterScreenCaptureCallback((Activity.ScreenCaptureCallback) captureCallback);
        }
        captureCallback = null;
    }

    // ------------------------------------------------------------------ accessibility, installs

    private void reportAccessibility() {
        SharedPreferences prefs = activity.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        if (a11y == null) a11y = new AccessibilityBaseline(prefs.getString(KEY_A11Y, null));
        List<String> enabled = enabledAccessibilityPackages();
        enabled.remove(activity.getPackageName());
        List<String> news = a11y.update(enabled);
        prefs.edit().putString(KEY_A11Y, a11y.saved()).apply();
        if (news.isEmpty()) return;
        Map<String, Boolean> tools = AccessibilityInfo.toolFlags(activity);
        for (String pkg : news) guard.observe(AccessibilityInfo.event(activity, guard.now(), pkg, tools));
    }

    /**
     * The engine has no "app present" event, and an install long ago is no signal: only a
     * remote-control app installed in the last 24 h is reported, as an install.
     */
    private void reportRecentRemoteControlInstalls() {
        PackageManager pm = activity.getPackageManager();
        long wallNow = System.currentTimeMillis();   // firstInstallTime is wall-clock time
        for (String pkg : PackageCatalog.REMOTE_CONTROL) {
            PackageInfo pi = packageInfo(pm, pkg);
            if (pi == null || wallNow - pi.firstInstallTime > RECENT_INSTALL_MS) continue;
            if (reportedInstalls.add(pkg)) {
                guard.observe(Event.appInstalled(guard.now(), pkg, PackageMonitor.installerOf(activity, pkg),
                        PackageMonitor.labelOf(activity, pkg)));
            }
        }
    }

    private static Executor mainExecutor() {
        Handler h = new Handler(Looper.getMainLooper());
        return r -> h.post(r);
    }
}

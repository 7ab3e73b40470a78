package org.scamguard.android;

import android.content.ComponentCallbacks2;
import android.content.Context;
import android.content.res.Configuration;
import android.os.Build;
import android.os.Handler;
import android.os.Looper;
import android.os.SystemClock;
import android.provider.Settings;
import java.io.File;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.scamguard.Event;
import org.scamguard.Level;
import org.scamguard.ScamGuard;
import org.scamguard.TransferCheck;
import org.scamguard.TransferVerdict;
import org.scamguard.Warning;
import org.scamguard.android.mapping.BootId;
import org.scamguard.android.mapping.EngineStart;
import org.scamguard.android.mapping.SavedState;
import org.scamguard.android.mapping.SnapshotFile;
import org.scamguard.android.mapping.SnapshotSaver;
import org.scamguard.android.mapping.WarningModel;
import org.jspecify.annotations.Nullable;

/**
 * The Android entry point: owns one native {@link ScamGuard} engine, stamps events with
 * {@code SystemClock.elapsedRealtime()} (milliseconds since boot, deep sleep included: the
 * trace format's clock, see {@link #now()}), shows warnings (notification + warning screen) and
 * never lets an exception escape into the host app.
 *
 * <p><b>One engine per process.</b> An engine holds the scam episode (the call, the screen
 * share, the new payee); an engine per Activity loses it on rotation. Use {@link #shared(Context)}
 * (created on first use, lives as long as the process), or create one in
 * {@code Application.onCreate} and keep it there. Thread-safe: events may come from any thread;
 * they are fed to the engine in arrival order (a time a little behind the last one, two threads
 * racing, is held at the last one by the engine; no time can stop its clock).
 *
 * <p><b>State that survives process death and reboots.</b> Android kills bank apps and vendor
 * services at any time; an episode spanning a restart must not start from nothing. The engine's
 * state is saved atomically in the app's no-backup files ({@code getNoBackupFilesDir()/scamguard/
 * <name>.snapshot}, see {@link SnapshotFile}) at each new stage of the scam script, each warning
 * at caution or above, on {@code onTrimMemory}, when a {@link BankAppGuard} or a vendor service
 * stops, on {@link #saveState()} and on {@link #close()}; it is restored on create. The boot is
 * named to the engine ({@code Settings.Global.BOOT_COUNT} on API 24+, with the wall clock), so
 * an episode saved before a reboot keeps its age. A corrupt, altered or other-version file is
 * refused, deleted and logged, and the engine starts clean ({@link #restoreStatus()}).
 *
 * <p><b>Never throws.</b> If {@code libscamguard.so} cannot be loaded (an ABI the app was not
 * built for, a broken install) or the options are rejected, {@link #create} still returns an
 * instance: {@link #isEnabled()} is false, {@link #disabledReason()} says why, every event is
 * dropped and {@link #assessTransfer} returns null ("carry on with your own checks").
 */
public final class ScamGuardAndroid implements AutoCloseable {
    private static ScamGuardAndroid shared;
    private static volatile @Nullable ScreenShareStopper screenShareStopper;

    private final Context app;
    private final @Nullable ScamGuard engine;   // null when disabled
    private final @Nullable String disabledReason;
    private final String engineId = WarningModel.newEngineId();
    private final WarningPresenter presenter;
    private final @Nullable SnapshotFile stateFile;
    private final @Nullable SnapshotSaver saver;
    private final @Nullable ExecutorService io;
    private final @Nullable ComponentCallbacks2 trimCallback;
    private String restoreStatus = "not saved";

    /** Name of the saved state of {@link #shared} and of {@code create} without a name. */
    public static final String DEFAULT_STATE = "engine";

    /** Stops a screen share the host app itself runs (its own MediaProjection). */
    public interface ScreenShareStopper {
        /**
         * Called on the main thread when the user taps "stop screen sharing".
         *
         * @return true if sharing was stopped; false to show the user how to stop it
         */
        boolean stopScreenShare();
    }

    private ScamGuardAndroid(Context context, @Nullable ScamGuard engine, @Nullable String disabledReason,
                             @Nullable String stateName) {
        Context a = context.getApplicationContext();
        this.app = a != null ? a : context;
        this.engine = engine;
        this.disabledReason = disabledReason;
        this.presenter = new WarningPresenter(app, engineId);
        if (engine != null) engine.addListener(presenter);
        SnapshotFile file = null;
        if (engine != null && stateName != null) {
            try {
                file = new SnapshotFile(new File(app.getNoBackupFilesDir(), "scamguard"), stateName);
            } catch (Throwable t) {
                Safe.warn("stateDir", t);
            }
        }
        this.stateFile = file;
        if (file != null) {
            this.io = Executors.newSingleThreadExecutor(r -> {
                Thread th = new Thread(r, "scamguard-save");
                th.setDaemon(true);
                return th;
            });
            this.saver = new SnapshotSaver(file, io);
            this.trimCallback = new TrimCallback();
            Safe.run("restoreState", this::restoreState);
            Safe.run("registerTrim", () -> app.registerComponentCallbacks(trimCallback));
        } else {
            this.io = null;
            this.saver = null;
            this.trimCallback = null;
        }
        if (engine != null) Safe.run("setBoot", this::nameBoot);
    }

    /** An engine with the built-in rules, warnings in the device language (zh-CN, zh-HK or en). Never throws. */
    public static ScamGuardAndroid create(Context context) {
        return create(context, new ScamGuard.Options().locale(Locale.getDefault()));
    }

    /**
     * An engine with the given options (language, rule pack), its state saved as {@link
     * #DEFAULT_STATE}. Never throws: a missing native library or a rejected rule pack gives a
     * disabled instance ({@link #disabledReason()}).
     */
    public static ScamGuardAndroid create(Context context, ScamGuard.Options options) {
        return create(context, options, DEFAULT_STATE);
    }

    /**
     * An engine with the given options whose state is saved under {@code stateName} (letters,
     * digits, '-' and '_'; null: not saved). Two engines alive at once must not share a name: the
     * last to save would win. Never throws.
     */
    public static ScamGuardAndroid create(Context context, ScamGuard.Options options, @Nullable String stateName) {
        String name = stateName != null && stateName.matches("[A-Za-z0-9_-]{1,64}") ? stateName : null;
        if (stateName != null && name == null) Safe.info("state name is not [A-Za-z0-9_-]{1,64}: state not saved");
        EngineStart s = EngineStart.of(() -> new ScamGuard(options));
        if (s.engine != null) return new ScamGuardAndroid(context, s.engine, null, name);
        String why = disabledReason(s.error);
        Safe.info("engine disabled: " + why);
        return new ScamGuardAndroid(context, null, why, null);
    }

    // ---------------------------------------------------------------- saved state

    /** Reads the saved state into the engine; a refused file is deleted and the engine stays clean. */
    private void restoreState() {
        SnapshotFile file = stateFile;
        ScamGuard g = engine;
        if (file == null || g == null) return;
        restoreStatus = SavedState.restore(file, g::restore);
        // The reason names the problem (checksum, version, truncated), never the content.
        if (restoreStatus.startsWith(SavedState.REFUSED)) Safe.info("saved state " + restoreStatus + "; starting clean");
    }

    /** Tells the engine which boot this is, with now on both clocks (see {@link BootId}). */
    private void nameBoot() {
        ScamGuard g = engine;
        if (g == null) return;
        int count = -1;
        if (Build.VERSION.SDK_INT >= 24) {
            try {
                count = Settings.Global.getInt(app.getContentResolver(), Settings.Global.BOOT_COUNT, -1);
            } catch (Throwable t) {
                Safe.warn("bootCount", t);
            }
        }
        long wall = System.currentTimeMillis();
        long elapsed = SystemClock.elapsedRealtime();
        g.setBoot(BootId.of(Build.VERSION.SDK_INT, count, wall, elapsed), elapsed, Math.max(0, wall));
    }

    /**
     * What happened to the saved state on create: {@code "restored"}, {@code "none"} (nothing
     * saved yet), {@code "not saved"} (no state name, or the engine is disabled), or {@code
     * "refused: "} and the reason (corrupt, altered, from another engine version; the engine
     * started clean).
     */
    public String restoreStatus() {
        return restoreStatus;
    }

    /** Saves the engine's state now, off this thread (coalesced with other pending saves). Never throws. */
    public void saveState() {
        ScamGuard g = engine;
        SnapshotSaver s = saver;
        if (g == null || s == null) return;
        Safe.run("saveState", () -> s.saveLater(g.snapshot()));
    }

    /** After an event: saves on a new stage or a warning at caution or above. */
    private void saveIfWorth(ScamGuard g, List<Warning> ws) {
        SnapshotSaver s = saver;
        if (s == null) return;
        Level highest = null;
        for (Warning w : ws) if (highest == null || w.getLevel().atLeast(highest)) highest = w.getLevel();
        if (s.worthSaving(g.episodeStages(), highest)) s.saveLater(g.snapshot());
    }

    /** onTrimMemory: the process may be killed soon (any level: UI hidden is the usual one). */
    private final class TrimCallback implements ComponentCallbacks2 {
        @Override
        public void onTrimMemory(int level) {
            saveState();
        }

        @Override
        public void onConfigurationChanged(Configuration c) {
            // nothing to do
        }

        @Override
        public void onLowMemory() {
            saveState();
        }
    }

    /** The reason text for a failed engine start (names the ABI; never a payload). */
    static String disabledReason(Throwable t) {
        if (t instanceof UnsatisfiedLinkError) {
            String abi = Build.SUPPORTED_ABIS != null && Build.SUPPORTED_ABIS.length > 0 ? Build.SUPPORTED_ABIS[0] : "?";
            return "libscamguard.so not loaded for ABI " + abi + " (UnsatisfiedLinkError): is this ABI in the app?";
        }
        return "engine not created: " + t.getClass().getName();
    }

    /** The process-wide instance (created on first use; never closed). Never throws. */
    public static synchronized ScamGuardAndroid shared(Context context) {
        if (shared == null) shared = create(context);
        return shared;
    }

    /** Whether the native engine runs. False: everything is a no-op; see {@link #disabledReason()}. */
    public boolean isEnabled() {
        return engine != null;
    }

    /** Why the engine is disabled, or null when it runs. */
    public @Nullable String disabledReason() {
        return disabledReason;
    }

    /**
     * The event clock: {@code SystemClock.elapsedRealtime()}, milliseconds since boot including
     * deep sleep. Every event fed to this engine must use it (not {@code currentTimeMillis},
     * which jumps when the user or the network changes the time).
     */
    public long now() {
        return SystemClock.elapsedRealtime();
    }

    /** The underlying engine, for calls this class does not wrap; null when disabled. */
    public @Nullable ScamGuard engine() {
        return engine;
    }

    /** This engine's id, the prefix of its episode ids in warnings and choices. */
    public String engineId() {
        return engineId;
    }

    /** Whether warnings are shown by the library (default true); bank apps with their own UI may turn it off. */
    public void setShowWarnings(boolean show) {
        presenter.setEnabled(show);
    }

    boolean showsWarnings() {
        return presenter.isEnabled();
    }

    /**
     * Forced wait on a critical warning before "continue anyway" works, in seconds (default
     * {@value WarningModel#CRITICAL_WAIT_SECONDS}; at least {@value WarningModel#MIN_CRITICAL_WAIT_SECONDS}).
     * Process-wide: the warning screen is shared.
     */
    public static void setCriticalWaitSeconds(int seconds) {
        WarningPresenter.criticalWaitSeconds = WarningModel.clampWait(seconds);
    }

    /**
     * The bank's official phone number, for the warning screen's "call my bank" action (opens
     * the dialer; no permission). Null to hide the action. Process-wide.
     *
     * @param label the bank's name as the user knows it
     */
    public static void setOfficialNumber(@Nullable String label, @Nullable String number) {
        WarningPresenter.officialLabel = label;
        WarningPresenter.officialNumber = number;
    }

    /** The anti-fraud hotline the warning screen offers (default 96110, mainland China); null hides it. */
    public static void setHotline(@Nullable String number) {
        WarningPresenter.hotline = number;
    }

    /** Who stops a screen share the host itself runs; null (default): the user is shown how. */
    public static void setScreenShareStopper(@Nullable ScreenShareStopper s) {
        screenShareStopper = s;
    }

    static @Nullable ScreenShareStopper screenShareStopper() {
        return screenShareStopper;
    }

    /**
     * Receives every choice on the warning screen, on {@code executor} (null: the main thread).
     * Each episode ends with exactly one final choice ({@link WarningPresenter.Choice#isFinal()}),
     * DISMISSED when the user leaves the screen any other way. Process-wide; null removes it.
     * Keep the listener in an Application-scoped object: an Activity here would leak.
     */
    public static void setChoiceListener(@Nullable Executor executor, WarningPresenter.@Nullable ChoiceListener l) {
        WarningPresenter.setChoiceListener(executor, l);
    }

    /** {@link #setChoiceListener(Executor, WarningPresenter.ChoiceListener)} on the main thread. */
    public static void setChoiceListener(WarningPresenter.@Nullable ChoiceListener l) {
        WarningPresenter.setChoiceListener(null, l);
    }

    /**
     * Feeds one event. Never throws: a rejected event is logged (by type only) and dropped.
     *
     * @return the warnings it raised (already shown if warnings are on); empty on error
     */
    public List<Warning> observe(@Nullable Event e) {
        if (e == null || engine == null) return Collections.emptyList();
        try {
            List<Warning> ws;
            synchronized (this) {
                // No clamping here: the engine holds a small step back at its last time and starts
                // a new epoch on a big one. Raising times to the last one seen froze the clock for
                // good after one wild time (Long.MAX_VALUE): nothing aged any more.
                ws = engine.observe(e);
                saveIfWorth(engine, ws);
            }
            return ws;
        } catch (Throwable t) {
            Safe.warn("observe(" + e.getType() + ")", t);
            return Collections.emptyList();
        }
    }

    /**
     * Asks the engine about a transfer the user is about to confirm (bank-app mode), and shows
     * the most specific warning of the verdict (danger/critical: the warning screen).
     *
     * @return the verdict, or null if the engine could not be asked (then carry on with
     *         the bank's own checks; we never block a transfer because of our own failure)
     */
    public @Nullable TransferVerdict assessTransfer(@Nullable String pkg, String amount, @Nullable String currency,
                                                    boolean payeeNew) {
        Assessment a = assess(TransferCheck.builder().pkg(pkg).amount(amount).currency(currency).payeeNew(payeeNew).build());
        return a == null ? null : a.verdict;
    }

    /**
     * {@link #assessTransfer(String, String, String, boolean)} with the Java API's builder
     * ({@code TransferCheck.builder().amount("500").payeeNew(true).build()}).
     *
     * @return the verdict, or null if the engine could not be asked
     */
    public @Nullable TransferVerdict assessTransfer(TransferCheck check) {
        Assessment a = assess(check);
        return a == null ? null : a.verdict;
    }

    /** A verdict and the episode of the warning screen shown for it (null if none). */
    static final class Assessment {
        final @Nullable TransferVerdict verdict;
        final @Nullable String shownEpisode;

        Assessment(@Nullable TransferVerdict verdict, @Nullable String shownEpisode) {
            this.verdict = verdict;
            this.shownEpisode = shownEpisode;
        }
    }

    @Nullable Assessment assess(@Nullable TransferCheck check) {
        if (engine == null || check == null) return null;
        try {
            TransferVerdict v;
            synchronized (this) {
                v = engine.assessTransfer(now(), check);
            }
            // One screen for the verdict: its most specific warning. Showing each in turn left
            // the screen on the last, least specific one.
            String shown = v == null ? null : presenter.showVerdict(v.getWarnings());
            return new Assessment(v, shown);
        } catch (Throwable t) {
            Safe.warn("assessTransfer", t);
            return null;
        }
    }

    /** Runs {@code r} on the main thread (now if already there). */
    static void onMain(String where, Runnable r) {
        if (Looper.myLooper() == Looper.getMainLooper()) {
            Safe.run(where, r);
        } else {
            new Handler(Looper.getMainLooper()).post(() -> Safe.run(where, r));
        }
    }

    /**
     * Saves the state (on this thread: the process may be going) and closes the native engine.
     * The shared instance is closed only with the process.
     */
    @Override
    public void close() {
        synchronized (ScamGuardAndroid.class) {
            if (this == shared) return;
        }
        if (engine == null) return;
        ComponentCallbacks2 trim = trimCallback;
        if (trim != null) Safe.run("unregisterTrim", () -> app.unregisterComponentCallbacks(trim));
        SnapshotSaver s = saver;
        if (s != null) {
            Safe.run("saveOnClose", () -> {
                if (!engine.isClosed()) s.saveNow(engine.snapshot());
            });
        }
        ExecutorService x = io;
        if (x != null) Safe.run("stopSaver", x::shutdown);
        try {
            engine.removeListener(presenter);
            engine.close();
        } catch (Throwable t) {
            Safe.warn("close", t);
        }
    }
}

package org.scamguard.android;

import android.content.Context;
import android.os.Build;
import android.os.Handler;
import android.os.Looper;
import android.os.SystemClock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.scamguard.Event;
import org.scamguard.ScamGuard;
import org.scamguard.TransferCheck;
import org.scamguard.TransferVerdict;
import org.scamguard.Warning;
import org.scamguard.android.mapping.EngineStart;
import org.scamguard.android.mapping.Events;
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
 * they are fed to the engine in arrival order, and a time that would go backwards (two threads
 * racing) is raised to the last one.
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
    private long lastTime;

    /** Stops a screen share the host app itself runs (its own MediaProjection). */
    public interface ScreenShareStopper {
        /**
         * Called on the main thread when the user taps "stop screen sharing".
         *
         * @return true if sharing was stopped; false to show the user how to stop it
         */
        boolean stopScreenShare();
    }

    private ScamGuardAndroid(Context context, @Nullable ScamGuard engine, @Nullable String disabledReason) {
        Context a = context.getApplicationContext();
        this.app = a != null ? a : context;
        this.engine = engine;
        this.disabledReason = disabledReason;
        this.presenter = new WarningPresenter(app, engineId);
        if (engine != null) engine.addListener(presenter);
    }

    /** An engine with the built-in rules, warnings in the device language (zh-CN, zh-HK or en). Never throws. */
    public static ScamGuardAndroid create(Context context) {
        return create(context, new ScamGuard.Options().locale(Locale.getDefault()));
    }

    /**
     * An engine with the given options (language, rule pack). Never throws: a missing native
     * library or a rejected rule pack gives a disabled instance ({@link #disabledReason()}).
     */
    public static ScamGuardAndroid create(Context context, ScamGuard.Options options) {
        EngineStart s = EngineStart.of(() -> new ScamGuard(options));
        if (s.engine != null) return new ScamGuardAndroid(context, s.engine, null);
        String why = disabledReason(s.error);
        Safe.info("engine disabled: " + why);
        return new ScamGuardAndroid(context, null, why);
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
            synchronized (this) {
                if (e.getTime() < lastTime) e = Events.withTime(e, lastTime);
                lastTime = e.getTime();
                return engine.observe(e);
            }
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
                long t = Math.max(now(), lastTime);
                lastTime = t;
                v = engine.assessTransfer(t, check);
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

    /** Closes the native engine. The shared instance is closed only with the process. */
    @Override
    public void close() {
        synchronized (ScamGuardAndroid.class) {
            if (this == shared) return;
        }
        if (engine == null) return;
        try {
            engine.removeListener(presenter);
            engine.close();
        } catch (Throwable t) {
            Safe.warn("close", t);
        }
    }
}

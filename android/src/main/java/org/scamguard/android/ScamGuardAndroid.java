package org.scamguard.android;

import android.content.Context;
import android.os.Handler;
import android.os.Looper;
import android.os.SystemClock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.scamguard.Event;
import org.scamguard.RulePackException;
import org.scamguard.ScamGuard;
import org.scamguard.TransferVerdict;
import org.scamguard.Warning;
import org.scamguard.android.mapping.Events;

/**
 * The Android entry point: owns one native {@link ScamGuard} engine, stamps events with
 * {@code SystemClock.elapsedRealtime()} (the trace format's clock), shows warnings
 * (notification + warning screen) and never lets an exception escape into the host app.
 *
 * <p>Bank apps create one with {@link #create(Context)} and use {@link BankAppGuard};
 * vendor mode's services share {@link #shared(Context)}. Thread-safe: events may come
 * from any thread; they are fed to the engine in arrival order, and a time that would go
 * backwards (two threads racing) is raised to the last one.
 */
public final class ScamGuardAndroid implements AutoCloseable {
    private static ScamGuardAndroid shared;

    private final Context app;
    private final ScamGuard engine;
    private final WarningPresenter presenter;
    private long lastTime;

    private ScamGuardAndroid(Context context, ScamGuard engine) {
        this.app = context.getApplicationContext() != null ? context.getApplicationContext() : context;
        this.engine = engine;
        this.presenter = new WarningPresenter(app);
        engine.addListener(presenter);
    }

    /**
     * An engine with the default rules, warnings in zh-CN or en after the device language.
     * The one call that can fail loudly: if {@code libscamguard.so} cannot be loaded for this
     * device's ABI it throws (UnsatisfiedLinkError), before anything else is set up.
     */
    public static ScamGuardAndroid create(Context context) {
        try {
            return create(context, new ScamGuard.Options().lang(defaultLang()));
        } catch (RulePackException e) {
            // the default pack is built in; failing to load it is a build error of ours
            throw new IllegalStateException("default rule pack rejected", e);
        }
    }

    /** An engine with the given options (language, rule pack). */
    public static ScamGuardAndroid create(Context context, ScamGuard.Options options) throws RulePackException {
        return new ScamGuardAndroid(context, new ScamGuard(options));
    }

    /** The process-wide instance the vendor-mode services share (created on first use). */
    public static synchronized ScamGuardAndroid shared(Context context) {
        if (shared == null) shared = create(context);
        return shared;
    }

    /** "zh-CN" for any Chinese locale, "en" otherwise. */
    static String defaultLang() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? "zh-CN" : "en";
    }

    /** The event clock: milliseconds since boot, including deep sleep. */
    public long now() {
        return SystemClock.elapsedRealtime();
    }

    /** The underlying engine, for calls this class does not wrap (loadRules, listeners). */
    public ScamGuard engine() {
        return engine;
    }

    /** Whether warnings are shown by the library (default true); bank apps with their own UI may turn it off. */
    public void setShowWarnings(boolean show) {
        presenter.setEnabled(show);
    }

    /** Receives the user's choice on the warning screen (null to remove). */
    public static void setChoiceListener(WarningPresenter.ChoiceListener l) {
        WarningPresenter.setChoiceListener(l);
    }

    /**
     * Feeds one event. Never throws: a rejected event is logged (by type only) and dropped.
     *
     * @return the warnings it raised (already shown if warnings are on); empty on error
     */
    public List<Warning> observe(Event e) {
        if (e == null) return Collections.emptyList();
        try {
            synchronized (this) {
                if (e.time() < lastTime) e = Events.withTime(e, lastTime);
                lastTime = e.time();
                return engine.observe(e);
            }
        } catch (Throwable t) {
            Safe.warn("observe(" + e.type() + ")", t);
            return Collections.emptyList();
        }
    }

    /**
     * Asks the engine about a transfer the user is about to confirm (bank-app mode), and
     * shows the warnings of the verdict (danger/critical: the warning screen).
     *
     * @return the verdict, or null if the engine could not be asked (then carry on with
     *         the bank's own checks; we never block a transfer because of our own failure)
     */
    public TransferVerdict assessTransfer(String pkg, String amount, String currency, boolean payeeNew) {
        try {
            TransferVerdict v;
            synchronized (this) {
                long t = Math.max(now(), lastTime);
                lastTime = t;
                v = engine.assessTransfer(t, pkg, amount, currency, payeeNew);
            }
            // The verdict's warnings are shown like any other (a repeat of an episode that is
            // already on screen only updates it, so a listener call as well does no harm).
            if (v != null && v.warnings() != null) {
                for (Warning w : v.warnings()) presenter.onWarning(w);
            }
            return v;
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
        try {
            engine.removeListener(presenter);
            engine.close();
        } catch (Throwable t) {
            Safe.warn("close", t);
        }
    }
}

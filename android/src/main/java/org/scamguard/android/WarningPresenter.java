package org.scamguard.android;

import android.content.Context;
import android.os.Looper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.scamguard.Warning;
import org.scamguard.WarningListener;
import org.scamguard.android.mapping.WarningModel;
import org.jspecify.annotations.Nullable;

/**
 * Shows the engine's warnings. Registered as the engine's {@link WarningListener}, so it
 * is called on whatever thread the native engine uses; everything visible happens on the
 * main thread. {@code caution}: a notification. {@code danger}/{@code critical}: the
 * notification (its tap reopens the screen) and the warning screen. Warnings of one
 * episode share one notification id and one screen, so repeats update instead of stacking.
 * Episode ids are prefixed with the engine's id: two engines' episode "0" never share a screen.
 */
public final class WarningPresenter implements WarningListener {
    /** What the user did on the warning screen. */
    public enum Choice {
        /** Tapped "hang up" (ended the call where the app may, else was told how). */
        HANG_UP(false),
        /** Tapped "stop screen sharing". */
        STOP_SHARING(false),
        /** Tapped "call my bank on the official number" (the dialer opened). */
        CALL_BANK(false),
        /** Tapped the anti-fraud hotline (the dialer opened). */
        CALL_HOTLINE(false),
        /** Final: do not transfer. */
        NO_TRANSFER(true),
        /** Final: continue anyway (after the forced wait on critical). */
        CONTINUE_ANYWAY(true),
        /** Final: left the screen any other way (Back after the wait, Home, another app, screen off). */
        DISMISSED(true);

        private final boolean fin;

        Choice(boolean fin) {
            this.fin = fin;
        }

        /** Whether it ends the episode: exactly one final choice is delivered per episode. */
        public boolean isFinal() {
            return fin;
        }
    }

    /** Receives the user's choices (bank apps cancel the pending transfer on NO_TRANSFER / DISMISSED). */
    public interface ChoiceListener {
        /** Called on the executor given with the listener (main thread by default). */
        void onChoice(String episode, Choice choice);
    }

    static volatile int criticalWaitSeconds = WarningModel.CRITICAL_WAIT_SECONDS;
    static volatile @Nullable String officialLabel;
    static volatile @Nullable String officialNumber;
    static volatile @Nullable String hotline = "96110";

    private static volatile @Nullable ChoiceListener choiceListener;
    private static volatile @Nullable Context appContext;
    private static volatile @Nullable Executor choiceExecutor;
    /** One-shot listeners for one episode (a held transfer), removed on its final choice. */
    private static final Map<String, List<ChoiceListener>> episodeListeners = new HashMap<>();

    private final Context app;
    private final String engineId;
    private final WarningNotifier notifier;
    private volatile boolean enabled = true;

    WarningPresenter(Context app, String engineId) {
        this.app = app;
        appContext = app;
        this.engineId = engineId;
        this.notifier = new WarningNotifier(app);
    }

    void setEnabled(boolean on) {
        enabled = on;
    }

    boolean isEnabled() {
        return enabled;
    }

    static void setChoiceListener(@Nullable Executor executor, @Nullable ChoiceListener l) {
        choiceExecutor = executor;
        choiceListener = l;
    }

    /** Calls {@code l} (main thread) for the choices of {@code episode} until its final one. */
    static void onEpisodeChoices(String episode, ChoiceListener l) {
        synchronized (episodeListeners) {
            episodeListeners.computeIfAbsent(episode, k -> new ArrayList<>()).add(l);
        }
    }

    /**
     * Episodes that got their final choice (bounded): a warning screen reopened later from the
     * notification must not deliver a second final choice for the same episode.
     */
    private static final Set<String> decided = Collections.newSetFromMap(new LinkedHashMap<String, Boolean>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> e) {
            return size() > 256;
        }
    });

    /** Delivers a choice to the process-wide listener and the episode's one-shot listeners. */
    static void deliverChoice(String episode, Choice c) {
        if (c.isFinal()) {
            synchronized (decided) {
                if (!decided.add(episode)) return;
            }
            if (appContext != null) WarningNotifier.cancel(appContext, episode);
        }
        ChoiceListener l = choiceListener;
        if (l != null) {
            Executor ex = choiceExecutor;
            Runnable r = () -> Safe.run("onChoice", () -> l.onChoice(episode, c));
            if (ex != null) {
                Safe.run("choiceExecutor", () -> ex.execute(r));
            } else {
                ScamGuardAndroid.onMain("onChoice", r);
            }
        }
        List<ChoiceListener> once;
        synchronized (episodeListeners) {
            once = c.isFinal() ? episodeListeners.remove(episode) : episodeListeners.get(episode);
            once = once == null ? null : new ArrayList<>(once);
        }
        if (once != null) {
            for (ChoiceListener o : once) ScamGuardAndroid.onMain("onEpisodeChoice", () -> o.onChoice(episode, c));
        }
    }

    @Override
    public void onWarning(@Nullable Warning w) {
        if (!enabled || w == null) return;
        Safe.run("onWarning", () -> {
            WarningModel m = WarningModel.from(w, engineId, criticalWaitSeconds);
            ScamGuardAndroid.onMain("showWarning", () -> show(m));
        });
    }

    /**
     * Shows the most specific warning of a transfer verdict.
     *
     * @return its episode if the warning screen opens for it, else null
     */
    @Nullable String showVerdict(@Nullable List<Warning> ws) {
        if (!enabled || ws == null || ws.isEmpty()) return null;
        List<WarningModel> ms = new ArrayList<>();
        for (Warning w : ws) if (w != null) ms.add(WarningModel.from(w, engineId, criticalWaitSeconds));
        WarningModel m = WarningModel.mostSpecific(ms);
        if (m == null) return null;
        if (Looper.myLooper() == Looper.getMainLooper()) {
            // the usual case (the bank's confirm button): we know whether the screen opened, and
            // a screen that did not open must not leave the transfer waiting for a choice
            return show(m) ? m.episode : null;
        }
        ScamGuardAndroid.onMain("showVerdict", () -> show(m));
        return m.interrupts() ? m.episode : null;
    }

    /**
     * Shows one warning (main thread). A new warning re-opens its episode for a final choice.
     *
     * @return whether the warning screen was started for it
     */
    boolean show(WarningModel m) {
        synchronized (decided) {
            decided.remove(m.episode);
        }
        notifier.show(m);
        return m.interrupts() && WarningActivity.show(app, m);
    }
}

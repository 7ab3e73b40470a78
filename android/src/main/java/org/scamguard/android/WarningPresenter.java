package org.scamguard.android;

import android.content.Context;
import org.scamguard.Warning;
import org.scamguard.WarningListener;
import org.scamguard.android.mapping.WarningModel;

/**
 * Shows the engine's warnings. Registered as the engine's {@link WarningListener}, so it
 * is called on whatever thread the native engine uses; everything visible happens on the
 * main thread. {@code caution}: a notification. {@code danger}/{@code critical}: the
 * notification (its tap reopens the screen) and the warning screen. Warnings of one
 * episode share one notification id and one screen, so repeats update instead of stacking.
 */
public final class WarningPresenter implements WarningListener {
    /** What the user tapped on the warning screen. */
    public enum Choice { HANG_UP, STOP_SHARING, NO_TRANSFER, CALL_HOTLINE, CONTINUE_ANYWAY, DISMISSED }

    /** Receives the user's choice (bank apps cancel the pending transfer on NO_TRANSFER). */
    public interface ChoiceListener {
        /** Called on the main thread. */
        void onChoice(String episode, Choice choice);
    }

    private static volatile ChoiceListener choiceListener;

    private final Context app;
    private final WarningNotifier notifier;
    private volatile boolean enabled = true;

    WarningPresenter(Context app) {
        this.app = app;
        this.notifier = new WarningNotifier(app);
    }

    void setEnabled(boolean on) {
        enabled = on;
    }

    static void setChoiceListener(ChoiceListener l) {
        choiceListener = l;
    }

    static void deliverChoice(String episode, Choice c) {
        ChoiceListener l = choiceListener;
        if (l != null) Safe.run("onChoice", () -> l.onChoice(episode, c));
    }

    @Override
    public void onWarning(Warning w) {
        if (!enabled || w == null) return;
        Safe.run("onWarning", () -> {
            WarningModel m = WarningModel.from(w);
            ScamGuardAndroid.onMain("showWarning", () -> show(m));
        });
    }

    /** Shows one warning (main thread). */
    void show(WarningModel m) {
        notifier.show(m);
        if (m.interrupts()) WarningActivity.show(app, m);
    }
}

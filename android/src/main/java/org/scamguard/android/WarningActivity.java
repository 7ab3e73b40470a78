package org.scamguard.android;

import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.graphics.Insets;
import android.net.Uri;
import android.os.Build;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.os.SystemClock;
import android.telecom.TelecomManager;
import android.view.View;
import android.view.WindowInsets;
import android.view.WindowManager;
import android.widget.Button;
import android.widget.TextView;
import android.window.OnBackInvokedCallback;
import android.window.OnBackInvokedDispatcher;
import java.util.ArrayList;
import java.util.List;
import org.scamguard.Level;
import org.scamguard.android.WarningPresenter.Choice;
import org.scamguard.android.mapping.ChoiceTracker;
import org.scamguard.android.mapping.InsetsPadding;
import org.scamguard.android.mapping.WarningModel;
import org.scamguard.android.mapping.WarningScreenState;
import org.jspecify.annotations.Nullable;

/**
 * The full-screen warning: title, message, evidence, what to do, and the actions hang up,
 * stop sharing, call my bank (official number), do not transfer, the anti-fraud hotline and
 * continue anyway. For {@code critical} warnings "continue anyway" and Back stay locked for
 * the configured wait ({@link ScamGuardAndroid#setCriticalWaitSeconds}, 30 s by default).
 *
 * <p>Every episode ends with exactly one final choice ({@link ChoiceTracker}): a final button,
 * Back once allowed, or DISMISSED when the user leaves any other way (Home, another app, the
 * screen going off: {@code onStop}; the activity destroyed: {@code onDestroy}); the screen then
 * closes. Back works with and without predictive back: {@code OnBackInvokedCallback} on API 33+
 * (called when the app opted in or targets 36) and {@code onBackPressed} otherwise.
 *
 * <p>singleTask with its own task affinity (see the manifest): a new warning reaches the
 * running screen through {@link #onNewIntent}; {@link WarningScreenState} decides whether
 * it updates the same episode (countdown kept) or replaces it. Edge-to-edge: the root view
 * is padded by the system bars, the cutout and the keyboard ({@link InsetsPadding}).
 */
public final class WarningActivity extends Activity {
    private static final String X_TIME = "org.scamguard.time", X_LEVEL = "org.scamguard.level",
            X_RULE = "org.scamguard.rule", X_EPISODE = "org.scamguard.episode", X_TITLE = "org.scamguard.title",
            X_MESSAGE = "org.scamguard.message", X_EVIDENCE = "org.scamguard.evidence",
            X_ACTIONS = "org.scamguard.actions", X_WAIT = "org.scamguard.wait";

    private final WarningScreenState state = new WarningScreenState();
    private final ChoiceTracker choices = new ChoiceTracker();
    private final Handler handler = new Handler(Looper.getMainLooper());
    private final Runnable tick = () -> Safe.run("tick", this::updateCountdown);
    private @Nullable Object backCallback;   // OnBackInvokedCallback on API 33+
    private int[] basePadding;

    /** Starts or updates the screen (main thread). Never throws; false if it could not be started. */
    static boolean show(Context context, WarningModel m) {
        try {
            context.startActivity(intent(context, m));
            return true;
        } catch (Throwable t) {
            Safe.warn("startWarning", t);
            return false;
        }
    }

    static Intent intent(Context context, WarningModel m) {
        Bundle b = new Bundle();
        b.putLong(X_TIME, m.time);
        b.putString(X_LEVEL, m.level.name());
        b.putString(X_RULE, m.rule);
        b.putString(X_EPISODE, m.episode);
        b.putString(X_TITLE, m.title);
        b.putString(X_MESSAGE, m.message);
        b.putStringArrayList(X_EVIDENCE, new ArrayList<>(m.evidence));
        b.putStringArrayList(X_ACTIONS, new ArrayList<>(m.actions));
        b.putInt(X_WAIT, m.criticalWaitSeconds());
        return new Intent(context, WarningActivity.class)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_SINGLE_TOP)
                .putExtras(b);
    }

    private static @Nullable WarningModel fromIntent(@Nullable Intent i) {
        if (i == null || i.getStringExtra(X_EPISODE) == null) return null;
        Level level;
        try {
            level = Level.valueOf(i.getStringExtra(X_LEVEL));
        } catch (RuntimeException e) {
            level = Level.DANGER;
        }
        List<String> ev = i.getStringArrayListExtra(X_EVIDENCE);
        List<String> ac = i.getStringArrayListExtra(X_ACTIONS);
        return new WarningModel(i.getLongExtra(X_TIME, 0), level, i.getStringExtra(X_RULE),
                i.getStringExtra(X_EPISODE), i.getStringExtra(X_TITLE), i.getStringExtra(X_MESSAGE), ev, ac,
                i.getIntExtra(X_WAIT, WarningModel.CRITICAL_WAIT_SECONDS));
    }

    @Override
    protected void onCreate(Bundle saved) {
        super.onCreate(saved);
        Safe.run("WarningActivity.onCreate", () -> {
            // over the lock screen too: a scam call often happens with the screen locked
            if (Build.VERSION.SDK_INT >= 27) {
                setShowWhenLocked(true);
                setTurnScreenOn(true);
            } else {
                showWhenLockedLegacy();
            }
            setContentView(R.layout.scamguard_activity_warning);
            handleInsets();
            bindButtons();
            registerBack();
            if (!apply(getIntent())) finish();
        });
    }

    @SuppressWarnings("deprecation")
    private void showWhenLockedLegacy() {
        getWindow().addFlags(WindowManager.LayoutParams.FLAG_SHOW_WHEN_LOCKED
                | WindowManager.LayoutParams.FLAG_TURN_SCREEN_ON);
    }

    /** Edge-to-edge (enforced for target 35+, opted into here on 30+): pad by bars, cutout, keyboard. */
    private void handleInsets() {
        View root = findViewById(R.id.scamguard_root);
        basePadding = new int[] {root.getPaddingLeft(), root.getPaddingTop(), root.getPaddingRight(),
                root.getPaddingBottom()};
        if (Build.VERSION.SDK_INT >= 30) getWindow().setDecorFitsSystemWindows(false);
        root.setOnApplyWindowInsetsListener((v, insets) -> {
            Safe.run("insets", () -> {
                int[] p = InsetsPadding.apply(basePadding, bars(insets), cutout(insets), ime(insets));
                v.setPadding(p[0], p[1], p[2], p[3]);
            });
            return insets;
        });
        root.requestApplyInsets();
    }

    @SuppressWarnings("deprecation")
    private static int[] bars(WindowInsets in) {
        if (Build.VERSION.SDK_INT >= 30) return box(in.getInsets(WindowInsets.Type.systemBars()));
        return new int[] {in.getSystemWindowInsetLeft(), in.getSystemWindowInsetTop(),
                in.getSystemWindowInsetRight(), in.getSystemWindowInsetBottom()};
    }

    private static int[] cutout(WindowInsets in) {
        if (Build.VERSION.SDK_INT >= 30) return box(in.getInsets(WindowInsets.Type.displayCutout()));
        return null;
    }

    private static int[] ime(WindowInsets in) {
        if (Build.VERSION.SDK_INT >= 30) return box(in.getInsets(WindowInsets.Type.ime()));
        return null;   // before 30 the system-window insets above include the keyboard
    }

    private static int[] box(Insets i) {
        if (Build.VERSION.SDK_INT < 29) return null;
        return new int[] {i.left, i.top, i.right, i.bottom};
    }

    /** Predictive back (API 33+): the callback is used when the app opted in or targets 36. */
    private void registerBack() {
        if (Build.VERSION.SDK_INT < 33) return;
        OnBackInvokedCallback cb = () -> Safe.run("onBackInvoked", this::onBack);
        getOnBackInvokedDispatcher().registerOnBackInvokedCallback(OnBackInvokedDispatcher.PRIORITY_DEFAULT, cb);
        backCallback = cb;
    }

    /** Legacy back dispatch (before 33, or an app that did not opt into predictive back). */
    @Override
    @SuppressWarnings("deprecation")
    public void onBackPressed() {
        Safe.run("onBackPressed", this::onBack);
    }

    /** Back is DISMISSED, but not while a critical countdown runs: then it explains the wait. */
    private void onBack() {
        long now = SystemClock.elapsedRealtime();
        if (!state.canContinue(now)) {
            hint(getString(R.string.scamguard_back_wait, state.secondsLeft(now)));
            return;
        }
        choose(Choice.DISMISSED);
    }

    @Override
    protected void onNewIntent(Intent intent) {
        super.onNewIntent(intent);
        Safe.run("WarningActivity.onNewIntent", () -> {
            setIntent(intent);
            apply(intent);
        });
    }

    @Override
    protected void onResume() {
        super.onResume();
        choices.seen();
    }

    /** Leaving without a final choice (Home, another app, screen off) closes the episode as DISMISSED. */
    @Override
    protected void onStop() {
        Safe.run("WarningActivity.onStop", () -> leave(false));
        super.onStop();
    }

    @Override
    protected void onDestroy() {
        Safe.run("WarningActivity.onDestroy", () -> {
            handler.removeCallbacks(tick);
            leave(true);
            if (Build.VERSION.SDK_INT >= 33 && backCallback != null) {
                getOnBackInvokedDispatcher().unregisterOnBackInvokedCallback((OnBackInvokedCallback) backCallback);
            }
        });
        super.onDestroy();
    }

    private void leave(boolean destroying) {
        String ep = choices.leave(isChangingConfigurations(), destroying);
        if (ep == null) return;
        WarningPresenter.deliverChoice(ep, Choice.DISMISSED);
        state.clear();
        if (!destroying) finish();
    }

    private boolean apply(Intent intent) {
        WarningModel m = fromIntent(intent);
        if (m == null) return state.current() != null;
        state.apply(m, SystemClock.elapsedRealtime());
        String superseded = choices.show(state.current().episode);
        if (superseded != null) WarningPresenter.deliverChoice(superseded, Choice.DISMISSED);
        render(state.current());
        return true;
    }

    private void render(WarningModel m) {
        String title = m.title.isEmpty() ? getString(R.string.scamguard_warning_default_title) : m.title;
        setTitle(title);
        ((TextView) findViewById(R.id.scamguard_title)).setText(title);
        ((TextView) findViewById(R.id.scamguard_message)).setText(m.message);
        ((TextView) findViewById(R.id.scamguard_evidence)).setText(bullets(m.evidence));
        ((TextView) findViewById(R.id.scamguard_actions)).setText(bullets(m.actions));
        Button bank = (Button) findViewById(R.id.scamguard_call_bank);
        String label = WarningPresenter.officialLabel, number = WarningPresenter.officialNumber;
        bank.setVisibility(number == null || number.isEmpty() ? View.GONE : View.VISIBLE);
        bank.setText(getString(R.string.scamguard_action_call_bank, label == null ? "" : label));
        Button hot = (Button) findViewById(R.id.scamguard_call_hotline);
        String hotline = WarningPresenter.hotline;
        hot.setVisibility(hotline == null || hotline.isEmpty() ? View.GONE : View.VISIBLE);
        hot.setText(getString(R.string.scamguard_action_call_hotline, hotline == null ? "" : hotline));
        updateCountdown();
    }

    private static String bullets(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String s : lines) {
            if (b.length() > 0) b.append('\n');
            b.append("• ").append(s);
        }
        return b.toString();
    }

    private void updateCountdown() {
        handler.removeCallbacks(tick);
        int left = state.secondsLeft(SystemClock.elapsedRealtime());
        Button cont = (Button) findViewById(R.id.scamguard_continue);
        TextView wait = (TextView) findViewById(R.id.scamguard_wait);
        cont.setEnabled(left == 0);
        if (left > 0) {
            cont.setText(getString(R.string.scamguard_action_continue_wait, left));
            wait.setText(getString(R.string.scamguard_critical_wait, left));
            wait.setVisibility(View.VISIBLE);
            handler.postDelayed(tick, 1000);
        } else {
            cont.setText(R.string.scamguard_action_continue);
            wait.setVisibility(View.GONE);
        }
    }

    private void bindButtons() {
        click(R.id.scamguard_hang_up, () -> {
            if (!hangUp()) hint(getString(R.string.scamguard_hang_up_hint));
            choose(Choice.HANG_UP);
        });
        click(R.id.scamguard_stop_sharing, () -> {
            // No API stops another app's capture. The host's own MediaProjection can be stopped
            // by its stopper; otherwise (vendor mode opens the shade) the user is told how.
            ScamGuardAndroid.ScreenShareStopper s = ScamGuardAndroid.screenShareStopper();
            boolean stopped = false;
            if (s != null) {
                try {
                    stopped = s.stopScreenShare();
                } catch (Throwable t) {
                    Safe.warn("stopScreenShare", t);
                }
            }
            if (!stopped) hint(getString(R.string.scamguard_stop_sharing_hint));
            choose(Choice.STOP_SHARING);
        });
        click(R.id.scamguard_call_bank, () -> {
            hint(getString(R.string.scamguard_call_bank_hint));
            choose(Choice.CALL_BANK);
            dial(WarningPresenter.officialNumber);
        });
        click(R.id.scamguard_no_transfer, () -> choose(Choice.NO_TRANSFER));
        click(R.id.scamguard_call_hotline, () -> {
            choose(Choice.CALL_HOTLINE);
            dial(WarningPresenter.hotline);
        });
        click(R.id.scamguard_continue, () -> {
            if (state.canContinue(SystemClock.elapsedRealtime())) choose(Choice.CONTINUE_ANYWAY);
        });
    }

    /** ACTION_DIAL needs no permission: the user presses call in the dialer. */
    private void dial(@Nullable String number) {
        if (number == null || number.isEmpty()) return;
        startActivity(new Intent(Intent.ACTION_DIAL, Uri.parse("tel:" + Uri.encode(number))));
    }

    private void hint(String text) {
        TextView wait = (TextView) findViewById(R.id.scamguard_wait);
        wait.setText(text);
        wait.setVisibility(View.VISIBLE);
    }

    /**
     * Ends the call if the host app holds ANSWER_PHONE_CALLS (API 28+; neither artifact asks
     * for it: a dangerous permission the user must grant). Deprecated since API 29 for
     * dialer-like apps, it still ends the ongoing call for an app holding the permission.
     */
    @SuppressWarnings("deprecation")
    private boolean hangUp() {
        if (Build.VERSION.SDK_INT < 28 || !CallMonitor.granted(this, "android.permission.ANSWER_PHONE_CALLS")) {
            return false;
        }
        TelecomManager tm = (TelecomManager) getSystemService(Context.TELECOM_SERVICE);
        try {
            return tm != null && tm.endCall();
        } catch (Throwable t) {
            Safe.warn("endCall", t);
            return false;
        }
    }

    private void choose(Choice c) {
        String ep = choices.episode();
        if (!choices.act(c.isFinal())) return;
        WarningPresenter.deliverChoice(ep, c);
        if (!c.isFinal()) return;   // hang up, stop sharing, call: the warning stays up
        state.clear();
        finish();
    }

    private void click(int id, Runnable r) {
        findViewById(id).setOnClickListener(v -> Safe.run("click", r));
    }
}

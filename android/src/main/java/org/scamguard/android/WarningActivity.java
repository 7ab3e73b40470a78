package org.scamguard.android;

import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Build;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.os.SystemClock;
import android.telecom.TelecomManager;
import android.view.View;
import android.view.WindowManager;
import android.widget.Button;
import android.widget.TextView;
import java.util.ArrayList;
import java.util.List;
import org.scamguard.Level;
import org.scamguard.android.mapping.WarningModel;
import org.scamguard.android.mapping.WarningScreenState;

/**
 * The full-screen warning: title, message, evidence, what to do, and the actions hang up,
 * stop sharing, do not transfer, call 96110 and continue anyway. For {@code critical}
 * warnings "continue anyway" stays disabled for {@link WarningModel#CRITICAL_WAIT_SECONDS}.
 *
 * <p>singleTask with its own task affinity (see the manifest): a new warning reaches the
 * running screen through {@link #onNewIntent}; {@link WarningScreenState} decides whether
 * it updates the same episode (countdown kept) or replaces it.
 */
public final class WarningActivity extends Activity {
    private static final String X_TIME = "org.scamguard.time", X_LEVEL = "org.scamguard.level",
            X_RULE = "org.scamguard.rule", X_EPISODE = "org.scamguard.episode", X_TITLE = "org.scamguard.title",
            X_MESSAGE = "org.scamguard.message", X_EVIDENCE = "org.scamguard.evidence",
            X_ACTIONS = "org.scamguard.actions";
    private static final String HOTLINE = "96110";

    private final WarningScreenState state = new WarningScreenState();
    private final Handler handler = new Handler(Looper.getMainLooper());
    private final Runnable tick = () -> Safe.run("tick", this::updateCountdown);

    /** Starts or updates the screen (main thread). Never throws. */
    static void show(Context context, WarningModel m) {
        Safe.run("startWarning", () -> context.startActivity(intent(context, m)));
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
        return new Intent(context, WarningActivity.class)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_SINGLE_TOP)
                .putExtras(b);
    }

    private static WarningModel fromIntent(Intent i) {
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
                i.getStringExtra(X_EPISODE), i.getStringExtra(X_TITLE), i.getStringExtra(X_MESSAGE), ev, ac);
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
            bindButtons();
            if (!apply(getIntent())) finish();
        });
    }

    @SuppressWarnings("deprecation")
    private void showWhenLockedLegacy() {
        getWindow().addFlags(WindowManager.LayoutParams.FLAG_SHOW_WHEN_LOCKED
                | WindowManager.LayoutParams.FLAG_TURN_SCREEN_ON);
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
    protected void onDestroy() {
        handler.removeCallbacks(tick);
        super.onDestroy();
    }

    /** Back is "dismissed", but not while a critical countdown runs. */
    @Override
    @SuppressWarnings("deprecation")
    public void onBackPressed() {
        if (!state.canContinue(SystemClock.elapsedRealtime())) return;
        choose(WarningPresenter.Choice.DISMISSED);
    }

    private boolean apply(Intent intent) {
        WarningModel m = fromIntent(intent);
        if (m == null) return state.current() != null;
        state.apply(m, SystemClock.elapsedRealtime());
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
            hangUp();
            choose(WarningPresenter.Choice.HANG_UP);
        });
        click(R.id.scamguard_stop_sharing, () -> {
            // No API stops another app's capture. With vendor mode on, open the shade
            // where the system's "stop" control is; always explain how.
            ScamGuardAccessibilityService.openNotificationShade();
            ((TextView) findViewById(R.id.scamguard_wait)).setText(R.string.scamguard_stop_sharing_hint);
            findViewById(R.id.scamguard_wait).setVisibility(View.VISIBLE);
            WarningPresenter.deliverChoice(episode(), WarningPresenter.Choice.STOP_SHARING);
        });
        click(R.id.scamguard_no_transfer, () -> choose(WarningPresenter.Choice.NO_TRANSFER));
        click(R.id.scamguard_call_96110, () -> {
            // ACTION_DIAL needs no permission: the user presses call in the dialer
            startActivity(new Intent(Intent.ACTION_DIAL, Uri.parse("tel:" + HOTLINE)));
            WarningPresenter.deliverChoice(episode(), WarningPresenter.Choice.CALL_HOTLINE);
        });
        click(R.id.scamguard_continue, () -> {
            if (state.canContinue(SystemClock.elapsedRealtime())) choose(WarningPresenter.Choice.CONTINUE_ANYWAY);
        });
    }

    /**
     * Ends the call if the host app holds ANSWER_PHONE_CALLS (API 28+; the library does not
     * ask for it), else tells the user how to do it.
     */
    @SuppressWarnings("deprecation")
    private void hangUp() {
        boolean ended = false;
        if (Build.VERSION.SDK_INT >= 28 && CallMonitor.granted(this, "android.permission.ANSWER_PHONE_CALLS")) {
            TelecomManager tm = (TelecomManager) getSystemService(Context.TELECOM_SERVICE);
            try {
                ended = tm != null && tm.endCall();
            } catch (Throwable t) {
                Safe.warn("endCall", t);
            }
        }
        if (!ended) {
            TextView wait = (TextView) findViewById(R.id.scamguard_wait);
            wait.setText(R.string.scamguard_hang_up_hint);
            wait.setVisibility(View.VISIBLE);
        }
    }

    private String episode() {
        WarningModel m = state.current();
        return m == null ? null : m.episode;
    }

    private void choose(WarningPresenter.Choice c) {
        WarningPresenter.deliverChoice(episode(), c);
        if (c == WarningPresenter.Choice.HANG_UP) return;   // keep the warning up until the call is over
        state.clear();
        finish();
    }

    private void click(int id, Runnable r) {
        findViewById(id).setOnClickListener(v -> Safe.run("click", r));
    }
}

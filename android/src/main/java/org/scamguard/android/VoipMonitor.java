package org.scamguard.android;

import android.content.Context;
import android.media.AudioManager;
import android.os.Build;
import android.os.Handler;
import android.os.Looper;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import org.scamguard.Event;
import org.scamguard.android.mapping.VoipDetector;
import org.jspecify.annotations.Nullable;

/**
 * VoIP calls from the audio mode ({@code MODE_IN_COMMUNICATION}) plus the app in front,
 * mapped by {@link VoipDetector}. API 31+ is told of mode changes
 * ({@code AudioManager.addOnModeChangedListener}); older releases are polled through
 * {@link #check}, which the accessibility service calls on every window change and bank
 * mode calls before a transfer. Reading the mode needs no permission. Main thread.
 */
public final class VoipMonitor {
    /** Who is in front; null when unknown. */
    public interface ForegroundSource {
        @Nullable String foregroundPackage();
    }

    private final ScamGuardAndroid guard;
    private final @Nullable AudioManager audio;
    private final VoipDetector detector;
    private final @Nullable ForegroundSource foreground;
    private final @Nullable IntConsumer onMode;
    private @Nullable Object modeListener;   // AudioManager.OnModeChangedListener on API 31+

    /**
     * @param includeCellular also report cellular calls seen in the audio mode (bank mode
     *        without READ_PHONE_STATE); see {@link VoipDetector#VoipDetector(String, boolean)}
     */
    public VoipMonitor(Context context, ScamGuardAndroid guard, @Nullable ForegroundSource foreground,
                       boolean includeCellular) {
        this(context, guard, foreground, includeCellular, true, null);
    }

    /**
     * @param reportVoip report VoIP sessions as calls (false in bank mode: see {@link VoipDetector})
     * @param onMode     also told every audio mode read (bank mode turns it into a platform risk); may be null
     */
    public VoipMonitor(Context context, ScamGuardAndroid guard, @Nullable ForegroundSource foreground,
                       boolean includeCellular, boolean reportVoip, @Nullable IntConsumer onMode) {
        this.guard = guard;
        this.audio = (AudioManager) context.getSystemService(Context.AUDIO_SERVICE);
        this.detector = new VoipDetector(context.getPackageName(), includeCellular, reportVoip);
        this.foreground = foreground;
        this.onMode = onMode;
    }

    /** Starts listening for mode changes where the platform offers it. */
    public void start() {
        Safe.run("VoipMonitor.start", () -> {
            if (audio == null || modeListener != null) return;
            if (Build.VERSION.SDK_INT >= 31) {
                Handler main = new Handler(Looper.getMainLooper());
                Executor onMain = r -> main.post(r);
                AudioManager.OnModeChangedListener l = mode -> Safe.run("onModeChanged", this::check);
                audio.addOnModeChangedListener(onMain, l);
                modeListener = l;
            }
            int mode = audio.getMode();
            detector.snapshot(mode);   // a call already on is a snapshot, not a start
            if (onMode != null) onMode.accept(mode);
        });
    }

    public void stop() {
        Safe.run("VoipMonitor.stop", () -> {
            if (Build.VERSION.SDK_INT >= 31 && modeListener != null && audio != null) {
                audio.removeOnModeChangedListener((AudioManager.OnModeChangedListener) modeListener);
            }
            modeListener = null;
        });
    }

    /** Reads the audio mode now and reports a call start/end if it changed. */
    public void check() {
        Safe.run("VoipMonitor.check", () -> {
            if (audio == null) return;
            String fg = foreground == null ? null : foreground.foregroundPackage();
            int mode = audio.getMode();
            Event e = detector.onAudioMode(guard.now(), mode, fg);
            if (e != null) guard.observe(e);
            if (onMode != null) onMode.accept(mode);
        });
    }

    /** Whether a call (VoIP, or cellular if included) is believed to be running. */
    public boolean inCall() {
        return detector.inCall();
    }
}

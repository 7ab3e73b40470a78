package org.scamguard.android.mapping;

import org.scamguard.Event;

/**
 * Detects VoIP calls (WeChat, QQ, meeting apps, scam "customer service" apps) from the
 * audio mode: while an app holds a voice/video call, {@code AudioManager.getMode()} is
 * {@code MODE_IN_COMMUNICATION} (3). Cellular calls use {@code MODE_IN_CALL} (2) and are
 * reported by {@link CallMapper}, so they are ignored here. The audio mode does not say
 * which app owns the call: the app in front when the mode switched is the best guess
 * (the user just tapped "answer" in it).
 *
 * <p>Peer is always {@link Event.Peer#UNVERIFIED}: nothing tells us who is on the other end.
 * Not thread-safe.
 */
public final class VoipDetector {
    /** Same values as {@code AudioManager.MODE_*}. */
    public static final int MODE_NORMAL = 0, MODE_RINGTONE = 1, MODE_IN_CALL = 2, MODE_IN_COMMUNICATION = 3,
            MODE_CALL_SCREENING = 4, MODE_CALL_REDIRECT = 5, MODE_COMMUNICATION_REDIRECT = 6;

    private final String ownPackage;
    private final boolean includeCellular;
    private final boolean reportVoip;
    private boolean inVoip;
    private boolean inCellular;

    /** @param ownPackage our host app's package, never reported as the VoIP app */
    public VoipDetector(String ownPackage) {
        this(ownPackage, false);
    }

    /**
     * @param includeCellular also report {@code MODE_IN_CALL} as a cellular call with peer
     *        {@code unverified}: for bank-app mode, where the audio mode is the only call
     *        signal that needs no permission (READ_PHONE_STATE may be missing)
     */
    public VoipDetector(String ownPackage, boolean includeCellular) {
        this(ownPackage, includeCellular, true);
    }

    /**
     * @param reportVoip report VoIP sessions as calls (vendor mode). Bank mode passes false: a
     *        bank app cannot tell which app holds the call, so the audio mode becomes a
     *        {@code platform_risk voip_call} there (see {@link PlatformRisks}), not a call
     */
    public VoipDetector(String ownPackage, boolean includeCellular, boolean reportVoip) {
        this.ownPackage = ownPackage;
        this.includeCellular = includeCellular;
        this.reportVoip = reportVoip;
    }

    /**
     * Feeds the current audio mode and the app in front.
     *
     * @return {@code call_started} (channel voip) when a communication session begins,
     *         {@code call_ended} when it ends, otherwise null (repeats are ignored)
     */
    public Event onAudioMode(long t, int mode, String foregroundPackage) {
        boolean voip = mode == MODE_IN_COMMUNICATION || mode == MODE_COMMUNICATION_REDIRECT;
        if (includeCellular && mode == MODE_IN_CALL && !inCellular && !inVoip) {
            inCellular = true;
            return Event.builder(Event.Type.CALL_STARTED, t)
                    .direction(Event.Direction.INCOMING)
                    .peer(Event.Peer.UNVERIFIED)
                    .channel(Event.Channel.CELLULAR)
                    .build();
        }
        if (inCellular && (mode == MODE_NORMAL || mode == MODE_RINGTONE)) {
            inCellular = false;
            return Event.callEnded(t);
        }
        if (inCellular) return null;   // VoIP mode during a cellular call: still that call
        if (!reportVoip) return null;
        if (voip && !inVoip) {
            inVoip = true;
            String app = foregroundPackage;
            if (app != null && (app.equals(ownPackage) || ProjectionDialogDetector.isSystemUi(app))) app = null;
            return Event.builder(Event.Type.CALL_STARTED, t)
                    .direction(Event.Direction.INCOMING)   // unknowable; incoming is the scam case
                    .peer(Event.Peer.UNVERIFIED)
                    .channel(Event.Channel.VOIP)
                    .app(app)
                    .build();
        }
        // MODE_IN_CALL while in VoIP means a cellular call took over; keep VoIP "on" until NORMAL
        if (inVoip && (mode == MODE_NORMAL || mode == MODE_RINGTONE)) {
            inVoip = false;
            return Event.callEnded(t);
        }
        return null;
    }

    /**
     * The audio mode when watching starts: a call already on is recorded as on, without a
     * {@code call_started} (the observer reports a {@code call_state} snapshot instead), so
     * that stopping and starting again during one call does not start it twice.
     */
    public void snapshot(int mode) {
        boolean voip = mode == MODE_IN_COMMUNICATION || mode == MODE_COMMUNICATION_REDIRECT;
        inCellular = includeCellular && mode == MODE_IN_CALL;
        inVoip = reportVoip && voip && !inCellular;
    }

    /** Whether a VoIP session is believed to be running. */
    public boolean inVoip() {
        return inVoip;
    }

    /** Whether any call this detector reported is running. */
    public boolean inCall() {
        return inVoip || inCellular;
    }
}

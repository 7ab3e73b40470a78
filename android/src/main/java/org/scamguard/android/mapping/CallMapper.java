package org.scamguard.android.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.scamguard.Event;

/**
 * Turns the telephony call-state machine plus what we could learn about the other party
 * into {@code call_started}/{@code call_ended} events.
 *
 * <p>Android reports only states: IDLE, RINGING, OFFHOOK (values below mirror
 * {@code TelephonyManager.CALL_STATE_*}). A call "started" when OFFHOOK is reached:
 * from RINGING it was answered (incoming), from IDLE it was dialled (outgoing). It
 * "ended" when IDLE follows OFFHOOK. A ring that goes back to IDLE was never answered
 * and produces nothing.
 *
 * <p>The peer is never guessed. If we could not see the number (no READ_CALL_LOG on API 28+, or
 * {@code TelephonyCallback} which never passes it) or could not read the contacts (no
 * READ_CONTACTS), the peer is {@link Event.Peer#UNVERIFIED}: the engine must know that
 * "we did not check" is different from "not in contacts".
 *
 * <p>Privacy: the raw number never leaves this class. With a salt, the event carries a
 * salted SHA-256 prefix (so the engine can tell "the same caller again"); without one,
 * no number at all. Not thread-safe: feed it from one thread.
 */
public final class CallMapper {
    /** Same values as {@code TelephonyManager.CALL_STATE_IDLE/RINGING/OFFHOOK}. */
    public static final int STATE_IDLE = 0, STATE_RINGING = 1, STATE_OFFHOOK = 2;

    /** What the observer knows about the caller's number. */
    public enum NumberInfo {
        /** A number was delivered. */
        PRESENT,
        /** The platform delivered the call with an empty number although we may see numbers: caller id withheld. */
        WITHHELD,
        /** We cannot see numbers at all (permission missing or the API does not pass them). */
        NOT_VISIBLE
    }

    /** Result of {@code ContactsContract.PhoneLookup}. */
    public enum ContactLookup {
        FOUND, NOT_FOUND,
        /** READ_CONTACTS is not granted. */
        NO_PERMISSION,
        /** The lookup failed (provider missing, exception) or was not attempted. */
        FAILED
    }

    private final String salt;
    private int state = STATE_IDLE;
    private boolean inCall;
    private NumberInfo ringingNumberInfo = NumberInfo.NOT_VISIBLE;
    private ContactLookup ringingLookup = ContactLookup.FAILED;
    private String ringingNumber;
    private boolean ringingFlagged;
    private Event.Verification ringingVerification;
    private long screenedAt = -1;
    private String screenedNumber;
    private Event.Verification screenedVerification;

    /** A screening result older than this when the phone rings belongs to another call. */
    public static final long SCREENING_WINDOW_MS = 30_000;

    /**
     * @param salt per-install or per-process secret for hashing numbers; null or empty
     *             means events carry no number at all
     */
    public CallMapper(String salt) {
        this.salt = salt == null || salt.isEmpty() ? null : salt;
    }

    /**
     * Maps a peer from what we know. Public and static so that a bank app's own checks
     * and the tests can use the same rule.
     */
    public static Event.Peer peer(NumberInfo number, ContactLookup lookup, boolean flagged) {
        if (flagged) return Event.Peer.FLAGGED;
        if (number == null || number == NumberInfo.NOT_VISIBLE) return Event.Peer.UNVERIFIED;
        if (number == NumberInfo.WITHHELD) return Event.Peer.HIDDEN;
        if (lookup == null) return Event.Peer.UNVERIFIED;
        switch (lookup) {
            case FOUND: return Event.Peer.CONTACT;
            case NOT_FOUND: return Event.Peer.UNKNOWN;
            default: return Event.Peer.UNVERIFIED;   // NO_PERMISSION, FAILED: we did not check
        }
    }

    /**
     * Whether {@code PhoneStateListener.onCallStateChanged} passes the incoming number. Android 9
     * (API 28) moved it behind READ_CALL_LOG (before: READ_PHONE_STATE); {@code TelephonyCallback}
     * (API 31+) never passes it, so callers only use the legacy listener when this is true.
     */
    public static boolean numberVisible(int sdkInt, boolean readPhoneState, boolean readCallLog) {
        if (sdkInt >= 28) return readCallLog;
        return readPhoneState;
    }

    /**
     * Forgets the call this mapper believed was on, without an event: the observer stopped
     * watching, and whoever starts watching again reports the platform's state as a snapshot.
     */
    public void reset() {
        state = STATE_IDLE;
        inCall = false;
        onCallerInfo(NumberInfo.NOT_VISIBLE, ContactLookup.FAILED, null, false);
        ringingVerification = null;
    }

    /**
     * The state the platform reports when listening starts (Android calls the listener once
     * with the current state on registration). It is not a change: a call already in progress
     * is recorded as on, without a {@code call_started} (whoever starts listening reports it as
     * a {@code call_state} snapshot; answering it was not seen, so its direction is unknown).
     */
    public void snapshot(int currentState) {
        state = currentState;
        inCall = currentState == STATE_OFFHOOK;
        if (currentState != STATE_RINGING) onCallerInfo(NumberInfo.NOT_VISIBLE, ContactLookup.FAILED, null, false);
    }

    /**
     * Whether a call is in progress from what the platform says right now: the telephony state
     * (null when it cannot be read without a permission) or the audio mode, which needs none
     * ({@code MODE_IN_CALL} 2 for a cellular call, {@code MODE_IN_COMMUNICATION} 3 for VoIP).
     */
    public static boolean activeNow(Integer telephonyState, int audioMode) {
        if (telephonyState != null && telephonyState == STATE_OFFHOOK) return true;
        return audioMode == VoipDetector.MODE_IN_CALL || audioMode == VoipDetector.MODE_IN_COMMUNICATION
                || audioMode == VoipDetector.MODE_COMMUNICATION_REDIRECT;
    }

    /**
     * Classifies the number string the platform passed, given whether we hold the
     * permission that makes it visible. Empty or "-1"/"anonymous"-style values while
     * permitted mean the caller withheld it.
     */
    public static NumberInfo numberInfo(String number, boolean numberPermitted) {
        if (!numberPermitted) return NumberInfo.NOT_VISIBLE;
        if (number == null) return NumberInfo.NOT_VISIBLE;   // API gave no number field at all
        String n = Text.fold(number);
        if (n.isEmpty() || n.equals("-1") || n.equals("-2") || n.equals("-3") || n.equals("anonymous")
                || n.equals("private") || n.equals("unknown") || n.equals("restricted")
                || n.equals("未知号码") || n.equals("私人号码")) {
            return NumberInfo.WITHHELD;
        }
        return NumberInfo.PRESENT;
    }

    /**
     * What a {@code CallScreeningService} learnt about an incoming call (vendor mode, the app
     * holding the call-screening role): Android calls it only for numbers <em>not in the
     * contacts</em>, with the number (no READ_CALL_LOG needed) and, from API 30, the network's
     * STIR/SHAKEN check. Used by the next RINGING within {@link #SCREENING_WINDOW_MS}: the
     * verification always, the number and "not a contact" when the listener got no number.
     *
     * @param rawNumber the number from {@code Call.Details.getHandle()}, or null if withheld
     * @param verification {@code Connection.VERIFICATION_STATUS_*} mapped, or null before API 30
     */
    public void onScreened(long t, String rawNumber, Event.Verification verification) {
        screenedAt = t;
        screenedNumber = rawNumber;
        screenedVerification = verification;
    }

    /** {@code Connection.VERIFICATION_STATUS_NOT_VERIFIED/PASSED/FAILED} (0/1/2) as the trace's verification. */
    public static Event.Verification verification(int status) {
        switch (status) {
            case 1: return Event.Verification.PASSED;
            case 2: return Event.Verification.FAILED;
            default: return Event.Verification.NONE;
        }
    }

    private void applyScreening(long t) {
        if (screenedAt < 0) return;
        boolean recent = t >= screenedAt && t - screenedAt <= SCREENING_WINDOW_MS;
        if (recent) {
            ringingVerification = screenedVerification;
            if (ringingNumberInfo == NumberInfo.NOT_VISIBLE) {
                NumberInfo n = numberInfo(screenedNumber == null ? "" : screenedNumber, true);
                ringingNumberInfo = n;
                ringingLookup = n == NumberInfo.PRESENT ? ContactLookup.NOT_FOUND : ContactLookup.FAILED;
                ringingNumber = n == NumberInfo.PRESENT ? screenedNumber : null;
            }
        }
        screenedAt = -1;
        screenedNumber = null;
        screenedVerification = null;
    }

    /**
     * Records what we learnt about the ringing call before it is answered (the contact
     * lookup happens on RINGING, when the number is known).
     */
    public void onCallerInfo(NumberInfo number, ContactLookup lookup, String rawNumberOrNull, boolean flagged) {
        ringingNumberInfo = number == null ? NumberInfo.NOT_VISIBLE : number;
        ringingLookup = lookup == null ? ContactLookup.FAILED : lookup;
        ringingNumber = rawNumberOrNull;
        ringingFlagged = flagged;
    }

    /**
     * Feeds one call-state change.
     *
     * @return the event to send, or null when the change means nothing to the engine
     */
    public Event onState(long t, int newState) {
        int old = state;
        state = newState;
        Event e = null;
        if (newState == STATE_RINGING) applyScreening(t);
        if (newState == STATE_OFFHOOK && !inCall) {
            inCall = true;
            boolean incoming = old == STATE_RINGING;
            Event.Builder b = Event.builder(Event.Type.CALL_STARTED, t)
                    .direction(incoming ? Event.Direction.INCOMING : Event.Direction.OUTGOING)
                    .channel(Event.Channel.CELLULAR);
            if (incoming) {
                b.peer(peer(ringingNumberInfo, ringingLookup, ringingFlagged));
                String h = hash(ringingNumber);
                if (h != null && ringingNumberInfo == NumberInfo.PRESENT) b.number(h);
                b.verification(ringingVerification);
            } else {
                // Outgoing numbers need PROCESS_OUTGOING_CALLS/a dialer role, which we do
                // not ask for: say we could not check.
                b.peer(Event.Peer.UNVERIFIED);
            }
            e = b.build();
        } else if (newState == STATE_IDLE && inCall) {
            inCall = false;
            e = Event.callEnded(t);
        }
        if (newState == STATE_IDLE) {
            onCallerInfo(NumberInfo.NOT_VISIBLE, ContactLookup.FAILED, null, false);
            ringingVerification = null;   // the next call starts without this one's check
        }
        return e;
    }

    /** Whether a cellular call is in progress (OFFHOOK seen, IDLE not yet). */
    public boolean inCall() {
        return inCall;
    }

    /**
     * Salted hash of the number's digits ("h:" + 16 hex chars), or null without salt or
     * digits. Only digits and a leading '+' count, so "+86 138-0000-0000" and
     * "+8613800000000" hash alike.
     */
    public String hash(String number) {
        if (salt == null || number == null) return null;
        StringBuilder d = new StringBuilder();
        String n = Text.fold(number);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if ((c >= '0' && c <= '9') || (c == '+' && d.length() == 0)) d.append(c);
        }
        if (d.length() == 0 || (d.length() == 1 && d.charAt(0) == '+')) return null;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            byte[] h = md.digest(d.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("h:");
            for (int i = 0; i < 8; i++) hex.append(String.format("%02x", h[i] & 0xff));
            return hex.toString();
        } catch (Exception e) {
            return null;   // no SHA-256 (never on Android): drop the number
        }
    }
}

package org.scamguard.android;

import android.Manifest;
import android.content.ContentResolver;
import android.content.Context;
import android.content.pm.PackageManager;
import android.database.Cursor;
import android.net.Uri;
import android.os.Build;
import android.os.Handler;
import android.os.HandlerThread;
import android.os.Looper;
import android.provider.ContactsContract;
import android.telephony.PhoneStateListener;
import android.telephony.TelephonyCallback;
import android.telephony.TelephonyManager;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.scamguard.Event;
import org.scamguard.android.mapping.CallMapper;
import org.scamguard.android.mapping.CallMapper.ContactLookup;
import org.scamguard.android.mapping.CallMapper.NumberInfo;
import org.jspecify.annotations.Nullable;

/**
 * Cellular calls: call state from {@code TelephonyCallback.CallStateListener} (API 31+) or
 * {@code PhoneStateListener} (older, or when READ_CALL_LOG makes the number visible),
 * the caller checked against the contacts with {@code ContactsContract.PhoneLookup}.
 * The mapping (state machine, peer rules, number hashing) is {@link CallMapper}.
 *
 * <p>Missing permissions are stated, not guessed: without READ_PHONE_STATE on API 31+
 * no listener can be registered ({@link #start} returns false; call it again once the
 * permission is granted); without READ_CALL_LOG (API 28+) or READ_CONTACTS the call is
 * reported with peer {@code unverified}. The state Android reports on registration is a
 * snapshot ({@link CallMapper#snapshot}), not a call start.
 * Callbacks arrive on the main thread; the contact lookup runs on a worker thread, and a
 * call answered before the lookup returns is reported once it does (waiting at most 1 s).
 */
public final class CallMonitor {
    /** Running monitors, told about screened calls (the screening service runs in the same process). */
    private static final java.util.Set<CallMonitor> RUNNING =
            java.util.Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());
    private final Context app;
    private final ScamGuardAndroid guard;
    /**
     * Salt of the number hashes, random per process: every monitor and the contact watcher hash
     * a number alike within a process (the engine matches "this caller again", "saved as a
     * contact an hour ago"), and nothing links them across restarts.
     */
    static final String SALT = UUID.randomUUID().toString();
    private final CallMapper mapper = new CallMapper(SALT);
    private final Handler main = new Handler(Looper.getMainLooper());
    private @Nullable TelephonyManager tm;
    private @Nullable Object listener;  // TelephonyCallback or PhoneStateListener
    private @Nullable HandlerThread lookupThread;
    private int generation;             // drops lookups of a call that is already over
    private boolean lookupPending;      // RINGING with a number, PhoneLookup not answered yet
    private long deferredOffhook = -1;  // time of an OFFHOOK waiting for that lookup
    private boolean first = true;       // the next callback is the registration snapshot
    private static final long LOOKUP_WAIT_MS = 1000;

    public CallMonitor(Context context, ScamGuardAndroid guard) {
        this.app = context.getApplicationContext() != null ? context.getApplicationContext() : context;
        this.guard = guard;
    }

    /** Whether the app holds {@code permission}. */
    static boolean granted(Context c, String permission) {
        if (Build.VERSION.SDK_INT < 23) return true;   // install-time grants before Marshmallow
        return c.checkSelfPermission(permission) == PackageManager.PERMISSION_GRANTED;
    }

    /**
     * Starts listening. Main thread.
     *
     * @return false if call state cannot be observed (no READ_PHONE_STATE on API 31+, no
     *         telephony); the reason is logged and nothing else happens
     */
    public boolean start() {
        if (listener != null) return true;
        try {
            tm = (TelephonyManager) app.getSystemService(Context.TELEPHONY_SERVICE);
            if (tm == null) return false;
            boolean phoneState = granted(app, Manifest.permission.READ_PHONE_STATE);
            if (Build.VERSION.SDK_INT >= 31 && !phoneState) {
                Safe.info("calls: READ_PHONE_STATE not granted, call state not observed");
                return false;
            }
            lookupThread = new HandlerThread("scamguard-contacts");
            lookupThread.start();
            if (Build.VERSION.SDK_INT >= 31 && !numberVisible()) {
                listener = registerCallback();
            } else {
                listener = registerLegacy();
            }
            RUNNING.add(this);
            return true;
        } catch (Throwable t) {
            Safe.warn("CallMonitor.start", t);
            stop();
            return false;
        }
    }

    /** Stops listening. Safe to call twice. */
    @SuppressWarnings("deprecation")
    public void stop() {
        Safe.run("CallMonitor.stop", () -> {
            RUNNING.remove(this);
            if (tm != null && listener != null) {
                if (Build.VERSION.SDK_INT >= 31 && listener instanceof TelephonyCallback) {
                    tm.unregisterTelephonyCallback((TelephonyCallback) listener);
                } else if (listener instanceof PhoneStateListener) {
                    tm.listen((PhoneStateListener) listener, PhoneStateListener.LISTEN_NONE);
                }
            }
            listener = null;
            flushDeferred.run();
            // whoever starts listening again reports the state as a snapshot
            mapper.reset();
            first = true;
            if (lookupThread != null) lookupThread.quitSafely();
            lookupThread = null;
        });
    }

    /**
     * A call the {@code CallScreeningService} saw (vendor artifact): the number (not a contact)
     * and the network's check reach every running monitor's mapper, on the main thread.
     */
    static void onScreened(@Nullable String rawNumber, Event.@Nullable Verification verification) {
        for (CallMonitor m : RUNNING) {
            m.main.post(() -> Safe.run("onScreened", () -> m.mapper.onScreened(m.guard.now(), rawNumber, verification)));
        }
    }

    /** Whether the platform hands us incoming numbers at all (READ_CALL_LOG from API 28). */
    private boolean numberVisible() {
        return CallMapper.numberVisible(Build.VERSION.SDK_INT,
                granted(app, Manifest.permission.READ_PHONE_STATE), granted(app, Manifest.permission.READ_CALL_LOG));
    }

    /** Whether {@link #start} can succeed now (a permission may have been granted since). */
    static boolean canStart(Context c) {
        return Build.VERSION.SDK_INT < 31 || granted(c, Manifest.permission.READ_PHONE_STATE);
    }

    /** Whether the listener is registered. */
    public boolean running() {
        return listener != null;
    }

    /**
     * The telephony call state now ({@code CALL_STATE_*}), or null when it cannot be read
     * (API 31+ needs READ_PHONE_STATE; no telephony).
     */
    @SuppressWarnings("deprecation")
    static @Nullable Integer platformCallState(Context c) {
        try {
            TelephonyManager tm = (TelephonyManager) c.getSystemService(Context.TELEPHONY_SERVICE);
            if (tm == null) return null;
            if (Build.VERSION.SDK_INT >= 31) {
                if (!granted(c, Manifest.permission.READ_PHONE_STATE)) return null;
                return tm.getCallStateForSubscription();
            }
            return tm.getCallState();
        } catch (Throwable t) {
            Safe.warn("platformCallState", t);
            return null;
        }
    }

    private Object registerCallback() {
        if (Build.VERSION.SDK_INT < 31) return null;
        Executor onMain = r -> main.post(r);
        TelephonyCallback cb = new CallStateCallback();
        tm.registerTelephonyCallback(onMain, cb);
        return cb;
    }

    /** API 31+: the state only, never the number, so the peer is unverified. */
    private final class CallStateCallback extends TelephonyCallback implements TelephonyCallback.CallStateListener {
        @Override
        public void onCallStateChanged(int state) {
            Safe.run("onCallStateChanged", () -> onState(state, null, false));
        }
    }

    @SuppressWarnings("deprecation")
    private Object registerLegacy() {
        // the no-argument constructor delivers on the calling thread's looper: start() runs on main
        PhoneStateListener l = new PhoneStateListener() {
            @Override
            public void onCallStateChanged(int state, String number) {
                Safe.run("onCallStateChanged", () -> onState(state, number, numberVisible()));
            }
        };
        tm.listen(l, PhoneStateListener.LISTEN_CALL_STATE);
        return l;
    }

    /** Main thread. */
    private void onState(int state, String number, boolean numberPermitted) {
        long t = guard.now();
        if (first) {
            first = false;
            mapper.snapshot(state);
            if (state == CallMapper.STATE_RINGING) {
                NumberInfo info = CallMapper.numberInfo(number, numberPermitted);
                mapper.onCallerInfo(info, ContactLookup.FAILED, number, false);
                lookupPending = info == NumberInfo.PRESENT;
                if (lookupPending) lookUpLater(number, ++generation);
            }
            return;
        }
        if (state == CallMapper.STATE_RINGING) {
            NumberInfo info = CallMapper.numberInfo(number, numberPermitted);
            mapper.onCallerInfo(info, ContactLookup.FAILED, number, false);
            lookupPending = info == NumberInfo.PRESENT;
            if (lookupPending) lookUpLater(number, ++generation);
        }
        if (state == CallMapper.STATE_OFFHOOK && lookupPending && deferredOffhook < 0 && !mapper.inCall()) {
            // Answered before the contact lookup finished: wait for it (at most
            // LOOKUP_WAIT_MS) rather than report a contact as "unverified".
            deferredOffhook = t;
            main.postDelayed(flushDeferred, LOOKUP_WAIT_MS);
            return;
        }
        flushDeferred.run();   // any later state first reports the deferred answer
        if (state == CallMapper.STATE_IDLE) {
            generation++;
            lookupPending = false;
        }
        emit(mapper.onState(t, state));
    }

    private void emit(Event e) {
        if (e != null) guard.observe(e);
    }

    /** Reports a deferred OFFHOOK with the time it happened (ScamGuardAndroid keeps order). */
    private final Runnable flushDeferred = new Runnable() {
        @Override
        public void run() {
            main.removeCallbacks(this);
            if (deferredOffhook < 0) return;
            long t = deferredOffhook;
            deferredOffhook = -1;
            Safe.run("deferredOffhook", () -> emit(mapper.onState(t, CallMapper.STATE_OFFHOOK)));
        }
    };

    private void lookUpLater(String number, int gen) {
        HandlerThread th = lookupThread;
        if (th == null) return;
        new Handler(th.getLooper()).post(() -> {
            ContactLookup r = lookup(number);
            main.post(() -> Safe.run("lookupResult", () -> {
                if (gen != generation) return;   // that call is over
                mapper.onCallerInfo(NumberInfo.PRESENT, r, number, false);
                lookupPending = false;
                flushDeferred.run();
            }));
        });
    }

    /** {@code ContactsContract.PhoneLookup}: found / not found / no permission / failed. */
    ContactLookup lookup(String number) {
        if (!granted(app, Manifest.permission.READ_CONTACTS)) return ContactLookup.NO_PERMISSION;
        Cursor c = null;
        try {
            ContentResolver cr = app.getContentResolver();
            Uri uri = Uri.withAppendedPath(ContactsContract.PhoneLookup.CONTENT_FILTER_URI, Uri.encode(number));
            c = cr.query(uri, new String[] {ContactsContract.PhoneLookup._ID}, null, null, null);
            if (c == null) return ContactLookup.FAILED;
            return c.moveToFirst() ? ContactLookup.FOUND : ContactLookup.NOT_FOUND;
        } catch (Throwable t) {
            Safe.warn("PhoneLookup", t);
            return ContactLookup.FAILED;
        } finally {
            if (c != null) c.close();
        }
    }

    /** Whether a cellular call is in progress, as far as this monitor saw. */
    public boolean inCall() {
        return mapper.inCall();
    }
}

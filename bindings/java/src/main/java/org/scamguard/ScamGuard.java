package org.scamguard;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The anti-scam engine: feed it device events, get warnings back before money moves.
 *
 * <p>One native engine per instance. Thread-safe: any method may be called from any thread; events
 * are applied one at a time in the order the calls enter the engine. Times must never go
 * backwards (across all threads feeding one instance).
 *
 * <p>Errors: a null required argument throws {@link NullPointerException}; a negative or backwards
 * time, an unparseable amount or any other bad argument throws {@link IllegalArgumentException}
 * with the reason; a broken rule pack throws {@link RulePackException}. The engine ignores the
 * offending call and stays usable.
 *
 * <p>Always {@link #close()} it (try-with-resources): the native engine is not freed by the
 * garbage collector. After {@code close()} every other method throws {@link
 * IllegalStateException}; {@code close()} itself may be called again (no-op).
 *
 * <pre>{@code
 * try (ScamGuard guard = new ScamGuard()) {
 *     guard.addListener(w -> showWarning(w));
 *     guard.onCallStarted(now, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
 *     List<Warning> ws = guard.onScreenShareStarted(now + 5_000, "com.tencent.wemeet.app");
 * }
 * }</pre>
 */
public final class ScamGuard implements AutoCloseable {

    /** Options for {@link ScamGuard#ScamGuard(Options)}; builder style. */
    public static final class Options {
        private String lang = "zh-CN";
        private String rulePack;
        private boolean asyncListeners;

        /** Default options: default rule pack, zh-CN, listeners on the calling thread. */
        public Options() {}

        /**
         * Language of warning texts: {@code "zh-CN"} (default), {@code "zh-HK"} (traditional;
         * {@code "zh-TW"} is accepted for it) or {@code "en"}.
         *
         * @throws IllegalArgumentException for any other value
         */
        public Options lang(String lang) {
            this.lang = Lang.fromWire(lang).wireName();
            return this;
        }

        /** Language of warning texts. */
        public Options lang(Lang lang) {
            this.lang = Objects.requireNonNull(lang, "lang").wireName();
            return this;
        }

        /** Language of warning texts for the user's locale ({@link Lang#fromLocale(java.util.Locale)}). */
        public Options locale(java.util.Locale locale) {
            return lang(Lang.fromLocale(Objects.requireNonNull(locale, "locale")));
        }

        /** A rule pack (JSON) instead of the built-in one; null = the built-in pack. */
        public Options rulePack(String json) {
            this.rulePack = json;
            return this;
        }

        /**
         * If true, {@link WarningListener}s are called on a dispatcher thread owned by the native
         * library (one per engine, strictly in the order the engine raised the warnings) instead
         * of on the thread that fed the event, so a slow listener never delays {@code observe}.
         * Default false.
         */
        public Options asyncListeners(boolean async) {
            this.asyncListeners = async;
            return this;
        }
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ListenerDispatch dispatch = new ListenerDispatch();
    private final boolean asyncListeners;
    /** The native engine; 0 once closed. Read under the read lock, cleared under the write lock. */
    private long handle;

    /** An engine with the built-in rule pack, warnings in zh-CN. */
    public ScamGuard() {
        NativeLoader.load();
        this.asyncListeners = false;
        try {
            this.handle = Native.create(null, "zh-CN", null);
        } catch (RulePackException e) {
            throw new IllegalStateException("built-in rule pack rejected: " + e.getMessage(), e);
        }
    }

    /**
     * An engine with the given options.
     *
     * @throws RulePackException if {@code options.rulePack} does not validate
     */
    public ScamGuard(Options options) throws RulePackException {
        Objects.requireNonNull(options, "options");
        NativeLoader.load();
        this.asyncListeners = options.asyncListeners;
        this.handle =
                Native.create(options.rulePack, options.lang, options.asyncListeners ? dispatch : null);
    }

    // ---------------------------------------------------------------- events

    /**
     * Feeds one event; returns the warnings it raised (possibly empty, never null) and calls every
     * registered {@link WarningListener}.
     *
     * @throws NullPointerException if {@code event} is null
     * @throws IllegalArgumentException if its time is before the last event's, or a field is bad
     * @throws IllegalStateException after {@link #close()}
     */
    public List<Warning> observe(Event event) {
        return Wire.encode(Objects.requireNonNull(event, "event"), call);
    }

    /** {@code call_started}; see {@link #observe(Event)} for the exceptions. */
    public List<Warning> onCallStarted(
            long t, Event.Direction d, Event.Peer p, Event.Channel c, String voipAppOrNull) {
        return Wire.callStarted(call, t, d, p, c, voipAppOrNull, null, null);
    }

    /**
     * {@code call_started} with the check of the caller's number ({@code verificationOrNull}:
     * STIR/SHAKEN from {@code Call.Details.getCallerNumberVerificationStatus()}, or the bank's own
     * call check; null = none made).
     */
    public List<Warning> onCallStarted(
            long t,
            Event.Direction d,
            Event.Peer p,
            Event.Channel c,
            String voipAppOrNull,
            Event.Verification verificationOrNull) {
        return Wire.callStarted(call, t, d, p, c, voipAppOrNull, null, verificationOrNull);
    }

    /**
     * {@code contact_added}: the user saved a contact ({@code numberOrNull} is hashed, never kept).
     */
    public List<Warning> onContactAdded(long t, String numberOrNull) {
        return Wire.contactAdded(call, t, numberOrNull);
    }

    /**
     * {@code call_state}: a snapshot of whether a call is on; {@code false} ends a call whose
     * {@code call_ended} was lost. Send it when an observer (re)starts.
     */
    public List<Warning> onCallState(long t, boolean active) {
        return Wire.callState(call, t, active);
    }

    /**
     * {@code payment_prompt}: a screen about to move money (QR pay, payment code, collect request,
     * credit drawdown); amount as written or null, currency an ISO code or null.
     */
    public List<Warning> onPaymentPrompt(
            long t, String pkgOrNull, Event.PaymentKind kind, String amountOrNull, String currencyOrNull) {
        return Wire.paymentPrompt(call, t, pkgOrNull, kind, amountOrNull, currencyOrNull);
    }

    /** {@code platform_risk}: a fact the platform reports (capture, remote control, casting, VoIP). */
    public List<Warning> onPlatformRisk(long t, Event.RiskKind kind, String pkgOrNull) {
        return Wire.platformRisk(call, t, kind, pkgOrNull);
    }

    /** {@code call_ended}. */
    public List<Warning> onCallEnded(long t) {
        return Wire.callEnded(call, t);
    }

    /** {@code app_foreground}: that app's window came to the front. */
    public List<Warning> onAppForeground(long t, String pkg) {
        return Wire.pkgOnly(call, Event.Type.APP_FOREGROUND, t, pkg);
    }

    /** {@code app_installed}: an app was installed or updated. */
    public List<Warning> onAppInstalled(
            long t, String pkg, String installerOrNull, String labelOrNull) {
        return Wire.appInstalled(call, t, pkg, installerOrNull, labelOrNull);
    }

    /** {@code app_removed}. */
    public List<Warning> onAppRemoved(long t, String pkg) {
        return Wire.pkgOnly(call, Event.Type.APP_REMOVED, t, pkg);
    }

    /** {@code screen_share_started}: sharing, casting or recording began. */
    public List<Warning> onScreenShareStarted(long t, String pkgOrNull) {
        return Wire.pkgOnly(call, Event.Type.SCREEN_SHARE_STARTED, t, pkgOrNull);
    }

    /** {@code screen_share_stopped}. */
    public List<Warning> onScreenShareStopped(long t, String pkgOrNull) {
        return Wire.pkgOnly(call, Event.Type.SCREEN_SHARE_STOPPED, t, pkgOrNull);
    }

    /** {@code accessibility_enabled}: an accessibility service of that app was switched on. */
    public List<Warning> onAccessibilityEnabled(long t, String pkg) {
        return Wire.accessibilityEnabled(call, t, pkg, null, null);
    }

    /**
     * {@code accessibility_enabled} with what the platform says: {@code toolOrNull} ({@code
     * AccessibilityServiceInfo.isAccessibilityTool()}) and {@code fromStoreOrNull} (installed from
     * an app store); null = unknown.
     */
    public List<Warning> onAccessibilityEnabled(
            long t, String pkg, Boolean toolOrNull, Boolean fromStoreOrNull) {
        return Wire.accessibilityEnabled(call, t, pkg, toolOrNull, fromStoreOrNull);
    }

    /** {@code overlay_shown}: an app drew over other apps. */
    public List<Warning> onOverlayShown(long t, String pkg) {
        return Wire.pkgOnly(call, Event.Type.OVERLAY_SHOWN, t, pkg);
    }

    /** {@code setting_changed}: a protective setting was turned on or off. */
    public List<Warning> onSettingChanged(
            long t, Event.Setting s, String pkgOrNull, boolean enabled) {
        return Wire.settingChanged(call, t, s, pkgOrNull, enabled);
    }

    /** {@code text_entered}: the user typed into a field of that app (the text is never logged). */
    public List<Warning> onTextEntered(long t, String pkg, Event.Field f, String text) {
        return Wire.textEntered(call, t, pkg, f, text);
    }

    /** {@code screen_text}: text visible on screen in that app. */
    public List<Warning> onScreenText(long t, String pkg, String text) {
        return Wire.screenText(call, t, pkg, text);
    }

    /** {@code notification}: a notification was posted. */
    public List<Warning> onNotification(long t, String pkg, String titleOrNull, String text) {
        return Wire.notification(call, t, pkg, titleOrNull, text);
    }

    /** {@code sms_received}: an SMS arrived ({@code k} null = UNKNOWN). */
    public List<Warning> onSmsReceived(
            long t, String senderOrNull, Event.SenderKind k, String text) {
        return Wire.smsReceived(call, t, senderOrNull, k, text);
    }

    /**
     * {@code transfer_started}: a bank or payment app reports that the user is about to confirm a
     * transfer. {@code amount} as written ({@code "19,999.58"}, {@code "¥500"}, {@code "1.5万"});
     * an unparseable amount throws {@link IllegalArgumentException}.
     */
    public List<Warning> onTransferStarted(
            long t, String pkgOrNull, String amount, String currencyOrNull, Boolean payeeNewOrNull) {
        return Wire.transferStarted(call, t, pkgOrNull, amount, currencyOrNull, payeeNewOrNull, null);
    }

    /** Where every event goes: the engine, then the listeners. */
    private final Wire.Sink<List<Warning>> call = this::observeFlat;

    private List<Warning> observeFlat(
            int type, long t, int flags, String a, String b, String c, String d) {
        Warning[] ws;
        Lock r = lock.readLock();
        r.lock();
        try {
            ws = Native.observe(live(), type, t, flags, a, b, c, d);
        } finally {
            r.unlock();
        }
        if (ws == null) {
            return Collections.emptyList();
        }
        if (!asyncListeners) {
            dispatch.deliver(ws);
        }
        return Collections.unmodifiableList(Arrays.asList(ws));
    }

    // ---------------------------------------------------------------- bank apps

    /**
     * For bank apps, before the user confirms a transfer: would a transfer now trip a rule? Records
     * the attempt (as a money step of the current episode) and nothing else; listeners are not
     * called.
     *
     * @param t time (ms, trace clock)
     * @param pkg the bank app's package
     * @param amount as written ({@code "19,999.58"}); unparseable throws {@link
     *     IllegalArgumentException}
     * @param currency e.g. {@code "CNY"}
     * @param payeeNew whether the payee was never paid before
     */
    public TransferVerdict assessTransfer(
            long t, String pkg, String amount, String currency, boolean payeeNew) {
        Lock r = lock.readLock();
        r.lock();
        try {
            return Native.assessTransfer(live(), t, pkg, amount, currency, payeeNew);
        } finally {
            r.unlock();
        }
    }

    // ---------------------------------------------------------------- configuration

    /**
     * Replaces the rules with the given pack (JSON).
     *
     * @throws RulePackException if it does not validate; the previous rules stay in force
     */
    public void loadRules(String json) throws RulePackException {
        Lock r = lock.readLock();
        r.lock();
        try {
            Native.loadRules(live(), json);
        } finally {
            r.unlock();
        }
    }

    /**
     * Adds a category to an app in this engine's catalog (a city bank's app, a new remote-control
     * tool). Apps not in the catalog still count where no category is needed, e.g. a screen share
     * by any app; a category lets the bank- and loan-specific rules see them too.
     *
     * @param pkg the app's package name ({@code com.example.citybank})
     * @param labelOrNull the name shown in warnings, or null for the package name
     * @throws NullPointerException if {@code pkg} or {@code category} is null
     * @throws IllegalArgumentException if {@code pkg} is not a package name, or the catalog is full
     */
    public void addApp(String pkg, AppCategory category, String labelOrNull) {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(category, "category");
        Lock r = lock.readLock();
        r.lock();
        try {
            Native.addApp(live(), pkg, category.wireName(), labelOrNull);
        } finally {
            r.unlock();
        }
    }

    /** Registers a listener called for each new warning (adding the same one twice calls it twice). */
    public void addListener(WarningListener l) {
        Objects.requireNonNull(l, "listener");
        checkOpen();
        dispatch.listeners.add(l);
    }

    /** Unregisters a listener (no-op if it was not registered). */
    public void removeListener(WarningListener l) {
        checkOpen();
        dispatch.listeners.remove(l);
    }

    /**
     * Frees the native engine. Waits for calls in progress on other threads to finish; with async
     * listeners, also for the dispatcher thread to deliver what was already raised. Idempotent.
     */
    @Override
    public void close() {
        long h;
        Lock w = lock.writeLock();
        w.lock();
        try {
            h = handle;
            handle = 0;
        } finally {
            w.unlock();
        }
        if (h != 0) {
            // Outside the lock: an async listener that calls back into this object while the
            // dispatcher drains gets IllegalStateException instead of a deadlock.
            Native.destroy(h);
        }
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        Lock r = lock.readLock();
        r.lock();
        try {
            return handle == 0;
        } finally {
            r.unlock();
        }
    }

    /** The live handle; call with the read lock held. */
    private long live() {
        long h = handle;
        if (h == 0) {
            throw new IllegalStateException("ScamGuard is closed");
        }
        return h;
    }

    private void checkOpen() {
        if (isClosed()) {
            throw new IllegalStateException("ScamGuard is closed");
        }
    }
}

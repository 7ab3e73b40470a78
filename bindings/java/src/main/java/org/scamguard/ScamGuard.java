package org.scamguard;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Lock;
import org.jspecify.annotations.Nullable;

/**
 * The anti-scam engine: feed it device events, get warnings back before money moves.
 *
 * <p><b>One per process.</b> Create it once (an {@code Application}-scoped holder, not per
 * Activity: a new engine forgets the scam episode in progress, e.g. on rotation) and {@link
 * #close()} it when the process no longer needs it. An engine the app forgot to close is freed
 * by a cleaner after it becomes unreachable; closing is still the right thing to do.
 *
 * <p><b>The clock.</b> Every {@code t} is milliseconds on one monotonic clock, the same for every
 * event fed to one engine: on Android {@code SystemClock.elapsedRealtime()} (not {@code
 * System.currentTimeMillis()}, which jumps when the user or the network sets the time); in tests
 * any monotonic milliseconds (e.g. the trace's {@code t}). The engine never refuses a time: one a
 * little before the last one seen (two threads racing to feed it) is clamped to the last time
 * seen; one far before it (a reboot restarts {@code elapsedRealtime()} at 0) starts a new clock
 * epoch that continues from the last time; a wild jump ahead is capped. Only a negative {@code t}
 * is an error. Name the boot with {@link #setBoot} when the process starts, so that time across
 * a reboot is measured on the wall clock and an episode from before it keeps its age.
 *
 * <p><b>Process death.</b> {@link #snapshot()} / {@link #restore(String)} carry the device state,
 * the episode and the clock to a new process (versioned, checksummed, no raw values); a bad
 * snapshot is refused with a {@link SnapshotException} and the engine stays as it was.
 *
 * <p><b>Threads.</b> Thread-safe: any method may be called from any thread; events are applied
 * one at a time in the order the calls enter the engine. Calls are short (microseconds) but do
 * not hold them on a UI thread in a loop.
 *
 * <p><b>Errors.</b> Unchecked exceptions for programming errors: a null required argument throws
 * {@link NullPointerException}, a bad value {@link IllegalArgumentException} (the message names
 * the field and the problem, never the value: it may be a phone number or typed text), any call
 * after {@link #close()} {@link IllegalStateException}. The only checked exception is {@link
 * RulePackException}, from the calls that load a rule pack ({@link #create(Options, String)},
 * {@link #loadRules(String)}). A rejected call changes nothing; the engine stays usable.
 *
 * <pre>{@code
 * ScamGuard guard = new ScamGuard(new ScamGuard.Options().locale(Locale.getDefault()));
 * guard.addListener(mainExecutor, w -> showWarning(w));
 * long now = SystemClock.elapsedRealtime();
 * guard.onCallStarted(now, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
 * List<Warning> ws = guard.onScreenShareStarted(SystemClock.elapsedRealtime(), "com.tencent.wemeet.app");
 * }</pre>
 *
 * <p>Kotlin sees exact nullability (the package is JSpecify {@code @NullMarked}): {@code
 * guard.addListener(mainExecutor) { w -> show(w.title) }}, {@code verdict.level}, {@code
 * warning.evidence}.
 */
public final class ScamGuard implements AutoCloseable {
    /** Default cap of the async listener queue ({@link Options#listenerQueueCapacity(int)}). */
    public static final int DEFAULT_LISTENER_QUEUE_CAPACITY = 256;

    /**
     * Longest snapshot {@link #restore(String)} reads, in chars (the engine's limit is 256 KB of
     * UTF-8; every list it saves is capped, so a real snapshot is a few KB).
     */
    public static final int MAX_SNAPSHOT_CHARS = 256 * 1024;

    /** {@link #episodeStages()} bit: a stranger's call (or a VoIP call from a non-contact). */
    public static final int STAGE_CONTACT = 1;
    /** {@link #episodeStages()} bit: scam vocabulary (refund, claim, safe account...). */
    public static final int STAGE_PRETEXT = 1 << 1;
    /** {@link #episodeStages()} bit: someone else gets eyes or hands on the phone. */
    public static final int STAGE_CONTROL = 1 << 2;
    /** {@link #episodeStages()} bit: a loan or credit line is opened. */
    public static final int STAGE_CREDIT = 1 << 3;
    /** {@link #episodeStages()} bit: an amount is typed or a transfer started. */
    public static final int STAGE_MONEY = 1 << 4;

    /** Options for {@link ScamGuard#ScamGuard(Options)}; builder style, or bean setters. */
    public static final class Options {
        private String lang = "zh-CN";
        private @Nullable String rulePack;
        private boolean asyncListeners;
        private int queueCapacity = DEFAULT_LISTENER_QUEUE_CAPACITY;
        private @Nullable List<String> regions;
        private @Nullable AppCatalog catalog;

        /** Default options: built-in rules, zh-CN, listeners on the calling thread. */
        public Options() {}

        /**
         * Language of warning texts: {@code "zh-CN"} (default), {@code "zh-HK"} (traditional;
         * {@code "zh-TW"} is accepted for it) or {@code "en"}.
         *
         * @throws IllegalArgumentException for any other value
         */
        public Options lang(String lang) {
            this.lang = Lang.fromWire(Objects.requireNonNull(lang, "lang")).wireName();
            return this;
        }

        /** Language of warning texts. */
        public Options lang(Lang lang) {
            this.lang = Objects.requireNonNull(lang, "lang").wireName();
            return this;
        }

        /**
         * Language of warning texts for the user's locale ({@link Lang#fromLocale(Locale)}) and,
         * unless {@link #regions(String...)} was called, its home region ({@link
         * Regions#fromLocale(Locale)}): hotlines, official numbers and currency of that country.
         */
        public Options locale(Locale locale) {
            lang(Lang.fromLocale(Objects.requireNonNull(locale, "locale")));
            String region = Regions.fromLocale(locale);
            if (regions == null && region != null) {
                regions(region);
            }
            return this;
        }

        /** The language chosen. */
        public Lang getLang() {
            return Lang.fromWire(lang);
        }

        /** Bean-style {@link #lang(Lang)} (Kotlin: {@code options.lang = Lang.EN}). */
        public void setLang(Lang lang) {
            lang(lang);
        }

        /**
         * The regions whose official numbers, apps and scam scripts apply, by wire name: {@code
         * "cn"}, {@code "hk"}, {@code "tw"}, {@code "sg"}, {@code "in"}, {@code "uk"}, {@code
         * "us"}, {@code "au"} (several may be active). Not called: the engine's default. An
         * unknown name makes the {@link ScamGuard} constructor throw {@link
         * IllegalArgumentException}.
         */
        public Options regions(String... wireNames) {
            Objects.requireNonNull(wireNames, "regions");
            List<String> copy = new java.util.ArrayList<>(wireNames.length);
            for (String r : wireNames) {
                copy.add(Objects.requireNonNull(r, "regions: a region"));
            }
            this.regions = Collections.unmodifiableList(copy);
            return this;
        }

        /** The regions set with {@link #regions(String...)}, or null for the engine's default. */
        public @Nullable List<String> getRegions() {
            return regions;
        }

        /** Bean-style {@link #regions(String...)} (Kotlin: {@code options.regions = listOf("hk")}). */
        public void setRegions(List<String> wireNames) {
            regions(Objects.requireNonNull(wireNames, "regions").toArray(new String[0]));
        }

        /**
         * A catalog shared with other engines ({@link AppCatalog#fromRows(String)}) instead of
         * the built-in one; null = the built-in catalog. The engine shares its rows (no copy) and
         * keeps its own later {@link ScamGuard#addApps(String)} to itself. A catalog closed
         * before the {@link ScamGuard} constructor runs makes it throw {@link
         * IllegalStateException}; closing it afterwards does not affect the engine.
         */
        public Options catalog(@Nullable AppCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /** The catalog set with {@link #catalog(AppCatalog)}, or null for the built-in one. */
        public @Nullable AppCatalog getCatalog() {
            return catalog;
        }

        /** Bean-style {@link #catalog(AppCatalog)} (Kotlin: {@code options.catalog = shared}). */
        public void setCatalog(@Nullable AppCatalog catalog) {
            catalog(catalog);
        }

        /**
         * A rule pack (JSON) instead of the built-in one; null = the built-in pack.
         *
         * @deprecated A broken pack then makes {@link ScamGuard#ScamGuard(Options)} throw an
         *     unchecked {@link IllegalArgumentException}. Use {@link ScamGuard#create(Options,
         *     String)}, which reports it as a checked {@link RulePackException}.
         */
        @Deprecated
        public Options rulePack(@Nullable String json) {
            this.rulePack = json;
            return this;
        }

        /**
         * If true, {@link WarningListener}s are called on a dispatcher thread owned by the native
         * library (one per engine, strictly in the order the engine raised the warnings) instead
         * of on the thread that fed the event, so a slow listener never delays {@code observe}.
         * The queue to that thread is bounded ({@link #listenerQueueCapacity(int)}). Default false.
         */
        public Options asyncListeners(boolean async) {
            this.asyncListeners = async;
            return this;
        }

        /** Whether listeners run on the engine's dispatcher thread. */
        public boolean isAsyncListeners() {
            return asyncListeners;
        }

        /** Bean-style {@link #asyncListeners(boolean)}. */
        public void setAsyncListeners(boolean async) {
            asyncListeners(async);
        }

        /**
         * How many warnings may wait for a stuck or slow async listener (default {@value
         * #DEFAULT_LISTENER_QUEUE_CAPACITY}). When the queue is full, warnings of the same
         * episode are coalesced (the latest and most severe one wins); criticals are never
         * dropped; what is dropped is counted ({@link ScamGuard#getDroppedWarnings()}).
         *
         * @throws IllegalArgumentException unless 1 &lt;= capacity &lt;= 65536
         */
        public Options listenerQueueCapacity(int capacity) {
            if (capacity < 1 || capacity > 65536) {
                throw new IllegalArgumentException("listenerQueueCapacity must be between 1 and 65536");
            }
            this.queueCapacity = capacity;
            return this;
        }
    }

    /** The native engine ({@link NativeHandle}). */
    private static final class NativeState extends NativeHandle {
        NativeState(long handle) {
            super(handle, "ScamGuard is closed");
        }

        @Override
        void destroy(long handle) {
            Native.destroy(handle);
        }
    }

    private final NativeState state;
    private final ListenerDispatch dispatch;
    private final boolean asyncListeners;
    private final EngineCleaner.Cleanable cleanable;

    /** An engine with the built-in rules, warnings in zh-CN. */
    public ScamGuard() {
        this(new Options());
    }

    /**
     * An engine with the given options and the built-in rules. Throws no checked exception.
     *
     * @throws IllegalArgumentException only if the deprecated {@link Options#rulePack(String)}
     *     names a pack that does not validate (its cause is the {@link RulePackException})
     */
    public ScamGuard(Options options) {
        this(Objects.requireNonNull(options, "options"), new ListenerDispatch(), null, false);
    }

    /**
     * An engine with a rule pack (JSON) instead of the built-in rules: the explicit, checked path
     * for loading a pack.
     *
     * @throws RulePackException if the pack does not validate
     */
    public static ScamGuard create(Options options, String rulePackJson) throws RulePackException {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(rulePackJson, "rulePackJson");
        try {
            return new ScamGuard(options, new ListenerDispatch(), rulePackJson, true);
        } catch (PackRejected e) {
            throw e.cause;
        }
    }

    /** Carries a RulePackException out of the constructor without a checked signature. */
    private static final class PackRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final RulePackException cause;

        PackRejected(RulePackException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    private ScamGuard(Options o, ListenerDispatch dispatch, @Nullable String pack, boolean checked) {
        NativeLoader.load();
        this.dispatch = dispatch;
        this.asyncListeners = o.asyncListeners;
        String rules = checked ? pack : o.rulePack;
        long h;
        try {
            h = Native.create(rules, o.lang, o.asyncListeners ? dispatch : null, o.queueCapacity);
        } catch (RulePackException e) {
            if (checked) {
                throw new PackRejected(e);
            }
            throw new IllegalArgumentException("rule pack rejected: " + e.getMessage(), e);
        }
        this.state = new NativeState(h);
        this.cleanable = EngineCleaner.register(this, state);
        List<String> regions = o.regions;
        AppCatalog catalog = o.catalog;
        try {
            if (catalog != null) {
                catalog.giveTo(h);
            }
            if (regions != null) {
                Native.setRegions(h, regions.toArray(new String[0]));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    // ---------------------------------------------------------------- events

    /**
     * Feeds one event; returns the warnings it raised (possibly empty, never null) and calls every
     * registered {@link WarningListener}. Every {@code on...} helper below is the same call with
     * the event's fields as arguments ({@code t}: ms on the engine's clock, see the class doc).
     *
     * @throws NullPointerException if {@code event} is null
     * @throws IllegalArgumentException if a field is bad (an unparseable amount, an empty package
     *     name...); the message names the field, never its value
     * @throws IllegalStateException after {@link #close()}
     */
    public List<Warning> observe(Event event) {
        return Wire.encode(Objects.requireNonNull(event, "event"), call);
    }

    /** {@code call_started}; see {@link #observe(Event)} for the exceptions. */
    public List<Warning> onCallStarted(
            long t, Event.Direction d, Event.Peer p, Event.@Nullable Channel c, @Nullable String voipAppOrNull) {
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
            Event.@Nullable Channel c,
            @Nullable String voipAppOrNull,
            Event.@Nullable Verification verificationOrNull) {
        return Wire.callStarted(call, t, d, p, c, voipAppOrNull, null, verificationOrNull);
    }

    /**
     * {@code contact_added}: the user saved a contact ({@code numberOrNull} is hashed, never kept).
     */
    public List<Warning> onContactAdded(long t, @Nullable String numberOrNull) {
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
            long t, @Nullable String pkgOrNull, Event.PaymentKind kind, @Nullable String amountOrNull, @Nullable String currencyOrNull) {
        return Wire.paymentPrompt(call, t, pkgOrNull, kind, amountOrNull, currencyOrNull);
    }

    /** {@code platform_risk}: a fact the platform reports (capture, remote control, casting, VoIP). */
    public List<Warning> onPlatformRisk(long t, Event.RiskKind kind, @Nullable String pkgOrNull) {
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
            long t, String pkg, @Nullable String installerOrNull, @Nullable String labelOrNull) {
        return Wire.appInstalled(call, t, pkg, installerOrNull, labelOrNull);
    }

    /** {@code app_removed}. */
    public List<Warning> onAppRemoved(long t, String pkg) {
        return Wire.pkgOnly(call, Event.Type.APP_REMOVED, t, pkg);
    }

    /** {@code screen_share_started}: sharing, casting or recording began. */
    public List<Warning> onScreenShareStarted(long t, @Nullable String pkgOrNull) {
        return Wire.pkgOnly(call, Event.Type.SCREEN_SHARE_STARTED, t, pkgOrNull);
    }

    /** {@code screen_share_stopped}. */
    public List<Warning> onScreenShareStopped(long t, @Nullable String pkgOrNull) {
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
            long t, String pkg, @Nullable Boolean toolOrNull, @Nullable Boolean fromStoreOrNull) {
        return Wire.accessibilityEnabled(call, t, pkg, toolOrNull, fromStoreOrNull);
    }

    /** {@code overlay_shown}: an app drew over other apps. */
    public List<Warning> onOverlayShown(long t, String pkg) {
        return Wire.pkgOnly(call, Event.Type.OVERLAY_SHOWN, t, pkg);
    }

    /** {@code setting_changed}: a protective setting was turned on or off. */
    public List<Warning> onSettingChanged(
            long t, Event.Setting s, @Nullable String pkgOrNull, boolean enabled) {
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
    public List<Warning> onNotification(long t, String pkg, @Nullable String titleOrNull, String text) {
        return Wire.notification(call, t, pkg, titleOrNull, text);
    }

    /** {@code sms_received}: an SMS arrived ({@code k} null = UNKNOWN). */
    public List<Warning> onSmsReceived(
            long t, @Nullable String senderOrNull, Event.@Nullable SenderKind k, String text) {
        return Wire.smsReceived(call, t, senderOrNull, k, text);
    }

    /**
     * {@code transfer_started}: a bank or payment app reports that the user is about to confirm a
     * transfer. {@code amount} as written ({@code "19,999.58"}, {@code "¥500"}, {@code "1.5万"});
     * an unparseable amount throws {@link IllegalArgumentException}.
     */
    public List<Warning> onTransferStarted(
            long t, @Nullable String pkgOrNull, String amount, @Nullable String currencyOrNull, @Nullable Boolean payeeNewOrNull) {
        return Wire.transferStarted(call, t, pkgOrNull, amount, currencyOrNull, payeeNewOrNull, null);
    }

    /** Where every event goes: the engine, then the listeners. */
    private final Wire.Sink<List<Warning>> call = this::observeFlat;

    private List<Warning> observeFlat(
            int type,
            long t,
            int flags,
            @Nullable String a,
            @Nullable String b,
            @Nullable String c,
            @Nullable String d) {
        Warning[] ws;
        // Spelled out rather than through withLive: the hottest call, and a lambda capturing
        // seven arguments is an allocation the JIT may or may not remove.
        Lock r = state.lock.readLock();
        r.lock();
        try {
            ws = Native.observe(state.live(), type, t, flags, a, b, c, d);
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
     * <pre>{@code
     * TransferVerdict v = guard.assessTransfer(SystemClock.elapsedRealtime(),
     *         TransferCheck.builder().pkg(getPackageName()).amount(typed).payeeNew(true).build());
     * if (v.getDecision() != TransferVerdict.Decision.PROCEED) { hold the transfer, show v }
     * }</pre>
     *
     * @param t ms on the engine's clock ({@code SystemClock.elapsedRealtime()})
     * @throws IllegalArgumentException if the amount is unparseable or {@code t} negative
     */
    public TransferVerdict assessTransfer(long t, TransferCheck check) {
        Objects.requireNonNull(check, "check");
        Boolean payeeNew = check.getPayeeNew();
        int payeeNewCode = payeeNew == null ? 0 : payeeNew ? 2 : 1;
        return state.withLive(
                h -> Native.assessTransfer(h, t, check.getPkg(), check.getAmount(), check.getCurrency(), payeeNewCode));
    }

    /**
     * Positional form of {@link #assessTransfer(long, TransferCheck)}; a null currency means
     * {@code CNY}.
     *
     * @deprecated Use {@link #assessTransfer(long, TransferCheck)}: named fields instead of a
     *     positional boolean.
     */
    @Deprecated
    public TransferVerdict assessTransfer(
            long t, String pkg, String amount, @Nullable String currency, boolean payeeNew) {
        Objects.requireNonNull(pkg, "assessTransfer: package");
        Objects.requireNonNull(amount, "assessTransfer: amount");
        return assessTransfer(
                t, TransferCheck.builder().pkg(pkg).amount(amount).currency(currency).payeeNew(payeeNew).build());
    }

    // ---------------------------------------------------------------- configuration

    /**
     * Replaces the rules with the given pack (JSON). Parse it off the main thread: a pack is
     * validated in full.
     *
     * @throws RulePackException if it does not validate; the previous rules stay in force
     */
    public void loadRules(String json) throws RulePackException {
        Objects.requireNonNull(json, "json");
        state.runLive(h -> Native.loadRules(h, json));
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
    public void addApp(String pkg, AppCategory category, @Nullable String labelOrNull) {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(category, "category");
        state.runLive(h -> Native.addApp(h, pkg, category.wireName(), labelOrNull));
    }

    /**
     * Adds many apps in one native call: one {@code package<TAB>category[<TAB>label]} row per line
     * ({@code category} as in {@link AppCategory#wireName()}; blank lines and lines starting with
     * {@code #} are skipped). All or nothing: on an error nothing is added and the message names
     * the line number and the problem. The rows are this engine's own: to give the same list to
     * several engines, load it once into an {@link AppCatalog} ({@link Options#catalog(AppCatalog)}).
     *
     * @return the number of rows added
     * @throws IllegalArgumentException for a bad row, or if the catalog would be over its cap
     */
    public int addApps(String tsvRows) {
        Objects.requireNonNull(tsvRows, "tsvRows");
        return state.withLive(h -> Native.addApps(h, tsvRows));
    }

    /**
     * Replaces this engine's catalog with a shared one ({@link AppCatalog#fromRows(String)}), e.g.
     * after the vendor's list was updated, without a new engine (the episode in progress stays).
     * The engine shares the catalog's rows (no copy); <b>apps this engine added itself with
     * {@link #addApp} / {@link #addApps} before are dropped</b>, later ones stay its own. At
     * creation, prefer {@link Options#catalog(AppCatalog)}.
     *
     * @throws IllegalStateException if the catalog or this engine is closed
     */
    public void useCatalog(AppCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        state.runLive(h -> catalog.giveTo(h));
    }

    // ---------------------------------------------------------------- state and time

    /**
     * The engine's state (the device state, the scam episode, the clock and the evidence record)
     * as a string to save before the process may die: versioned, checksummed, at most {@link
     * #MAX_SNAPSHOT_CHARS}; it holds no phone numbers, senders, payees or typed text (package names,
     * scam words and amounts as seen may appear). Takes microseconds; write it to disk off the main
     * thread.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public String snapshot() {
        return state.withLive(h -> Native.snapshot(h));
    }

    /**
     * Restores a {@link #snapshot()}, replacing the device state, episode and clock; the rules,
     * catalog, regions, language and listeners stay. A boot named with {@link #setBoot} applies
     * to the restored clock, whichever of the two is called first.
     *
     * @throws SnapshotException if it is truncated, corrupt, altered, from another engine version
     *     or too large; the engine then keeps the state it had (a new engine stays clean)
     * @throws IllegalStateException after {@link #close()}
     */
    public void restore(String snapshot) throws SnapshotException {
        Objects.requireNonNull(snapshot, "snapshot");
        if (snapshot.length() > MAX_SNAPSHOT_CHARS) {
            // Checked before crossing into native code: a 100 MB string is not copied to be refused.
            throw new SnapshotException("snapshot is larger than " + MAX_SNAPSHOT_CHARS + " chars");
        }
        state.runLive(h -> Native.restore(h, snapshot));
    }

    /**
     * Forgets everything the engine saw (device state, episode, clock, evidence record); the
     * rules, catalog, regions, language, listeners and the boot stay.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public void reset() {
        state.runLive(h -> Native.reset(h));
    }

    /**
     * Names the boot the event times count from, so that time keeps moving across reboots. Call it
     * once when the process starts (Android: {@code Settings.Global.BOOT_COUNT}, {@code
     * SystemClock.elapsedRealtime()}, {@code System.currentTimeMillis()}). Same boot as the one in
     * force (or in the restored snapshot): nothing changes. Another boot: event times restart from
     * {@code elapsedMs}, and the engine's clock first moves on by the wall-clock time since the last
     * event before the reboot (never less than zero, at most 30 days), so an episode from before
     * the reboot keeps its age.
     *
     * @param boot the boot's number (any value that differs between boots)
     * @param elapsedMs now on the event clock
     * @param wallMs now on the wall clock (ms since 1970)
     * @throws IllegalArgumentException if a value is negative
     * @throws IllegalStateException after {@link #close()}
     */
    public void setBoot(long boot, long elapsedMs, long wallMs) {
        state.runLive(h -> Native.setBoot(h, boot, elapsedMs, wallMs));
    }

    /**
     * The stages of the scam script the current episode shows, as bits ({@link #STAGE_CONTACT},
     * {@link #STAGE_PRETEXT}, {@link #STAGE_CONTROL}, {@link #STAGE_CREDIT}, {@link
     * #STAGE_MONEY}); 0 when nothing is going on. A new bit is a good moment to save a {@link
     * #snapshot()}.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public int episodeStages() {
        return state.withLive(h -> Native.episodeStages(h));
    }

    // ---------------------------------------------------------------- listeners

    /**
     * Registers a listener, called for each new warning on the thread described in {@link
     * WarningListener} (adding the same one twice calls it twice).
     *
     * @throws IllegalStateException if {@value ListenerDispatch#MAX_LISTENERS} listeners are
     *     registered already, or after {@link #close()}
     */
    public void addListener(WarningListener l) {
        Objects.requireNonNull(l, "listener");
        checkOpen();
        dispatch.add(null, l);
    }

    /**
     * Registers a listener called on {@code executor} (e.g. {@code
     * ContextCompat.getMainExecutor(context)} to update views). Do not register an Activity (or
     * a lambda capturing one) on an engine that outlives it: remove it in {@code onDestroy}.
     *
     * @throws IllegalStateException if {@value ListenerDispatch#MAX_LISTENERS} listeners are
     *     registered already, or after {@link #close()}
     */
    public void addListener(Executor executor, WarningListener l) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(l, "listener");
        checkOpen();
        dispatch.add(executor, l);
    }

    /** Unregisters a listener (its first registration; no-op if it was not registered). */
    public void removeListener(WarningListener l) {
        Objects.requireNonNull(l, "listener");
        checkOpen();
        dispatch.remove(l);
    }

    /**
     * Warnings the async listener queue dropped while full since the engine was created (each
     * coalesced into a more severe or later warning of the same episode, or older non-critical
     * ones of another episode). Always 0 without {@link Options#asyncListeners(boolean)}.
     */
    public long getDroppedWarnings() {
        return state.withLive(h -> Native.droppedWarnings(h));
    }

    /** Listener calls that threw (each was caught and logged), since the engine was created. */
    public long getListenerErrors() {
        return dispatch.errors();
    }

    // ---------------------------------------------------------------- lifetime

    /**
     * Frees the native engine. Waits for calls in progress on other threads to finish; with async
     * listeners, also for the dispatcher thread to deliver what was already raised. Idempotent.
     */
    @Override
    public void close() {
        cleanable.clean();
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return state.isReleased();
    }

    private void checkOpen() {
        if (isClosed()) {
            throw new IllegalStateException("ScamGuard is closed");
        }
    }
}

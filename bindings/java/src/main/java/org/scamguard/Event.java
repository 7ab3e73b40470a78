package org.scamguard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One observation of the device, mirroring one line of the trace format ({@code
 * spec/trace-format.md}). Immutable. Build one with {@link #builder(Type, long)} or a static
 * shortcut such as {@link #appForeground(long, String)}, and feed it to {@link
 * ScamGuard#observe(Event)}.
 *
 * <p>Times are milliseconds on one monotonic clock (on a device {@code
 * SystemClock.elapsedRealtime()}), never negative and never going backwards.
 *
 * <p>{@link #toString()} never shows the raw phone number, the sender or typed text.
 */
public final class Event {
    private final Type type;
    private final long time;
    private final @Nullable Direction direction;
    private final @Nullable Peer peer;
    private final @Nullable Channel channel;
    private final @Nullable String app;
    private final @Nullable String number;
    private final @Nullable String pkg;
    private final @Nullable String installer;
    private final @Nullable String label;
    private final @Nullable Setting setting;
    private final @Nullable Boolean enabled;
    private final @Nullable Field field;
    private final @Nullable String text;
    private final @Nullable String title;
    private final @Nullable String sender;
    private final @Nullable SenderKind senderKind;
    private final @Nullable String amount;
    private final @Nullable String currency;
    private final @Nullable Boolean payeeNew;
    private final @Nullable String payee;
    private final @Nullable Verification verification;
    private final @Nullable Boolean tool;
    private final @Nullable Boolean fromStore;
    private final @Nullable Boolean active;
    private final @Nullable PaymentKind paymentKind;
    private final @Nullable RiskKind riskKind;

    private Event(Builder b) {
        this.type = b.type;
        this.time = b.time;
        this.direction = b.direction;
        this.peer = b.peer;
        this.channel = b.channel;
        this.app = b.app;
        this.number = b.number;
        this.pkg = b.pkg;
        this.installer = b.installer;
        this.label = b.label;
        this.setting = b.setting;
        this.enabled = b.enabled;
        this.field = b.field;
        this.text = b.text;
        this.title = b.title;
        this.sender = b.sender;
        this.senderKind = b.senderKind;
        this.amount = b.amount;
        this.currency = b.currency;
        this.payeeNew = b.payeeNew;
        this.payee = b.payee;
        this.verification = b.verification;
        this.tool = b.tool;
        this.fromStore = b.fromStore;
        this.active = b.active;
        this.paymentKind = b.paymentKind;
        this.riskKind = b.riskKind;
    }

    /** The event type. */
    public Type getType() {
        return type;
    }

    /** @deprecated Use {@link #getType()} (bean style, a property in Kotlin). */
    @Deprecated
    public Type type() {
        return type;
    }

    /** Time in ms on the trace clock. */
    public long getTime() {
        return time;
    }

    /** @deprecated Use {@link #getTime()} (bean style, a property in Kotlin). */
    @Deprecated
    public long time() {
        return time;
    }

    /** {@code call_started}: who placed the call. */
    public @Nullable Direction getDirection() {
        return direction;
    }

    /** @deprecated Use {@link #getDirection()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Direction direction() {
        return direction;
    }

    /** {@code call_started}: what is known about the other party. */
    public @Nullable Peer getPeer() {
        return peer;
    }

    /** @deprecated Use {@link #getPeer()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Peer peer() {
        return peer;
    }

    /** {@code call_started}: cellular (default) or VoIP. */
    public @Nullable Channel getChannel() {
        return channel;
    }

    /** @deprecated Use {@link #getChannel()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Channel channel() {
        return channel;
    }

    /** {@code call_started}: the VoIP app's package, or null. */
    public @Nullable String getApp() {
        return app;
    }

    /** @deprecated Use {@link #getApp()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String app() {
        return app;
    }

    /** {@code call_started}: the raw number, or null (hashed or dropped by the engine, never logged). */
    public @Nullable String getNumber() {
        return number;
    }

    /** @deprecated Use {@link #getNumber()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String number() {
        return number;
    }

    /** The app the event is about ({@code package} in the trace format), or null. */
    public @Nullable String getPkg() {
        return pkg;
    }

    /** @deprecated Use {@link #getPkg()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String pkg() {
        return pkg;
    }

    /** {@code app_installed}: the installing app's package, or null. */
    public @Nullable String getInstaller() {
        return installer;
    }

    /** @deprecated Use {@link #getInstaller()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String installer() {
        return installer;
    }

    /** {@code app_installed}: the app's visible name, or null. */
    public @Nullable String getLabel() {
        return label;
    }

    /** @deprecated Use {@link #getLabel()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String label() {
        return label;
    }

    /** {@code setting_changed}: which setting. */
    public @Nullable Setting getSetting() {
        return setting;
    }

    /** @deprecated Use {@link #getSetting()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Setting setting() {
        return setting;
    }

    /** {@code setting_changed}: whether it was turned on. */
    public @Nullable Boolean getEnabled() {
        return enabled;
    }

    /** @deprecated Use {@link #getEnabled()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Boolean enabled() {
        return enabled;
    }

    /** {@code text_entered}: the kind of field. */
    public @Nullable Field getField() {
        return field;
    }

    /** @deprecated Use {@link #getField()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Field field() {
        return field;
    }

    /** The typed, visible, notification or SMS text. */
    public @Nullable String getText() {
        return text;
    }

    /** @deprecated Use {@link #getText()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String text() {
        return text;
    }

    /** {@code notification}: its title, or null. */
    public @Nullable String getTitle() {
        return title;
    }

    /** @deprecated Use {@link #getTitle()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String title() {
        return title;
    }

    /** {@code sms_received}: the raw sender, or null. */
    public @Nullable String getSender() {
        return sender;
    }

    /** @deprecated Use {@link #getSender()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String sender() {
        return sender;
    }

    /** {@code sms_received}: who sent it (default UNKNOWN). */
    public @Nullable SenderKind getSenderKind() {
        return senderKind;
    }

    /** @deprecated Use {@link #getSenderKind()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable SenderKind senderKind() {
        return senderKind;
    }

    /** {@code transfer_started}: the amount as written (e.g. {@code 19,999.58}, {@code ¥500}, {@code 1.5万}). */
    public @Nullable String getAmount() {
        return amount;
    }

    /** @deprecated Use {@link #getAmount()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String amount() {
        return amount;
    }

    /** {@code transfer_started}: the currency (default {@code CNY}). */
    public @Nullable String getCurrency() {
        return currency;
    }

    /** @deprecated Use {@link #getCurrency()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String currency() {
        return currency;
    }

    /** {@code transfer_started}: whether the payee is new, or null if unknown. */
    public @Nullable Boolean getPayeeNew() {
        return payeeNew;
    }

    /** @deprecated Use {@link #getPayeeNew()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Boolean payeeNew() {
        return payeeNew;
    }

    /** {@code transfer_started}: the payee's account or name, or null. */
    public @Nullable String getPayee() {
        return payee;
    }

    /** @deprecated Use {@link #getPayee()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable String payee() {
        return payee;
    }

    /** {@code call_started}: the platform's or the bank's check of the number, or null if none was made. */
    public @Nullable Verification getVerification() {
        return verification;
    }

    /** @deprecated Use {@link #getVerification()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Verification verification() {
        return verification;
    }

    /** {@code accessibility_enabled}: the service declares {@code isAccessibilityTool}, or null if unknown. */
    public @Nullable Boolean getTool() {
        return tool;
    }

    /** @deprecated Use {@link #getTool()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Boolean tool() {
        return tool;
    }

    /** {@code accessibility_enabled}: the app came from an app store, or null if unknown. */
    public @Nullable Boolean getFromStore() {
        return fromStore;
    }

    /** @deprecated Use {@link #getFromStore()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Boolean fromStore() {
        return fromStore;
    }

    /** {@code call_state}: whether a call is on. */
    public @Nullable Boolean getActive() {
        return active;
    }

    /** @deprecated Use {@link #getActive()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable Boolean active() {
        return active;
    }

    /** {@code payment_prompt}: what kind of screen is about to move money. */
    public @Nullable PaymentKind getPaymentKind() {
        return paymentKind;
    }

    /** @deprecated Use {@link #getPaymentKind()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable PaymentKind paymentKind() {
        return paymentKind;
    }

    /** {@code platform_risk}: which platform fact. */
    public @Nullable RiskKind getRiskKind() {
        return riskKind;
    }

    /** @deprecated Use {@link #getRiskKind()} (bean style, a property in Kotlin). */
    @Deprecated
    public @Nullable RiskKind riskKind() {
        return riskKind;
    }

    /**
     * A builder for an event of the given type at time {@code t} (ms, not negative).
     *
     * @throws NullPointerException if {@code type} is null
     */
    public static Builder builder(Type type, long t) {
        return new Builder(Objects.requireNonNull(type, "type"), t);
    }

    /**
     * Builds an {@link Event}. Setters for fields the type does not use are accepted and ignored
     * by the engine. {@link #build()} checks that the type's required fields are set.
     */
    public static final class Builder {
        private final Type type;
        private final long time;
        private @Nullable Direction direction;
        private @Nullable Peer peer;
        private Channel channel = Channel.CELLULAR;
        private @Nullable String app;
        private @Nullable String number;
        private @Nullable String pkg;
        private @Nullable String installer;
        private @Nullable String label;
        private @Nullable Setting setting;
        private @Nullable Boolean enabled;
        private @Nullable Field field;
        private @Nullable String text;
        private @Nullable String title;
        private @Nullable String sender;
        private SenderKind senderKind = SenderKind.UNKNOWN;
        private @Nullable String amount;
        private @Nullable String currency;
        private @Nullable Boolean payeeNew;
        private @Nullable String payee;
        private @Nullable Verification verification;
        private @Nullable Boolean tool;
        private @Nullable Boolean fromStore;
        private @Nullable Boolean active;
        private @Nullable PaymentKind paymentKind;
        private @Nullable RiskKind riskKind;

        private Builder(Type type, long time) {
            this.type = type;
            this.time = time;
        }

        /** Sets direction: {@code call_started}: who placed the call. */
        public Builder direction(@Nullable Direction v) {
            this.direction = v;
            return this;
        }

        /** Sets peer: {@code call_started}: what is known about the other party. */
        public Builder peer(@Nullable Peer v) {
            this.peer = v;
            return this;
        }

        /** Sets channel: {@code call_started}: cellular (default) or VoIP. */
        public Builder channel(@Nullable Channel v) {
            this.channel = v;
            return this;
        }

        /** Sets app: {@code call_started}: the VoIP app's package, or null. */
        public Builder app(@Nullable String v) {
            this.app = v;
            return this;
        }

        /** Sets number: {@code call_started}: the raw number, or null (hashed or dropped by the engine, never logged). */
        public Builder number(@Nullable String v) {
            this.number = v;
            return this;
        }

        /** Sets pkg: The app the event is about ({@code package} in the trace format), or null. */
        public Builder pkg(@Nullable String v) {
            this.pkg = v;
            return this;
        }

        /** Sets installer: {@code app_installed}: the installing app's package, or null. */
        public Builder installer(@Nullable String v) {
            this.installer = v;
            return this;
        }

        /** Sets label: {@code app_installed}: the app's visible name, or null. */
        public Builder label(@Nullable String v) {
            this.label = v;
            return this;
        }

        /** Sets setting: {@code setting_changed}: which setting. */
        public Builder setting(@Nullable Setting v) {
            this.setting = v;
            return this;
        }

        /** Sets enabled: {@code setting_changed}: whether it was turned on. */
        public Builder enabled(@Nullable Boolean v) {
            this.enabled = v;
            return this;
        }

        /** Sets field: {@code text_entered}: the kind of field. */
        public Builder field(@Nullable Field v) {
            this.field = v;
            return this;
        }

        /** Sets text: The typed, visible, notification or SMS text. */
        public Builder text(@Nullable String v) {
            this.text = v;
            return this;
        }

        /** Sets title: {@code notification}: its title, or null. */
        public Builder title(@Nullable String v) {
            this.title = v;
            return this;
        }

        /** Sets sender: {@code sms_received}: the raw sender, or null. */
        public Builder sender(@Nullable String v) {
            this.sender = v;
            return this;
        }

        /** Sets senderKind: {@code sms_received}: who sent it (default UNKNOWN). */
        public Builder senderKind(@Nullable SenderKind v) {
            this.senderKind = v;
            return this;
        }

        /** Sets amount: {@code transfer_started}: the amount as written (e.g. {@code 19,999.58}, {@code ¥500}, {@code 1.5万}). */
        public Builder amount(@Nullable String v) {
            this.amount = v;
            return this;
        }

        /** Sets currency: {@code transfer_started} (default {@code CNY}), {@code payment_prompt} (default none): an ISO code. */
        public Builder currency(@Nullable String v) {
            this.currency = v;
            return this;
        }

        /** Sets payeeNew: {@code transfer_started}: whether the payee is new, or null if unknown. */
        public Builder payeeNew(@Nullable Boolean v) {
            this.payeeNew = v;
            return this;
        }

        /** Sets payee: {@code transfer_started}: the payee's account or name, or null. */
        public Builder payee(@Nullable String v) {
            this.payee = v;
            return this;
        }

        /** Sets verification: {@code call_started}: the check of the caller's number, or null if none. */
        public Builder verification(@Nullable Verification v) {
            this.verification = v;
            return this;
        }

        /** Sets tool: {@code accessibility_enabled}: the service is an accessibility tool, or null if unknown. */
        public Builder tool(@Nullable Boolean v) {
            this.tool = v;
            return this;
        }

        /** Sets fromStore: {@code accessibility_enabled}: installed from an app store, or null if unknown. */
        public Builder fromStore(@Nullable Boolean v) {
            this.fromStore = v;
            return this;
        }

        /** Sets active: {@code call_state}: whether a call is on. */
        public Builder active(@Nullable Boolean v) {
            this.active = v;
            return this;
        }

        /** Sets paymentKind: {@code payment_prompt}: the {@code kind}. */
        public Builder paymentKind(@Nullable PaymentKind v) {
            this.paymentKind = v;
            return this;
        }

        /** Sets riskKind: {@code platform_risk}: the {@code kind}. */
        public Builder riskKind(@Nullable RiskKind v) {
            this.riskKind = v;
            return this;
        }

        /**
         * Builds the event.
         *
         * @throws IllegalArgumentException if the time is negative or a field the type requires is
         *     missing (the message names it, e.g. {@code "app_foreground: missing field `package`"})
         */
        public Event build() {
            if (time < 0) {
                throw new IllegalArgumentException(type.wireName() + ": negative time t=" + time);
            }
            switch (type) {
                case CALL_STARTED:
                    need(direction, "direction");
                    need(peer, "peer");
                    if (channel == null) {
                        channel = Channel.CELLULAR;
                    }
                    break;
                case APP_FOREGROUND:
                    need(pkg, "package");
                    break;
                case APP_INSTALLED:
                    need(pkg, "package");
                    break;
                case APP_REMOVED:
                    need(pkg, "package");
                    break;
                case ACCESSIBILITY_ENABLED:
                    need(pkg, "package");
                    break;
                case OVERLAY_SHOWN:
                    need(pkg, "package");
                    break;
                case SETTING_CHANGED:
                    need(setting, "setting");
                    need(enabled, "enabled");
                    break;
                case TEXT_ENTERED:
                    need(pkg, "package");
                    need(field, "field");
                    need(text, "text");
                    break;
                case SCREEN_TEXT:
                    need(pkg, "package");
                    need(text, "text");
                    break;
                case NOTIFICATION:
                    need(pkg, "package");
                    need(text, "text");
                    break;
                case SMS_RECEIVED:
                    need(senderKind, "sender_kind");
                    need(text, "text");
                    break;
                case TRANSFER_STARTED:
                    need(amount, "amount");
                    if (currency == null) {
                        currency = "CNY";
                    }
                    break;
                case CALL_STATE:
                    need(active, "active");
                    break;
                case PAYMENT_PROMPT:
                    need(paymentKind, "kind");
                    break;
                case PLATFORM_RISK:
                    need(riskKind, "kind");
                    break;
                default:
                    break;
            }
            return new Event(this);
        }

        private void need(@Nullable Object v, String name) {
            if (v == null) {
                throw new IllegalArgumentException(type.wireName() + ": missing field `" + name + "`");
            }
        }
    }

    /**
     * {@code call_started}: a call began.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event callStarted(long t, Direction direction, Peer peer, @Nullable Channel channel) {
        return builder(Type.CALL_STARTED, t).direction(direction).peer(peer).channel(channel).build();
    }

    /**
     * {@code call_ended}: the current call ended.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event callEnded(long t) {
        return builder(Type.CALL_ENDED, t).build();
    }

    /**
     * {@code app_foreground}: an app came to the front.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event appForeground(long t, String pkg) {
        return builder(Type.APP_FOREGROUND, t).pkg(pkg).build();
    }

    /**
     * {@code app_installed}: an app was installed or updated.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event appInstalled(long t, String pkg, @Nullable String installer, @Nullable String label) {
        return builder(Type.APP_INSTALLED, t).pkg(pkg).installer(installer).label(label).build();
    }

    /**
     * {@code app_removed}: an app was uninstalled.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event appRemoved(long t, String pkg) {
        return builder(Type.APP_REMOVED, t).pkg(pkg).build();
    }

    /**
     * {@code screen_share_started}: screen sharing, casting or recording began ({@code pkgOrNull}: the capturing app).
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event screenShareStarted(long t, @Nullable String pkgOrNull) {
        return builder(Type.SCREEN_SHARE_STARTED, t).pkg(pkgOrNull).build();
    }

    /**
     * {@code screen_share_stopped}: screen sharing ended.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event screenShareStopped(long t, @Nullable String pkgOrNull) {
        return builder(Type.SCREEN_SHARE_STOPPED, t).pkg(pkgOrNull).build();
    }

    /**
     * {@code accessibility_enabled}: an accessibility service of that app was switched on.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event accessibilityEnabled(long t, String pkg) {
        return builder(Type.ACCESSIBILITY_ENABLED, t).pkg(pkg).build();
    }

    /**
     * {@code overlay_shown}: an app drew over other apps.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event overlayShown(long t, String pkg) {
        return builder(Type.OVERLAY_SHOWN, t).pkg(pkg).build();
    }

    /**
     * {@code setting_changed}: a protective setting was turned on or off.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event settingChanged(long t, Setting setting, @Nullable String pkgOrNull, boolean enabled) {
        return builder(Type.SETTING_CHANGED, t).setting(setting).pkg(pkgOrNull).enabled(enabled).build();
    }

    /**
     * {@code text_entered}: the user typed into a field of that app.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event textEntered(long t, String pkg, Field field, String text) {
        return builder(Type.TEXT_ENTERED, t).pkg(pkg).field(field).text(text).build();
    }

    /**
     * {@code screen_text}: text visible on screen in that app.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event screenText(long t, String pkg, String text) {
        return builder(Type.SCREEN_TEXT, t).pkg(pkg).text(text).build();
    }

    /**
     * {@code notification}: a notification was posted.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event notification(long t, String pkg, @Nullable String titleOrNull, String text) {
        return builder(Type.NOTIFICATION, t).pkg(pkg).title(titleOrNull).text(text).build();
    }

    /**
     * {@code sms_received}: an SMS arrived.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event smsReceived(long t, @Nullable String senderOrNull, SenderKind senderKind, String text) {
        return builder(Type.SMS_RECEIVED, t).sender(senderOrNull).senderKind(senderKind).text(text).build();
    }

    /**
     * {@code transfer_started}: a bank or payment app reports a transfer about to be confirmed ({@code currencyOrNull}: default CNY).
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event transferStarted(
            long t, @Nullable String pkgOrNull, String amount, @Nullable String currencyOrNull, @Nullable Boolean payeeNewOrNull) {
        return builder(Type.TRANSFER_STARTED, t).pkg(pkgOrNull).amount(amount).currency(currencyOrNull == null ? "CNY" : currencyOrNull).payeeNew(payeeNewOrNull).build();
    }

    /**
     * {@code call_started} with the caller-number check ({@code verification}: STIR/SHAKEN from
     * {@code Call.Details}, or the bank's own check; null = none made). A contact whose check
     * {@code FAILED} is treated as spoofed.
     *
     * @throws IllegalArgumentException if a required field is null or {@code t} is negative
     */
    public static Event callStarted(
            long t, Direction direction, Peer peer, @Nullable Channel channel, @Nullable Verification verification) {
        return builder(Type.CALL_STARTED, t)
                .direction(direction)
                .peer(peer)
                .channel(channel)
                .verification(verification)
                .build();
    }

    /**
     * {@code accessibility_enabled} with what the platform says about the service: {@code tool}
     * ({@code AccessibilityServiceInfo.isAccessibilityTool()}) and {@code fromStore} (installed
     * from an app store); null = unknown. A store-installed accessibility tool is not remote
     * control.
     *
     * @throws IllegalArgumentException if {@code pkg} is null or {@code t} is negative
     */
    public static Event accessibilityEnabled(
            long t, String pkg, @Nullable Boolean tool, @Nullable Boolean fromStore) {
        return builder(Type.ACCESSIBILITY_ENABLED, t).pkg(pkg).tool(tool).fromStore(fromStore).build();
    }

    /**
     * {@code contact_added}: the user saved a contact ({@code number} is hashed by the engine and
     * never kept; null if unknown). A call from a contact saved less than 24 h before is not
     * trusted like an old contact.
     *
     * @throws IllegalArgumentException if {@code t} is negative
     */
    public static Event contactAdded(long t, @Nullable String number) {
        return builder(Type.CONTACT_ADDED, t).number(number).build();
    }

    /**
     * {@code call_state}: the observer's snapshot of whether a call is on; {@code active == false}
     * ends a call whose {@code call_ended} was lost (e.g. the observer was stopped).
     *
     * @throws IllegalArgumentException if {@code t} is negative
     */
    public static Event callState(long t, boolean active) {
        return builder(Type.CALL_STATE, t).active(active).build();
    }

    /**
     * {@code payment_prompt}: a screen about to move money (scan a QR to pay, show a payment code,
     * approve a collect request, draw down a credit line). {@code amount} as written, or null;
     * {@code currency} an ISO code, or null.
     *
     * @throws IllegalArgumentException if {@code kind} is null or {@code t} is negative
     */
    public static Event paymentPrompt(
            long t, @Nullable String pkg, PaymentKind kind, @Nullable String amount, @Nullable String currency) {
        return builder(Type.PAYMENT_PROMPT, t)
                .pkg(pkg)
                .paymentKind(kind)
                .amount(amount)
                .currency(currency)
                .build();
    }

    /**
     * {@code platform_risk}: a fact the platform gives (Play Integrity's {@code
     * appAccessRiskVerdict}, screen capture callbacks, an external display, {@code AudioManager}
     * in a VoIP call); {@code pkg} the app concerned, or null.
     *
     * @throws IllegalArgumentException if {@code kind} is null or {@code t} is negative
     */
    public static Event platformRisk(long t, RiskKind kind, @Nullable String pkg) {
        return builder(Type.PLATFORM_RISK, t).riskKind(kind).pkg(pkg).build();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Event)) {
            return false;
        }
        Event e = (Event) o;
        return type == e.type
                && time == e.time
                && Objects.equals(direction, e.direction)
                && Objects.equals(peer, e.peer)
                && Objects.equals(channel, e.channel)
                && Objects.equals(app, e.app)
                && Objects.equals(number, e.number)
                && Objects.equals(pkg, e.pkg)
                && Objects.equals(installer, e.installer)
                && Objects.equals(label, e.label)
                && Objects.equals(setting, e.setting)
                && Objects.equals(enabled, e.enabled)
                && Objects.equals(field, e.field)
                && Objects.equals(text, e.text)
                && Objects.equals(title, e.title)
                && Objects.equals(sender, e.sender)
                && Objects.equals(senderKind, e.senderKind)
                && Objects.equals(amount, e.amount)
                && Objects.equals(currency, e.currency)
                && Objects.equals(payeeNew, e.payeeNew)
                && Objects.equals(payee, e.payee)
                && verification == e.verification
                && Objects.equals(tool, e.tool)
                && Objects.equals(fromStore, e.fromStore)
                && Objects.equals(active, e.active)
                && paymentKind == e.paymentKind
                && riskKind == e.riskKind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, time, direction, peer, channel, app, number, pkg, installer, label, setting, enabled, field, text, title, sender, senderKind, amount, currency, payeeNew, payee, verification, tool, fromStore, active, paymentKind, riskKind);
    }

    /**
     * Type and time only: never the number, the sender, a package name or any text (a caller's
     * value may end up in a log line).
     */
    @Override
    public String toString() {
        return "Event{" + type.wireName() + ", t=" + time + "}";
    }

    /** The {@code type} of an event (trace format). Ordinals are shared with native code: do not reorder. */
    public enum Type {
        /** {@code call_started} */
        CALL_STARTED("call_started"),
        /** {@code call_ended} */
        CALL_ENDED("call_ended"),
        /** {@code app_foreground} */
        APP_FOREGROUND("app_foreground"),
        /** {@code app_installed} */
        APP_INSTALLED("app_installed"),
        /** {@code app_removed} */
        APP_REMOVED("app_removed"),
        /** {@code screen_share_started} */
        SCREEN_SHARE_STARTED("screen_share_started"),
        /** {@code screen_share_stopped} */
        SCREEN_SHARE_STOPPED("screen_share_stopped"),
        /** {@code accessibility_enabled} */
        ACCESSIBILITY_ENABLED("accessibility_enabled"),
        /** {@code overlay_shown} */
        OVERLAY_SHOWN("overlay_shown"),
        /** {@code setting_changed} */
        SETTING_CHANGED("setting_changed"),
        /** {@code text_entered} */
        TEXT_ENTERED("text_entered"),
        /** {@code screen_text} */
        SCREEN_TEXT("screen_text"),
        /** {@code notification} */
        NOTIFICATION("notification"),
        /** {@code sms_received} */
        SMS_RECEIVED("sms_received"),
        /** {@code transfer_started} */
        TRANSFER_STARTED("transfer_started"),
        /** {@code contact_added} */
        CONTACT_ADDED("contact_added"),
        /** {@code call_state} */
        CALL_STATE("call_state"),
        /** {@code payment_prompt} */
        PAYMENT_PROMPT("payment_prompt"),
        /** {@code platform_risk} */
        PLATFORM_RISK("platform_risk");

        private final String wire;

        Type(String wire) {
            this.wire = wire;
        }

        /** The trace-format spelling. */
        public String wireName() {
            return wire;
        }

        /**
         * Parses the trace-format spelling.
         *
         * @throws IllegalArgumentException for any other string (the message names it)
         */
        public static Type fromWire(String s) {
            for (Type v : values()) {
                if (v.wire.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown event type: not one of the trace-format spellings");
        }
    }

    /** Who placed the call. Ordinals are shared with native code: do not reorder. */
    public enum Direction {
        /** {@code incoming} */
        INCOMING("incoming"),
        /** {@code outgoing} */
        OUTGOING("outgoing");

        private final String wire;

        Direction(String wire) {
            this.wire = wire;
        }

        /** The trace-format spelling. */
        public String wireName() {
            return wire;
        }

        /**
         * Parses the trace-format spelling.
         *
         * @throws IllegalArgumentException for any other string (the message names it)
         */
        public static Direction fromWire(String s) {
            for (Direction v : values()) {
                if (v.wire.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown direction: not one of the trace-format spellings");
        }
    }

    /** What the observer knows about the other party of a call ({@code UNVERIFIED}: contacts could not be checked). Ordinals are shared with native code: do not reorder. */
    public enum Peer {
        /** {@code contact} */
        CONTACT("contact"),
        /** {@code unknown} */
        UNKNOWN("unknown"),
        /** {@code hidden} */
        HIDDEN("hidden"),
        /** {@code flagged} */
        FLAGGED("flagged"),
        /** {@code unverified} */
        UNVERIFIED("unverified"),
        /**
         * {@code service}: an official service number (platform verification or the region's list,
         * e.g. 95555). Incoming, it is trusted only with verification {@code passed}: caller ID alone
         * is what impersonators spoof.
         */
        SERVICE("service");

        private final String wire;

        Peer(String wire) {
            this.wire = wire;
        }

        /** The trace-format spelling. */
        public String wireName() {
            return wire;
        }

        /**
         * Parses the trace-format spelling.
         *
         * @throws IllegalArgumentException for any other string (the message names it)
         */
        public static Peer fromWire(String s) {
            for (Peer v : values()) {
                if (v.wire.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown peer: not one of the trace-format spellings");
        }
    }

    /** How the call is carried. Ordinals are shared with native code: do not reorder. */
    public enum Channel {
        /** {@code cellular} */
        CELLULAR("cellular"),
        /** {@code voip} */
        VOIP("voip");

        private final String wire;

        Channel(String wire) {
            this.wire = wire;
        }

        /** The trace-format spelling. */
        public String wireName() {
            return wire;
        }

        /**
         * Parses the trace-format spelling.
         *
         * @throws IllegalArgumentException for any other string (the message names it)
         */
        public static Channel fromWire(String s) {
            for (Channel v : values()) {
                if (v.wire.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown channel: not one of the trace-format spellings");
        }
    }

    /** Protective settings the engine cares about. Ordinals are shared with native code: do not reorder. */
    public enum Setting {
        /** {@code install_unknown_apps} */
        INSTALL_UNKNOWN_APPS("install_unknown_apps"),
        /** {@code bank_notifications_off} */
        BANK_NOTIFICATIONS_OFF("bank_notifications_off"),
        /** {@code developer_options} */
        DEVELOPER_OPTIONS("developer_options"),
        /** {@code other} */
        OTHER("other");

        private final String wire;

        Setting(String wire) {
            this.wire = wire;
        }

        /** The trace-format spelling. */
        public String wireName() {
            return wire;
        }

        /**
         * Parses the trace-format spelling.
         *
         * @throws IllegalArgumentException for any other string (the message names it)
         */
        public static Setting fromWire(String s) {
            for (Setting v : values()) {
                if (v.wire.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown setting: not one of the trace-format spellings");
        }
    }

    /** The kind of input field text was typed into ({@code CODE} = verification code). Ordinals are shared with native code: do not reorder. */
    public enum Field {
        /** {@code amount} */
        AMOUNT("amount"),
        /** {@code account} */
        ACCOUNT("account"),
        /** {@code password} */
        PASSWORD("password"),
        /** {@code code} */
        CODE("code"),
        /** {@code other} */
        OTHER("other");

        private final String wire;

        Field(String wire) {
            this.wire = wire;
        }

        /** The trace-format spelling. */
        public String wireName() {
            return wire;
        }

        /**
         * Parses the trace-format spelling.
         *
         * @throws IllegalArgumentException for any other string (the message names it)
         */
        public static Field fromWire(String s) {
            for (Field v : values()) {
                if (v.wire.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown field: not one of the trace-format spellings");
        }
    }

    /** Who sent an SMS. Ordinals are shared with native code: do not reorder. */
    public enum SenderKind {
        /** {@code contact} */
        CONTACT("contact"),
        /** {@code unknown} */
        UNKNOWN("unknown"),
        /** {@code service} */
        SERVICE("service");

        private final String wire;

        SenderKind(String wire) {
            this.wire = wire;
        }

        /** The trace-format spelling. */
        public String wireName() {
            return wire;
        }

        /**
         * Parses the trace-format spelling.
         *
         * @throws IllegalArgumentException for any other string (the message names it)
         */
        public static SenderKind fromWire(String s) {
            for (SenderKind v : values()) {
                if (v.wire.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown sender_kind: not one of the trace-format spellings");
        }
    }

    /** The check of a caller's number (STIR/SHAKEN, or the bank's own call check); {@code NONE}: the platform says it was not verified. Ordinals are shared with native code: do not reorder. */
    public enum Verification {
        /** {@code passed} */
        PASSED("passed"),
        /** {@code failed} */
        FAILED("failed"),
        /** {@code none} */
        NONE("none");

        private final String wire;

        Verification(String wire) {
            this.wire = wire;
        }

        /** The trace-format spelling. */
        public String wireName() {
            return wire;
        }

        /**
         * Parses the trace-format spelling.
         *
         * @throws IllegalArgumentException for any other string (the message names it)
         */
        public static Verification fromWire(String s) {
            for (Verification v : values()) {
                if (v.wire.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown verification: not one of the trace-format spellings");
        }
    }

    /** A screen about to move money ({@code payment_prompt}). Ordinals are shared with native code: do not reorder. */
    public enum PaymentKind {
        /** {@code qr_scan} */
        QR_SCAN("qr_scan"),
        /** {@code payment_code} */
        PAYMENT_CODE("payment_code"),
        /** {@code collect_request} */
        COLLECT_REQUEST("collect_request"),
        /** {@code drawdown} */
        DRAWDOWN("drawdown");

        private final String wire;

        PaymentKind(String wire) {
            this.wire = wire;
        }

        /** The trace-format spelling. */
        public String wireName() {
            return wire;
        }

        /**
         * Parses the trace-format spelling.
         *
         * @throws IllegalArgumentException for any other string (the message names it)
         */
        public static PaymentKind fromWire(String s) {
            for (PaymentKind v : values()) {
                if (v.wire.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown kind: not one of the trace-format spellings");
        }
    }

    /** A fact the platform gives even a bank app ({@code platform_risk}). Ordinals are shared with native code: do not reorder. */
    public enum RiskKind {
        /** {@code screen_captured} */
        SCREEN_CAPTURED("screen_captured"),
        /** {@code device_controlled} */
        DEVICE_CONTROLLED("device_controlled"),
        /** {@code display_cast} */
        DISPLAY_CAST("display_cast"),
        /** {@code voip_call} */
        VOIP_CALL("voip_call");

        private final String wire;

        RiskKind(String wire) {
            this.wire = wire;
        }

        /** The trace-format spelling. */
        public String wireName() {
            return wire;
        }

        /**
         * Parses the trace-format spelling.
         *
         * @throws IllegalArgumentException for any other string (the message names it)
         */
        public static RiskKind fromWire(String s) {
            for (RiskKind v : values()) {
                if (v.wire.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown kind: not one of the trace-format spellings");
        }
    }
}

package org.scamguard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How events cross to native code: the one place that flattens an event into {@code (type, t,
 * flags, a, b, c, d)} (see {@link Native} and {@code src/jni/convert.rs} for the layout). Both
 * {@link ScamGuard#observe(Event)} and the typed helpers go through it.
 */
final class Wire {
    /** Receives one flattened event. */
    interface Sink<R> {
        R accept(
                int type,
                long t,
                int flags,
                @Nullable String a,
                @Nullable String b,
                @Nullable String c,
                @Nullable String d);
    }

    private Wire() {}

    static <R> R encode(Event e, Sink<R> s) {
        Objects.requireNonNull(e, "event");
        long t = e.getTime();
        switch (e.getType()) {
            case CALL_STARTED:
                return callStarted(
                        s, t, e.getDirection(), e.getPeer(), e.getChannel(), e.getApp(), e.getNumber(), e.getVerification());
            case CALL_ENDED:
                return callEnded(s, t);
            case APP_FOREGROUND:
            case APP_REMOVED:
            case SCREEN_SHARE_STARTED:
            case SCREEN_SHARE_STOPPED:
            case OVERLAY_SHOWN:
                return pkgOnly(s, e.getType(), t, e.getPkg());
            case ACCESSIBILITY_ENABLED:
                return accessibilityEnabled(s, t, e.getPkg(), e.getTool(), e.getFromStore());
            case APP_INSTALLED:
                return appInstalled(s, t, e.getPkg(), e.getInstaller(), e.getLabel());
            case SETTING_CHANGED:
                return settingChanged(s, t, e.getSetting(), e.getPkg(), Boolean.TRUE.equals(e.getEnabled()));
            case TEXT_ENTERED:
                return textEntered(s, t, e.getPkg(), e.getField(), e.getText());
            case SCREEN_TEXT:
                return screenText(s, t, e.getPkg(), e.getText());
            case NOTIFICATION:
                return notification(s, t, e.getPkg(), e.getTitle(), e.getText());
            case SMS_RECEIVED:
                return smsReceived(s, t, e.getSender(), e.getSenderKind(), e.getText());
            case TRANSFER_STARTED:
                return transferStarted(s, t, e.getPkg(), e.getAmount(), e.getCurrency(), e.getPayeeNew(), e.getPayee());
            case CONTACT_ADDED:
                return contactAdded(s, t, e.getNumber());
            case CALL_STATE:
                return callState(s, t, Boolean.TRUE.equals(e.getActive()));
            case PAYMENT_PROMPT:
                return paymentPrompt(s, t, e.getPkg(), e.getPaymentKind(), e.getAmount(), e.getCurrency());
            case PLATFORM_RISK:
                return platformRisk(s, t, e.getRiskKind(), e.getPkg());
            default:
                throw new IllegalArgumentException("unknown event type " + e.getType());
        }
    }

    static <R> R callStarted(
            Sink<R> s,
            long t,
            Event.@Nullable Direction d,
            Event.@Nullable Peer p,
            Event.@Nullable Channel c,
            @Nullable String app,
            @Nullable String number,
            Event.@Nullable Verification v) {
        int flags =
                Objects.requireNonNull(d, "direction").ordinal() << Native.DIRECTION_SHIFT
                        | Objects.requireNonNull(p, "peer").ordinal() << Native.PEER_SHIFT
                        | (c == null ? 0 : c.ordinal()) << Native.CHANNEL_SHIFT
                        | (v == null ? 0 : 1 + v.ordinal()) << Native.VERIFICATION_SHIFT;
        return s.accept(Event.Type.CALL_STARTED.ordinal(), t, flags, app, number, null, null);
    }

    static <R> R callEnded(Sink<R> s, long t) {
        return s.accept(Event.Type.CALL_ENDED.ordinal(), t, 0, null, null, null, null);
    }

    /** Types whose only field is the package. */
    static <R> R pkgOnly(Sink<R> s, Event.Type type, long t, @Nullable String pkg) {
        return s.accept(type.ordinal(), t, 0, pkg, null, null, null);
    }

    static <R> R appInstalled(Sink<R> s, long t, @Nullable String pkg, @Nullable String installer, @Nullable String label) {
        return s.accept(Event.Type.APP_INSTALLED.ordinal(), t, 0, pkg, installer, label, null);
    }

    static <R> R settingChanged(
            Sink<R> s, long t, Event.@Nullable Setting setting, @Nullable String pkg, boolean enabled) {
        int flags =
                Objects.requireNonNull(setting, "setting").ordinal() << Native.SETTING_SHIFT
                        | (enabled ? 1 : 0) << Native.ENABLED_SHIFT;
        return s.accept(Event.Type.SETTING_CHANGED.ordinal(), t, flags, pkg, null, null, null);
    }

    static <R> R textEntered(Sink<R> s, long t, @Nullable String pkg, Event.@Nullable Field f, @Nullable String text) {
        int flags = Objects.requireNonNull(f, "field").ordinal() << Native.FIELD_SHIFT;
        return s.accept(Event.Type.TEXT_ENTERED.ordinal(), t, flags, pkg, text, null, null);
    }

    static <R> R screenText(Sink<R> s, long t, @Nullable String pkg, @Nullable String text) {
        return s.accept(Event.Type.SCREEN_TEXT.ordinal(), t, 0, pkg, text, null, null);
    }

    static <R> R notification(Sink<R> s, long t, @Nullable String pkg, @Nullable String title, @Nullable String text) {
        return s.accept(Event.Type.NOTIFICATION.ordinal(), t, 0, pkg, title, text, null);
    }

    static <R> R smsReceived(
            Sink<R> s, long t, @Nullable String sender, Event.@Nullable SenderKind k, @Nullable String text) {
        int flags = (k == null ? Event.SenderKind.UNKNOWN : k).ordinal() << Native.SENDER_KIND_SHIFT;
        return s.accept(Event.Type.SMS_RECEIVED.ordinal(), t, flags, sender, text, null, null);
    }

    static <R> R transferStarted(
            Sink<R> s,
            long t,
            @Nullable String pkg,
            @Nullable String amount,
            @Nullable String currency,
            @Nullable Boolean payeeNew,
            @Nullable String payee) {
        int flags = optBool(payeeNew) << Native.PAYEE_NEW_SHIFT;
        return s.accept(
                Event.Type.TRANSFER_STARTED.ordinal(), t, flags, pkg, amount, currency, payee);
    }

    static <R> R accessibilityEnabled(
            Sink<R> s, long t, @Nullable String pkg, @Nullable Boolean tool, @Nullable Boolean fromStore) {
        int flags = optBool(tool) << Native.TOOL_SHIFT | optBool(fromStore) << Native.FROM_STORE_SHIFT;
        return s.accept(Event.Type.ACCESSIBILITY_ENABLED.ordinal(), t, flags, pkg, null, null, null);
    }

    static <R> R contactAdded(Sink<R> s, long t, @Nullable String number) {
        return s.accept(Event.Type.CONTACT_ADDED.ordinal(), t, 0, number, null, null, null);
    }

    static <R> R callState(Sink<R> s, long t, boolean active) {
        int flags = (active ? 1 : 0) << Native.ACTIVE_SHIFT;
        return s.accept(Event.Type.CALL_STATE.ordinal(), t, flags, null, null, null, null);
    }

    static <R> R paymentPrompt(
            Sink<R> s, long t, @Nullable String pkg, Event.@Nullable PaymentKind kind, @Nullable String amount, @Nullable String currency) {
        int flags = Objects.requireNonNull(kind, "kind").ordinal() << Native.KIND_SHIFT;
        return s.accept(Event.Type.PAYMENT_PROMPT.ordinal(), t, flags, pkg, amount, currency, null);
    }

    static <R> R platformRisk(Sink<R> s, long t, Event.@Nullable RiskKind kind, @Nullable String pkg) {
        int flags = Objects.requireNonNull(kind, "kind").ordinal() << Native.KIND_SHIFT;
        return s.accept(Event.Type.PLATFORM_RISK.ordinal(), t, flags, pkg, null, null, null);
    }

    /** An optional boolean nibble: 0 = unknown, 1 = false, 2 = true. */
    private static int optBool(Boolean b) {
        return b == null ? 0 : b ? 2 : 1;
    }
}

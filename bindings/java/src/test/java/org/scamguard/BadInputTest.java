package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each bad input gives the right exception with a clear message, and the engine stays usable:
 * after every failure the seed scam's opening still raises its warning.
 */
class BadInputTest {
    ScamGuard guard;
    long t;

    @BeforeEach
    void open() {
        guard = new ScamGuard();
        t = 1_000;
        guard.onCallStarted(t, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
    }

    @AfterEach
    void close() {
        guard.close();
    }

    /** Asserts the exception type and message, then that the engine still works. */
    <T extends Throwable> void rejects(Class<T> type, String messagePart, Executable call) {
        T e = assertThrows(type, call);
        assertTrue(
                e.getMessage() != null && e.getMessage().contains(messagePart),
                "message `" + e.getMessage() + "` should contain `" + messagePart + "`");
        stillWorks();
    }

    void stillWorks() {
        t += 1_000;
        List<Warning> ws = guard.onScreenText(t, "com.eg.android.AlipayGphone", "备用金 最高可借500元 立即开通");
        assertTrue(ws.size() <= 1); // a warning the first time, then a cooldown; never an exception
        assertEquals(List.of(), guard.onAppForeground(t, "com.android.launcher"));
    }

    @Test
    void nullsThrowNullPointerException() {
        rejects(NullPointerException.class, "event", () -> guard.observe(null));
        rejects(NullPointerException.class, "app_foreground: package is null", () -> guard.onAppForeground(t + 1, null));
        rejects(NullPointerException.class, "text_entered: text is null",
                () -> guard.onTextEntered(t + 1, "com.android.bankabc", Event.Field.AMOUNT, null));
        rejects(NullPointerException.class, "notification: text is null",
                () -> guard.onNotification(t + 1, "com.android.bankabc", "title", null));
        rejects(NullPointerException.class, "transfer_started: amount is null",
                () -> guard.onTransferStarted(t + 1, null, null, null, null));
        rejects(NullPointerException.class, "check",
                () -> guard.assessTransfer(t + 1, null));
        rejects(NullPointerException.class, "peer",
                () -> guard.onCallStarted(t + 1, Event.Direction.INCOMING, null, null, null));
        rejects(NullPointerException.class, "listener", () -> guard.addListener(null));
    }

    @Test
    void negativeTimeIsIllegal() {
        rejects(IllegalArgumentException.class, "negative time t=-1", () -> guard.onCallEnded(-1));
        rejects(IllegalArgumentException.class, "negative time t=-5",
                () -> guard.assessTransfer(-5, TransferCheck.builder().amount("1").build()));
        rejects(IllegalArgumentException.class, "negative time", () -> Event.callEnded(-1));
    }

    @Test
    void backwardsTimeIsClampedNotRefused() {
        // Two threads racing to feed the engine, or a reboot (elapsedRealtime restarts at 0):
        // the plain API never throws for a time before the last one.
        guard.onAppForeground(50_000, "com.android.bankabc");
        t = 50_000;
        guard.onAppForeground(49_999, "com.android.bankabc");
        guard.assessTransfer(10, TransferCheck.builder().pkg("com.android.bankabc").amount("500").build());
        guard.onCallEnded(0);
        stillWorks();
    }

    @Test
    void badAmountsAreIllegal() {
        rejects(IllegalArgumentException.class, "transfer_started: invalid amount: not a number",
                () -> guard.onTransferStarted(t + 1, null, "lots", null, null));
        rejects(IllegalArgumentException.class, "negative amount",
                () -> guard.onTransferStarted(t + 1, null, "-5", null, null));
        rejects(IllegalArgumentException.class, "assessTransfer: invalid amount: ",
                () -> guard.assessTransfer(t + 1, TransferCheck.builder().amount("1.005").build()));
        rejects(IllegalArgumentException.class, "empty amount",
                () -> guard.assessTransfer(t + 1, TransferCheck.builder().amount("").build()));
    }

    @Test
    void unknownEnumsAreIllegal() {
        rejects(IllegalArgumentException.class, "unknown peer: not one of the trace-format spellings",
                () -> Event.Peer.fromWire("sideways"));
        rejects(IllegalArgumentException.class, "unknown event type: not one of the trace-format spellings",
                () -> Event.Type.fromWire("teleport"));
        rejects(IllegalArgumentException.class, "unknown lang (expected zh-CN, zh-HK or en)", () -> new ScamGuard.Options().lang("fr"));
        // Codes the Java enums cannot produce are still checked natively.
        rejects(IllegalArgumentException.class, "unknown event type code 99",
                () -> Native.echo(99, 1, 0, null, null, null, null));
        rejects(IllegalArgumentException.class, "call_started: unknown peer code 7",
                () -> Native.echo(0, 1, 7 << Native.PEER_SHIFT, null, null, null, null));
        rejects(IllegalArgumentException.class, "transfer_started: unknown payee_new code 3",
                () -> Native.echo(14, 1, 3 << Native.PAYEE_NEW_SHIFT, null, "5", null, null));
    }

    @Test
    void missingBuilderFieldsAreNamed() {
        rejects(IllegalArgumentException.class, "app_foreground: missing field `package`",
                () -> Event.builder(Event.Type.APP_FOREGROUND, 1).build());
        rejects(IllegalArgumentException.class, "setting_changed: missing field `enabled`",
                () -> Event.builder(Event.Type.SETTING_CHANGED, 1).setting(Event.Setting.OTHER).build());
    }

    @Test
    void brokenRulePackIsACheckedException() {
        rejects(RulePackException.class, "", () -> guard.loadRules("{ not json"));
        rejects(RulePackException.class, "", () -> guard.loadRules("{\"version\": 99, \"rules\": []}"));
        RulePackException e = assertThrows(RulePackException.class,
                () -> ScamGuard.create(new ScamGuard.Options(), "[]"));
        assertTrue(e.getMessage().length() > 10, "a clear message: " + e.getMessage());
        // The deprecated option path is unchecked: the constructor declares no checked exception.
        @SuppressWarnings("deprecation")
        ScamGuard.Options withPack = new ScamGuard.Options().rulePack("[]");
        IllegalArgumentException iae = assertThrows(IllegalArgumentException.class, () -> new ScamGuard(withPack));
        assertTrue(iae.getCause() instanceof RulePackException);
    }

    @Test
    void panicBecomesAssertionError() {
        rejects(AssertionError.class, "scamguard panicked: deliberate test panic",
                () -> Native.panicForTest("deliberate test panic"));
    }
}

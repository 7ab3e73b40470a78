package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scamguard.Event;

class EventsTest {

    @Test
    void withTimeCopiesEveryField() {
        Event e = Event.builder(Event.Type.TRANSFER_STARTED, 10).pkg("com.icbc").amount("19,999.58")
                .currency("CNY").payeeNew(true).payee("6222***").build();
        Event c = Events.withTime(e, 20);
        assertEquals(20, c.getTime());
        assertEquals(Events.withTime(c, 10), e, "only the time differs");
        Event s = Events.withTime(Event.settingChanged(1, Event.Setting.DEVELOPER_OPTIONS, null, false), 2);
        assertEquals(Boolean.FALSE, s.getEnabled());
        // the new fields survive the copy too
        for (Event n : new Event[] {
                Event.callStarted(5, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR,
                        Event.Verification.FAILED),
                Event.accessibilityEnabled(5, "com.x8bit.bitwarden", false, true),
                Event.callState(5, false),
                Event.platformRisk(5, Event.RiskKind.DISPLAY_CAST, null),
                Event.paymentPrompt(5, "com.eg.android.AlipayGphone", Event.PaymentKind.QR_SCAN, "500", "CNY")}) {
            assertEquals(n, Events.withTime(Events.withTime(n, 9), 5), n.getType().toString());
        }
    }

    @Test
    void passwordsAreMasked() {
        assertEquals("\u2022\u2022\u2022", Events.maskIfSecret(Event.Field.PASSWORD, "a\uD83D\uDE00b"));
        assertEquals("5000", Events.maskIfSecret(Event.Field.AMOUNT, "5000"));
        assertEquals("", Events.maskIfSecret(Event.Field.PASSWORD, null));
    }
}

package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every event type crosses JNI intact: {@link Native#echo} decodes exactly like {@code observe}
 * and returns the core's JSON for the event (plus the privacy fields it never serialises).
 */
class EventRoundTripTest {
    static String echo(Event e) {
        return Wire.encode(e, Native::echo);
    }

    /** One event of every type, with every field set, and the JSON the core must see. */
    static Map<Event, String> samples() {
        Map<Event, String> m = new LinkedHashMap<>();
        m.put(Event.builder(Event.Type.CALL_STARTED, 1).direction(Event.Direction.INCOMING)
                        .peer(Event.Peer.FLAGGED).channel(Event.Channel.VOIP).app("com.tencent.mm")
                        .number("+86 138 0000 0000").build(),
                "{\"t\":1,\"type\":\"call_started\",\"direction\":\"incoming\",\"peer\":\"flagged\","
                        + "\"channel\":\"voip\",\"app\":\"com.tencent.mm\",\"number\":\"+86 138 0000 0000\"}");
        m.put(Event.callEnded(2), "{\"t\":2,\"type\":\"call_ended\"}");
        m.put(Event.appForeground(3, "com.eg.android.AlipayGphone"),
                "{\"t\":3,\"type\":\"app_foreground\",\"package\":\"com.eg.android.AlipayGphone\"}");
        m.put(Event.appInstalled(4, "com.tencent.wemeet.app", "com.huawei.appmarket", "腾讯会议"),
                "{\"t\":4,\"type\":\"app_installed\",\"package\":\"com.tencent.wemeet.app\","
                        + "\"installer\":\"com.huawei.appmarket\",\"label\":\"腾讯会议\"}");
        m.put(Event.appRemoved(5, "com.pacf"), "{\"t\":5,\"type\":\"app_removed\",\"package\":\"com.pacf\"}");
        m.put(Event.screenShareStarted(6, "com.tencent.wemeet.app"),
                "{\"t\":6,\"type\":\"screen_share_started\",\"package\":\"com.tencent.wemeet.app\"}");
        m.put(Event.screenShareStopped(7, null), "{\"t\":7,\"type\":\"screen_share_stopped\"}");
        m.put(Event.accessibilityEnabled(8, "com.oray.sunlogin"),
                "{\"t\":8,\"type\":\"accessibility_enabled\",\"package\":\"com.oray.sunlogin\"}");
        m.put(Event.overlayShown(9, "com.evil.overlay"),
                "{\"t\":9,\"type\":\"overlay_shown\",\"package\":\"com.evil.overlay\"}");
        m.put(Event.settingChanged(10, Event.Setting.BANK_NOTIFICATIONS_OFF, "com.android.bankabc", false),
                "{\"t\":10,\"type\":\"setting_changed\",\"setting\":\"bank_notifications_off\","
                        + "\"package\":\"com.android.bankabc\",\"enabled\":false}");
        // Full-width digits, CJK, an emoji (a surrogate pair in Java, 4 bytes in UTF-8), a quote.
        m.put(Event.textEntered(11, "com.android.bankabc", Event.Field.CODE, "１９９９９.５８ 验证码 😀 \"q\""),
                "{\"t\":11,\"type\":\"text_entered\",\"package\":\"com.android.bankabc\",\"field\":\"code\","
                        + "\"text\":\"１９９９９.５８ 验证码 😀 \\\"q\\\"\"}");
        m.put(Event.screenText(12, "com.eg.android.AlipayGphone", "备用金 最高可借500元"),
                "{\"t\":12,\"type\":\"screen_text\",\"package\":\"com.eg.android.AlipayGphone\","
                        + "\"text\":\"备用金 最高可借500元\"}");
        m.put(Event.notification(13, "com.android.bankabc", "中国农业银行", "转出人民币20,000.00元"),
                "{\"t\":13,\"type\":\"notification\",\"package\":\"com.android.bankabc\","
                        + "\"title\":\"中国农业银行\",\"text\":\"转出人民币20,000.00元\"}");
        m.put(Event.builder(Event.Type.SMS_RECEIVED, 14).sender("95599").senderKind(Event.SenderKind.SERVICE)
                        .text("您的验证码是123456").build(),
                "{\"t\":14,\"type\":\"sms_received\",\"sender_kind\":\"service\",\"text\":\"您的验证码是123456\","
                        + "\"sender\":\"95599\"}");
        m.put(Event.builder(Event.Type.TRANSFER_STARTED, 15).pkg("com.android.bankabc").amount("¥19,999.58")
                        .currency("CNY").payeeNew(true).payee("张三").build(),
                "{\"t\":15,\"type\":\"transfer_started\",\"package\":\"com.android.bankabc\","
                        + "\"amount\":\"19999.58\",\"currency\":\"CNY\",\"payee_new\":true,\"payee\":\"张三\"}");
        m.put(Event.contactAdded(16, "+86 139 0000 0000"),
                "{\"t\":16,\"type\":\"contact_added\",\"number\":\"+86 139 0000 0000\"}");
        m.put(Event.callState(17, false), "{\"t\":17,\"type\":\"call_state\",\"active\":false}");
        m.put(Event.paymentPrompt(18, "com.eg.android.AlipayGphone", Event.PaymentKind.DRAWDOWN, "¥5,000", "CNY"),
                "{\"t\":18,\"type\":\"payment_prompt\",\"package\":\"com.eg.android.AlipayGphone\","
                        + "\"kind\":\"drawdown\",\"amount\":\"5000.00\",\"currency\":\"CNY\"}");
        m.put(Event.platformRisk(19, Event.RiskKind.DEVICE_CONTROLLED, "com.oray.sunlogin"),
                "{\"t\":19,\"type\":\"platform_risk\",\"kind\":\"device_controlled\","
                        + "\"package\":\"com.oray.sunlogin\"}");
        m.put(Event.callStarted(20, Event.Direction.INCOMING, Event.Peer.SERVICE, Event.Channel.CELLULAR,
                        Event.Verification.PASSED),
                "{\"t\":20,\"type\":\"call_started\",\"direction\":\"incoming\",\"peer\":\"service\","
                        + "\"channel\":\"cellular\",\"verification\":\"passed\"}");
        m.put(Event.accessibilityEnabled(21, "com.google.android.marvin.talkback", true, false),
                "{\"t\":21,\"type\":\"accessibility_enabled\",\"package\":\"com.google.android.marvin.talkback\","
                        + "\"tool\":true,\"from_store\":false}");
        return m;
    }

    @Test
    void everyEventTypeCrossesIntact() {
        EnumSet<Event.Type> seen = EnumSet.noneOf(Event.Type.class);
        for (Map.Entry<Event, String> s : samples().entrySet()) {
            assertEquals(s.getValue(), echo(s.getKey()), s.getKey().toString());
            seen.add(s.getKey().getType());
        }
        assertEquals(EnumSet.allOf(Event.Type.class), seen, "a sample for every event type");
    }

    @Test
    void everyEventTypeIsAcceptedByTheEngine() {
        try (ScamGuard guard = new ScamGuard()) {
            for (Event e : samples().keySet()) {
                assertNotNull(guard.observe(e), e.toString());
            }
        }
    }

    @Test
    void everyEnumValueCrossesIntact() {
        for (Event.Direction d : Event.Direction.values()) {
            for (Event.Peer p : Event.Peer.values()) {
                for (Event.Channel c : Event.Channel.values()) {
                    String j = echo(Event.callStarted(1, d, p, c));
                    assertTrue(j.contains("\"direction\":\"" + d.wireName() + "\",\"peer\":\"" + p.wireName()
                            + "\",\"channel\":\"" + c.wireName() + "\""), j);
                }
            }
        }
        for (Event.Setting s : Event.Setting.values()) {
            for (boolean on : new boolean[] {false, true}) {
                String j = echo(Event.settingChanged(1, s, null, on));
                assertTrue(j.contains("\"setting\":\"" + s.wireName() + "\",\"enabled\":" + on), j);
            }
        }
        for (Event.Field f : Event.Field.values()) {
            assertTrue(echo(Event.textEntered(1, "p", f, "x")).contains("\"field\":\"" + f.wireName() + "\""));
        }
        for (Event.SenderKind k : Event.SenderKind.values()) {
            assertTrue(echo(Event.smsReceived(1, null, k, "x")).contains("\"sender_kind\":\"" + k.wireName() + "\""));
        }
        for (Event.Verification v : Event.Verification.values()) {
            String j = echo(Event.callStarted(1, Event.Direction.OUTGOING, Event.Peer.CONTACT, null, v));
            assertTrue(j.endsWith("\"verification\":\"" + v.wireName() + "\"}"), j);
        }
        assertTrue(echo(Event.callStarted(1, Event.Direction.OUTGOING, Event.Peer.CONTACT, null, null))
                .endsWith("\"channel\":\"cellular\"}"));
        for (Event.PaymentKind k : Event.PaymentKind.values()) {
            String j = echo(Event.paymentPrompt(1, null, k, null, null));
            assertEquals("{\"t\":1,\"type\":\"payment_prompt\",\"kind\":\"" + k.wireName() + "\"}", j);
        }
        for (Event.RiskKind k : Event.RiskKind.values()) {
            String j = echo(Event.platformRisk(1, k, null));
            assertEquals("{\"t\":1,\"type\":\"platform_risk\",\"kind\":\"" + k.wireName() + "\"}", j);
        }
        Boolean[] tri = {null, false, true};
        for (Boolean tool : tri) {
            for (Boolean store : tri) {
                String j = echo(Event.accessibilityEnabled(1, "p", tool, store));
                assertEquals("{\"t\":1,\"type\":\"accessibility_enabled\",\"package\":\"p\""
                        + (tool == null ? "" : ",\"tool\":" + tool)
                        + (store == null ? "" : ",\"from_store\":" + store) + "}", j);
            }
        }
        assertEquals("{\"t\":1,\"type\":\"call_state\",\"active\":true}", echo(Event.callState(1, true)));
        assertEquals("{\"t\":1,\"type\":\"contact_added\"}", echo(Event.contactAdded(1, null)));
        assertTrue(echo(Event.transferStarted(1, null, "1.5万", null, false))
                .endsWith("\"amount\":\"15000.00\",\"currency\":\"CNY\",\"payee_new\":false}"));
        assertTrue(echo(Event.transferStarted(1, null, "500", "USD", null))
                .endsWith("\"amount\":\"500.00\",\"currency\":\"USD\"}"));
        for (Event.Type t : Event.Type.values()) {
            assertEquals(t, Event.Type.fromWire(t.wireName()));
        }
    }

    @Test
    void typedHelpersAndEventsAreTheSameCall() {
        // The typed helpers and observe(Event) share one flattening (Wire), so checking one of
        // them natively covers both; here: the helpers accept what the samples carry.
        try (ScamGuard g = new ScamGuard()) {
            g.onCallStarted(1, Event.Direction.INCOMING, Event.Peer.UNKNOWN, null, null);
            g.onAppForeground(2, "com.eg.android.AlipayGphone");
            g.onAppInstalled(3, "com.tencent.wemeet.app", null, null);
            g.onAppRemoved(4, "com.tencent.wemeet.app");
            g.onScreenShareStarted(5, null);
            g.onScreenShareStopped(6, null);
            g.onAccessibilityEnabled(7, "com.oray.sunlogin");
            g.onOverlayShown(8, "com.oray.sunlogin");
            g.onSettingChanged(9, Event.Setting.DEVELOPER_OPTIONS, null, true);
            g.onTextEntered(10, "com.android.bankabc", Event.Field.AMOUNT, "500");
            g.onScreenText(11, "com.android.bankabc", "转账");
            g.onNotification(12, "com.android.bankabc", null, "转出人民币500.00元");
            g.onSmsReceived(13, null, null, "hello");
            g.onTransferStarted(14, null, "500", null, null);
            g.onCallEnded(15);
            g.onContactAdded(16, "+86 139 0000 0000");
            g.onCallState(17, false);
            g.onPaymentPrompt(18, null, Event.PaymentKind.QR_SCAN, null, null);
            g.onPlatformRisk(19, Event.RiskKind.VOIP_CALL, null);
            g.onCallStarted(20, Event.Direction.INCOMING, Event.Peer.SERVICE, null, null, Event.Verification.FAILED);
            g.onAccessibilityEnabled(21, "com.google.android.marvin.talkback", true, true);
        }
    }
}

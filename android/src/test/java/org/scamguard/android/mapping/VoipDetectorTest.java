package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scamguard.Event;

class VoipDetectorTest {

    @Test
    void communicationModeWithAppInFrontIsVoipCall() {
        VoipDetector d = new VoipDetector("com.host");
        assertNull(d.onAudioMode(1, VoipDetector.MODE_NORMAL, "com.tencent.mm"));
        Event e = d.onAudioMode(2, VoipDetector.MODE_IN_COMMUNICATION, "com.tencent.mm");
        assertEquals(Event.Type.CALL_STARTED, e.getType());
        assertEquals(Event.Channel.VOIP, e.getChannel());
        assertEquals("com.tencent.mm", e.getApp());
        assertEquals(Event.Peer.UNVERIFIED, e.getPeer());
        assertNull(d.onAudioMode(3, VoipDetector.MODE_IN_COMMUNICATION, "com.eg.android.AlipayGphone"), "same call");
        assertTrue(d.inVoip());
        assertEquals(Event.Type.CALL_ENDED, d.onAudioMode(4, VoipDetector.MODE_NORMAL, null).getType());
    }

    @Test
    void cellularModeIsNotVoip() {
        VoipDetector d = new VoipDetector("com.host");
        assertNull(d.onAudioMode(1, VoipDetector.MODE_IN_CALL, "com.android.dialer"));
        assertNull(d.onAudioMode(2, VoipDetector.MODE_NORMAL, null), "no VoIP, no end");
    }

    @Test
    void systemUiOrOwnAppIsNotNamedAsTheVoipApp() {
        VoipDetector d = new VoipDetector("com.host");
        assertNull(d.onAudioMode(1, VoipDetector.MODE_IN_COMMUNICATION, "com.host").getApp());
        d.onAudioMode(2, VoipDetector.MODE_NORMAL, null);
        assertNull(d.onAudioMode(3, VoipDetector.MODE_IN_COMMUNICATION, "com.android.systemui").getApp());
        d.onAudioMode(4, VoipDetector.MODE_NORMAL, null);
        assertNull(d.onAudioMode(5, VoipDetector.MODE_IN_COMMUNICATION, null).getApp());
    }

    @Test
    void cellularCallDuringVoipKeepsSessionUntilNormal() {
        VoipDetector d = new VoipDetector(null);
        d.onAudioMode(1, VoipDetector.MODE_IN_COMMUNICATION, "us.zoom.videomeetings");
        assertNull(d.onAudioMode(2, VoipDetector.MODE_IN_CALL, null));
        assertEquals(Event.Type.CALL_ENDED, d.onAudioMode(3, VoipDetector.MODE_NORMAL, null).getType());
    }

    @Test
    void bankModeReportsCellularFromAudioModeAsUnverified() {
        VoipDetector d = new VoipDetector("com.bank", true);
        Event e = d.onAudioMode(1, VoipDetector.MODE_IN_CALL, "com.bank");
        assertEquals(Event.Channel.CELLULAR, e.getChannel());
        assertEquals(Event.Peer.UNVERIFIED, e.getPeer());
        assertNull(e.getApp());
        assertNull(d.onAudioMode(2, VoipDetector.MODE_IN_COMMUNICATION, "com.bank"), "still the same call");
        assertTrue(d.inCall());
        assertEquals(Event.Type.CALL_ENDED, d.onAudioMode(3, VoipDetector.MODE_NORMAL, null).getType());
        assertNull(d.onAudioMode(4, VoipDetector.MODE_NORMAL, null));
    }

    @Test
    void bankModeLeavesVoipToPlatformRisk() {
        VoipDetector d = new VoipDetector("com.bank", true, false);
        assertNull(d.onAudioMode(1, VoipDetector.MODE_IN_COMMUNICATION, null), "not a call: a voip_call risk");
        assertFalse(d.inCall());
        assertEquals(Event.Channel.CELLULAR, d.onAudioMode(2, VoipDetector.MODE_IN_CALL, null).getChannel(),
                "cellular still reported from the audio mode");
    }

    @Test
    void snapshotAtStartIsNotACallStart() {
        VoipDetector d = new VoipDetector("com.bank", true, false);
        d.snapshot(VoipDetector.MODE_IN_CALL);   // the bank app came back during the call
        assertTrue(d.inCall());
        assertNull(d.onAudioMode(1, VoipDetector.MODE_IN_CALL, null), "not started twice");
        assertEquals(Event.Type.CALL_ENDED, d.onAudioMode(2, VoipDetector.MODE_NORMAL, null).getType());
        VoipDetector v = new VoipDetector("com.vendor");
        v.snapshot(VoipDetector.MODE_IN_COMMUNICATION);
        assertTrue(v.inVoip());
        assertNull(v.onAudioMode(3, VoipDetector.MODE_IN_COMMUNICATION, "com.tencent.mm"));
        v.snapshot(VoipDetector.MODE_NORMAL);
        assertFalse(v.inCall());
    }
}

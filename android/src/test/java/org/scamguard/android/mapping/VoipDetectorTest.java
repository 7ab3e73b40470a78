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
        assertEquals(Event.Type.CALL_STARTED, e.type());
        assertEquals(Event.Channel.VOIP, e.channel());
        assertEquals("com.tencent.mm", e.app());
        assertEquals(Event.Peer.UNVERIFIED, e.peer());
        assertNull(d.onAudioMode(3, VoipDetector.MODE_IN_COMMUNICATION, "com.eg.android.AlipayGphone"), "same call");
        assertTrue(d.inVoip());
        assertEquals(Event.Type.CALL_ENDED, d.onAudioMode(4, VoipDetector.MODE_NORMAL, null).type());
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
        assertNull(d.onAudioMode(1, VoipDetector.MODE_IN_COMMUNICATION, "com.host").app());
        d.onAudioMode(2, VoipDetector.MODE_NORMAL, null);
        assertNull(d.onAudioMode(3, VoipDetector.MODE_IN_COMMUNICATION, "com.android.systemui").app());
        d.onAudioMode(4, VoipDetector.MODE_NORMAL, null);
        assertNull(d.onAudioMode(5, VoipDetector.MODE_IN_COMMUNICATION, null).app());
    }

    @Test
    void cellularCallDuringVoipKeepsSessionUntilNormal() {
        VoipDetector d = new VoipDetector(null);
        d.onAudioMode(1, VoipDetector.MODE_IN_COMMUNICATION, "us.zoom.videomeetings");
        assertNull(d.onAudioMode(2, VoipDetector.MODE_IN_CALL, null));
        assertEquals(Event.Type.CALL_ENDED, d.onAudioMode(3, VoipDetector.MODE_NORMAL, null).type());
    }

    @Test
    void bankModeReportsCellularFromAudioModeAsUnverified() {
        VoipDetector d = new VoipDetector("com.bank", true);
        Event e = d.onAudioMode(1, VoipDetector.MODE_IN_CALL, "com.bank");
        assertEquals(Event.Channel.CELLULAR, e.channel());
        assertEquals(Event.Peer.UNVERIFIED, e.peer());
        assertNull(e.app());
        assertNull(d.onAudioMode(2, VoipDetector.MODE_IN_COMMUNICATION, "com.bank"), "still the same call");
        assertTrue(d.inCall());
        assertEquals(Event.Type.CALL_ENDED, d.onAudioMode(3, VoipDetector.MODE_NORMAL, null).type());
        assertNull(d.onAudioMode(4, VoipDetector.MODE_NORMAL, null));
    }

    @Test
    void bankModeLeavesVoipToPlatformRisk() {
        VoipDetector d = new VoipDetector("com.bank", true, false);
        assertNull(d.onAudioMode(1, VoipDetector.MODE_IN_COMMUNICATION, null), "not a call: a voip_call risk");
        assertFalse(d.inCall());
        assertEquals(Event.Channel.CELLULAR, d.onAudioMode(2, VoipDetector.MODE_IN_CALL, null).channel(),
                "cellular still reported from the audio mode");
    }

    @Test
    void snapshotAtStartIsNotACallStart() {
        VoipDetector d = new VoipDetector("com.bank", true, false);
        d.snapshot(VoipDetector.MODE_IN_CALL);   // the bank app came back during the call
        assertTrue(d.inCall());
        assertNull(d.onAudioMode(1, VoipDetector.MODE_IN_CALL, null), "not started twice");
        assertEquals(Event.Type.CALL_ENDED, d.onAudioMode(2, VoipDetector.MODE_NORMAL, null).type());
        VoipDetector v = new VoipDetector("com.vendor");
        v.snapshot(VoipDetector.MODE_IN_COMMUNICATION);
        assertTrue(v.inVoip());
        assertNull(v.onAudioMode(3, VoipDetector.MODE_IN_COMMUNICATION, "com.tencent.mm"));
        v.snapshot(VoipDetector.MODE_NORMAL);
        assertFalse(v.inCall());
    }
}

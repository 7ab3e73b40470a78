package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scamguard.android.mapping.CallMapper.STATE_IDLE;
import static org.scamguard.android.mapping.CallMapper.STATE_OFFHOOK;
import static org.scamguard.android.mapping.CallMapper.STATE_RINGING;

import org.junit.jupiter.api.Test;
import org.scamguard.Event;
import org.scamguard.android.mapping.CallMapper.ContactLookup;
import org.scamguard.android.mapping.CallMapper.NumberInfo;

class CallMapperTest {

    @Test
    void peerRules() {
        assertEquals(Event.Peer.CONTACT, CallMapper.peer(NumberInfo.PRESENT, ContactLookup.FOUND, false));
        assertEquals(Event.Peer.UNKNOWN, CallMapper.peer(NumberInfo.PRESENT, ContactLookup.NOT_FOUND, false));
        assertEquals(Event.Peer.HIDDEN, CallMapper.peer(NumberInfo.WITHHELD, ContactLookup.FAILED, false));
        assertEquals(Event.Peer.FLAGGED, CallMapper.peer(NumberInfo.PRESENT, ContactLookup.NOT_FOUND, true));
    }

    @Test
    void missingPermissionIsUnverifiedNotUnknown() {
        // no READ_CONTACTS: we could see the number but not check it
        assertEquals(Event.Peer.UNVERIFIED, CallMapper.peer(NumberInfo.PRESENT, ContactLookup.NO_PERMISSION, false));
        // no READ_CALL_LOG (or TelephonyCallback, which never passes the number)
        assertEquals(Event.Peer.UNVERIFIED, CallMapper.peer(NumberInfo.NOT_VISIBLE, ContactLookup.FOUND, false));
        assertEquals(Event.Peer.UNVERIFIED, CallMapper.peer(null, null, false));
        assertEquals(Event.Peer.UNVERIFIED, CallMapper.peer(NumberInfo.PRESENT, ContactLookup.FAILED, false));
        // an empty number without permission is not "hidden": we simply cannot see it
        assertEquals(NumberInfo.NOT_VISIBLE, CallMapper.numberInfo("", false));
    }

    @Test
    void numberInfo() {
        assertEquals(NumberInfo.PRESENT, CallMapper.numberInfo("+86 138 0000 0000", true));
        assertEquals(NumberInfo.WITHHELD, CallMapper.numberInfo("", true));
        assertEquals(NumberInfo.WITHHELD, CallMapper.numberInfo("  ", true));
        assertEquals(NumberInfo.WITHHELD, CallMapper.numberInfo("-2", true));
        assertEquals(NumberInfo.WITHHELD, CallMapper.numberInfo("Anonymous", true));
        assertEquals(NumberInfo.NOT_VISIBLE, CallMapper.numberInfo(null, true));
    }

    @Test
    void incomingAnsweredThenEnded() {
        CallMapper m = new CallMapper(null);
        assertNull(m.onState(100, STATE_RINGING));
        m.onCallerInfo(NumberInfo.PRESENT, ContactLookup.NOT_FOUND, "13800000000", false);
        Event start = m.onState(200, STATE_OFFHOOK);
        assertEquals(Event.Type.CALL_STARTED, start.getType());
        assertEquals(Event.Direction.INCOMING, start.getDirection());
        assertEquals(Event.Peer.UNKNOWN, start.getPeer());
        assertEquals(Event.Channel.CELLULAR, start.getChannel());
        assertNull(start.getNumber(), "no salt: no number at all");
        assertTrue(m.inCall());
        assertNull(m.onState(250, STATE_OFFHOOK), "repeat OFFHOOK is not a new call");
        assertEquals(Event.Type.CALL_ENDED, m.onState(300, STATE_IDLE).getType());
        assertFalse(m.inCall());
    }

    @Test
    void missedCallProducesNothingAndForgetsCaller() {
        CallMapper m = new CallMapper(null);
        m.onState(1, STATE_RINGING);
        m.onCallerInfo(NumberInfo.PRESENT, ContactLookup.FOUND, null, false);
        assertNull(m.onState(2, STATE_IDLE));
        Event out = m.onState(3, STATE_OFFHOOK);   // now dialling out
        assertEquals(Event.Direction.OUTGOING, out.getDirection());
        assertEquals(Event.Peer.UNVERIFIED, out.getPeer());
    }

    @Test
    void permissionMissingGivesUnverifiedInEvent() {
        CallMapper m = new CallMapper("salt");
        m.onState(1, STATE_RINGING);
        m.onCallerInfo(CallMapper.numberInfo("13800000000", true), ContactLookup.NO_PERMISSION, "13800000000", false);
        assertEquals(Event.Peer.UNVERIFIED, m.onState(2, STATE_OFFHOOK).getPeer());
    }

    @Test
    void idleWithoutCallIsNothing() {
        assertNull(new CallMapper(null).onState(1, STATE_IDLE));
    }

    @Test
    void numberIsHashedNeverRaw() {
        CallMapper m = new CallMapper("per-install-secret");
        m.onState(1, STATE_RINGING);
        m.onCallerInfo(NumberInfo.PRESENT, ContactLookup.NOT_FOUND, "+86 138-0000-1234", false);
        String n = m.onState(2, STATE_OFFHOOK).getNumber();
        assertTrue(n.matches("h:[0-9a-f]{16}"), n);
        assertFalse(n.contains("1234"));
        assertEquals(n, m.hash("+8613800001234"), "formatting does not change the hash");
        assertEquals(n, m.hash("＋８６１３８００００１２３４"), "full-width digits fold");
        assertNotEquals(n, new CallMapper("other-secret").hash("+8613800001234"), "salted");
        assertNull(m.hash(""));
        assertNull(m.hash("+"));
        assertNull(m.hash(null));
    }

    @Test
    void numberNeedsCallLogFromAndroid9() {
        assertTrue(CallMapper.numberVisible(27, true, false), "Android 8.1: READ_PHONE_STATE is enough");
        assertFalse(CallMapper.numberVisible(27, false, true));
        assertFalse(CallMapper.numberVisible(28, true, false), "Android 9: READ_CALL_LOG needed");
        assertTrue(CallMapper.numberVisible(28, false, true));
        assertFalse(CallMapper.numberVisible(34, true, false));
    }

    @Test
    void resetForgetsTheCallWithoutAnEvent() {
        CallMapper m = new CallMapper(null);
        m.onState(0, CallMapper.STATE_RINGING);
        assertNotNull(m.onState(1, CallMapper.STATE_OFFHOOK));
        assertTrue(m.inCall());
        m.reset();
        assertFalse(m.inCall());
        assertNull(m.onState(2, CallMapper.STATE_IDLE), "no call_ended for a call it no longer tracks");
    }

    @Test
    void registrationSnapshotIsNotACallStart() {
        CallMapper m = new CallMapper(null);
        m.snapshot(STATE_OFFHOOK);   // the bank app started during a call
        assertTrue(m.inCall());
        assertNull(m.onState(1, STATE_OFFHOOK), "no call_started with a made-up direction");
        assertEquals(Event.Type.CALL_ENDED, m.onState(2, STATE_IDLE).getType(), "its end is still seen");
        m.snapshot(STATE_RINGING);
        assertFalse(m.inCall());
        assertEquals(Event.Direction.INCOMING, m.onState(3, STATE_OFFHOOK).getDirection(), "ringing then answered");
    }

    @Test
    void activeNowFromTelephonyOrAudioMode() {
        assertTrue(CallMapper.activeNow(STATE_OFFHOOK, VoipDetector.MODE_NORMAL));
        assertTrue(CallMapper.activeNow(null, VoipDetector.MODE_IN_CALL), "no permission: the audio mode");
        assertTrue(CallMapper.activeNow(STATE_IDLE, VoipDetector.MODE_IN_COMMUNICATION), "a VoIP call");
        assertFalse(CallMapper.activeNow(STATE_RINGING, VoipDetector.MODE_RINGTONE), "ringing is not a call yet");
        assertFalse(CallMapper.activeNow(null, VoipDetector.MODE_NORMAL));
    }

    @Test
    void screenedCallIsAStrangerWithTheNetworksCheck() {
        CallMapper m = new CallMapper("salt");
        // CallScreeningService (role holder): a number not in the contacts, STIR/SHAKEN failed
        m.onScreened(1_000, "+86 138 0000 0000", CallMapper.verification(2));
        // TelephonyCallback gives no number
        m.onCallerInfo(NumberInfo.NOT_VISIBLE, ContactLookup.FAILED, null, false);
        assertNull(m.onState(1_200, STATE_RINGING));
        Event e = m.onState(5_000, STATE_OFFHOOK);
        assertEquals(Event.Peer.UNKNOWN, e.getPeer(), "screened calls are never contacts");
        assertEquals(Event.Verification.FAILED, e.getVerification());
        assertEquals(m.hash("+8613800000000"), e.getNumber());
        m.onState(9_000, STATE_IDLE);
        // the next call was not screened (a contact): no stale check
        m.onState(20_000, STATE_RINGING);
        Event next = m.onState(21_000, STATE_OFFHOOK);
        assertNull(next.getVerification());
        assertEquals(Event.Peer.UNVERIFIED, next.getPeer());
    }

    @Test
    void oldOrWithheldScreeningResults() {
        CallMapper m = new CallMapper("salt");
        m.onScreened(0, "+8613800000000", Event.Verification.PASSED);
        m.onState(CallMapper.SCREENING_WINDOW_MS + 1, STATE_RINGING);
        assertEquals(Event.Peer.UNVERIFIED, m.onState(CallMapper.SCREENING_WINDOW_MS + 2, STATE_OFFHOOK).getPeer(),
                "too old: another call");
        m.onState(CallMapper.SCREENING_WINDOW_MS + 3, STATE_IDLE);
        m.onScreened(100_000, null, CallMapper.verification(0));
        m.onState(100_001, STATE_RINGING);
        Event e = m.onState(100_002, STATE_OFFHOOK);
        assertEquals(Event.Peer.HIDDEN, e.getPeer(), "withheld number");
        assertEquals(Event.Verification.NONE, e.getVerification());
        assertNull(e.getNumber());
    }
}

package org.scamguard.android;

import android.net.Uri;
import android.os.Build;
import android.telecom.Call;
import android.telecom.CallScreeningService;
import org.scamguard.Event;
import org.scamguard.android.mapping.CallMapper;

/**
 * Vendor mode: the call-screening role (API 29+, {@code RoleManager.ROLE_CALL_SCREENING}, which
 * the user grants in one system dialog). Android calls it for every incoming call from a number
 * <em>not in the contacts</em>, with the number, without READ_CALL_LOG or READ_CONTACTS, and
 * from API 30 with the network's STIR/SHAKEN check
 * ({@code Call.Details.getCallerNumberVerificationStatus}). It tells the call monitor, whose
 * {@code call_started} then says peer {@code unknown} (or {@code hidden}) and the
 * {@code verification}; the call state itself still comes from the monitor (READ_PHONE_STATE).
 *
 * <p>It never blocks, silences or rejects a call: it answers "allow" at once (the platform
 * expects an answer within 5 s). The number stays in memory only until it is hashed.
 */
public class ScamGuardCallScreeningService extends CallScreeningService {
    @Override
    public void onScreenCall(Call.Details details) {
        if (Build.VERSION.SDK_INT < 24) return;   // the service exists from API 24
        if (details == null) return;
        if (Build.VERSION.SDK_INT >= 29) {
            // only the call-screening role (API 29+) is called for ordinary incoming calls
            try {
                if (details.getCallDirection() == Call.Details.DIRECTION_INCOMING) {
                    Uri handle = details.getHandle();
                    String number = handle == null ? null : handle.getSchemeSpecificPart();
                    Event.Verification v = null;
                    if (Build.VERSION.SDK_INT >= 30) {
                        v = CallMapper.verification(details.getCallerNumberVerificationStatus());
                    }
                    CallMonitor.onScreened(number, v);
                }
            } catch (Throwable t) {
                Safe.warn("onScreenCall", t);
            }
        }
        try {
            respondToCall(details, new CallResponse.Builder().build());   // allow, always
        } catch (Throwable t) {
            Safe.warn("respondToCall", t);
        }
    }
}

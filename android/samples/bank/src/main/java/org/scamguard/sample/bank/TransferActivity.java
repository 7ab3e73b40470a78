package org.scamguard.sample.bank;

import android.app.Activity;
import android.os.Bundle;
import java.util.List;
import org.scamguard.TransferCheck;
import org.scamguard.android.BankAppGuard;
import org.scamguard.android.ScamGuardAndroid;

/**
 * Sample bank app, part 2 of 2: the transfer screen. The lines between the markers are all the
 * integration a bank writes (CI counts them: under 30 with BankApp); the rest is the bank's own.
 */
public class TransferActivity extends Activity {
    private BankAppGuard bank;

    // scamguard:begin
    @Override
    protected void onCreate(Bundle saved) {
        super.onCreate(saved);
        bank = new BankAppGuard(this, ScamGuardAndroid.shared(this));
    }

    @Override
    protected void onStart() {
        super.onStart();
        bank.start();   // screen recording, calls, casting, accessibility, remote-control apps
    }

    @Override
    protected void onStop() {
        bank.stop();
        super.onStop();
    }

    /** The user tapped "confirm": ask before the money moves; exactly one result comes back. */
    void onConfirmTapped(String amount, boolean payeeIsNew) {
        TransferCheck check = TransferCheck.builder().amount(amount).currency("CNY").payeeNew(payeeIsNew).build();
        bank.checkTransfer(check, 30, null, result -> {   // 30 min cooling-off after an overridden STOP
            switch (result.outcome) {
                case PROCEED: sendTransfer(); break;
                case HOLD: holdTransfer(result.holdUntilMs); break;
                case ASK_USER: askWithOwnDialog(); break;
                default: cancelTransfer();   // CANCEL: "do not transfer", or the user left the warning
            }
        });
    }

    /** The bank's server decoded a Play Integrity token: pass on appAccessRiskVerdict.appsDetected. */
    void onIntegrityVerdict(List<String> appsDetected) {
        bank.onAppAccessRisk(appsDetected);
    }
    // scamguard:end

    void sendTransfer() { /* the bank's own code */ }

    void holdTransfer(long untilElapsedRealtimeMs) { /* the bank's own code: send after the cooling-off */ }

    void askWithOwnDialog() { /* the bank's own code */ }

    void cancelTransfer() { /* the bank's own code */ }
}

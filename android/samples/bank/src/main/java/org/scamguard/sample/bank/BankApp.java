package org.scamguard.sample.bank;

import android.app.Application;
import org.scamguard.android.ScamGuardAndroid;

/**
 * Sample bank app, part 1 of 2: one engine per process, set up once. The engine keeps the scam
 * episode (the call, the screen share, the new payee) across activities and rotations.
 */
public class BankApp extends Application {
    // scamguard:begin
    @Override
    public void onCreate() {
        super.onCreate();
        ScamGuardAndroid.shared(this);   // never throws; isEnabled() is false on an ABI we do not ship
        ScamGuardAndroid.setOfficialNumber("Example Bank", "95588");   // "call my bank" on the warning
    }
    // scamguard:end
}

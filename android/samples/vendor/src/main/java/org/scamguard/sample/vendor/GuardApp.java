package org.scamguard.sample.vendor;

import android.app.Application;
import org.scamguard.android.ScamGuardAndroid;

/** Sample vendor (security) app, part 1 of 2: the services share one engine per process. */
public class GuardApp extends Application {
    // scamguard:begin
    @Override
    public void onCreate() {
        super.onCreate();
        ScamGuardAndroid.shared(this);   // the accessibility, notification and screening services use it
        ScamGuardAndroid.setHotline("96110");
    }
    // scamguard:end
}

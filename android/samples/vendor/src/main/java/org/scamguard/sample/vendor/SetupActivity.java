package org.scamguard.sample.vendor;

import android.Manifest;
import android.app.Activity;
import android.app.role.RoleManager;
import android.content.Intent;
import android.os.Build;
import android.os.Bundle;
import android.provider.Settings;
import android.widget.Button;

/**
 * Sample vendor app, part 2 of 2: the one-time setup. The services themselves come with
 * org.scamguard:scamguard-android-vendor (its manifest declares them); the app asks the user for
 * what only the user can grant. CI counts the lines between the markers (under 60 in all).
 */
public class SetupActivity extends Activity {
    private static final int PERMISSIONS = 1, SCREENING_ROLE = 2;

    // scamguard:begin
    @Override
    protected void onCreate(Bundle saved) {
        super.onCreate(saved);
        Button enable = new Button(this);
        enable.setText("Turn on scam protection");
        enable.setOnClickListener(v -> startActivity(new Intent(Settings.ACTION_ACCESSIBILITY_SETTINGS)));
        Button notifications = new Button(this);
        notifications.setText("Read scam SMS and notifications");
        notifications.setOnClickListener(v ->
                startActivity(new Intent("android.settings.ACTION_NOTIFICATION_LISTENER_SETTINGS")));
        android.widget.LinearLayout col = new android.widget.LinearLayout(this);
        col.setOrientation(android.widget.LinearLayout.VERTICAL);
        col.addView(enable);
        col.addView(notifications);
        setContentView(col);
        askPermissions();
        askCallScreeningRole();
    }

    /** Call state, contact vs stranger, the heads-up warning. The call monitor retries once granted. */
    private void askPermissions() {
        if (Build.VERSION.SDK_INT < 23) return;
        requestPermissions(new String[] {Manifest.permission.READ_PHONE_STATE, Manifest.permission.READ_CONTACTS,
                "android.permission.POST_NOTIFICATIONS"}, PERMISSIONS);
    }

    /** Non-contact callers and STIR/SHAKEN without READ_CALL_LOG (API 29+; one system dialog). */
    private void askCallScreeningRole() {
        if (Build.VERSION.SDK_INT < 29) return;
        RoleManager roles = getSystemService(RoleManager.class);
        if (roles == null || !roles.isRoleAvailable(RoleManager.ROLE_CALL_SCREENING)
                || roles.isRoleHeld(RoleManager.ROLE_CALL_SCREENING)) {
            return;
        }
        startActivityForResult(roles.createRequestRoleIntent(RoleManager.ROLE_CALL_SCREENING), SCREENING_ROLE);
    }
    // scamguard:end
}

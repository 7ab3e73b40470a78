package org.scamguard.android;

import android.Manifest;
import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.os.Build;
import org.scamguard.android.mapping.WarningModel;

/**
 * Posts warnings as notifications on a high-importance channel (heads-up on API 26+;
 * PRIORITY_HIGH before). One notification per episode: {@link WarningModel#notificationId()}
 * is the same for every warning of an episode, so a repeat replaces it. Without
 * POST_NOTIFICATIONS (API 33+) nothing is posted; the warning screen still works.
 */
final class WarningNotifier {
    static final String CHANNEL_ID = "scamguard_warnings";

    private final Context app;

    WarningNotifier(Context app) {
        this.app = app;
    }

    void show(WarningModel m) {
        Safe.run("notify", () -> {
            if (Build.VERSION.SDK_INT >= 33 && !CallMonitor.granted(app, Manifest.permission.POST_NOTIFICATIONS)) {
                return;   // the user said no to notifications: the warning screen still works
            }
            NotificationManager nm = (NotificationManager) app.getSystemService(Context.NOTIFICATION_SERVICE);
            if (nm == null) return;
            Notification.Builder b;
            if (Build.VERSION.SDK_INT >= 26) {
                ensureChannel(nm);
                b = new Notification.Builder(app, CHANNEL_ID);
            } else {
                b = legacyBuilder();
            }
            String title = m.title.isEmpty() ? app.getString(R.string.scamguard_warning_default_title) : m.title;
            StringBuilder body = new StringBuilder(m.message);
            for (String a : m.actions) body.append('\n').append("• ").append(a);
            b.setSmallIcon(android.R.drawable.stat_sys_warning)
                    .setContentTitle(title)
                    .setContentText(m.message)
                    .setStyle(new Notification.BigTextStyle().bigText(body))
                    .setCategory(Notification.CATEGORY_ALARM)
                    .setOnlyAlertOnce(false)
                    .setAutoCancel(true)
                    .setContentIntent(openScreen(m));
            nm.notify(m.notificationId(), b.build());
        });
    }

    /** Removes an episode's notification once its final choice is made (a tap must not reopen it). */
    static void cancel(Context app, String episode) {
        Safe.run("cancelNotification", () -> {
            NotificationManager nm = (NotificationManager) app.getSystemService(Context.NOTIFICATION_SERVICE);
            if (nm != null) nm.cancel(WarningModel.notificationId(episode));
        });
    }

    @SuppressWarnings("deprecation")
    private Notification.Builder legacyBuilder() {
        // API 21-25 have no channels: PRIORITY_HIGH + sound/vibration give the heads-up
        return new Notification.Builder(app)
                .setPriority(Notification.PRIORITY_HIGH)
                .setDefaults(Notification.DEFAULT_ALL);
    }

    private void ensureChannel(NotificationManager nm) {
        if (Build.VERSION.SDK_INT < 26) return;
        if (nm.getNotificationChannel(CHANNEL_ID) != null) return;
        NotificationChannel c = new NotificationChannel(CHANNEL_ID,
                app.getString(R.string.scamguard_channel_name), NotificationManager.IMPORTANCE_HIGH);
        c.setDescription(app.getString(R.string.scamguard_channel_description));
        c.enableVibration(true);
        c.setLockscreenVisibility(Notification.VISIBILITY_PUBLIC);
        nm.createNotificationChannel(c);
    }

    private PendingIntent openScreen(WarningModel m) {
        Intent i = WarningActivity.intent(app, m);
        int flags = PendingIntent.FLAG_UPDATE_CURRENT;
        if (Build.VERSION.SDK_INT >= 23) flags |= PendingIntent.FLAG_IMMUTABLE;
        return PendingIntent.getActivity(app, m.notificationId(), i, flags);
    }
}

package org.scamguard.android;

import android.app.Notification;
import android.os.Bundle;
import android.provider.Telephony;
import android.service.notification.NotificationListenerService;
import android.service.notification.StatusBarNotification;
import org.scamguard.Event;
import org.scamguard.android.mapping.ScreenTextThrottle;

/**
 * Vendor mode: posted notifications become {@code notification} events; those of the
 * default SMS app become {@code sms_received} (sender kind unknown: the notification shows
 * a name or a number and we cannot tell which). Ongoing notifications (music, downloads)
 * and our own are skipped; repeats of the same text are dropped. Part of the vendor artifact,
 * like the accessibility service.
 */
public class ScamGuardNotificationListener extends NotificationListenerService {
    private final ScreenTextThrottle dedup = new ScreenTextThrottle(1000, 0, 64);
    private ScamGuardAndroid guard;

    /** The engine this listener feeds; override to supply your own instance. */
    protected ScamGuardAndroid createGuard() {
        return ScamGuardAndroid.shared(this);
    }

    @Override
    public void onListenerConnected() {
        Safe.run("nls.onListenerConnected", () -> guard = createGuard());
    }

    @Override
    public void onListenerDisconnected() {
        // access revoked or the service stopping: keep the episode for the next start
        Safe.run("nls.onListenerDisconnected", () -> {
            if (guard != null) guard.saveState();
        });
    }

    @Override
    public void onNotificationPosted(StatusBarNotification sbn) {
        Safe.run("nls.onNotificationPosted", () -> handle(sbn));
    }

    private void handle(StatusBarNotification sbn) {
        if (sbn == null || guard == null) return;
        String pkg = sbn.getPackageName();
        if (pkg == null || pkg.equals(getPackageName()) || sbn.isOngoing()) return;
        Notification n = sbn.getNotification();
        if (n == null || n.extras == null) return;
        Bundle x = n.extras;
        CharSequence title = x.getCharSequence(Notification.EXTRA_TITLE);
        CharSequence text = x.getCharSequence(Notification.EXTRA_BIG_TEXT);
        if (text == null) text = x.getCharSequence(Notification.EXTRA_TEXT);
        if (text == null || text.length() == 0) return;
        long t = guard.now();
        String body = dedup.admit(t, pkg, (title == null ? "" : title + "\n") + text);
        if (body == null) return;
        String smsApp = Telephony.Sms.getDefaultSmsPackage(this);
        if (pkg.equals(smsApp)) {
            guard.observe(Event.smsReceived(t, title == null ? null : title.toString(), Event.SenderKind.UNKNOWN,
                    text.toString()));
        } else {
            guard.observe(Event.notification(t, pkg, title == null ? null : title.toString(), text.toString()));
        }
    }
}

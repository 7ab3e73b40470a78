package org.scamguard.android;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.content.IntentFilter;
import android.content.pm.ApplicationInfo;
import android.content.pm.InstallSourceInfo;
import android.content.pm.PackageManager;
import android.net.Uri;
import android.os.Build;
import org.scamguard.Event;
import org.scamguard.android.mapping.InstallerClassifier;
import org.jspecify.annotations.Nullable;

/**
 * Installs and removals from the package broadcasts, with the installer from
 * {@code getInstallSourceInfo} (API 30+: the initiating app, e.g. the browser or chat app
 * that started the install) or {@code getInstallerPackageName} (older). Updates are
 * reported as installs (the trace format says "installed or updated"); the removal half
 * of an update is not reported.
 *
 * <p>Registered at runtime: manifest receivers no longer get these broadcasts (API 26+).
 * On API 30+ only packages visible to the host app are broadcast (see the manifest's
 * {@code <queries>} and android/README.md).
 */
public final class PackageMonitor {
    private final Context app;
    private final ScamGuardAndroid guard;
    private @Nullable BroadcastReceiver receiver;

    public PackageMonitor(Context context, ScamGuardAndroid guard) {
        this.app = context.getApplicationContext() != null ? context.getApplicationContext() : context;
        this.guard = guard;
    }

    public void start() {
        Safe.run("PackageMonitor.start", () -> {
            if (receiver != null) return;
            IntentFilter f = new IntentFilter();
            f.addAction(Intent.ACTION_PACKAGE_ADDED);
            f.addAction(Intent.ACTION_PACKAGE_REMOVED);
            f.addDataScheme("package");
            BroadcastReceiver r = new BroadcastReceiver() {
                @Override
                public void onReceive(Context c, Intent i) {
                    Safe.run("PackageMonitor.onReceive", () -> handle(i));
                }
            };
            if (Build.VERSION.SDK_INT >= 33) {
                // protected system broadcasts still arrive at a not-exported receiver
                app.registerReceiver(r, f, Context.RECEIVER_NOT_EXPORTED);
            } else {
                app.registerReceiver(r, f);
            }
            receiver = r;
        });
    }

    public void stop() {
        Safe.run("PackageMonitor.stop", () -> {
            if (receiver != null) app.unregisterReceiver(receiver);
            receiver = null;
        });
    }

    private void handle(Intent i) {
        Uri data = i.getData();
        String pkg = data == null ? null : data.getSchemeSpecificPart();
        if (pkg == null || pkg.isEmpty()) return;
        boolean replacing = i.getBooleanExtra(Intent.EXTRA_REPLACING, false);
        if (Intent.ACTION_PACKAGE_ADDED.equals(i.getAction())) {
            guard.observe(Event.appInstalled(guard.now(), pkg, installerOf(app, pkg), labelOf(app, pkg)));
        } else if (Intent.ACTION_PACKAGE_REMOVED.equals(i.getAction()) && !replacing) {
            guard.observe(Event.appRemoved(guard.now(), pkg));
        }
    }

    /** The installer to report for {@code pkg}, or null if unknown or not visible. */
    @SuppressWarnings("deprecation")
    static @Nullable String installerOf(Context c, String pkg) {
        try {
            PackageManager pm = c.getPackageManager();
            if (Build.VERSION.SDK_INT >= 30) {
                InstallSourceInfo s = pm.getInstallSourceInfo(pkg);
                return InstallerClassifier.pick(s.getInitiatingPackageName(), s.getInstallingPackageName(),
                        s.getOriginatingPackageName());
            }
            return InstallerClassifier.pick(null, pm.getInstallerPackageName(pkg), null);
        } catch (Throwable t) {
            return null;   // NameNotFound (not visible to us) or a vendor bug: no installer
        }
    }

    /** The app's visible name, or null. */
    static @Nullable String labelOf(Context c, String pkg) {
        try {
            PackageManager pm = c.getPackageManager();
            ApplicationInfo ai = pm.getApplicationInfo(pkg, 0);
            CharSequence l = pm.getApplicationLabel(ai);
            return l == null ? null : l.toString();
        } catch (Throwable t) {
            return null;
        }
    }
}

package org.scamguard.android;

import android.accessibilityservice.AccessibilityService;
import android.content.ContentResolver;
import android.content.Context;
import android.database.ContentObserver;
import android.database.Cursor;
import android.hardware.display.DisplayManager;
import android.media.AudioManager;
import android.os.Build;
import android.os.Handler;
import android.os.Looper;
import android.provider.ContactsContract;
import android.provider.Settings;
import android.view.Display;
import android.view.accessibility.AccessibilityEvent;
import android.view.accessibility.AccessibilityNodeInfo;
import android.view.accessibility.AccessibilityWindowInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scamguard.Event;
import org.scamguard.android.mapping.AccessibilityServicesParser;
import org.scamguard.android.mapping.CallMapper;
import org.scamguard.android.mapping.Events;
import org.scamguard.android.mapping.FieldClassifier;
import org.scamguard.android.mapping.Isolated;
import org.scamguard.android.mapping.NewContacts;
import org.scamguard.android.mapping.OverlayFilter;
import org.scamguard.android.mapping.ProjectionDialogDetector;
import org.scamguard.android.mapping.ScreenTextThrottle;
import org.scamguard.android.mapping.VoipDetector;

/**
 * Vendor mode: the on-device observer for phone makers and security apps. Turns what
 * accessibility sees into events: the app in front, text typed (field kind from view id /
 * hint / label), screen text (throttled, bounded), the MediaProjection consent dialog and
 * the system's stop control as screen-share start/stop, cast displays, overlays of other
 * apps (no toasts), accessibility services being enabled (with tool / store flags), developer
 * options; it also runs the call, VoIP and install monitors while it is connected, retries the
 * call monitor once READ_PHONE_STATE is granted, and reports a {@code call_state} snapshot.
 *
 * <p>Part of the vendor artifact (scamguard-android-vendor); bank apps, which use the bank
 * artifact, never carry it. Every callback is wrapped so nothing reaches the host; each
 * watcher starts on its own. Nothing is logged but exception class names.
 */
public class ScamGuardAccessibilityService extends AccessibilityService {
    private static final int MAX_NODES = 300, MAX_DEPTH = 30, MAX_TEXT_CHARS = 200;
    private static final long TYPING_PAUSE_MS = 800;
    private static volatile ScamGuardAccessibilityService running;

    private final Handler main = new Handler(Looper.getMainLooper());
    private final ProjectionDialogDetector projection = new ProjectionDialogDetector();
    private final ScreenTextThrottle screenText = new ScreenTextThrottle();
    private final Map<String, Runnable> pendingTyping = new HashMap<>();
    private OverlayFilter overlays;
    private final Runnable overlayRecheck = () -> Safe.run("overlayRecheck", this::checkOverlays);
    private final Set<Integer> castDisplays = new HashSet<>();
    private ScamGuardAndroid guard;
    private CallMonitor calls;
    private VoipMonitor voip;
    private PackageMonitor packages;
    private ContentObserver settingsObserver;
    private ContentObserver contactsObserver;
    private final NewContacts newContacts = new NewContacts();
    private final CallMapper contactHasher = new CallMapper(CallMonitor.SALT);
    private DisplayManager.DisplayListener displayListener;
    private String lastA11yServices;
    private Boolean lastDevOptions;
    private volatile String foreground;

    /** Opens the notification shade (where "stop sharing" is) if vendor mode is running. */
    static void openNotificationShade() {
        ScamGuardAccessibilityService s = running;
        if (s != null) Safe.run("openShade", () -> s.performGlobalAction(GLOBAL_ACTION_NOTIFICATIONS));
    }

    /** The engine this service feeds; override to supply your own instance. */
    protected ScamGuardAndroid createGuard() {
        return ScamGuardAndroid.shared(this);
    }

    @Override
    protected void onServiceConnected() {
        super.onServiceConnected();
        Safe.run("a11y.onServiceConnected", () -> {
            guard = createGuard();
            running = this;
            overlays = new OverlayFilter(getPackageName());
        });
        if (guard == null) return;
        // each watcher on its own: one failing (an OEM quirk, a permission) must not stop the others
        new Isolated()
                .step("calls", () -> {
                    calls = new CallMonitor(this, guard);
                    calls.start();   // false without READ_PHONE_STATE: retried on window changes
                })
                .step("callState", this::reportCallState)
                .step("voip", () -> {
                    voip = new VoipMonitor(this, guard, () -> foreground, false);
                    voip.start();
                })
                .step("packages", () -> {
                    packages = new PackageMonitor(this, guard);
                    packages.start();
                })
                .step("settings", this::watchSettings)
                .step("contacts", this::watchContacts)
                .step("displays", this::watchDisplays)
                .step("stopSharing", () -> {
                    // the warning screen's "stop sharing": open the shade, where the system's stop
                    // control is, and still tell the user what to tap (return false)
                    if (ScamGuardAndroid.screenShareStopper() == null) {
                        ScamGuardAndroid.setScreenShareStopper(() -> {
                            openNotificationShade();
                            return false;
                        });
                    }
                })
                .run(Safe::warn);
    }

    @Override
    public void onAccessibilityEvent(AccessibilityEvent event) {
        if (guard == null || event == null) return;
        try {
            handle(event);
        } catch (Throwable t) {
            Safe.warn("a11y.onAccessibilityEvent", t);
        }
    }

    @Override
    public void onInterrupt() {
        // nothing to stop: we give no feedback
    }

    @Override
    public void onDestroy() {
        Safe.run("a11y.onDestroy", this::shutDown);
        super.onDestroy();
    }

    /** {@code call_state} from the platform: a call already on when the service connects is not lost. */
    private void reportCallState() {
        AudioManager am = (AudioManager) getSystemService(Context.AUDIO_SERVICE);
        int mode = am == null ? VoipDetector.MODE_NORMAL : am.getMode();
        guard.observe(Event.callState(guard.now(), CallMapper.activeNow(CallMonitor.platformCallState(this), mode)));
    }

    private void shutDown() {
        running = null;
        // the service stopping (switched off, or killed next): keep the episode for the next start
        if (guard != null) guard.saveState();
        main.removeCallbacks(overlayRecheck);
        if (calls != null) calls.stop();
        if (voip != null) voip.stop();
        if (packages != null) packages.stop();
        if (settingsObserver != null) getContentResolver().unregisterContentObserver(settingsObserver);
        settingsObserver = null;
        if (contactsObserver != null) getContentResolver().unregisterContentObserver(contactsObserver);
        contactsObserver = null;
        if (displayListener != null) {
            DisplayManager dm = (DisplayManager) getSystemService(Context.DISPLAY_SERVICE);
            if (dm != null) dm.unregisterDisplayListener(displayListener);
        }
        displayListener = null;
        for (Runnable r : pendingTyping.values()) main.removeCallbacks(r);
        pendingTyping.clear();
    }

    private void handle(AccessibilityEvent e) {
        CharSequence pkgCs = e.getPackageName();
        String pkg = pkgCs == null ? null : pkgCs.toString();
        if (pkg == null || pkg.equals(getPackageName())) return;   // never observe ourselves
        switch (e.getEventType()) {
            case AccessibilityEvent.TYPE_WINDOW_STATE_CHANGED:
                onWindowState(e, pkg);
                break;
            case AccessibilityEvent.TYPE_VIEW_CLICKED:
                onClick(e, pkg);
                break;
            case AccessibilityEvent.TYPE_VIEW_TEXT_CHANGED:
                onTextChanged(e, pkg);
                break;
            case AccessibilityEvent.TYPE_WINDOW_CONTENT_CHANGED:
                onContent(pkg);
                break;
            case AccessibilityEvent.TYPE_WINDOWS_CHANGED:
                checkOverlays();
                break;
            default:
                break;
        }
    }

    private void onWindowState(AccessibilityEvent e, String pkg) {
        flushTyping();
        List<CharSequence> texts = new ArrayList<>(e.getText());
        if (ProjectionDialogDetector.isSystemUi(pkg)) {
            collectTexts(getRootInActiveWindow(), texts, null);
        } else if (!pkg.equals(foreground) && isOrdinaryApp(e)) {
            foreground = pkg;
            guard.observe(Event.appForeground(guard.now(), pkg));
        }
        projection.onWindowShown(pkg, texts);
        if (voip != null) voip.check();   // pre-31 has no mode callback: every app switch is a chance to look
        // READ_PHONE_STATE may have been granted since (the setup flow asks while Settings is up)
        if (calls != null && !calls.running() && CallMonitor.canStart(this) && calls.start()) reportCallState();
        if (contactsObserver == null) watchContacts();   // READ_CONTACTS granted since
    }

    /** Activities and dialogs, not toasts, keyboards or popup menus. */
    private static boolean isOrdinaryApp(AccessibilityEvent e) {
        CharSequence cls = e.getClassName();
        if (cls == null) return true;
        String c = cls.toString();
        return !c.startsWith("android.widget.Toast") && !c.contains("InputMethod") && !c.endsWith("PopupWindow");
    }

    private void onClick(AccessibilityEvent e, String pkg) {
        CharSequence label = e.getContentDescription();
        if ((label == null || label.length() == 0) && !e.getText().isEmpty()) label = e.getText().get(0);
        Event ev = projection.onClick(guard.now(), pkg, label);
        if (ev != null) guard.observe(ev);
    }

    /** Typed text is sent once the user pauses (the last keystroke must not be lost to a throttle). */
    private void onTextChanged(AccessibilityEvent e, String pkg) {
        AccessibilityNodeInfo n = e.getSource();
        String viewId = null;
        CharSequence hint = null, desc = null, text = null;
        if (n != null) {
            viewId = n.getViewIdResourceName();
            if (Build.VERSION.SDK_INT >= 26) hint = n.getHintText();
            desc = n.getContentDescription();
            text = n.getText();
        }
        if (text == null && !e.getText().isEmpty()) text = e.getText().get(0);
        Event.Field field = FieldClassifier.classify(viewId, hint, desc, e.isPassword());
        String value = text == null ? "" : Events.maskIfSecret(field, text.toString());
        if (value.length() > MAX_TEXT_CHARS) value = value.substring(0, MAX_TEXT_CHARS);
        String key = pkg + '\u0000' + (viewId == null ? field.name() : viewId);
        final String typed = value;
        Runnable old = pendingTyping.remove(key);
        if (old != null) main.removeCallbacks(old);
        Runnable r = new Runnable() {
            @Override
            public void run() {
                pendingTyping.remove(key);
                if (!typed.isEmpty()) {
                    Safe.run("typing", () -> guard.observe(Event.textEntered(guard.now(), pkg, field, typed)));
                }
            }
        };
        pendingTyping.put(key, r);
        main.postDelayed(r, TYPING_PAUSE_MS);
    }

    private void flushTyping() {
        for (Runnable r : new ArrayList<>(pendingTyping.values())) {
            main.removeCallbacks(r);
            r.run();
        }
    }

    private void onContent(String pkg) {
        if (ProjectionDialogDetector.isSystemUi(pkg)) {
            // the consent dialog often fills its texts after the window-state event
            List<CharSequence> texts = new ArrayList<>();
            collectTexts(getRootInActiveWindow(), texts, null);
            projection.onWindowShown(pkg, texts);
            return;
        }
        long t = guard.now();
        if (!screenText.due(t, pkg)) return;   // skip the tree walk while rate-limited
        AccessibilityNodeInfo root = getRootInActiveWindow();
        if (root == null) return;
        CharSequence rootPkg = root.getPackageName();
        if (rootPkg == null || !pkg.contentEquals(rootPkg)) {
            // the change was in another window (keyboard, overlay): the active one is not its text
            if (Build.VERSION.SDK_INT < 33) recycle(root);
            return;
        }
        StringBuilder sb = new StringBuilder();
        collectTexts(root, null, sb);
        String s = screenText.admit(t, pkg, sb.toString());
        if (s != null) guard.observe(Event.screenText(t, pkg, s));
    }

    /**
     * Bounded walk of a window (at most MAX_NODES nodes, MAX_DEPTH deep), skipping password
     * fields, into a list and/or a newline-joined string.
     */
    @SuppressWarnings("deprecation")
    private static void collectTexts(AccessibilityNodeInfo root, List<CharSequence> out, StringBuilder joined) {
        if (root == null) return;
        ArrayDeque<AccessibilityNodeInfo> queue = new ArrayDeque<>();
        ArrayDeque<Integer> depth = new ArrayDeque<>();
        queue.add(root);
        depth.add(0);
        int seen = 0;
        while (!queue.isEmpty()) {
            AccessibilityNodeInfo n = queue.poll();
            int d = depth.poll();
            if (seen++ < MAX_NODES && !n.isPassword()) {
                add(n.getText(), out, joined);
                add(n.getContentDescription(), out, joined);
                if (d < MAX_DEPTH) {
                    for (int i = 0; i < n.getChildCount(); i++) {
                        AccessibilityNodeInfo c = n.getChild(i);
                        if (c != null) {
                            queue.add(c);
                            depth.add(d + 1);
                        }
                    }
                }
            }
            // explicit recycling matters below API 33 (pool of native-backed nodes)
            if (Build.VERSION.SDK_INT < 33) n.recycle();
        }
    }

    @SuppressWarnings("deprecation")
    private static void recycle(AccessibilityNodeInfo n) {
        n.recycle();
    }

    private static void add(CharSequence s, List<CharSequence> out, StringBuilder joined) {
        if (s == null || s.length() == 0) return;
        if (out != null) out.add(s);
        if (joined != null) joined.append(s).append('\n');
    }

    /**
     * Windows of other apps drawn over everything ({@link OverlayFilter}: overlay window types
     * only, no toasts, no system UI, and only once visible for 4 s).
     */
    @SuppressWarnings("deprecation")
    private void checkOverlays() {
        if (overlays == null) return;
        main.removeCallbacks(overlayRecheck);
        List<OverlayFilter.Window> ws = new ArrayList<>();
        for (AccessibilityWindowInfo w : getWindows()) {
            int type = w.getType();
            if (type != OverlayFilter.TYPE_SYSTEM && type != OverlayFilter.TYPE_ACCESSIBILITY_OVERLAY) continue;
            AccessibilityNodeInfo root = w.getRoot();
            if (root == null) continue;
            CharSequence p = root.getPackageName();
            if (Build.VERSION.SDK_INT < 33) root.recycle();
            CharSequence title = Build.VERSION.SDK_INT >= 24 ? w.getTitle() : null;
            ws.add(new OverlayFilter.Window(type, p == null ? null : p.toString(), title));
        }
        for (String pkg : overlays.onWindows(guard.now(), ws)) guard.observe(Event.overlayShown(guard.now(), pkg));
        // no window event may come while an overlay just sits there: look again when it would count
        if (overlays.pending()) main.postDelayed(overlayRecheck, OverlayFilter.MIN_VISIBLE_MS);
    }

    /** Accessibility services being switched on, and developer options. No permission needed to read. */
    private void watchSettings() {
        ContentResolver cr = getContentResolver();
        lastA11yServices = Settings.Secure.getString(cr, Settings.Secure.ENABLED_ACCESSIBILITY_SERVICES);
        lastDevOptions = devOptions(cr);
        settingsObserver = new ContentObserver(main) {
            @Override
            public void onChange(boolean selfChange) {
                Safe.run("settings.onChange", () -> onSettingsChanged(cr));
            }
        };
        cr.registerContentObserver(Settings.Secure.getUriFor(Settings.Secure.ENABLED_ACCESSIBILITY_SERVICES),
                false, settingsObserver);
        cr.registerContentObserver(Settings.Global.getUriFor(Settings.Global.DEVELOPMENT_SETTINGS_ENABLED),
                false, settingsObserver);
    }

    private void onSettingsChanged(ContentResolver cr) {
        String now = Settings.Secure.getString(cr, Settings.Secure.ENABLED_ACCESSIBILITY_SERVICES);
        // only services switched on while we watch: the ones on at connect are the baseline
        Set<String> news = AccessibilityServicesParser.newlyEnabled(lastA11yServices, now);
        Map<String, Boolean> tools = news.isEmpty() ? null : AccessibilityInfo.toolFlags(this);
        for (String pkg : news) {
            if (!pkg.equals(getPackageName())) guard.observe(AccessibilityInfo.event(this, guard.now(), pkg, tools));
        }
        lastA11yServices = now;
        Boolean dev = devOptions(cr);
        if (dev != null && !dev.equals(lastDevOptions)) {
            guard.observe(Event.settingChanged(guard.now(), Event.Setting.DEVELOPER_OPTIONS, null, dev));
        }
        lastDevOptions = dev;
    }

    /**
     * Contacts being saved ({@code contact_added}, READ_CONTACTS): the ids are compared with the
     * last look ({@link NewContacts}); a new contact's number goes out hashed with the call
     * monitor's salt, so the engine can tell that a later call comes from a contact saved minutes
     * before. Without READ_CONTACTS nothing is observed.
     */
    private void watchContacts() {
        if (contactsObserver != null || !CallMonitor.granted(this, android.Manifest.permission.READ_CONTACTS)) return;
        ContentResolver cr = getContentResolver();
        newContacts.update(contactIds(cr));   // the baseline
        contactsObserver = new ContentObserver(main) {
            @Override
            public void onChange(boolean selfChange) {
                Safe.run("contacts.onChange", () -> {
                    for (Long id : newContacts.update(contactIds(cr))) {
                        guard.observe(Event.contactAdded(guard.now(), contactHasher.hash(firstNumber(cr, id))));
                    }
                });
            }
        };
        cr.registerContentObserver(ContactsContract.Contacts.CONTENT_URI, true, contactsObserver);
    }

    private static List<Long> contactIds(ContentResolver cr) {
        List<Long> ids = new ArrayList<>();
        try (Cursor c = cr.query(ContactsContract.Contacts.CONTENT_URI, new String[] {ContactsContract.Contacts._ID},
                null, null, null)) {
            // Long.valueOf: the CI stubs type getLong as int; the real one returns long
            while (c != null && c.moveToNext()) ids.add(Long.valueOf(c.getLong(0)));
        }
        return ids;
    }

    /** The contact's first phone number (raw; hashed by the caller), or null. */
    private static String firstNumber(ContentResolver cr, long id) {
        try (Cursor c = cr.query(ContactsContract.CommonDataKinds.Phone.CONTENT_URI,
                new String[] {ContactsContract.CommonDataKinds.Phone.NUMBER},
                ContactsContract.CommonDataKinds.Phone.CONTACT_ID + " = ?", new String[] {Long.toString(id)}, null)) {
            return c != null && c.moveToFirst() ? c.getString(0) : null;
        }
    }

    private static Boolean devOptions(ContentResolver cr) {
        try {
            return Settings.Global.getInt(cr, Settings.Global.DEVELOPMENT_SETTINGS_ENABLED, 0) != 0;
        } catch (Throwable t) {
            return null;
        }
    }

    /** Casting (Miracast, Chromecast mirroring) adds a presentation display: screen share. */
    private void watchDisplays() {
        DisplayManager dm = (DisplayManager) getSystemService(Context.DISPLAY_SERVICE);
        if (dm == null) return;
        displayListener = new DisplayManager.DisplayListener() {
            @Override
            public void onDisplayAdded(int id) {
                Safe.run("displayAdded", () -> {
                    Display d = dm.getDisplay(id);
                    if (d == null || (d.getFlags() & Display.FLAG_PRESENTATION) == 0) return;
                    if (castDisplays.add(id) && castDisplays.size() == 1) {
                        guard.observe(Event.screenShareStarted(guard.now(), null));
                    }
                });
            }

            @Override
            public void onDisplayRemoved(int id) {
                Safe.run("displayRemoved", () -> {
                    if (castDisplays.remove(id) && castDisplays.isEmpty()) {
                        guard.observe(Event.screenShareStopped(guard.now(), null));
                    }
                });
            }

            @Override
            public void onDisplayChanged(int id) {
                // size/state changes of a display are not a share starting or stopping
            }
        };
        dm.registerDisplayListener(displayListener, main);
    }
}

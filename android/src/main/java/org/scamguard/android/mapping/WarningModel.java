package org.scamguard.android.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.scamguard.Level;
import org.scamguard.Warning;

/**
 * What the warning UI shows, copied out of a {@link Warning} so it can travel in an
 * Intent and be tested without the native engine. Also holds the presentation rules:
 * {@code caution} is a notification only, {@code danger} interrupts with the warning
 * screen, {@code critical} interrupts and makes the user wait before "continue anyway".
 */
public final class WarningModel {
    /** Seconds the user must wait on a critical warning before "continue anyway" works. */
    public static final int CRITICAL_WAIT_SECONDS = 10;

    public final long time;
    public final Level level;
    public final String rule;
    public final String episode;
    public final String title;
    public final String message;
    public final List<String> evidence;
    public final List<String> actions;

    public WarningModel(long time, Level level, String rule, String episode, String title, String message,
                        List<String> evidence, List<String> actions) {
        this.time = time;
        this.level = level == null ? Level.CAUTION : level;
        this.rule = rule == null ? "" : rule;
        // No episode from the engine: the rule alone keeps repeats of it on one screen.
        this.episode = episode == null || episode.isEmpty() ? "rule:" + this.rule : episode;
        this.title = title == null ? "" : title;
        this.message = message == null ? "" : message;
        this.evidence = copy(evidence);
        this.actions = copy(actions);
    }

    /** Copies the fields of an engine warning (null-safe for every getter). */
    public static WarningModel from(Warning w) {
        return new WarningModel(w.time(), w.level(), w.rule(), w.episode(), w.title(), w.message(),
                w.evidence(), w.actions());
    }

    /** Whether the full-screen warning should be shown (danger and critical). */
    public boolean interrupts() {
        return level.compareTo(Level.DANGER) >= 0;
    }

    /** Forced wait before "continue anyway": only for critical. */
    public int waitSeconds() {
        return level == Level.CRITICAL ? CRITICAL_WAIT_SECONDS : 0;
    }

    /**
     * A notification id that is the same for every warning of one episode, so that a
     * repeat replaces the notification instead of adding one.
     */
    public int notificationId() {
        return 0x5C000000 | (episode.hashCode() & 0x00FFFFFF);
    }

    private static List<String> copy(List<String> l) {
        if (l == null) return Collections.emptyList();
        List<String> out = new ArrayList<>();
        for (String s : l) if (s != null && !s.isEmpty()) out.add(s);
        return Collections.unmodifiableList(out);
    }
}

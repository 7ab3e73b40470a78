package org.scamguard.android.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.scamguard.Level;
import org.scamguard.Warning;

/**
 * What the warning UI shows, copied out of a {@link Warning} so it can travel in an
 * Intent and be tested without the native engine. Also holds the presentation rules:
 * {@code caution} is a notification only, {@code danger} interrupts with the warning
 * screen, {@code critical} interrupts and makes the user wait before "continue anyway".
 */
public final class WarningModel {
    /**
     * Default forced wait on a critical warning, in seconds: as long as the platform's own
     * in-call scam warning makes the user wait before a risky action.
     */
    public static final int CRITICAL_WAIT_SECONDS = 30;
    /** The shortest wait a host may configure: the screen must at least be read. */
    public static final int MIN_CRITICAL_WAIT_SECONDS = 5;

    private static final AtomicInteger ENGINES = new AtomicInteger();
    /** Random per process: two processes of one app never share an engine id either. */
    private static final String PROCESS = Integer.toString((int) (Math.random() * 46656), 36);

    public final long time;
    public final Level level;
    public final String rule;
    public final String episode;
    public final String title;
    public final String message;
    public final List<String> evidence;
    public final List<String> actions;
    private final int criticalWaitSeconds;

    public WarningModel(long time, Level level, String rule, String episode, String title, String message,
                        List<String> evidence, List<String> actions) {
        this(time, level, rule, episode, title, message, evidence, actions, CRITICAL_WAIT_SECONDS);
    }

    public WarningModel(long time, Level level, String rule, String episode, String title, String message,
                        List<String> evidence, List<String> actions, int criticalWaitSeconds) {
        this.time = time;
        this.level = level == null ? Level.CAUTION : level;
        this.rule = rule == null ? "" : rule;
        // No episode from the engine: the rule alone keeps repeats of it on one screen.
        this.episode = episode == null || episode.isEmpty() ? "rule:" + this.rule : episode;
        this.title = title == null ? "" : title;
        this.message = message == null ? "" : message;
        this.evidence = copy(evidence);
        this.actions = copy(actions);
        this.criticalWaitSeconds = clampWait(criticalWaitSeconds);
    }

    /**
     * A new engine id, unique in this process (and very likely across processes). The core's
     * episode ids restart in every engine ("0", "1", ...), so the Android layer, which shares
     * one warning screen and one notification space among all engines of the process, prefixes
     * them with it.
     */
    public static String newEngineId() {
        return PROCESS + "." + ENGINES.incrementAndGet();
    }

    /** Copies an engine warning (null-safe for every getter), the episode prefixed with {@code engineId}. */
    public static WarningModel from(Warning w, String engineId, int criticalWaitSeconds) {
        String core = w.getEpisode() == null || w.getEpisode().isEmpty() ? "rule:" + w.getRule() : w.getEpisode();
        String ep = engineId == null || engineId.isEmpty() ? core : engineId + "/" + core;
        return new WarningModel(w.getTime(), w.getLevel(), w.getRule(), ep, w.getTitle(), w.getMessage(),
                w.getEvidence(), w.getActions(), criticalWaitSeconds);
    }

    /** Copies an engine warning without an engine prefix and with the default wait. */
    public static WarningModel from(Warning w) {
        return from(w, null, CRITICAL_WAIT_SECONDS);
    }

    /** A configured wait, clamped to at least {@link #MIN_CRITICAL_WAIT_SECONDS} and at most 10 minutes. */
    public static int clampWait(int seconds) {
        return Math.max(MIN_CRITICAL_WAIT_SECONDS, Math.min(600, seconds));
    }

    /**
     * The one warning to show for a verdict: the highest level, and among those the first
     * (the engine lists the most specific reason first). Showing all of them one after the
     * other left the screen on the least specific one. Null for an empty list.
     */
    public static WarningModel mostSpecific(List<WarningModel> ws) {
        WarningModel best = null;
        if (ws == null) return null;
        for (WarningModel w : ws) {
            if (w != null && (best == null || w.level.compareTo(best.level) > 0)) best = w;
        }
        return best;
    }

    /** Whether the full-screen warning should be shown (danger and critical). */
    public boolean interrupts() {
        return level.compareTo(Level.DANGER) >= 0;
    }

    /** Forced wait before "continue anyway": only for critical. */
    public int waitSeconds() {
        return level == Level.CRITICAL ? criticalWaitSeconds : 0;
    }

    /** The configured critical wait (also for non-critical warnings, to carry it along). */
    public int criticalWaitSeconds() {
        return criticalWaitSeconds;
    }

    /** This warning shown at another level (the screen never downgrades within an episode). */
    public WarningModel withLevel(Level l) {
        return new WarningModel(time, l, rule, episode, title, message, evidence, actions, criticalWaitSeconds);
    }

    /**
     * A notification id that is the same for every warning of one episode, so that a
     * repeat replaces the notification instead of adding one.
     */
    public int notificationId() {
        return notificationId(episode);
    }

    /** {@link #notificationId()} of an episode id. */
    public static int notificationId(String episode) {
        return 0x5C000000 | ((episode == null ? 0 : episode.hashCode()) & 0x00FFFFFF);
    }

    private static List<String> copy(List<String> l) {
        if (l == null) return Collections.emptyList();
        List<String> out = new ArrayList<>();
        for (String s : l) if (s != null && !s.isEmpty()) out.add(s);
        return Collections.unmodifiableList(out);
    }
}

package org.scamguard;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One warning raised by the engine, with the evidence that led to it and what the user should do.
 * Immutable; created by native code.
 */
@UsedByNative
public final class Warning {
    private final long time;
    private final Level level;
    private final String rule;
    private final String title;
    private final String message;
    private final List<String> evidence;
    private final List<String> actions;
    private final String lang;
    private final String episode;

    /** Called by native code only (the arrays are owned by the new object). */
    @UsedByNative
    Warning(
            long time,
            int level,
            String rule,
            String title,
            String message,
            String[] evidence,
            String[] actions,
            String lang,
            long episode) {
        this.time = time;
        this.level = Level.VALUES[level];
        this.rule = rule;
        this.title = title;
        this.message = message;
        this.evidence = Collections.unmodifiableList(Arrays.asList(evidence));
        this.actions = Collections.unmodifiableList(Arrays.asList(actions));
        this.lang = lang;
        this.episode = Long.toString(episode);
    }

    /** Time (ms, the trace clock) of the event that raised it. */
    public long time() {
        return time;
    }

    /** How severe it is. */
    public Level level() {
        return level;
    }

    /** Stable id of the rule that fired, e.g. {@code screen-share-during-stranger-call}. */
    public String rule() {
        return rule;
    }

    /** Short title for a notification or dialog. */
    public String title() {
        return title;
    }

    /** The explanation shown to the user. */
    public String message() {
        return message;
    }

    /** The events that led to it, as short human-readable lines (no raw numbers or typed text). */
    public List<String> evidence() {
        return evidence;
    }

    /** What the user should do. */
    public List<String> actions() {
        return actions;
    }

    /** Language of the texts: {@code "zh-CN"} or {@code "en"}. */
    public String lang() {
        return lang;
    }

    /**
     * Stable id of the scam episode, so a UI can update one warning screen instead of stacking
     * several.
     */
    public String episode() {
        return episode;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Warning)) {
            return false;
        }
        Warning w = (Warning) o;
        return time == w.time
                && level == w.level
                && rule.equals(w.rule)
                && title.equals(w.title)
                && message.equals(w.message)
                && evidence.equals(w.evidence)
                && actions.equals(w.actions)
                && lang.equals(w.lang)
                && episode.equals(w.episode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, level, rule, title, message, evidence, actions, lang, episode);
    }

    @Override
    public String toString() {
        return "Warning{t=" + time + ", " + level.wireName() + ", " + rule + ", " + title + "}";
    }
}

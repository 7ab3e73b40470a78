package org.scamguard;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One warning raised by the engine, with the evidence that led to it and what the user should do.
 * Immutable; created by native code. Getters are bean style ({@code w.getLevel()}; in Kotlin
 * {@code w.level}); the short forms ({@code level()}) are deprecated aliases.
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

    /**
     * Time of the event that raised it, in ms on the clock the events carry (on Android {@code
     * SystemClock.elapsedRealtime()}).
     */
    public long getTime() {
        return time;
    }

    /** How severe it is: {@code CAUTION}, {@code DANGER} or {@code CRITICAL} (never {@code NONE}). */
    public Level getLevel() {
        return level;
    }

    /** Stable id of the rule that fired, e.g. {@code screen-share-during-stranger-call}. */
    public String getRule() {
        return rule;
    }

    /** Short title for a notification or dialog. */
    public String getTitle() {
        return title;
    }

    /** The explanation shown to the user. */
    public String getMessage() {
        return message;
    }

    /** The events that led to it, as short human-readable lines (no raw numbers or typed text). */
    public List<String> getEvidence() {
        return evidence;
    }

    /** What the user should do. */
    public List<String> getActions() {
        return actions;
    }

    /** Language of the texts: {@code "zh-CN"}, {@code "zh-HK"} or {@code "en"}. */
    public String getLang() {
        return lang;
    }

    /**
     * Id of the scam episode, so a UI can update one warning screen instead of stacking several.
     */
    public String getEpisode() {
        return episode;
    }

    /** @deprecated Use {@link #getTime()}. */
    @Deprecated
    public long time() {
        return time;
    }

    /** @deprecated Use {@link #getLevel()}. */
    @Deprecated
    public Level level() {
        return level;
    }

    /** @deprecated Use {@link #getRule()}. */
    @Deprecated
    public String rule() {
        return rule;
    }

    /** @deprecated Use {@link #getTitle()}. */
    @Deprecated
    public String title() {
        return title;
    }

    /** @deprecated Use {@link #getMessage()}. */
    @Deprecated
    public String message() {
        return message;
    }

    /** @deprecated Use {@link #getEvidence()}. */
    @Deprecated
    public List<String> evidence() {
        return evidence;
    }

    /** @deprecated Use {@link #getActions()}. */
    @Deprecated
    public List<String> actions() {
        return actions;
    }

    /** @deprecated Use {@link #getLang()}. */
    @Deprecated
    public String lang() {
        return lang;
    }

    /** @deprecated Use {@link #getEpisode()}. */
    @Deprecated
    public String episode() {
        return episode;
    }

    @Override
    public boolean equals(@Nullable Object o) {
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

    /** Time, level, rule and episode: texts stay out of logs (evidence may name amounts). */
    @Override
    public String toString() {
        return "Warning{t=" + time + ", " + level.wireName() + ", " + rule + ", episode " + episode + "}";
    }
}

package org.scamguard.android.mapping;

/**
 * Makes the warning screen deliver exactly one final choice per episode, whatever way the
 * user leaves: a button, Back (once the countdown allows it), Home, another app, the screen
 * going off, or the activity being destroyed. The bank holds its transfer until that choice
 * comes, so a screen that closes without one leaves money in limbo.
 *
 * <p>Intermediate actions (hang up, stop sharing, call the bank) are delivered too but do not
 * close the episode. Leaving without a final choice closes it as DISMISSED, which banks treat as
 * "do not transfer". A configuration change (rotation) is not leaving. Main thread only.
 */
public final class ChoiceTracker {
    private String episode;
    private boolean decided;
    private boolean seen;

    /**
     * The screen now shows {@code ep}.
     *
     * @return the episode it replaced without a final choice (deliver DISMISSED for it), or null
     */
    public String show(String ep) {
        if (ep == null || ep.equals(episode)) return null;
        String superseded = episode != null && !decided ? episode : null;
        episode = ep;
        decided = false;
        seen = false;
        return superseded;
    }

    /** The episode on screen, or null. */
    public String episode() {
        return episode;
    }

    /**
     * The user acted.
     *
     * @return whether to deliver it: false after the episode's final choice
     */
    public boolean act(boolean isFinal) {
        if (episode == null || decided) return false;
        if (isFinal) decided = true;
        return true;
    }

    /** The screen was in front of the user (onResume) with the current episode. */
    public void seen() {
        if (episode != null) seen = true;
    }

    /**
     * The screen is going away: stopped (onStop) or destroyed (onDestroy).
     *
     * <p>A stop before the user ever saw the screen (launched while the phone was off or
     * another window covered it) is not leaving: the warning stays, with its notification.
     * Destruction always closes the episode.
     *
     * @return the episode to close with DISMISSED, or null (already decided, nothing shown,
     *         never seen and only stopped, or only a configuration change)
     */
    public String leave(boolean changingConfigurations, boolean destroying) {
        if (changingConfigurations || episode == null || decided) return null;
        if (!seen && !destroying) return null;
        decided = true;
        return episode;
    }

    /** Whether the episode on screen got its final choice. */
    public boolean decided() {
        return decided;
    }
}

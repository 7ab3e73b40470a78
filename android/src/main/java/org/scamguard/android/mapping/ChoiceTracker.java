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

    /**
     * The screen is going away (onStop / onDestroy).
     *
     * @return the episode to close with DISMISSED, or null (already decided, nothing shown, or
     *         only a configuration change)
     */
    public String leave(boolean changingConfigurations) {
        if (changingConfigurations || episode == null || decided) return null;
        decided = true;
        return episode;
    }

    /** Whether the episode on screen got its final choice. */
    public boolean decided() {
        return decided;
    }
}

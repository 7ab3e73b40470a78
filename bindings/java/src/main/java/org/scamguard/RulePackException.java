package org.scamguard;

/**
 * A rule pack that does not validate (bad JSON, unknown version, a rule that refers to an unknown
 * word list...). Thrown by {@link ScamGuard#ScamGuard(ScamGuard.Options)} and {@link
 * ScamGuard#loadRules(String)}; in the latter case the previous rules stay in force.
 */
@UsedByNative
public class RulePackException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the validator's message. */
    @UsedByNative
    public RulePackException(String message) {
        super(message);
    }
}

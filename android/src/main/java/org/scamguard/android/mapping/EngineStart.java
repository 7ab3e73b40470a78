package org.scamguard.android.mapping;

import java.util.concurrent.Callable;
import org.scamguard.ScamGuard;

/**
 * Starting the native engine without letting an error reach the host app. The Java API loads
 * {@code libscamguard.so} in the engine's constructor, which throws {@link UnsatisfiedLinkError}
 * (an {@link Error}, so {@code catch (Exception)} misses it) on a device whose ABI the app does
 * not ship, and a rejected rule pack throws too. A bank's {@code onCreate} must survive both.
 */
public final class EngineStart {
    /** The engine, or null if it could not be started. */
    public final ScamGuard engine;
    /** Why not (null when started). */
    public final Throwable error;

    private EngineStart(ScamGuard engine, Throwable error) {
        this.engine = engine;
        this.error = error;
    }

    /** Runs {@code factory}; never throws. */
    public static EngineStart of(Callable<ScamGuard> factory) {
        try {
            ScamGuard g = factory.call();
            return g == null ? new EngineStart(null, new IllegalStateException("no engine")) : new EngineStart(g, null);
        } catch (Throwable t) {
            return new EngineStart(null, t);
        }
    }
}

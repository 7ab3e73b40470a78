package org.scamguard.android.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs independent steps so that one failing does not skip the others. The bank-app guard
 * registers several watchers (screen recording, screenshots, calls, displays, audio mode): a
 * host that removed DETECT_SCREEN_RECORDING makes that registration throw, and call monitoring
 * must still start.
 */
public final class Isolated {
    /** Told about each step that threw (the name and the exception; never a payload). */
    public interface ErrorSink {
        void failed(String step, Throwable t);
    }

    private final List<String> names = new ArrayList<>();
    private final List<Runnable> steps = new ArrayList<>();

    /** Adds a step. */
    public Isolated step(String name, Runnable r) {
        names.add(name);
        steps.add(r);
        return this;
    }

    /**
     * Runs every step in order, each in its own try.
     *
     * @return how many steps failed
     */
    public int run(ErrorSink sink) {
        int failed = 0;
        for (int i = 0; i < steps.size(); i++) {
            try {
                steps.get(i).run();
            } catch (Throwable t) {
                failed++;
                if (sink != null) {
                    try {
                        sink.failed(names.get(i), t);
                    } catch (Throwable ignored) {
                        // the sink is logging; nothing better to do with its own failure
                    }
                }
            }
        }
        return failed;
    }
}

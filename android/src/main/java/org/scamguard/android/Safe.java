package org.scamguard.android;

import android.util.Log;

/**
 * The one place adapters log and swallow errors. Framework callbacks run inside the host
 * app's process: a bug or an OEM quirk here must never crash the host, so every callback
 * boundary goes through {@link #run}. Messages name the place and the exception class
 * only: never phone numbers, typed text or screen text.
 */
final class Safe {
    static final String TAG = "scamguard";

    private Safe() {}

    /** Runs {@code r}, logging (without payload) and swallowing anything it throws. */
    static void run(String where, Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            warn(where, t);
        }
    }

    static void warn(String where, Throwable t) {
        try {
            // The exception message could carry data (a number in a SecurityException, a
            // text in a parse error), so only its class is logged.
            Log.w(TAG, where + " failed: " + t.getClass().getName());
        } catch (Throwable ignored) {
            // logging itself failed (unit-test JVM with stub android.util.Log): nothing to do
        }
    }

    static void info(String msg) {
        try {
            Log.i(TAG, msg);
        } catch (Throwable ignored) {
            // see warn
        }
    }
}

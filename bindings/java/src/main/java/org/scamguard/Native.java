package org.scamguard;

import org.jspecify.annotations.Nullable;

/**
 * The native methods of {@code libscamguard.so}, registered by its {@code JNI_OnLoad}. Package
 * private: only {@link ScamGuard} (and tests in this package) call them. The Java side guarantees
 * that a handle passed here is live (never 0, never freed): see {@link ScamGuard#close()}.
 *
 * <p>Events cross the boundary flattened: an {@link Event.Type} ordinal, the time, the enum fields
 * packed into one {@code int} (4 bits each, at the shifts below; a nibble's meaning depends on the
 * type) and up to four strings whose meaning depends on the type. The layout is defined once, in
 * {@link Wire} and the table at the top of {@code src/jni/convert.rs}.
 */
@UsedByNative
final class Native {
    static final int DIRECTION_SHIFT = 0;
    static final int PEER_SHIFT = 4;
    static final int CHANNEL_SHIFT = 8;
    static final int SETTING_SHIFT = 12;
    static final int ENABLED_SHIFT = 16;
    static final int FIELD_SHIFT = 20;
    static final int SENDER_KIND_SHIFT = 24;
    /** 0 = unknown, 1 = false, 2 = true. */
    static final int PAYEE_NEW_SHIFT = 28;
    /** {@code call_started} only: 0 = not given, else 1 + {@link Event.Verification} ordinal. */
    static final int VERIFICATION_SHIFT = 12;
    /** {@code accessibility_enabled} only: 0 = unknown, 1 = false, 2 = true. */
    static final int TOOL_SHIFT = 0;
    /** {@code accessibility_enabled} only: 0 = unknown, 1 = false, 2 = true. */
    static final int FROM_STORE_SHIFT = 4;
    /** {@code call_state} only. */
    static final int ACTIVE_SHIFT = 16;
    /** {@code payment_prompt} ({@link Event.PaymentKind}) and {@code platform_risk} ({@link Event.RiskKind}). */
    static final int KIND_SHIFT = 0;

    static {
        NativeLoader.load();
    }

    private Native() {}

    /** Creates an engine; {@code sink} non-null = deliver warnings to it on a native thread. */
    static native long create(
            @Nullable String rulePackOrNull, String lang, @Nullable ListenerDispatch sink, int queueCapacity)
            throws RulePackException;

    /** Frees the engine (and stops its dispatcher thread, after it drained). */
    static native void destroy(long handle);

    /** Feeds one event; returns the warnings it raised, or null for none. */
    static native Warning @Nullable [] observe(
            long handle,
            int type,
            long t,
            int flags,
            @Nullable String a,
            @Nullable String b,
            @Nullable String c,
            @Nullable String d);

    /** {@code payeeNew}: 0 = unknown, 1 = false, 2 = true; null currency = CNY. */
    static native TransferVerdict assessTransfer(
            long handle, long t, @Nullable String pkg, String amount, @Nullable String currency, int payeeNew);

    static native void loadRules(long handle, String json) throws RulePackException;

    /** Adds a catalog category to a package ({@code category} in its wire spelling). */
    static native void addApp(long handle, String pkg, String category, @Nullable String labelOrNull);

    /** Adds {@code package<TAB>category[<TAB>label]} rows; returns how many. */
    static native int addApps(long handle, String tsv);

    /**
     * A shared catalog: the built-in one plus {@code package<TAB>category[<TAB>label]} rows,
     * frozen; returns its handle (freed with {@link #catalogDestroy}).
     */
    static native long catalogCreate(String tsv);

    /** Frees a shared catalog; engines that took it keep their clones. */
    static native void catalogDestroy(long catalog);

    /** The engine's catalog becomes a clone of the shared one (its own additions go). */
    static native void useCatalog(long handle, long catalog);

    /** Sets the active regions by wire name ({@code cn}, {@code hk}, ...). */
    static native void setRegions(long handle, String[] wireNames);

    /** The engine's state as a snapshot string. */
    static native String snapshot(long handle);

    /** Restores a snapshot; a refused one leaves the engine as it was. */
    static native void restore(long handle, String snapshot) throws SnapshotException;

    /** Forgets the device state, the episode and the clock. */
    static native void reset(long handle);

    /** Names the boot event times count from, with one moment of it on both clocks. */
    static native void setBoot(long handle, long boot, long elapsedMs, long wallMs);

    /** The stages the current episode shows, one bit each ({@link ScamGuard#STAGE_CONTACT}...). */
    static native int episodeStages(long handle);

    /** Warnings the async listener queue dropped (coalesced) so far. */
    static native long droppedWarnings(long handle);

    /** Test support: decodes an event exactly like {@link #observe} and returns the core's JSON. */
    static native String echo(
            int type,
            long t,
            int flags,
            @Nullable String a,
            @Nullable String b,
            @Nullable String c,
            @Nullable String d);

    /** Test support: the core's {@code Lang::from_locale(tag)} as a wire name, or null. */
    static native @Nullable String langForLocale(String tag);

    /** Benchmark floor: does nothing at all. */
    static native void nop();

    /** Benchmark floor 2: enters the error-handling wrapper and returns. */
    static native void nopChecked(long handle);

    /** Test support: panics in Rust with this message (must become an AssertionError). */
    static native void panicForTest(@Nullable String message);
}

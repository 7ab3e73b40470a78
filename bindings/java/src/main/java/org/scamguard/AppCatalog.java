package org.scamguard;

import java.util.Objects;

/**
 * An app catalog loaded once and shared by every {@link ScamGuard} of the process: the built-in
 * catalog plus a vendor's or bank's own rows, parsed in one native call and held once in memory
 * however many engines use it.
 *
 * <pre>{@code
 * try (AppCatalog apps = AppCatalog.fromRows(bankListTsv)) {      // paid for once
 *     ScamGuard a = new ScamGuard(new ScamGuard.Options().catalog(apps));
 *     ScamGuard b = new ScamGuard(new ScamGuard.Options().catalog(apps));
 *     a.addApp("com.example.pilot", AppCategory.BANK, null);       // a's own; b does not see it
 * }                                                                 // a and b keep working
 * }</pre>
 *
 * <p><b>Immutable.</b> Its rows never change after {@link #fromRows}; an engine that takes it
 * ({@link ScamGuard.Options#catalog}, {@link ScamGuard#useCatalog}) shares its rows and keeps its
 * own later {@link ScamGuard#addApp addApp} / {@link ScamGuard#addApps addApps} to itself
 * (copy-on-write). To change the shared list, build a new catalog and give it to the engines.
 *
 * <p><b>Lifetime.</b> An engine holds its own reference to the rows: {@link #close()} frees this
 * object's reference only, and engines that took the catalog keep working (the memory goes when
 * the last of them is closed). Giving a closed catalog to an engine throws {@link
 * IllegalStateException}. A catalog the app forgot to close is freed once it is unreachable.
 *
 * <p><b>Threads.</b> Thread-safe: any number of threads may give it to engines at once, and
 * {@link #close()} waits for those calls to finish.
 */
public final class AppCatalog implements AutoCloseable {
    /** The native catalog ({@link NativeHandle}). */
    private static final class NativeState extends NativeHandle {
        NativeState(long handle) {
            super(handle, "AppCatalog is closed");
        }

        @Override
        void destroy(long handle) {
            Native.catalogDestroy(handle);
        }
    }

    private final NativeState state;
    private final EngineCleaner.Cleanable cleanable;

    private AppCatalog(long handle) {
        this.state = new NativeState(handle);
        this.cleanable = EngineCleaner.register(this, state);
    }

    /**
     * The built-in catalog plus {@code tsvRows}: one {@code package<TAB>category[<TAB>label]} row
     * per line ({@code category} as in {@link AppCategory#wireName()}; blank lines, lines starting
     * with {@code #} and a {@code package} header are skipped), the format of {@link
     * ScamGuard#addApps(String)}, with the same limits: at most 200,000 rows and 32 MB. Parse it
     * off the main thread (100,000 rows take tens of milliseconds).
     *
     * @throws NullPointerException if {@code tsvRows} is null
     * @throws IllegalArgumentException for a bad row (the message names the line number and the
     *     problem, never the row's text) or too many rows
     */
    public static AppCatalog fromRows(String tsvRows) {
        Objects.requireNonNull(tsvRows, "tsvRows");
        NativeLoader.load();
        return new AppCatalog(Native.catalogCreate(tsvRows));
    }

    /**
     * Makes {@code engineHandle}'s catalog a clone of this one, holding this catalog's read lock
     * so {@link #close()} cannot free it meanwhile.
     *
     * @throws IllegalStateException if this catalog is closed
     */
    void giveTo(long engineHandle) {
        state.runLive(h -> Native.useCatalog(engineHandle, h));
    }

    /**
     * Frees this catalog's reference to the rows; engines that took it keep theirs. Waits for
     * calls giving it to engines on other threads to finish. Idempotent.
     */
    @Override
    public void close() {
        cleanable.clean();
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return state.isReleased();
    }
}

package org.scamguard;

/**
 * Loads {@code libscamguard} once per class loader. Every entry point of this package calls {@link
 * #load()}, so apps only need it to load the library early (e.g. in {@code Application.onCreate}).
 */
public final class NativeLoader {
    /** System property naming an absolute path to the library; overrides {@code java.library.path}. */
    public static final String PATH_PROPERTY = "scamguard.library.path";

    private static volatile boolean loaded;

    private NativeLoader() {}

    /**
     * Loads the library: from the path in system property {@value #PATH_PROPERTY} if set,
     * otherwise {@code System.loadLibrary("scamguard")}. Safe to call many times and from many
     * threads.
     *
     * @throws UnsatisfiedLinkError if the library cannot be found or its {@code JNI_OnLoad} fails
     */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (NativeLoader.class) {
            if (loaded) {
                return;
            }
            String path = System.getProperty(PATH_PROPERTY);
            if (path != null && !path.isEmpty()) {
                System.load(path);
            } else {
                System.loadLibrary("scamguard");
            }
            loaded = true;
        }
    }
}

package dev.atelier.core.solver;

import com.google.ortools.Loader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads OR-Tools' native library once per JVM and remembers whether that worked. */
final class NativeFlowLibrary {

    private static final Logger log = LoggerFactory.getLogger(NativeFlowLibrary.class);
    private static Boolean loaded;

    private NativeFlowLibrary() {}

    static synchronized boolean load() {
        if (loaded == null) {
            loaded = tryLoad();
        }
        return loaded;
    }

    private static boolean tryLoad() {
        try {
            Loader.loadNativeLibraries();
            return true;
        } catch (RuntimeException | LinkageError e) {
            log.warn(
                    "OR-Tools native library not available on this machine ({}: {}); matching uses the JGraphT "
                            + "min-cost flow instead (same results, slower on large cohorts)",
                    e.getClass().getSimpleName(),
                    e.getMessage());
            return false;
        }
    }
}

package org.scamguard;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * The listeners of one {@link ScamGuard}. Native code calls {@link #deliver} from its dispatcher
 * thread when the engine was created with {@link ScamGuard.Options#asyncListeners(boolean)}.
 */
@UsedByNative
final class ListenerDispatch {
    private static final Logger LOG = Logger.getLogger("org.scamguard");

    final CopyOnWriteArrayList<WarningListener> listeners = new CopyOnWriteArrayList<>();

    /** Calls every listener for every warning, in order; a listener that throws is logged. */
    @UsedByNative
    void deliver(Warning[] warnings) {
        if (listeners.isEmpty()) {
            return;
        }
        for (Warning w : warnings) {
            for (WarningListener l : listeners) {
                try {
                    l.onWarning(w);
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) {
                    LOG.log(
                            java.util.logging.Level.WARNING,
                            "WarningListener " + l.getClass().getName() + " threw on " + w.rule(),
                            e);
                }
            }
        }
    }
}

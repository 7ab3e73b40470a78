package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scamguard.ScamGuard;

class EngineStartTest {
    @Test
    void missingNativeLibraryIsAValueNotAThrow() {
        // the host tests run without libscamguard.so, as a device whose ABI the app lacks
        EngineStart s = EngineStart.of(() -> new ScamGuard(new ScamGuard.Options()));
        assertNull(s.engine);
        assertNotNull(s.error);
        assertTrue(s.error instanceof UnsatisfiedLinkError, s.error.getClass().getName());
    }

    @Test
    void anyOtherFailureToo() {
        EngineStart s = EngineStart.of(() -> {
            throw new IllegalArgumentException("bad rule pack");
        });
        assertNull(s.engine);
        assertEquals(IllegalArgumentException.class, s.error.getClass());
        assertTrue(EngineStart.of(() -> null).error instanceof IllegalStateException);
    }
}

package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsolatedTest {
    @Test
    void oneFailingWatcherDoesNotSkipTheOthers() {
        List<String> ran = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int failed = new Isolated()
                .step("recording", () -> {
                    throw new SecurityException("DETECT_SCREEN_RECORDING removed");
                })
                .step("calls", () -> ran.add("calls"))
                .step("displays", () -> {
                    throw new IllegalStateException();
                })
                .step("refresh", () -> ran.add("refresh"))
                .run((step, t) -> errors.add(step + ":" + t.getClass().getSimpleName()));
        assertEquals(2, failed);
        assertEquals(List.of("calls", "refresh"), ran);
        assertEquals(List.of("recording:SecurityException", "displays:IllegalStateException"), errors);
    }

    @Test
    void aThrowingSinkIsSwallowed() {
        List<String> ran = new ArrayList<>();
        new Isolated().step("a", () -> {
            throw new RuntimeException();
        }).step("b", () -> ran.add("b")).run((s, t) -> {
            throw new RuntimeException("log failed");
        });
        assertEquals(List.of("b"), ran);
    }
}

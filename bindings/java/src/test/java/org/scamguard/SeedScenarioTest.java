package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed scenario (and every other fixture trace) replayed through the Java API must raise
 * exactly the warnings the Rust replay prints ({@code scamguard replay --format json}).
 */
class SeedScenarioTest {
    static final String SEED = "scam/seed-beiyongjin-refund.jsonl";

    /** Replays a trace through {@link ScamGuard#observe(Event)}; also checks the listener saw the same. */
    static List<Map<String, Object>> javaReplay(Path trace, ScamGuard.Options options) throws Exception {
        List<Warning> returned = new ArrayList<>();
        List<Warning> heard = new ArrayList<>();
        try (ScamGuard guard = new ScamGuard(options)) {
            guard.addListener(heard::add);
            for (Event e : TestSupport.readTrace(trace)) {
                returned.addAll(guard.observe(e));
            }
        }
        assertEquals(returned, heard, "listener must hear exactly the returned warnings");
        return returned.stream().map(TestSupport::asReplayJson).collect(Collectors.toList());
    }

    @Test
    void seedScenarioMatchesRustReplay() throws Exception {
        Path seed = TestSupport.fixture(SEED);
        List<Map<String, Object>> rust = TestSupport.rustReplay(seed);
        assertFalse(rust.isEmpty(), "the Rust replay raised no warning for the seed scam");
        List<Map<String, Object>> java = javaReplay(seed, new ScamGuard.Options());
        assertEquals(rust, java);
        assertTrue(
                java.stream().anyMatch(w -> "critical".equals(w.get("level"))),
                "the seed scam must reach a critical warning");
    }

    @Test
    void seedScenarioInEnglishMatchesRustReplay() throws Exception {
        Path seed = TestSupport.fixture(SEED);
        List<Map<String, Object>> rust = TestSupport.rustReplay(seed, "--lang", "en");
        assertFalse(rust.isEmpty());
        assertEquals(rust, javaReplay(seed, new ScamGuard.Options().lang("en")));
        assertEquals("en", rust.get(0).get("lang"));
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesRustReplay() throws Exception {
        List<Path> traces;
        try (Stream<Path> files = Files.walk(TestSupport.repo().resolve("tests/fixtures"))) {
            traces = files.filter(p -> p.toString().endsWith(".jsonl")).sorted().collect(Collectors.toList());
        }
        assertTrue(traces.size() > 1, "no fixture traces found");
        return traces.stream()
                .map(p -> DynamicTest.dynamicTest(
                        TestSupport.repo().relativize(p).toString(),
                        () -> assertEquals(TestSupport.rustReplay(p), javaReplay(p, new ScamGuard.Options()))));
    }
}

package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Helpers for the JNI integration tests: where the repo is, a tiny JSON reader (no external
 * jars), trace files as {@link Event}s, the Rust replay's output, and warnings as maps for
 * comparison. Copy a test class, keep using these.
 */
final class TestSupport {
    private TestSupport() {}

    /** The repository root (system property {@code scamguard.repo}, set by run-tests.sh). */
    static Path repo() {
        String p = System.getProperty("scamguard.repo");
        if (p == null) {
            fail("system property scamguard.repo is not set: run bindings/java/run-tests.sh");
        }
        return Paths.get(p);
    }

    /** A fixture under {@code tests/fixtures/} of the repo; fails if it is missing. */
    static Path fixture(String relative) {
        Path p = repo().resolve("tests/fixtures").resolve(relative);
        assertTrue(Files.isRegularFile(p), "missing fixture " + p);
        return p;
    }

    // ------------------------------------------------------------------ traces

    /** Reads a trace (JSON Lines) into events, through the public builder API. */
    static List<Event> readTrace(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.trim().isEmpty()) {
                continue;
            }
            try {
                events.add(toEvent(object(parse(line))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return events;
    }

    /** One trace object as an {@link Event}. */
    static Event toEvent(Map<String, Object> o) {
        Event.Type type = Event.Type.fromWire(str(o, "type"));
        Event.Builder b = Event.builder(type, Long.parseLong(num(o, "t")));
        if (o.containsKey("direction")) b.direction(Event.Direction.fromWire(str(o, "direction")));
        if (o.containsKey("peer")) b.peer(Event.Peer.fromWire(str(o, "peer")));
        if (o.containsKey("channel")) b.channel(Event.Channel.fromWire(str(o, "channel")));
        if (o.containsKey("setting")) b.setting(Event.Setting.fromWire(str(o, "setting")));
        if (o.containsKey("field")) b.field(Event.Field.fromWire(str(o, "field")));
        if (o.containsKey("sender_kind")) b.senderKind(Event.SenderKind.fromWire(str(o, "sender_kind")));
        if (o.containsKey("enabled")) b.enabled((Boolean) o.get("enabled"));
        if (o.containsKey("payee_new")) b.payeeNew((Boolean) o.get("payee_new"));
        if (o.containsKey("verification")) b.verification(Event.Verification.fromWire(str(o, "verification")));
        if (o.containsKey("tool")) b.tool((Boolean) o.get("tool"));
        if (o.containsKey("from_store")) b.fromStore((Boolean) o.get("from_store"));
        if (o.containsKey("active")) b.active((Boolean) o.get("active"));
        if (o.containsKey("kind") && type == Event.Type.PAYMENT_PROMPT) {
            b.paymentKind(Event.PaymentKind.fromWire(str(o, "kind")));
        }
        if (o.containsKey("kind") && type == Event.Type.PLATFORM_RISK) {
            b.riskKind(Event.RiskKind.fromWire(str(o, "kind")));
        }
        b.app(str(o, "app")).number(str(o, "number")).pkg(str(o, "package"));
        b.installer(str(o, "installer")).label(str(o, "label")).text(str(o, "text"));
        b.title(str(o, "title")).sender(str(o, "sender")).payee(str(o, "payee"));
        if (o.containsKey("amount")) b.amount(String.valueOf(o.get("amount")));
        if (o.containsKey("currency")) b.currency(str(o, "currency"));
        return b.build();
    }

    private static String str(Map<String, Object> o, String k) {
        Object v = o.get(k);
        return v == null ? null : (String) v;
    }

    private static String num(Map<String, Object> o, String k) {
        Object v = o.get(k);
        if (!(v instanceof Num)) {
            throw new IllegalArgumentException("`" + k + "` is not a number: " + v);
        }
        return v.toString();
    }

    // ------------------------------------------------------------------ the Rust side

    /**
     * Runs {@code scamguard replay --format json FILE} (binary in system property {@code
     * scamguard.replay.bin}) and returns its warnings, one map per line.
     */
    static List<Map<String, Object>> rustReplay(Path trace, String... extraArgs) throws Exception {
        String bin = System.getProperty("scamguard.replay.bin");
        if (bin == null || !Files.isExecutable(Paths.get(bin))) {
            fail("system property scamguard.replay.bin does not name the built scamguard binary: " + bin);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(bin);
        cmd.add("replay");
        cmd.add("--format");
        cmd.add("json");
        for (String a : extraArgs) cmd.add(a);
        cmd.add(trace.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        byte[] out;
        byte[] err;
        try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
            out = o.readAllBytes();
            err = e.readAllBytes();
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "replay timed out");
        if (p.exitValue() != 0) {
            fail("replay exited " + p.exitValue() + ": " + new String(err, StandardCharsets.UTF_8));
        }
        List<Map<String, Object>> ws = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (!line.trim().isEmpty()) {
                ws.add(object(parse(line)));
            }
        }
        return ws;
    }

    /** A Java warning in the replay's JSON shape (same keys and value types). */
    static Map<String, Object> asReplayJson(Warning w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("t", new Num(Long.toString(w.getTime())));
        m.put("level", w.getLevel().wireName());
        m.put("rule", w.getRule());
        m.put("title", w.getTitle());
        m.put("message", w.getMessage());
        m.put("evidence", new ArrayList<Object>(w.getEvidence()));
        m.put("actions", new ArrayList<Object>(w.getActions()));
        m.put("lang", w.getLang());
        return m;
    }

    // ------------------------------------------------------------------ JSON

    /** A JSON number, kept as its literal so amounts stay exact. */
    static final class Num {
        final String literal;

        Num(String literal) {
            this.literal = literal;
        }

        @Override
        public String toString() {
            return literal;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Num && ((Num) o).literal.equals(literal);
        }

        @Override
        public int hashCode() {
            return literal.hashCode();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object v) {
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return (Map<String, Object>) v;
    }

    /** Parses one JSON value: objects (insertion-ordered maps), arrays, strings, {@link Num}, booleans, null. */
    static Object parse(String s) {
        int[] pos = {0};
        Object v = value(s, pos);
        skipWs(s, pos);
        if (pos[0] != s.length()) {
            throw new IllegalArgumentException("trailing characters at " + pos[0]);
        }
        return v;
    }

    private static Object value(String s, int[] pos) {
        skipWs(s, pos);
        if (pos[0] >= s.length()) throw new IllegalArgumentException("unexpected end of JSON");
        char c = s.charAt(pos[0]);
        switch (c) {
            case '{': {
                pos[0]++;
                Map<String, Object> m = new LinkedHashMap<>();
                skipWs(s, pos);
                if (s.charAt(pos[0]) == '}') {
                    pos[0]++;
                    return m;
                }
                while (true) {
                    skipWs(s, pos);
                    String k = string(s, pos);
                    skipWs(s, pos);
                    expect(s, pos, ':');
                    m.put(k, value(s, pos));
                    skipWs(s, pos);
                    if (s.charAt(pos[0]) == ',') {
                        pos[0]++;
                    } else {
                        expect(s, pos, '}');
                        return m;
                    }
                }
            }
            case '[': {
                pos[0]++;
                List<Object> l = new ArrayList<>();
                skipWs(s, pos);
                if (s.charAt(pos[0]) == ']') {
                    pos[0]++;
                    return l;
                }
                while (true) {
                    l.add(value(s, pos));
                    skipWs(s, pos);
                    if (s.charAt(pos[0]) == ',') {
                        pos[0]++;
                    } else {
                        expect(s, pos, ']');
                        return l;
                    }
                }
            }
            case '"':
                return string(s, pos);
            case 't':
                return literal(s, pos, "true", Boolean.TRUE);
            case 'f':
                return literal(s, pos, "false", Boolean.FALSE);
            case 'n':
                return literal(s, pos, "null", null);
            default: {
                int start = pos[0];
                while (pos[0] < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos[0])) >= 0) {
                    pos[0]++;
                }
                if (start == pos[0]) throw new IllegalArgumentException("unexpected '" + c + "' at " + start);
                return new Num(s.substring(start, pos[0]));
            }
        }
    }

    private static Object literal(String s, int[] pos, String word, Object v) {
        if (!s.startsWith(word, pos[0])) throw new IllegalArgumentException("bad literal at " + pos[0]);
        pos[0] += word.length();
        return v;
    }

    private static String string(String s, int[] pos) {
        expect(s, pos, '"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(pos[0]++);
            if (c == '"') return b.toString();
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(pos[0]++);
            switch (e) {
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'u':
                    b.append((char) Integer.parseInt(s.substring(pos[0], pos[0] + 4), 16));
                    pos[0] += 4;
                    break;
                default: b.append(e);
            }
        }
    }

    private static void expect(String s, int[] pos, char c) {
        if (pos[0] >= s.length() || s.charAt(pos[0]) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos[0]);
        }
        pos[0]++;
    }

    private static void skipWs(String s, int[] pos) {
        while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) pos[0]++;
    }

    // ------------------------------------------------------------------ logs

    /**
     * Captures what {@code org.scamguard} logs while open (run-tests.sh keeps those records off
     * the console), so tests can assert on them and a green run stays silent.
     */
    static final class LogCapture implements AutoCloseable {
        private static final Logger LOGGER = Logger.getLogger("org.scamguard");
        final List<LogRecord> records = new CopyOnWriteArrayList<>();
        private final Handler handler =
                new Handler() {
                    @Override
                    public void publish(LogRecord r) {
                        records.add(r);
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };

        LogCapture() {
            handler.setLevel(Level.ALL);
            LOGGER.addHandler(handler);
        }

        /** Every record as it would be printed: formatted message and the thrown class. */
        String text() {
            SimpleFormatter f = new SimpleFormatter();
            StringBuilder b = new StringBuilder();
            for (LogRecord r : records) {
                b.append(f.formatMessage(r)).append('\n');
            }
            return b.toString();
        }

        @Override
        public void close() {
            LOGGER.removeHandler(handler);
        }
    }
}

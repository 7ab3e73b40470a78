package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Languages: zh-HK end to end, and the Java locale mapping agrees with the engine's. */
class LangTest {
    @Test
    void javaLocaleMappingMatchesTheEngine() {
        List<String> tags = List.of("en", "en-GB", "fr-FR", "zh", "zh-CN", "zh-SG", "zh-HK", "zh-TW", "zh-MO",
                "zh-Hant", "zh-Hant-TW", "zh-Hans", "zh-Hans-HK", "zh-Hant-CN", "yue", "yue-HK", "ja-JP", "und");
        for (String tag : tags) {
            Lang java = Lang.fromLocale(Locale.forLanguageTag(tag));
            assertEquals(Native.langForLocale(tag), java.wireName(), tag);
        }
        assertEquals(Lang.ZH_HK, Lang.fromLocale(Locale.TRADITIONAL_CHINESE));
        assertEquals(Lang.ZH_CN, Lang.fromLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Lang.EN, Lang.fromLocale(Locale.GERMANY));
    }

    @Test
    void wireNamesParse() {
        for (Lang l : Lang.values()) {
            assertEquals(l, Lang.fromWire(l.wireName()));
        }
        assertEquals(Lang.ZH_HK, Lang.fromWire("zh-TW"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lang.fromWire("fr"));
        assertEquals("unknown lang (expected zh-CN, zh-HK or en)", e.getMessage());
    }

    @Test
    void warningsComeInTheChosenLanguage() throws Exception {
        for (Object opt : new Object[] {"zh-HK", Lang.ZH_HK, Locale.forLanguageTag("zh-Hant-TW")}) {
            ScamGuard.Options o = new ScamGuard.Options();
            if (opt instanceof String) o.lang((String) opt);
            else if (opt instanceof Lang) o.lang((Lang) opt);
            else o.locale((Locale) opt);
            try (ScamGuard g = new ScamGuard(o)) {
                g.onCallStarted(1_000, Event.Direction.INCOMING, Event.Peer.UNKNOWN, Event.Channel.CELLULAR, null);
                List<Warning> ws = g.onScreenShareStarted(60_000, "com.tencent.wemeet.app");
                assertEquals(1, ws.size(), opt.toString());
                assertEquals("zh-HK", ws.get(0).getLang());
            }
        }
    }
}

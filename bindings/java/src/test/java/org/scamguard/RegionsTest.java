package org.scamguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegionsTest {
    @Test
    void aLocaleGivesItsHomeRegion() {
        assertEquals("uk", Regions.fromLocale(Locale.UK));
        assertEquals("in", Regions.fromLocale(new Locale("hi", "IN")));
        assertEquals("hk", Regions.fromLocale(new Locale("zh", "HK")));
        assertEquals("tw", Regions.fromLocale(Locale.forLanguageTag("zh-Hant")));
        assertEquals("cn", Regions.fromLocale(Locale.forLanguageTag("zh")));
        assertEquals("sg", Regions.fromLocale(Locale.forLanguageTag("en-SG")));
        assertNull(Regions.fromLocale(Locale.FRANCE));
    }

    @Test
    void optionsFromALocaleSetLanguageAndRegionUnlessRegionsWereGiven() {
        ScamGuard.Options o = new ScamGuard.Options().locale(Locale.forLanguageTag("en-GB"));
        assertEquals(Lang.EN, o.getLang());
        assertEquals(List.of("uk"), o.getRegions());
        ScamGuard.Options given = new ScamGuard.Options().regions("hk", "cn").locale(Locale.US);
        assertEquals(List.of("hk", "cn"), given.getRegions());
        // The engine accepts what a locale gives.
        try (ScamGuard g = new ScamGuard(new ScamGuard.Options().locale(new Locale("en", "AU")))) {
            assertEquals(false, g.isClosed());
        }
    }
}

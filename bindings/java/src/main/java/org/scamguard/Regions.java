package org.scamguard;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The home region for a device locale, for {@link ScamGuard.Options#regions(String...)}: the
 * country of the locale decides (en-GB → {@code uk}, hi-IN → {@code in}, zh-HK → {@code hk}),
 * then, for Chinese without a country, the script (zh-Hant → {@code tw}, zh → {@code cn}).
 */
public final class Regions {
    private Regions() {}

    /** The region wire name for {@code locale}, or null when none fits (the engine's default, cn). */
    public static @Nullable String fromLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        switch (locale.getCountry().toUpperCase(Locale.ROOT)) {
            case "CN":
                return "cn";
            case "HK":
            case "MO":
                return "hk";
            case "TW":
                return "tw";
            case "SG":
                return "sg";
            case "IN":
                return "in";
            case "GB":
            case "UK":
                return "uk";
            case "US":
                return "us";
            case "AU":
                return "au";
            default:
                break;
        }
        if ("zh".equals(locale.getLanguage())) {
            return "Hant".equalsIgnoreCase(locale.getScript()) ? "tw" : "cn";
        }
        return null;
    }
}

package org.scamguard;

import java.util.Locale;

/**
 * The language of warning texts. Pick one from the user's locale with {@link #fromLocale(Locale)}
 * (on Android: {@code Lang.fromLocale(context.getResources().getConfiguration().getLocales().get(0))}).
 */
public enum Lang {
    /** Simplified Chinese ({@code zh-CN}). */
    ZH_CN("zh-CN"),
    /** Traditional Chinese ({@code zh-HK}; also chosen for Taiwan, Macau and {@code zh-Hant}). */
    ZH_HK("zh-HK"),
    /** English ({@code en}). */
    EN("en");

    private final String wire;

    Lang(String wire) {
        this.wire = wire;
    }

    /** The spelling used by the engine and in {@link Warning#lang()} ({@code "zh-CN"}, ...). */
    public String wireName() {
        return wire;
    }

    /**
     * Parses a wire spelling ({@code "zh-CN"}, {@code "zh-HK"}, {@code "en"}); {@code "zh-TW"} is
     * accepted as {@link #ZH_HK}.
     *
     * @throws IllegalArgumentException for anything else (the message lists what is accepted)
     * @throws NullPointerException if {@code s} is null
     */
    public static Lang fromWire(String s) {
        java.util.Objects.requireNonNull(s, "lang");
        for (Lang l : values()) {
            if (l.wire.equals(s)) {
                return l;
            }
        }
        if ("zh-TW".equals(s)) {
            return ZH_HK;
        }
        throw new IllegalArgumentException("unknown lang (expected zh-CN, zh-HK or en)");
    }

    /**
     * The language for a locale, the same mapping as the engine's {@code Lang::from_locale}:
     * Chinese in traditional script or for Hong Kong, Taiwan or Macau (and Cantonese) reads
     * {@link #ZH_HK}, other Chinese {@link #ZH_CN}, every other language {@link #EN}.
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public static Lang fromLocale(Locale locale) {
        String lang = locale.getLanguage();
        if (!"zh".equals(lang) && !"yue".equals(lang)) {
            return EN;
        }
        String script = locale.getScript();
        String country = locale.getCountry();
        boolean traditional =
                "yue".equals(lang)
                        || "Hant".equalsIgnoreCase(script)
                        || "HK".equals(country)
                        || "TW".equals(country)
                        || "MO".equals(country);
        boolean simplified = "Hans".equalsIgnoreCase(script);
        return traditional && !simplified ? ZH_HK : ZH_CN;
    }
}

package org.scamguard.android.mapping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small text helpers shared by the mapping classes.
 *
 * <p>Android hands us view ids, hints and labels in every shape: full-width letters from
 * Chinese input methods, camelCase ids ({@code etTransferAmount}), snake_case ids
 * ({@code et_sms_code}), ids prefixed with the package ({@code com.bank:id/amount}).
 * Everything is normalised once here so the classifiers only compare plain lowercase text.
 */
public final class Text {
    private Text() {}

    /** NFKC (full-width to ASCII, compatibility forms folded) and lower case; null becomes "". */
    public static String fold(CharSequence s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim();
    }

    /** Drops the {@code package:id/} prefix of a resource entry name. */
    public static String stripIdPrefix(String viewId) {
        if (viewId == null) return "";
        int slash = viewId.lastIndexOf('/');
        return slash >= 0 ? viewId.substring(slash + 1) : viewId;
    }

    /**
     * Splits ASCII words: on every non-letter/digit and at camelCase boundaries, lower-cased.
     * Non-ASCII characters (Chinese) separate words too; callers match those by substring.
     */
    public static List<String> words(CharSequence raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder cur = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ascii = c < 128 && Character.isLetterOrDigit(c);
            // a new word starts at lower->Upper ("etAmount") and at letter<->digit changes
            boolean boundary = cur.length() > 0 && ascii
                    && ((Character.isUpperCase(c) && Character.isLowerCase(prev))
                        || (Character.isDigit(c) != Character.isDigit(prev)));
            if (!ascii || boundary) {
                if (cur.length() > 0) out.add(cur.toString().toLowerCase(Locale.ROOT));
                cur.setLength(0);
            }
            if (ascii) cur.append(c);
            prev = c;
        }
        if (cur.length() > 0) out.add(cur.toString().toLowerCase(Locale.ROOT));
        return out;
    }

    /** Cuts {@code s} to at most {@code max} chars without splitting a surrogate pair. */
    public static String truncate(String s, int max) {
        if (s == null || s.length() <= max) return s;
        int end = max;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    /** Collapses runs of whitespace (including U+3000 and NBSP) into one space and trims. */
    public static String squash(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}

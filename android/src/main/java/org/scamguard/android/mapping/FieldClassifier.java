package org.scamguard.android.mapping;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scamguard.Event;

/**
 * Decides what kind of input field the user is typing into, from what the accessibility
 * tree tells us about it: the view id ({@code com.bank:id/et_transfer_amount}), the hint
 * ({@code 请输入转账金额}), the content description or a nearby label, and whether the field
 * is a password field.
 *
 * <p>Order matters: a one-time password is a {@link Event.Field#CODE}, not a password;
 * "支付密码" is a password even though it mentions payment. Chinese keywords match as
 * substrings (no word breaks in Chinese); English keywords match whole words after
 * splitting ids at '_' and camelCase, so "spinner" is not a PIN and "postcode" is not a code.
 */
public final class FieldClassifier {
    private FieldClassifier() {}

    private static final String[] CODE_ZH = {"验证码", "校验码", "动态码", "动态密码", "短信码", "确认码", "激活码"};
    private static final String[] PASSWORD_ZH = {"密码", "口令", "密碼"};
    private static final String[] AMOUNT_ZH = {"金额", "金額", "转账金额", "汇款金额", "付款金额", "数额", "转出金额"};
    private static final String[] ACCOUNT_ZH = {"账号", "帐号", "賬號", "卡号", "账户", "帐户", "收款账户",
            "收款人账号", "银行卡", "收款卡"};

    private static final Set<String> CODE_EN = words("otp", "code", "captcha", "vcode", "smscode", "authcode",
            "verifycode", "checkcode", "verification", "totp", "2fa", "mfa", "tac");
    /** words that make "code" mean something other than a one-time code */
    private static final Set<String> NOT_A_CODE = words("zip", "post", "postal", "area", "country", "invite",
            "invitation", "promo", "coupon", "referral", "qr", "bar", "swift", "bank", "branch", "dial");
    private static final Set<String> PASSWORD_EN = words("password", "passwd", "pwd", "pin", "passcode",
            "passphrase", "pass", "pw");
    private static final Set<String> AMOUNT_EN = words("amount", "amt", "money", "sum", "price", "total");
    private static final Set<String> ACCOUNT_EN = words("account", "acct", "accno", "acctno", "card", "cardno",
            "cardnum", "cardnumber", "iban", "payee", "beneficiary");

    /**
     * Classifies one field. Any argument may be null.
     *
     * @param viewId      the view's resource entry name, with or without the {@code pkg:id/} prefix
     * @param hint        the hint text (API 26+ {@code getHintText}, or the empty field's text)
     * @param description content description or the label next to the field
     * @param isPassword  the framework marks the field as a password field
     */
    public static Event.Field classify(String viewId, CharSequence hint, CharSequence description,
                                       boolean isPassword) {
        String[] sources = {Text.stripIdPrefix(viewId), hint == null ? null : hint.toString(),
                description == null ? null : description.toString()};
        // Look at the most specific source first: the hint and the label are written for the
        // user and are more reliable than ids, which are often generic ("editText2").
        Event.Field f = Event.Field.OTHER;
        for (int i = sources.length - 1; i >= 0 && f == Event.Field.OTHER; i--) {
            f = classifyOne(sources[i]);
        }
        if (f == Event.Field.OTHER && isPassword) return Event.Field.PASSWORD;
        return f;
    }

    /** Classifies a single string (an id, a hint or a label). */
    static Event.Field classifyOne(String raw) {
        if (raw == null || raw.isEmpty()) return Event.Field.OTHER;
        String folded = Text.fold(raw);
        List<String> w = Text.words(raw);
        Set<String> ws = new HashSet<>(w);

        if (containsAny(folded, CODE_ZH) || isOneTimePassword(folded, w)) return Event.Field.CODE;
        if (containsAny(folded, PASSWORD_ZH) || intersects(ws, PASSWORD_EN)) return Event.Field.PASSWORD;
        if (intersects(ws, CODE_EN) && !intersects(ws, NOT_A_CODE)) return Event.Field.CODE;
        if (containsAny(folded, AMOUNT_ZH) || intersects(ws, AMOUNT_EN)) return Event.Field.AMOUNT;
        if (containsAny(folded, ACCOUNT_ZH) || intersects(ws, ACCOUNT_EN)) return Event.Field.ACCOUNT;
        // "card number" / "account no" style ids without a keyword of their own
        return Event.Field.OTHER;
    }

    private static boolean isOneTimePassword(String folded, List<String> w) {
        if (w.contains("otp") || w.contains("totp")) return true;
        // "one-time password", "one time pin", "onetimepassword"
        return folded.replace("-", " ").replace("_", " ").matches(".*one ?time ?(password|pass ?code|pin|code).*");
    }

    private static boolean containsAny(String s, String[] needles) {
        for (String n : needles) if (s.contains(n)) return true;
        return false;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    private static Set<String> words(String... w) {
        return new HashSet<>(Arrays.asList(w));
    }
}

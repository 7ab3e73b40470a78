package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void wordsSplitIdsAtUnderscoresCamelCaseAndDigits() {
        assertEquals(Arrays.asList("et", "transfer", "amount"), Text.words("et_transfer_amount"));
        assertEquals(Arrays.asList("et", "sms", "code"), Text.words("etSmsCode"));
        assertEquals(Arrays.asList("edt", "pwd", "2"), Text.words("edtPwd2"));
        assertEquals(Arrays.asList("sms", "code"), Text.words("ＳＭＳ　Ｃｏｄｅ"));
        assertEquals(Arrays.asList("6"), Text.words("请输入6位密码"), "CJK separates words and is not a word");
        assertEquals(Collections.emptyList(), Text.words(null));
    }

    @Test
    void foldAndStrip() {
        assertEquals("amount", Text.fold(" ＡＭＯＵＮＴ "));
        assertEquals("", Text.fold(null));
        assertEquals("et_amount", Text.stripIdPrefix("com.bank:id/et_amount"));
        assertEquals("plain", Text.stripIdPrefix("plain"));
        assertEquals("", Text.stripIdPrefix(null));
    }

    @Test
    void squashAndTruncate() {
        assertEquals("a b c", Text.squash(" a \n\t b\u3000\u00a0c "));
        assertEquals("", Text.squash(null));
        assertNull(Text.truncate(null, 3));
        assertEquals("ab", Text.truncate("ab", 3));
    }
}

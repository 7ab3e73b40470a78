package org.scamguard.android.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scamguard.Event.Field;

class FieldClassifierTest {

    @ParameterizedTest(name = "id {0} -> {1}")
    @CsvSource({
            "com.icbc:id/et_transfer_amount, AMOUNT",
            "com.bank:id/amountInput, AMOUNT",
            "etAmt, AMOUNT",
            "com.bank:id/payee_account_no, ACCOUNT",
            "cardNumber, ACCOUNT",
            "edt_pwd, PASSWORD",
            "com.bank:id/pay_password, PASSWORD",
            "pinEntry, PASSWORD",
            "et_sms_code, CODE",
            "verifyCode, CODE",
            "otp_input, CODE",
            "et_zip_code, OTHER",
            "postcode, OTHER",
            "spinner_bank, OTHER",
            "editText2, OTHER",
    })
    void viewIds(String id, Field expected) {
        assertEquals(expected, FieldClassifier.classify(id, null, null, false));
    }

    @ParameterizedTest(name = "hint {0} -> {1}")
    @CsvSource({
            "请输入转账金额, AMOUNT",
            "金额(元), AMOUNT",
            "请输入收款账户, ACCOUNT",
            "收款人账号/卡号, ACCOUNT",
            "银行卡号, ACCOUNT",
            "请输入6位支付密码, PASSWORD",
            "登录密码, PASSWORD",
            "短信验证码, CODE",
            "动态密码, CODE",
            "Enter amount, AMOUNT",
            "Account number, ACCOUNT",
            "Password, PASSWORD",
            "Enter PIN, PASSWORD",
            "Verification code, CODE",
            "One-time password, CODE",
            "Search, OTHER",
            "备注, OTHER",
    })
    void hints(String hint, Field expected) {
        assertEquals(expected, FieldClassifier.classify(null, hint, null, false));
    }

    @Test
    void fullWidthAndMixedCase() {
        assertEquals(Field.AMOUNT, FieldClassifier.classify(null, "ＡＭＯＵＮＴ", null, false));
        assertEquals(Field.CODE, FieldClassifier.classify(null, "ＳＭＳ　Ｃｏｄｅ", null, false));
        assertEquals(Field.PASSWORD, FieldClassifier.classify("ET_PASSWORD", null, null, false));
        assertEquals(Field.ACCOUNT, FieldClassifier.classify("AccountNo", null, null, false));
    }

    @Test
    void hintBeatsGenericId() {
        assertEquals(Field.CODE, FieldClassifier.classify("com.x:id/et_password", "短信验证码", null, false));
        assertEquals(Field.AMOUNT, FieldClassifier.classify("input1", null, "转账金额", false));
    }

    @Test
    void passwordFlagOnlyWhenNothingElseMatches() {
        assertEquals(Field.PASSWORD, FieldClassifier.classify("input1", null, null, true));
        assertEquals(Field.CODE, FieldClassifier.classify("input1", "验证码", null, true));
    }

    @Test
    void nullAndEmpty() {
        assertEquals(Field.OTHER, FieldClassifier.classify(null, null, null, false));
        assertEquals(Field.OTHER, FieldClassifier.classify("", "", "", false));
        assertEquals(Field.OTHER, FieldClassifier.classify("com.x:id/", "   ", null, false));
    }
}

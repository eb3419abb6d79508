package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.formdesk.TypesForm;
import org.formdesk.form.FieldDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputParserTest {
    private final InputParser parser = TypesForm.engine().parser();

    private Parsed parse(String fieldId, String raw) {
        return parser.parse(TypesForm.field(fieldId), raw);
    }

    private Object value(String fieldId, String raw) {
        Parsed p = parse(fieldId, raw);
        assertThat(p.error()).as("error for '%s'", raw).isNull();
        return p.value();
    }

    private String error(String fieldId, String raw) {
        Parsed p = parse(fieldId, raw);
        assertThat(p.error()).as("'%s' must be refused", raw).isNotNull();
        assertThat(p.value()).isNull();
        assertThat(p.error()).contains(TypesForm.field(fieldId).label());
        return p.error();
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1431.98", "１４３１．９８", "1,431.98万元", "1431.98万元", " 1431.98 ", "1431.98 万元",
            "１，４３１．９８万元", "+1431.98", "1431。98", "\u30001431.98\u3000"})
    void moneyIsNormalisedToTheExactDecimal(String raw) {
        assertThat(value("amount", raw)).isEqualTo(dec("1431.98"));
    }

    @Test
    void moneyKeepsItsScaleExactly() {
        assertThat(value("amount", "11915.70")).isEqualTo(dec("11915.70"));
        assertThat(value("amount", "1304.4375")).isEqualTo(dec("1304.4375"));
        assertThat(value("amount", "0")).isEqualTo(BigDecimal.ZERO);
        assertThat(value("amount", "-0")).isEqualTo(BigDecimal.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"−1800", "－1800", "-1800", "-1,800", "−1800万元", "﹣1800"})
    void negativeMoneyAcceptsEveryMinusSignWhereAllowed(String raw) {
        assertThat(value("change", raw)).isEqualTo(dec("-1800"));
    }

    @Test
    void negativeMoneyIsRefusedWhereNotAllowed() {
        assertThat(error("amount", "−1800")).contains("不能为负数").contains("-1800");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "--5", "一千", "1e5", "0x10", ".", "NaN", "Infinity"})
    void textInAMoneyFieldAsksForANumber(String raw) {
        assertThat(error("amount", raw)).contains("应填写数字").contains("1431.98");
    }

    @Test
    void moneyMessagesSayWhatIsWrong() {
        assertThat(error("amount", "1431.98元")).contains("单位应为万元").contains("1431.98元");
        assertThat(error("amount", "1.23456")).contains("最多 4 位小数");
        assertThat(error("amount", "1,43,1")).contains("千位分隔符");
        assertThat(error("amount", "12a")).contains("单位应为万元");
    }

    @Test
    void integers() {
        assertThat(value("count", "22")).isEqualTo(dec("22"));
        assertThat(value("count", "２２")).isEqualTo(dec("22"));
        assertThat(value("count", "22.0")).isEqualTo(dec("22"));
        assertThat(error("count", "22.5")).contains("应填写整数").contains("22.5");
        assertThat(error("count", "twenty")).contains("应填写整数");
    }

    @Test
    void aUnitTypedForAFieldWithoutOneAsksForANumberNotForUnitNull() {
        assertThat(error("count", "22人")).contains("应填写整数").contains("22人").doesNotContain("null");
        assertThat(error("ratio", "5元")).contains("应填写数字").doesNotContain("null");
        assertThat(error("ratio", "50%")).contains("应填写数字").doesNotContain("null");
    }

    @Test
    void decimalsAllowSixPlaces() {
        assertThat(value("ratio", "0.123456")).isEqualTo(dec("0.123456"));
        assertThat(error("ratio", "0.1234567")).contains("最多 6 位小数");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-08", "2022.2.8", "2022/2/8", "2022年2月8日", "2022-2-8", "２０２２年２月８日",
            " 2022.02.08 ", "2022年02月08日"})
    void datesInEveryWrittenFormMeanTheSameDay(String raw) {
        assertThat(value("day", raw)).isEqualTo(LocalDate.of(2022, 2, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-30", "2022-13-01", "2021-02-29", "2022-00-10", "22-2-8", "2022", "yesterday",
            "2022-02-08T10:00", "2022年2月"})
    void impossibleOrMalformedDatesAreRefusedWithTheAcceptedForms(String raw) {
        assertThat(error("day", raw)).contains("应为日期").contains("2022-02-08").contains("2022年2月8日");
    }

    @Test
    void leapDayIsADate() {
        assertThat(value("day", "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0354-3368795", "03543368795", "010-12345678", "0354-3368795-1234", "13812345678",
            "０３５４－３３６８７９５", "0354 3368795", "19912345678"})
    void phonesLandlineOrMobile(String raw) {
        assertThat(value("phone", raw)).isInstanceOf(String.class);
    }

    @Test
    void phoneIsStoredNormalised() {
        assertThat(value("phone", "０３５４－３３６８７９５")).isEqualTo("0354-3368795");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "3368795", "1381234567", "138123456789", "23812345678", "0354-33687",
            "354-3368795", "phone", "12812345678"})
    void otherPhoneNumbersAreRefused(String raw) {
        assertThat(error("phone", raw)).contains("应为固定电话").contains("11 位手机号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "yes", "Y", "y", "1", "是"})
    void booleanTrue(String raw) {
        assertThat(value("flag", raw)).isEqualTo(Boolean.TRUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "no", "n", "0", "否", "１"})
    void booleanFalseOrFullWidthOne(String raw) {
        Object v = value("flag", raw);
        assertThat(v).isEqualTo("１".equals(raw) ? Boolean.TRUE : Boolean.FALSE);
    }

    @Test
    void otherBooleansAreRefused() {
        assertThat(error("flag", "maybe")).contains("应填“是”或“否”").contains("maybe");
    }

    @Test
    void choiceByValueOrLabel() {
        assertThat(value("mode", "火车")).isEqualTo("火车");
        assertThat(value("mode", " 飞机 ")).isEqualTo("飞机");
        assertThat(value("mode", "汽车")).isEqualTo("car");
        assertThat(value("mode", "car")).isEqualTo("car");
        assertThat(error("mode", "船")).contains("应为以下之一").contains("火车").contains("飞机").contains("船");
    }

    @Test
    void textKeepsItsCharactersAndLosesSurroundingSpace() {
        assertThat(value("name", "  经济运行部\u3000")).isEqualTo("经济运行部");
        assertThat(value("name", "a\tb")).isEqualTo("a\tb");
        assertThat(value("name", "emoji 😀 ok")).isEqualTo("emoji 😀 ok");
        assertThat(value("notes", "第一行\r\n第二行")).isEqualTo("第一行\n第二行");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "notes", "amount", "day", "phone", "flag", "mode", "count"})
    void controlCharactersAndEscapeSequencesAreRefusedInEveryField(String field) {
        assertThat(error(field, "red\u001b[31m")).contains("控制字符");
        assertThat(error(field, "bell\u0007")).contains("控制字符");
        assertThat(error(field, "nul\u0000")).contains("控制字符");
        assertThat(error(field, "csi\u009b31m")).contains("控制字符");
        assertThat(error(field, "rtl\u202Eevil")).contains("控制字符");
        assertThat(error(field, "lone \uD800 high")).contains("无效的 Unicode");
        assertThat(error(field, "lone \uDC00 low")).contains("无效的 Unicode");
        assertThat(error(field, "\uDC00\uD800")).contains("无效的 Unicode");
    }

    @Test
    void newlinesOnlyInLongText() {
        assertThat(value("notes", "a\nb")).isEqualTo("a\nb");
        assertThat(value("notes", "a\rb")).isEqualTo("a\nb");
        assertThat(error("name", "a\nb")).contains("控制字符");
        assertThat(error("name", "a\r\nb")).contains("控制字符");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\t", "  \u3000 "})
    void blankIsEmptyNotAnError(String raw) {
        for (String field : new String[] {"amount", "count", "day", "phone", "flag", "mode", "name", "notes"}) {
            assertThat(parse(field, raw).isEmpty()).as(field).isTrue();
        }
        assertThat(parser.parse(TypesForm.field("amount"), null).isEmpty()).isTrue();
    }

    @Test
    void longInputIsQuotedShortInMessages() {
        String raw = "x".repeat(500);
        String message = error("amount", raw);
        assertThat(message.length()).isLessThan(200);
    }

    @Test
    void englishFormsSpeakEnglish() {
        InputParser en = new InputParser(Texts.of("en"));
        FieldDef amount = TypesForm.field("amount");
        assertThat(en.parse(amount, "abc").error()).contains("上年结转金额").contains("a number is expected");
    }
}

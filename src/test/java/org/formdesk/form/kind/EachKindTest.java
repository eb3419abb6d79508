package org.formdesk.form.kind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.formdesk.form.ChoiceOption;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;
import org.junit.jupiter.api.Test;

/** Each kind's plain functions on exact figures: read, admit as typed, canonical and displayed text, schema. */
class EachKindTest {

    static FieldDef field(FieldType type, String unit) {
        return new FieldDef("f", "金额", type, null, null, null, null, null, null, null, null, null, unit, null,
                null, null, null, List.of(ChoiceOption.of("是"), ChoiceOption.of("A", "甲")), List.of(), null, null,
                null, null, null, null, null, null);
    }

    /** Reads a text already normalised, as the engine hands it over. */
    static Reading read(FieldDef f, String text) {
        return f.kind().read(f, new FieldKind.Input(text, text, f.unit()));
    }

    static Object value(FieldDef f, String text) {
        Reading r = read(f, text);
        assertThat(r.problem()).as(text).isNull();
        return r.value();
    }

    static ObjectNode schema(FieldDef f) {
        ObjectNode s = JsonNodeFactory.withExactBigDecimals(true).objectNode();
        f.kind().schema(f, s, (node, fields) -> node.putObject("properties").put("columns", fields.size()));
        return s;
    }

    @Test
    void money() {
        FieldDef f = field(FieldType.MONEY, "万元");
        assertThat(value(f, "1,431.98")).isEqualTo(new BigDecimal("1431.98"));
        assertThat(value(f, "1304.4375万元")).isEqualTo(new BigDecimal("1304.4375"));
        assertThat(read(f, "1.23456").problem()).isEqualTo("scale");
        assertThat(read(f, "-5").problem()).isEqualTo("negative");
        assertThat(read(f, "1.2.3").problem()).isEqualTo("number");
        assertThat(read(f, "12米").problem()).isEqualTo("unit");
        assertThat(read(f, "1,43,1").problem()).isEqualTo("grouping");
        assertThat(f.kind().display(f, new BigDecimal("1304.4375"))).isEqualTo("1304.44");
        assertThat(f.kind().display(f, new BigDecimal("0.005"))).isEqualTo("0.01"); // half-up, only for display
        assertThat(f.kind().canonical(f, new BigDecimal("1304.4375"))).isEqualTo("1304.4375");
        assertThat(f.kind().recorded(new BigDecimal("100.50"))).isEqualTo("100.50");
        assertThat(f.kind().admits(f, '１')).isTrue();
        assertThat(f.kind().admits(f, '万')).isTrue();
        assertThat(f.kind().admits(f, 'x')).isFalse();
        assertThat(f.scaleOrDefault()).isEqualTo(4);
        assertThat(f.roundOrDefault()).isEqualTo(2);
        assertThat(schema(f).get("pattern").asText()).isEqualTo("^(0|[1-9][0-9]*)(\\.[0-9]{1,4})?$");
    }

    @Test
    void integer() {
        FieldDef f = field(FieldType.INTEGER, null);
        assertThat(schema(f).get("type").asText()).isEqualTo("integer");
        assertThat(value(f, "12.0")).isEqualTo(new BigDecimal("12"));
        assertThat(read(f, "12.5").problem()).isEqualTo("integer");
        assertThat(read(f, "twelve").problem()).isEqualTo("integer");
        assertThat(f.kind().recorded(new BigDecimal("2021"))).isEqualTo(BigInteger.valueOf(2021));
        assertThat(f.kind().computed(new BigDecimal("12.5"))).isEqualTo(new BigDecimal("13"));
        assertThat(f.kind().admits(f, '二')).isTrue();
        assertThat(f.kind().chineseNumerals()).isTrue();
    }

    @Test
    void decimal() {
        FieldDef f = field(FieldType.DECIMAL, null);
        assertThat(value(f, "12.123456")).isEqualTo(new BigDecimal("12.123456"));
        assertThat(read(f, "12.1234567").problem()).isEqualTo("scale");
        assertThat(f.kind().display(f, new BigDecimal("1.5"))).isEqualTo("1.500000");
        assertThat(f.kind().computed(new BigDecimal("12.5"))).isEqualTo(new BigDecimal("12.5"));
        assertThat(f.kind().example()).isEqualTo("12.5");
    }

    @Test
    void percent() {
        FieldDef f = field(FieldType.PERCENT, null);
        assertThat(value(f, "98")).isEqualTo(new BigDecimal("0.98"));
        assertThat(value(f, "98.5%")).isEqualTo(new BigDecimal("0.985"));
        assertThat(f.kind().display(f, new BigDecimal("0.98765"))).isEqualTo("98.77");
        assertThat(f.kind().displayWithSign(f, new BigDecimal("0.98765"))).isEqualTo("98.77%");
        assertThat(f.kind().canonical(f, new BigDecimal("0.98"))).isEqualTo("98.00%");
        assertThat(f.kind().unit(f)).isEqualTo("%");
        assertThat(f.kind().rounded(f, new BigDecimal("0.98765"))).isEqualTo(new BigDecimal("0.9877"));
        assertThat(f.kind().asTyped(new BigDecimal("0.9850"))).isEqualTo(new BigDecimal("98.5"));
        assertThat(f.kind().rate()).isTrue();
        assertThat(f.kind().summable()).isFalse();
    }

    @Test
    void score() {
        FieldDef f = field(FieldType.SCORE, null);
        assertThat(read(f, "high").args()).containsExactly("金额", "13.5", "high");
        assertThat(value(f, "13.5")).isEqualTo(new BigDecimal("13.5"));
        assertThat(read(f, "13.555").problem()).isEqualTo("scale");
        assertThat(f.kind().recorded(new BigDecimal("14.00"))).isEqualTo(BigInteger.valueOf(14));
        assertThat(f.kind().recorded(new BigDecimal("13.5"))).isEqualTo("13.5");
        assertThat(schema(f).get("anyOf")).hasSize(2);
    }

    @Test
    void date() {
        FieldDef f = field(FieldType.DATE, null);
        assertThat(schema(f).get("format").asText()).isEqualTo("date");
        assertThat(value(f, "2022-02-08")).isEqualTo(LocalDate.of(2022, 2, 8));
        assertThat(value(f, "2022年2月8日")).isEqualTo(LocalDate.of(2022, 2, 8));
        assertThat(read(f, "2022-02-30").problem()).isEqualTo("date");
        assertThat(f.kind().canonical(f, LocalDate.of(2022, 2, 8))).isEqualTo("2022-02-08");
        assertThat(f.kind().recorded(LocalDate.of(2022, 2, 8))).isEqualTo("2022-02-08");
        assertThat(f.kind().admits(f, '年')).isTrue();
        assertThat(f.kind().admits(f, 'x')).isFalse();
    }

    @Test
    void phone() {
        FieldDef f = field(FieldType.PHONE, null);
        assertThat(value(f, "0354-3368795")).isEqualTo("0354-3368795");
        assertThat(value(f, "13912345678")).isEqualTo("13912345678");
        assertThat(read(f, "12345").problem()).isEqualTo("phone");
        assertThat(f.kind().admits(f, '(')).isTrue();
        assertThat(f.kind().admits(f, 'a')).isFalse();
        assertThat("0354-3368795").matches(schema(f).get("pattern").asText());
    }

    @Test
    void yesNo() {
        FieldDef f = field(FieldType.BOOLEAN, null);
        assertThat(value(f, "是")).isEqualTo(Boolean.TRUE);
        assertThat(value(f, "N")).isEqualTo(Boolean.FALSE);
        assertThat(read(f, "maybe").problem()).isEqualTo("boolean");
        assertThat(f.kind().canonical(f, Boolean.TRUE)).isEqualTo("true");
        assertThat(f.kind().recorded(Boolean.FALSE)).isEqualTo(Boolean.FALSE);
        assertThat(schema(f).get("type").asText()).isEqualTo("boolean");
    }

    @Test
    void choice() {
        FieldDef f = field(FieldType.CHOICE, null);
        assertThat(value(f, "甲")).isEqualTo("A");
        assertThat(value(f, "是")).isEqualTo("是");
        assertThat(read(f, "乙").args()).containsExactly("金额", "是、A", "乙");
        assertThat(schema(f).get("enum")).hasSize(2);
    }

    @Test
    void textAndLongText() {
        FieldDef text = field(FieldType.TEXT, null);
        FieldDef longText = field(FieldType.LONGTEXT, null);
        assertThat(value(text, "一 二")).isEqualTo("一 二");
        assertThat(value(longText, "一\n二")).isEqualTo("一\n二");
        assertThat(text.kind().multiline()).isFalse();
        assertThat(longText.kind().multiline()).isTrue();
        assertThat(text.kind().admits(text, 'x')).isTrue();
        assertThat(schema(longText).get("type").asText()).isEqualTo("string");
    }

    @Test
    void table() {
        FieldDef f = field(FieldType.TABLE, null);
        assertThat(f.kind().table()).isTrue();
        ObjectNode s = schema(f);
        assertThat(s.get("type").asText()).isEqualTo("array");
        assertThat(s.at("/items/properties/columns").asInt()).isZero(); // the row's fields written by the caller
    }
}

package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.formdesk.form.FormLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The small complete example in docs/form-format.md is a working form that behaves as the page says. */
class DocumentedExampleTest {
    private FormState state;

    static String exampleYaml() throws Exception {
        String doc = Files.readString(Path.of("docs/form-format.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    @BeforeEach
    void load() throws Exception {
        FormLoader.Result result = new FormLoader().read("travel.yaml", exampleYaml().getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        assertThat(Engine.expressionProblems(result.form())).isEmpty();
        state = Engine.of(result.form()).newState();
    }

    @Test
    void aComputedFieldWaitsForItsEmptyTableInsteadOfFailing() {
        Computed total = state.computed("total");
        assertThat(total.value()).isNull();
        assertThat(total.reason()).contains("车票").doesNotContain("SUM");
        state.set("hotel", "100");
        assertThat(state.computed("total").reason()).contains("车票");
    }

    @Test
    void isEmptyLetsAnOptionalFieldStayEmpty() {
        state.setRows("tickets", List.of(Map.of("item", "太原—北京", "amount", "10.5"), Map.of("item", "返程", "amount", "0.3")));
        assertThat(state.value("total")).isEqualTo(new java.math.BigDecimal("10.8"));
        state.set("hotel", "100元");
        assertThat(state.value("total")).isEqualTo(new java.math.BigDecimal("110.8"));
        state.set("budget", "100");
        assertThat(state.shown("usage_rate")).isEqualTo("110.80%");
        assertThat(state.check("within_budget").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(state.check("within_budget").message()).isEqualTo("合计 110.80 超出预算 100，超出 10.80");
    }

    @Test
    void requiredWhenFollowsItsCondition() {
        assertThat(state.fieldErrors("hotel")).isEmpty();
        state.set("overnight", "是");
        assertThat(state.fieldErrors("hotel")).containsExactly("住宿费：必填");
        state.set("overnight", "否");
        assertThat(state.fieldErrors("hotel")).isEmpty();
    }

    @Test
    void dateConditionCheck() {
        state.set("claim_year", "2021");
        state.set("filed_on", "2021.6.1");
        assertThat(state.check("filed_after_year").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(state.check("filed_after_year").message()).isEqualTo("填报日期 2021-06-01 应晚于 2021 年末");
        state.set("filed_on", "2022年1月1日");
        assertThat(state.check("filed_after_year").status()).isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void tableRowBoundsAndRequiredCells() {
        state.setRows("tickets", List.of(Map.of("amount", "1")));
        assertThat(state.fieldErrors("tickets")).anySatisfy(m -> assertThat(m).contains("第 1 行").contains("行程"));
    }
}

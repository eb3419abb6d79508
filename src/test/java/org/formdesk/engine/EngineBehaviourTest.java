package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.formdesk.SeedData;
import org.formdesk.TypesForm;
import org.formdesk.form.FormLoader;
import org.junit.jupiter.api.Test;

class EngineBehaviourTest {

    @Test
    void aCheckWithAnEmptyInputIsPendingNotFailed() {
        FormState state = SeedData.exampleState();
        state.set("year_end_balance", "");
        CheckResult r = state.check("budget_balance");
        assertThat(r.status()).isEqualTo(CheckStatus.PENDING);
        assertThat(r.message()).contains("年末结余金额");
        assertThat(state.errors()).extracting(Violation::id).contains("year_end_balance")
                .doesNotContain("budget_balance");
        assertThat(state.pending()).extracting(Violation::id).contains("budget_balance");
    }

    @Test
    void aCheckWaitingOnAComputedFieldIsPendingToo() {
        FormState state = SeedData.exampleState();
        state.set("carryover", null);
        assertThat(state.computed("total_budget").value()).isNull();
        assertThat(state.computed("total_budget").reason()).contains("上年结转金额");
        assertThat(state.check("budget_balance").status()).isEqualTo(CheckStatus.PENDING);
        assertThat(state.check("income_breakdown").status()).isEqualTo(CheckStatus.PENDING);
        assertThat(state.warnings()).isEmpty();
    }

    @Test
    void aNewRecordHasOnlyPendingChecksAndRequiredErrors() {
        FormState state = SeedData.engine().newState();
        assertThat(state.checkResults()).allSatisfy(r -> assertThat(r.status()).isNotEqualTo(CheckStatus.FAILED));
        assertThat(state.warnings()).isEmpty();
        assertThat(state.errors()).allSatisfy(v -> assertThat(v.message()).contains("必填"));
        assertThat(state.scoreCard().grade()).isNull();
        assertThat(state.scoreCard().complete()).isFalse();
    }

    @Test
    void divisionByZeroLeavesTheRateEmptyWithAReason() {
        FormState state = SeedData.exampleState();
        state.set("authorized_posts", "0");
        Computed c = state.computed("staff_control_rate");
        assertThat(c.value()).isNull();
        assertThat(c.reason()).contains("除数为零").contains("编制数");
        assertThat(state.shown("staff_control_rate")).isEqualTo("—");
        for (String id : SeedData.form().fields().keySet()) {
            assertThat(state.shown(id)).as(id).doesNotContainIgnoringCase("NaN").doesNotContainIgnoringCase("Infinity");
        }
        // the other figures are untouched
        assertThat(state.shown("budget_completion_rate")).isEqualTo("28.32%");
        // over_quota check still compares (22 on post, 0 posts → 22 over quota, 0 declared)
        assertThat(state.check("over_quota").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(state.check("over_quota").message()).contains("22");
    }

    @Test
    void zeroOverZeroIsAlsoADivisionByZero() {
        FormState state = SeedData.exampleState();
        state.set("tasks_planned", "0");
        state.set("tasks_completed", "0");
        assertThat(state.computed("completion_rate").value()).isNull();
        assertThat(state.computed("completion_rate").reason()).contains("除数为零");
    }

    @Test
    void divisionByZeroInACheckMakesItPendingNotAnException() throws Exception {
        String yaml = """
                id: t
                version: "1"
                title: T
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: a, label: A, type: decimal}
                      - {id: b, label: B, type: decimal}
                checks:
                  - {id: ratio, left: a / b, op: "<", right: "2"}
                """;
        FormState state = org.formdesk.engine.Engine.of(new FormLoader().load("t.yaml",
                yaml.getBytes(StandardCharsets.UTF_8))).newState();
        state.set("a", "1");
        state.set("b", "0");
        assertThat(state.check("ratio").status()).isEqualTo(CheckStatus.PENDING);
        assertThat(state.check("ratio").message()).contains("除数为零");
        state.set("b", "1");
        assertThat(state.check("ratio").status()).isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void toleranceIsAStrictBound() throws Exception {
        String yaml = """
                id: t
                version: "1"
                title: T
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: a, label: A, type: decimal, negative: true}
                      - {id: b, label: B, type: decimal, negative: true}
                checks:
                  - {id: eq, left: a, op: "=", right: b, tolerance: 0.01, message: "相差 {diff}，容差 {tolerance}"}
                  - {id: le, left: a, op: "<=", right: b, tolerance: 0.01}
                  - {id: exact, left: a, op: "=", right: b}
                """;
        FormState state = org.formdesk.engine.Engine.of(new FormLoader().load("t.yaml",
                yaml.getBytes(StandardCharsets.UTF_8))).newState();
        state.set("b", "100");
        state.set("a", "100.0015");
        assertThat(state.check("eq").status()).isEqualTo(CheckStatus.PASSED);
        assertThat(state.check("le").status()).isEqualTo(CheckStatus.PASSED);
        assertThat(state.check("exact").status()).isEqualTo(CheckStatus.FAILED);
        state.set("a", "99.9985");
        assertThat(state.check("eq").status()).isEqualTo(CheckStatus.PASSED);
        state.set("a", "100.01");
        assertThat(state.check("eq").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(state.check("eq").message()).contains("相差 0.01");
        assertThat(state.check("le").status()).isEqualTo(CheckStatus.FAILED);
        state.set("a", "99.99");
        assertThat(state.check("eq").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(state.check("le").status()).isEqualTo(CheckStatus.PASSED);
        state.set("a", "100.009999");
        assertThat(state.check("eq").status()).isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void toleranceTemplateShowsTheTolerance() throws Exception {
        String yaml = """
                id: t
                version: "1"
                title: T
                sections:
                  - id: s
                    title: S
                    fields:
                      - {id: a, label: A, type: decimal}
                      - {id: b, label: B, type: decimal}
                checks:
                  - {id: eq, left: a, op: "=", right: b, tolerance: 0.01, message: "容差 {tolerance}"}
                """;
        FormState state = org.formdesk.engine.Engine.of(new FormLoader().load("t.yaml",
                yaml.getBytes(StandardCharsets.UTF_8))).newState();
        state.set("a", "1");
        state.set("b", "2");
        assertThat(state.check("eq").message()).isEqualTo("容差 0.01");
    }

    @Test
    void scoreAboveMaxOrOffStepIsAnErrorAndLeavesTheGradeOpen() {
        FormState state = SeedData.exampleState();
        state.set("budget_execution.score", "17");
        assertThat(state.fieldErrors("budget_execution.score")).anySatisfy(m -> assertThat(m).contains("16"));
        assertThat(state.scoreCard().grade()).isNull();
        state.set("budget_execution.score", "13.3");
        assertThat(state.fieldErrors("budget_execution.score")).anySatisfy(m -> assertThat(m).contains("0.5"));
        state.set("budget_execution.score", "13.5");
        assertThat(state.fieldErrors("budget_execution.score")).isEmpty();
        assertThat(state.scoreCard().total()).isEqualByComparingTo("97.5");
    }

    @Test
    void deductionReasonIsRequiredOnlyWhileTheScoreIsBelowMax() {
        FormState state = SeedData.exampleState();
        state.set("budget_execution.deduction_reason", "");
        assertThat(state.fieldErrors("budget_execution.deduction_reason"))
                .anySatisfy(m -> assertThat(m).contains("扣分原因").contains("必填"));
        state.set("budget_execution.score", "16");
        assertThat(state.fieldErrors("budget_execution.deduction_reason")).isEmpty();
        state.set("budget_execution.score", "15.5");
        assertThat(state.fieldErrors("budget_execution.deduction_reason")).isNotEmpty();
    }

    @Test
    void sumOverATableColumnFollowsRowChanges() {
        FormState state = TypesForm.engine().newState();
        assertThat(state.computed("items_total").value()).isNull();
        state.setRows("items", List.of(Map.of("item", "a", "amount", "0.1"), Map.of("item", "b", "amount", "0.2")));
        assertThat(state.value("items_total")).isEqualTo(new java.math.BigDecimal("0.3"));
        state.setRows("items", List.of(Map.of("item", "a", "amount", "x")));
        assertThat(state.value("items_total")).isNull();
        assertThat(state.fieldErrors("items")).anySatisfy(m -> assertThat(m).contains("第 1 行").contains("金额"));
    }

    @Test
    void computedFieldsCannotBeSetAndUnknownFieldsAreNamed() {
        FormState state = SeedData.exampleState();
        assertThatThrownBy(() -> state.set("total_budget", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("调整后预算收入");
        assertThatThrownBy(() -> state.set("no_such_field", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_field");
    }
}

package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.formdesk.SeedData;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Severity;
import org.junit.jupiter.api.Test;

/** The published 2021 record gives exactly the published figures, score and the one real slip. */
class SeedFiguresTest {
    private final FormState state = SeedData.exampleState();

    private static final Map<String, String> FIGURES = SeedData.FIGURES;

    @Test
    void everyComputedFigureIsExactlyThePublishedOne() {
        for (Map.Entry<String, String> e : FIGURES.entrySet()) {
            FieldDef field = SeedData.form().field(e.getKey()).orElseThrow();
            Computed c = state.computed(e.getKey());
            assertThat(c.reason()).as(e.getKey()).isNull();
            assertThat(Display.computed(field, c.value())).as(e.getKey()).isEqualTo(e.getValue());
        }
        long computedFields = SeedData.form().fields().values().stream().filter(FieldDef::isComputed).count();
        assertThat(computedFields).isEqualTo(FIGURES.size());
    }

    @Test
    void totalBudgetIsTheExactSumNotARoundedOne() {
        assertThat(state.value("total_budget")).isEqualTo(new BigDecimal("42072.34"));
        assertThat(state.shown("total_budget")).isEqualTo("42072.34");
        assertThat(state.shown("budget_completion_rate")).isEqualTo("28.32%");
        assertThat(state.shown("three_public_change_rate")).isEqualTo("-27.66%");
    }

    @Test
    void ratesAreKeptUnroundedForChecks() {
        BigDecimal rate = (BigDecimal) state.value("budget_completion_rate");
        assertThat(rate.scale()).isGreaterThan(4);
        assertThat(rate.compareTo(new BigDecimal("0.2832"))).isNotZero();
        assertThat(rate.subtract(new BigDecimal("11915.70").divide(new BigDecimal("42072.34"),
                java.math.MathContext.DECIMAL64)).abs()).isLessThan(new BigDecimal("1e-15"));
    }

    @Test
    void nineIndicatorsScore97Of100Grade优() {
        ScoreCard card = state.scoreCard();
        assertThat(card.indicators()).hasSize(9);
        assertThat(card.indicators()).extracting(IndicatorScore::id).containsExactly("goal_setting",
                "budget_allocation", "budget_execution", "budget_management", "asset_management", "task_completion",
                "quality", "key_work", "effectiveness");
        assertThat(card.total()).isEqualByComparingTo("97");
        assertThat(card.max()).isEqualByComparingTo("100");
        assertThat(card.grade()).isEqualTo("优");
        assertThat(card.complete()).isTrue();
        assertThat(card.indicators().get(2).score()).isEqualByComparingTo("13");
        assertThat(card.indicators().get(2).deductionReason()).contains("预算完成率28.32%");
    }

    @Test
    void noErrorsNoPendingAndExactlyTheIncomeBreakdownWarning() {
        assertThat(state.errors()).isEmpty();
        assertThat(state.pending()).isEmpty();
        assertThat(state.warnings()).hasSize(1);
        Violation w = state.warnings().get(0);
        assertThat(w.id()).isEqualTo("income_breakdown");
        assertThat(w.severity()).isEqualTo(Severity.WARNING);
        assertThat(w.message()).contains("39772.52").contains("42072.34").contains("2299.82");
        assertThat(w.fields()).contains("income_basic", "total_budget");
        CheckResult r = state.check("income_breakdown");
        assertThat(r.left()).isEqualByComparingTo("39772.52");
        assertThat(r.right()).isEqualByComparingTo("42072.34");
        assertThat(r.difference()).isEqualByComparingTo("-2299.82");
    }

    @Test
    void everyOtherCheckPasses() {
        assertThat(state.checkResults()).filteredOn(r -> !r.id().equals("income_breakdown"))
                .allSatisfy(r -> assertThat(r.status()).as(r.id()).isEqualTo(CheckStatus.PASSED));
        assertThat(state.check("income_general_special_items_sum").left()).isEqualByComparingTo("38586.6785");
    }
}

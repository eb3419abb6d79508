package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.formdesk.SeedData;
import org.formdesk.TypesForm;

/** Money adds up exactly: no binary floating point anywhere between the input and the figure. */
class ArithmeticProperties {

    /** Money as entered: up to 4 decimals (money's scale), up to 13 integer digits. */
    @Provide
    Arbitrary<BigDecimal> money() {
        return Arbitraries.integers().between(0, 4).flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("9999999999999")).ofScale(scale));
    }

    @Provide
    Arbitrary<BigDecimal> signedMoney() {
        return Arbitraries.integers().between(0, 4).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-9999999999999"), new BigDecimal("9999999999999")).ofScale(scale));
    }

    @Property(tries = 300)
    void sumOverATableColumnIsTheExactBigDecimalSum(@ForAll @Size(min = 1, max = 40) List<@net.jqwik.api.From("money") BigDecimal> amounts) {
        FormState state = TypesForm.engine().newState();
        List<Map<String, String>> rows = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < amounts.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("item", "row " + i);
            row.put("amount", amounts.get(i).toPlainString());
            rows.add(row);
            expected = expected.add(amounts.get(i));
        }
        state.setRows("items", rows);
        assertThat(state.fieldErrors("items")).isEmpty();
        BigDecimal total = (BigDecimal) state.value("items_total");
        assertThat(total).isEqualByComparingTo(expected);
        assertThat(Display.computed(TypesForm.field("items_total"), total))
                .isEqualTo(expected.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    @Property(tries = 300)
    void totalBudgetIsTheExactSumOfItsFourParts(@ForAll("money") BigDecimal carryover,
                                                 @ForAll("money") BigDecimal initial,
                                                 @ForAll("signedMoney") BigDecimal adjustment,
                                                 @ForAll("signedMoney") BigDecimal other) {
        FormState state = SeedData.engine().newState();
        state.set("carryover", carryover.toPlainString());
        state.set("initial_budget", initial.toPlainString());
        state.set("budget_adjustment", adjustment.toPlainString());
        state.set("other_adjustment", other.toPlainString());
        BigDecimal expected = carryover.add(initial).add(adjustment).add(other);
        assertThat((BigDecimal) state.value("total_budget")).isEqualByComparingTo(expected);
        // and a check built on it compares the exact value: executed + balance = total holds to the cent
        if (expected.signum() >= 0) {
            state.set("executed", "0");
            state.set("year_end_balance", expected.toPlainString());
            assertThat(state.check("budget_balance").status()).isEqualTo(CheckStatus.PASSED);
            assertThat(state.check("budget_balance").difference()).isEqualByComparingTo(BigDecimal.ZERO);
        }
    }

    @Property(tries = 200)
    void tenthsAddUpExactly(@ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 9) Integer> tenths) {
        // 0.1 + 0.2 style sums, where binary floating point would drift
        FormState state = TypesForm.engine().newState();
        List<Map<String, String>> rows = new ArrayList<>();
        int sum = 0;
        for (int t : tenths) {
            rows.add(Map.of("item", "x", "amount", "0." + t));
            sum += t;
        }
        state.setRows("items", rows);
        assertThat((BigDecimal) state.value("items_total")).isEqualByComparingTo(BigDecimal.valueOf(sum, 1));
    }
}

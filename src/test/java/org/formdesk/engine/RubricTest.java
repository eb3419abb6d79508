package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The functions a 评分标准 needs, on the two rules of the issue, and a typed percentage. */
class RubricTest {
    private static final String FORM = """
            id: rubric
            version: "1"
            title: 评分
            sections:
              - id: s
                title: 评分
                fields:
                  - {id: staff_rate, label: 在职人员控制率, type: percent, max: 200}
                  - id: staff_points
                    label: 在职人员控制率得分
                    type: decimal
                    compute: MAX(0, 8 - 0.5 * CEILING(MAX(0, staff_rate - 1) * 100))
                  - {id: budget_rate, label: 预算控制率, type: percent}
                  - id: budget_points
                    label: 预算控制率得分
                    type: decimal
                    compute: IF(budget_rate <= 0.1, 6, IF(budget_rate <= 0.2, 4, IF(budget_rate <= 0.3, 2, 0)))
                  - {id: halves, label: 半分, type: decimal, compute: FLOOR(staff_rate * 10) / 2}
                  - {id: self_score, label: 自评得分, type: decimal}
            checks:
              - id: rubric
                severity: warning
                left: self_score
                op: "="
                right: staff_points
                message: 自评得分 {left} 分，按评分标准应为 {right} 分
            """;

    @Test
    void wholeStepsAndCaps() {
        FormState s = TableRulesTest.state(FORM);
        s.set("staff_rate", "100%");
        assertThat((BigDecimal) s.value("staff_points")).isEqualByComparingTo("8");
        s.set("staff_rate", "102.3%"); // three points begun: 1.5 off
        assertThat((BigDecimal) s.value("staff_points")).isEqualByComparingTo("6.5");
        s.set("staff_rate", "140");
        assertThat((BigDecimal) s.value("staff_points")).isEqualByComparingTo("0");
        assertThat((BigDecimal) s.value("halves")).isEqualByComparingTo("7");
    }

    @Test
    void bandedIfChain() {
        FormState s = TableRulesTest.state(FORM);
        String[][] cases = {{"0", "6"}, {"10", "6"}, {"10.01", "4"}, {"20", "4"}, {"25", "2"}, {"31", "0"}};
        for (String[] c : cases) {
            s.set("budget_rate", c[0]);
            assertThat((BigDecimal) s.value("budget_points")).as(c[0]).isEqualByComparingTo(c[1]);
        }
    }

    @Test
    void aSelfScoreThatDiffersFromTheRubricWarnsShowingBoth() {
        FormState s = TableRulesTest.state(FORM);
        s.set("staff_rate", "102.3");
        s.set("self_score", "8");
        assertThat(s.warnings()).extracting(Violation::message).containsExactly("自评得分 8 分，按评分标准应为 6.50 分");
        s.set("self_score", "6.5");
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void aTypedPercentIsARatioShownAsAPercentageWithBoundsInPercent() {
        FormState s = TableRulesTest.state(FORM);
        s.set("staff_rate", "98%");
        assertThat(s.value("staff_rate")).isEqualTo(new BigDecimal("0.98"));
        assertThat(s.shown("staff_rate")).isEqualTo("98.00%");
        s.set("staff_rate", "98");
        assertThat(s.value("staff_rate")).isEqualTo(new BigDecimal("0.98"));
        s.set("staff_rate", "250");
        assertThat(s.fieldErrors("staff_rate")).containsExactly("在职人员控制率：不能大于 200（收到 250）");
    }
}

package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.List;

/** All indicator scores with the total and grade; the grade is null until every score is given. */
public record ScoreCard(List<IndicatorScore> indicators, BigDecimal total, BigDecimal max, String grade,
                        boolean complete) {
    public ScoreCard {
        indicators = List.copyOf(indicators);
    }

    /** A group (一级指标) with the sum of its indicators' maxima and scores; a sum is null while a part is. */
    public record Group(String name, BigDecimal max, BigDecimal score) {
    }

    /** The groups in the order the indicators list them (grouped: a group's indicators stand together). */
    public List<Group> groups() {
        java.util.Map<String, BigDecimal[]> sums = new java.util.LinkedHashMap<>();
        for (IndicatorScore s : indicators) {
            BigDecimal[] sum = sums.computeIfAbsent(s.group(), g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0] == null || s.max() == null ? null : sum[0].add(s.max());
            sum[1] = sum[1] == null || s.score() == null ? null : sum[1].add(s.score());
        }
        List<Group> out = new java.util.ArrayList<>();
        sums.forEach((name, sum) -> out.add(new Group(name, sum[0], sum[1])));
        return out;
    }

    /** The group's subtotal, or null when the card has no such group. */
    public Group group(String name) {
        return groups().stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
    }
}

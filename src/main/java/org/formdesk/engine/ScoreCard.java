package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.List;

/** All indicator scores with the total and grade; the grade is null until every score is given. */
public record ScoreCard(List<IndicatorScore> indicators, BigDecimal total, BigDecimal max, String grade,
                        boolean complete) {
    public ScoreCard {
        indicators = List.copyOf(indicators);
    }
}

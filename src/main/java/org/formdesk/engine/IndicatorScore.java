package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.List;

/** One indicator on the score card: its maximum, the self-assessed score (null if not yet given), its metrics. */
public record IndicatorScore(String id, String group, String label, BigDecimal max, BigDecimal score,
                             List<String> metrics, String deductionReason) {
    public IndicatorScore {
        metrics = List.copyOf(metrics);
    }
}

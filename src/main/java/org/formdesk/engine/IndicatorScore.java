package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator on the score card: its maximum, the self-assessed score (null if not yet given), its metrics.
 * An indicator row of a table also names its table and its row number (1-based); a fixed indicator has
 * neither. A row's maximum is null while its 分值 cell is blank.
 */
public record IndicatorScore(String id, String group, String label, BigDecimal max, BigDecimal score,
                             List<String> metrics, String deductionReason, String table, Integer row) {
    public IndicatorScore {
        metrics = List.copyOf(metrics);
    }

    public IndicatorScore(String id, String group, String label, BigDecimal max, BigDecimal score,
                          List<String> metrics, String deductionReason) {
        this(id, group, label, max, score, metrics, deductionReason, null, null);
    }

    public boolean isRow() {
        return row != null;
    }
}

package org.formdesk.engine;

import java.math.BigDecimal;
import java.util.List;
import org.formdesk.form.Severity;

/** A cross-check's state: the figures it compared, and a message that shows them. */
public record CheckResult(String id, Severity severity, CheckStatus status, List<String> fields, String message,
                          BigDecimal left, BigDecimal right, BigDecimal difference) {
    public CheckResult {
        fields = List.copyOf(fields);
    }

    public boolean failed() {
        return status == CheckStatus.FAILED;
    }
}

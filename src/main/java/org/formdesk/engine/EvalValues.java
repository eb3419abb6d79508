package org.formdesk.engine;

import com.ezylang.evalex.data.EvaluationValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A form's values as EvalEx reads them: numbers exact, a date as its day number, a table's column as an array
 * (empty when any cell of it is), a table as the array of its row numbers.
 */
final class EvalValues {
    private EvalValues() {
    }

    /** The EvalEx value of a reference, or null when it is empty. */
    static EvaluationValue of(ValueSource values, String ref) {
        Object value = values.value(ref);
        if (value == null) {
            int dot = ref.lastIndexOf('.');
            if (dot > 0 && values.value(ref.substring(0, dot)) instanceof List<?> rows) {
                return column(rows, ref.substring(dot + 1));
            }
            return null;
        }
        return scalar(value);
    }

    private static EvaluationValue column(List<?> rows, String column) {
        if (rows.isEmpty()) {
            return null;
        }
        List<EvaluationValue> cells = new ArrayList<>();
        for (Object row : rows) {
            Object cell = row instanceof Map<?, ?> m ? m.get(column) : null;
            if (cell == null) {
                return null;
            }
            cells.add(scalar(cell));
        }
        return EvaluationValue.arrayValue(cells);
    }

    private static EvaluationValue scalar(Object value) {
        if (value instanceof BigDecimal d) {
            return EvaluationValue.numberValue(d);
        }
        if (value instanceof LocalDate date) {
            return EvaluationValue.numberValue(BigDecimal.valueOf(date.toEpochDay()));
        }
        if (value instanceof Boolean b) {
            return EvaluationValue.booleanValue(b);
        }
        if (value instanceof List<?> rows) {
            if (rows.isEmpty()) {
                return null;
            }
            List<EvaluationValue> items = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                items.add(EvaluationValue.numberValue(BigDecimal.valueOf(i)));
            }
            return EvaluationValue.arrayValue(items);
        }
        return EvaluationValue.stringValue(String.valueOf(value));
    }
}

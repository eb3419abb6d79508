package org.formdesk.record.export;

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

class CsvProperties {
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> tricky = Arbitraries.strings().withChars("=+-@'\t\r\n,\" ;|a1.0中文（）：“”\u3000")
                .ofMinLength(0).ofMaxLength(14);
        return Arbitraries.oneOf(tricky, Arbitraries.strings().ofMaxLength(20));
    }

    @Property
    void aGuardedCellMeansTheOriginalText(@ForAll("hostile") String text) {
        assertThat(CsvReadBack.unguard(Csv.guard(text))).isEqualTo(text);
    }

    @Property
    void aGuardedCellCannotStartAFormula(@ForAll("hostile") String text) {
        String cell = Csv.guard(text);
        String start = cell.stripLeading();
        boolean plainNumber = cell.matches("-?\\d+(\\.\\d+)?");
        if (!plainNumber && !cell.isEmpty()) {
            assertThat(cell.charAt(0)).isNotIn('\t', '\r');
            if (!start.isEmpty()) {
                assertThat(start.charAt(0)).isNotIn('=', '+', '-', '@');
            }
        }
    }

    @Property
    void numbersStayNumbers(@ForAll BigDecimal n) {
        String plain = n.toPlainString();
        assertThat(Csv.guard(plain)).isEqualTo(plain);
    }

    @Property(tries = 300)
    void aTableReadsBackCellForCell(@ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("hostile") String> cells) {
        List<Column> columns = new ArrayList<>();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            columns.add(new Column("c" + i, "列" + i));
            row.put("c" + i, cells.get(i));
        }
        Table table = new Table(columns);
        table.add(row);

        List<List<String>> back = CsvReadBack.rows(Csv.write(table, false));

        assertThat(back).hasSize(2);
        assertThat(back.get(0)).containsExactlyElementsOf(columns.stream().map(c -> c.header(false)).toList());
        // Control characters other than newline and tab come back as their visible escapes (\r for CR).
        assertThat(back.get(1).stream().map(CsvReadBack::unguard).toList())
                .containsExactlyElementsOf(cells.stream().map(org.formdesk.engine.Visible::of).toList());
    }
}

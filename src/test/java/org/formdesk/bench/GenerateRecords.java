package org.formdesk.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.FormLoader;
import org.formdesk.form.IndicatorDef;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.RecordStatus;
import org.formdesk.record.RecordWriter;
import org.formdesk.record.Records;

/**
 * Writes N varied records of the seed form for timing `formdesk collect` (bench/collect.sh): each a
 * different unit and year, amounts shifted by a few cents to thousands, scores drawn on their step.
 * Usage: GenerateRecords DIR [N]. Not a test.
 */
public final class GenerateRecords {
    private GenerateRecords() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Files.createDirectories(dir);
        Engine engine = Engine.of(new FormLoader().loadBundled(FormLoader.DEFAULT_FORM));
        Form form = engine.form();
        RecordRead seed = new RecordReader(form).read(Path.of("examples/dept-perf-self-eval-2021.yaml"));
        Random random = new Random(42);
        for (int i = 1; i <= n; i++) {
            Map<String, Object> values = new LinkedHashMap<>(seed.record().values());
            values.put("unit_name", "第" + i + "部门");
            values.put("fiscal_year", String.valueOf(2000 + i % 30));
            for (String id : List.of("carryover", "initial_budget", "executed", "year_end_balance", "income_basic",
                    "three_public_budget", "three_public_actual", "fixed_assets_in_use")) {
                BigDecimal v = new BigDecimal((String) values.get(id));
                values.put(id, v.add(BigDecimal.valueOf(random.nextInt(500_000), 2)).toPlainString());
            }
            values.put("budget_adjustment", BigDecimal.valueOf(-random.nextInt(300_000), 2).toPlainString());
            values.put("income_project_items", shifted(values.get("income_project_items"), random));
            for (IndicatorDef ind : form.indicators()) {
                int halves = random.nextInt(ind.max().intValue() * 2 + 1);
                values.put(ind.scoreId(), BigDecimal.valueOf(halves * 5L, 1).stripTrailingZeros().toPlainString());
                if (halves < ind.max().intValue() * 2) {
                    values.put(ind.deductionId(), "扣分原因 " + i);
                }
            }
            RecordFile record = new RecordFile(form.id(), form.version(), form.hash(),
                    i % 5 == 0 ? RecordStatus.DRAFT : RecordStatus.FINAL, values, seed.record().explanations(), null);
            FormState state = Records.state(engine, record);
            String name = String.format("%04d.%s", i, i % 4 == 0 ? "json" : "yaml");
            Files.writeString(dir.resolve(name), RecordWriter.write(RecordWriter.tree(record, state),
                    i % 4 == 0 ? org.formdesk.record.RecordFormat.JSON : org.formdesk.record.RecordFormat.YAML));
        }
        System.out.println("wrote " + n + " records to " + dir);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> shifted(Object rows, Random random) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) rows) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            BigDecimal amount = new BigDecimal((String) row.get("amount"));
            copy.put("amount", amount.add(BigDecimal.valueOf(random.nextInt(10_000), 4)).toPlainString());
            out.add(copy);
        }
        return out;
    }
}

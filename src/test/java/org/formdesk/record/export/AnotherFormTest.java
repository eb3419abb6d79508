package org.formdesk.record.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.FormLoader;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.RecordWriter;
import org.formdesk.record.Records;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small English form with no indicators: every export follows the form, not the seed. */
class AnotherFormTest {
    private static Engine engine;
    private static RecordRead read;
    private static FormState state;

    @BeforeAll
    static void load() throws Exception {
        engine = Engine.of(new FormLoader().load(Path.of("src/test/resources/export/travel-claim.yaml")));
        read = new RecordReader(engine.form()).read(Path.of("src/test/resources/export/travel-claim-record.yaml"));
        assertThat(read.usable()).isTrue();
        state = Records.state(engine, read.record());
    }

    @Test
    void csvHeadersAndValuesFollowTheForm() {
        List<List<String>> rows = CsvReadBack.rows(RecordCsv.of(read.record(), state, false));
        assertThat(rows.get(0)).containsExactly("Department [department]", "Filed on [filed_on]",
                "Transport [transport]", "Overnight [overnight]", "Refund [refund]",
                "Tickets row 1 Trip [tickets.1.item]", "Tickets row 1 Amount (CNY) [tickets.1.amount]",
                "Tickets row 2 Trip [tickets.2.item]", "Tickets row 2 Amount (CNY) [tickets.2.amount]",
                "Total (CNY) [total]", "Budget (CNY) [budget]", "Budget used (%) [usage_rate]",
                "within_budget · explanation [explanations.within_budget]", "status [status]");
        assertThat(rows.get(1)).containsExactly("Sales", "2024-03-01", "train", "true", "-12.50",
                "'=1+1 Beijing", "120.5", "Shanghai, return", "300", "420.50", "400", "105.1", "", "final");
    }

    @Test
    void theReportHasNoScoreTableAndListsTheWarning() {
        String md = MarkdownReport.of(read, state);
        assertThat(md).startsWith("# Travel claim\n\n**Department** Sales · **status** final");
        assertThat(md).contains("| Refund | -12.50 |", "| Overnight | yes |", "| 1 | =1+1 Beijing | 120.5 |",
                "| total |  | 420.5 |", "| Budget used | 105.1% |",
                "- warning: Total 420.50 is over the budget 400 by 20.50 (not explained)");
        assertThat(md).doesNotContain("Indicator scores");
    }

    @Test
    void theSchemaAcceptsTheExportAndRefusesAWrongChoice() {
        ObjectNode schema = RecordSchema.of(engine.form());
        var validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        ObjectNode tree = RecordWriter.tree(read.record(), state);
        assertThat(validator.validate(tree)).isEmpty();
        assertThat(schema.has("properties") && !schema.get("properties").has("score")).isTrue();

        ((ObjectNode) tree.get("values")).put("transport", "bicycle");
        assertThat(validator.validate(tree)).isNotEmpty();
        ((ObjectNode) tree.get("values")).put("transport", "car").put("department", "sales");
        assertThat(validator.validate(tree)).as("pattern [A-Z].*").isNotEmpty();
    }

    @Test
    void theSummaryHasNoScoreColumns() {
        Summary summary = new Summary(engine.form());
        summary.add("a.yaml", read, state);
        assertThat(summary.table().columns()).extracting(Column::id)
                .containsExactly("file", "department", "status", "total", "budget", "usage_rate", "errors", "warnings",
                        "unexplained");
        assertThat(summary.table().rows().get(0).subList(1, 6).stream().map(String::valueOf).toList())
                .containsExactly("Sales", "final", "420.50", "400", "105.1");
    }
}

package org.formdesk.record.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.formdesk.record.Change;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The record schema, checked by an independent JSON Schema validator (networknt, draft 2020-12). */
class RecordSchemaTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static ObjectNode schemaNode;
    private static JsonSchema schema;

    @BeforeAll
    static void compile() {
        schemaNode = RecordSchema.of(Seed.form());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = FACTORY.getSchema(schemaNode, config);
    }

    private static ObjectNode exported() {
        RecordRead read = Seed.read();
        return RecordWriter.tree(read.record(), Seed.state(read));
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        assertThat(meta.validate(schemaNode)).isEmpty();
        assertThat(schemaNode.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theExampleRecordAsWrittenPasses() throws Exception {
        JsonNode example = new YAMLMapper().readTree(Seed.RECORD.toFile());
        assertThat(schema.validate(example)).isEmpty();
    }

    @Test
    void theExportedRecordPassesAsJsonAndAsYaml() throws Exception {
        ObjectNode tree = exported();
        assertThat(schema.validate(tree)).isEmpty();
        assertThat(schema.validate(new YAMLMapper().readTree(RecordWriter.yaml(tree)))).isEmpty();
    }

    @Test
    void aRecordWithItsAuditTrailPasses() {
        RecordRead read = Seed.read();
        RecordFile r = read.record();
        RecordFile withHistory = new RecordFile(r.form(), r.formVersion(), r.formHash(), r.status(), r.values(),
                r.explanations(), r.meta(), List.of(new Change("unit_name", null, "经济运行部", "2022-02-08T09:00:00Z",
                        "wang", "tui")));
        ObjectNode tree = RecordWriter.tree(withHistory, Seed.state(read));
        assertThat(tree.has("history")).isTrue();
        assertThat(schema.validate(tree)).isEmpty();
        ((ObjectNode) tree.get("history").get(0)).remove("field");
        assertThat(schema.validate(tree)).isNotEmpty();
    }

    @Test
    void aHalfPointScoreWrittenAsAStringPasses() {
        ObjectNode tree = exported();
        values(tree).put("budget_execution.score", "13.5");
        assertThat(schema.validate(tree)).isEmpty();
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                broken("year as a string", v -> v.put("fiscal_year", "2021")),
                broken("year out of range", v -> v.put("fiscal_year", 1999)),
                broken("money as a JSON number", v -> v.put("carryover", 1431.98)),
                broken("money with five places", v -> v.put("carryover", "1431.98001")),
                broken("negative where not allowed", v -> v.put("executed", "-1")),
                broken("date not ISO", v -> v.put("fill_date", "2022.2.8")),
                broken("phone", v -> v.put("contact_phone", "12345")),
                broken("required field missing", v -> v.remove("unit_name")),
                broken("required text empty", v -> v.put("unit_head", "")),
                broken("text too long", v -> v.put("unit_name", "长".repeat(61))),
                broken("unknown field", v -> v.put("nonsense", "x")),
                broken("computed value given", v -> v.put("total_budget", "42072.34")),
                broken("score above maximum", v -> v.put("goal_setting.score", 7)),
                broken("score off its step", v -> v.put("goal_setting.score", "5.25")),
                broken("table row without a required column",
                        v -> ((ObjectNode) v.get("income_project_items").get(0)).remove("amount")),
                broken("table row with an unknown column",
                        v -> ((ObjectNode) v.get("income_project_items").get(0)).put("extra", "1")),
                broken("table not a list", v -> v.put("income_project_items", "six items")),
                broken("count as a decimal string", v -> v.put("total_staff", "39.5")));
    }

    private static Arguments broken(String what, Consumer<ObjectNode> change) {
        return Arguments.of(what, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aBrokenRecordFails(String what, Consumer<ObjectNode> change) {
        ObjectNode tree = exported();
        change.accept(values(tree));
        Set<ValidationMessage> errors = schema.validate(tree);
        assertThat(errors).as(what).isNotEmpty();
    }

    @Test
    void brokenTopLevelFails() {
        ObjectNode wrongForm = exported().put("form", "another-form");
        ObjectNode wrongStatus = exported().put("status", "done");
        ObjectNode extraKey = exported().put("signature", "x");
        ObjectNode noValues = exported();
        noValues.remove("values");
        ObjectNode badGrade = exported();
        ((ObjectNode) badGrade.get("score")).put("grade", "A+");
        ObjectNode unknownCheck = exported();
        ((ObjectNode) unknownCheck.get("explanations")).put("no_such_check", "x");
        for (ObjectNode tree : new ObjectNode[] {wrongForm, wrongStatus, extraKey, noValues, badGrade, unknownCheck}) {
            assertThat(schema.validate(tree)).isNotEmpty();
        }
    }

    @Test
    void everyEnteredFieldIsDescribedAndNoComputedOne() {
        JsonNode props = schemaNode.at("/properties/values/properties");
        Seed.form().fields().values().forEach(f -> assertThat(props.has(f.id())).as(f.id()).isEqualTo(!f.isComputed()));
        ArrayNode required = (ArrayNode) schemaNode.at("/properties/values/required");
        assertThat(required.toString()).contains("\"fiscal_year\"", "\"unit_name\"", "\"goal_setting.score\"");
        assertThat(schemaNode.at("/properties/values/properties/budget_adjustment/pattern").asText()).startsWith("^-?");
        assertThat(schemaNode.at("/properties/values/properties/carryover/pattern").asText()).startsWith("^(0|");
    }

    private static ObjectNode values(ObjectNode tree) {
        return (ObjectNode) tree.get("values");
    }
}

package org.formdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.*;
import org.formdesk.form.*;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void seed() throws Exception {
        Form form = new FormLoader().load(Path.of("forms/dept-perf-self-eval.yaml"));
        Engine engine = Engine.of(form);
        FormState state = engine.newState();
        JsonNode values = new YAMLMapper().readTree(Path.of("examples/dept-perf-self-eval-2021.yaml").toFile()).get("values");
        Map<String, Object> raw = new LinkedHashMap<>();
        values.fields().forEachRemaining(e -> {
            if (e.getValue().isArray()) {
                List<Map<String, String>> rows = new ArrayList<>();
                e.getValue().forEach(r -> { Map<String,String> m = new LinkedHashMap<>(); r.fields().forEachRemaining(c -> m.put(c.getKey(), c.getValue().asText())); rows.add(m);});
                raw.put(e.getKey(), rows);
            } else raw.put(e.getKey(), e.getValue().asText());
        });
        state.load(raw);
        for (String id : form.fields().keySet()) if (form.fields().get(id).isComputed()) System.out.println(id + " = " + state.shown(id) + " " + state.computed(id));
        System.out.println("errors " + state.errors());
        System.out.println("warnings " + state.warnings());
        System.out.println("pending " + state.pending());
        System.out.println(state.scoreCard());
    }
}

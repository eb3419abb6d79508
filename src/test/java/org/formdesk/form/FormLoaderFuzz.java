package org.formdesk.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.formdesk.TypesForm;
import org.formdesk.engine.Engine;
import org.formdesk.fuzz.Bounded;
import org.formdesk.fuzz.Hostile;

/**
 * Fuzz: the form loader (YAML, binding, validation, lint) and the engine built from what it accepts, on
 * damaged forms and on forms given hostile expressions and patterns. Tries: jqwik.tries.default.
 */
class FormLoaderFuzz {
    private static final byte[] SEED = seed();
    private static final byte[] TYPES = TypesForm.YAML.getBytes(StandardCharsets.UTF_8);

    private static byte[] seed() {
        try {
            return Files.readAllBytes(Path.of("forms/dept-perf-self-eval.yaml"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> forms() {
        Arbitrary<byte[]> hostileCompute = Arbitraries.oneOf(Hostile.text(),
                Arbitraries.of("amount^999999999", "FACT(100000000)", "RANDOM()", "-".repeat(20_000) + "amount",
                        "ROUND(amount, 999999999)", "amount / 0", "SUM(items.amount) ^ 100")).map(expr ->
                TypesForm.YAML.replace("compute: amount / ratio", "compute: \"" + yamlEscaped(expr) + "\"")
                        .getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> hostilePattern = Arbitraries.oneOf(Hostile.text(),
                Arbitraries.of("((a+)+)+$", "(a)\\1", "(?=a)", "[", "\\p{Han}+", "a{1000}{1000}")).map(p ->
                TypesForm.YAML.replace("{id: name, label: 单位名称, type: text}",
                        "{id: name, label: 单位名称, type: text, pattern: \"" + yamlEscaped(p) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(Hostile.mutations(SEED), Hostile.mutations(TYPES), hostileCompute, hostilePattern);
    }

    private static String yamlEscaped(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Property
    void aDamagedOrHostileFormIsLoadedOrRefusedWithLocatedProblems(@ForAll("forms") byte[] bytes) {
        Bounded.run(() -> {
            FormLoader.Result r = new FormLoader().read("f.yaml", bytes);
            assertThat(r).isNotNull();
            for (Problem p : r.problems()) {
                assertThat(p.location()).isNotNull();
                assertThat(p.message()).isNotBlank();
            }
            if (r.ok()) {
                try {
                    Engine engine = Engine.of(r.form());
                    var state = engine.newState();
                    for (FieldDef f : r.form().fields().values()) {
                        if (f.type() != FieldType.TABLE && !f.isComputed()) {
                            state.set(f.id(), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!");
                            state.set(f.id(), "999999999");
                        }
                    }
                    state.errors();
                    state.scoreCard();
                } catch (FormFileException refused) {
                    assertThat(refused.problems()).isNotEmpty();
                }
            }
        });
    }
}

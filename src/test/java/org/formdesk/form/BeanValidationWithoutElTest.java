package org.formdesk.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hibernate Validator's messages, parameters filled in, with no Expression Language on the class path. */
class BeanValidationWithoutElTest {
    @Test
    void aConstraintMessageHasItsParameterFilledIn() {
        byte[] yaml = ("id: x\nversion: \"1\"\ntitle: X\nsections:\n  - id: s\n    title: S\n    fields:\n"
                + "      - {id: a, label: A, type: text, maxLength: 0}\n").getBytes(StandardCharsets.UTF_8);
        FormLoader.Result r = new FormLoader().read("x.yaml", yaml);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.message()).isEqualTo("sections[0].fields[0].maxLength must be greater than 0");
            assertThat(p.location().line()).isEqualTo(8);
        });
    }

    @Test
    void noExpressionLanguageIsOnTheClassPath() {
        assertThat(getClass().getClassLoader().getResource("org/glassfish/expressly/ExpressionFactoryImpl.class")).isNull();
    }
}

package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Phrasebook's hand-written {n} filling does what the regular expression it replaced did. */
class PhrasebookProperties {
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)}");

    /**
     * The reference: one pass of {n} → argument n, a {n} without its argument left as it is (and, the one
     * change, an index of more than 6 digits too, where the regular expression's parseInt could throw).
     */
    private static String byRegex(String text, Object... args) {
        Matcher m = ARG.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = m.group(1).length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        return m.appendTail(sb).toString();
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.strings().withChars("{}0123x收入 $\\").ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> arguments() {
        return Arbitraries.strings().withChars("{}01a$\\万").ofMaxLength(6);
    }

    @Property(tries = 2000)
    void sameAsTheRegularExpression(@ForAll("templates") String template, @ForAll("arguments") String a,
                                    @ForAll("arguments") String b) {
        assertThat(Phrasebook.fill(template, a, b)).isEqualTo(byRegex(template, a, b));
        assertThat(Phrasebook.fill(template)).isEqualTo(byRegex(template));
    }

    @Test
    void examples() {
        assertThat(Phrasebook.fill("相差 {0} 万元（{1}）", "2299.82", "{0}")).isEqualTo("相差 2299.82 万元（{0}）");
        assertThat(Phrasebook.fill("{2} stays, {} too, {x}", 1)).isEqualTo("{2} stays, {} too, {x}");
        assertThat(Phrasebook.fill("null: {0}", (Object) null)).isEqualTo("null: null");
        assertThat(Phrasebook.fill("{12345678901}", 1)).isEqualTo("{12345678901}");
    }
}

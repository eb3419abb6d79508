package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NormalizerProperties {

    /** Any UTF-16 text, plus text built from the characters normalisation treats specially. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars("aeAE19 \t\n\r\u3000\u00A0\u2212\uFF0D\uFE63\u3002\uFF11\uFF0E\u0301\u0308\u00A8\u00B4"
                        + "\uFB01\u2460\uD83D\uDE00\uD800\u200B\u202E\u001B")
                .ofMaxLength(12);
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30), tricky);
    }

    @Property(tries = 2000)
    void figureIsIdempotent(@ForAll("anyText") String s) {
        String once = Normalizer.figure(s);
        assertThat(Normalizer.figure(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void textIsIdempotent(@ForAll("anyText") String s) {
        String once = Normalizer.text(s);
        assertThat(Normalizer.text(once)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void figureHasNoWhiteSpaceLeft(@ForAll("anyText") String s) {
        assertThat(Normalizer.figure(s).codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)))
                .isTrue();
    }

    @Example
    void spaceBetweenALetterAndACombiningMarkIsStillIdempotent() {
        String once = Normalizer.figure("a \u0308");
        assertThat(Normalizer.figure(once)).isEqualTo(once);
    }

    @Example
    void figureFoldsFullWidthAndMinusSigns() {
        assertThat(Normalizer.figure(" －１，４３１．９８万元 ")).isEqualTo("-1,431.98万元");
        assertThat(Normalizer.figure("−1800")).isEqualTo("-1800");
        assertThat(Normalizer.figure(null)).isEmpty();
        assertThat(Normalizer.text(null)).isEmpty();
    }
}

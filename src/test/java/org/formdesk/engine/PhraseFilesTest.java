package org.formdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The phrase files a translator edits: every phrase in every language, with the same {n} in each. */
class PhraseFilesTest {
    private static final Pattern ARG = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"engine", "screen", "commands", "exports", "records"})
    void everyPhraseInEveryLanguageWithTheSameArguments(String name) {
        Phrasebook book = Phrasebook.load(name);
        assertThat(book.keys()).isNotEmpty();
        for (String key : book.keys()) {
            Set<String> first = null;
            for (int i = 0; i < Phrasebook.LANGUAGES.size(); i++) {
                String text = book.t(i, key);
                assertThat(text).as(name + " " + key).isNotBlank();
                Set<String> args = arguments(text);
                if (first == null) {
                    first = args;
                } else {
                    assertThat(args).as(name + " " + key + " in " + Phrasebook.LANGUAGES.get(i)).isEqualTo(first);
                }
            }
        }
    }

    /** The release reads the books from a folder beside the jar (-Dformdesk.phrases): the same phrases. */
    @ParameterizedTest
    @ValueSource(strings = {"engine", "screen", "commands", "exports", "records"})
    void aBookReadFromAFolderHoldsWhatTheJarsDoes(String name, @TempDir Path folder) throws Exception {
        for (String language : Phrasebook.LANGUAGES) {
            String file = name + "." + language + ".properties";
            try (InputStream in = Phrasebook.class.getResourceAsStream("/phrases/" + file)) {
                Files.write(folder.resolve(file), in.readAllBytes());
            }
        }
        Phrasebook jar = Phrasebook.load(name, null);
        Phrasebook copy = Phrasebook.load(name, folder.toString());
        assertThat(copy.keys()).isEqualTo(jar.keys());
        for (String key : jar.keys()) {
            for (int i = 0; i < Phrasebook.LANGUAGES.size(); i++) {
                assertThat(copy.t(i, key)).as(name + " " + key).isEqualTo(jar.t(i, key));
            }
        }
        assertThatThrownBy(() -> Phrasebook.load(name, folder.resolve("none").toString())).hasMessageContaining(name);
    }

    @Test
    void aPhraseMissingFromOneLanguageIsRefusedWhenTheBookIsRead() {
        assertThatThrownBy(() -> Phrasebook.load("half-translated"))
                .hasMessageContaining("onlyChinese").hasMessageContaining("en");
        assertThatThrownBy(() -> Phrasebook.load("no-such-book")).hasMessageContaining("no-such-book");
    }

    @Test
    void spacesAtEitherEndAndLinesSurviveTheFileFormat() {
        Phrasebook screen = Phrasebook.load("screen");
        assertThat(screen.t(1, "draftLine", 1, "a", "b", "c", 50, "d")).startsWith("  1. a");
        assertThat(screen.t(0, "footerTable")).endsWith("删行  ");
        assertThat(screen.t(1, "help").lines().toList()).contains("")
                .anySatisfy(line -> assertThat(line).startsWith("  F1 "));
        assertThat(Texts.of("en").t("rowAt", "items", 2)).isEqualTo("items row 2: ");
        assertThat(List.of(Texts.of("zh").language(), Texts.of("EN").language(), Texts.of(null).language()))
                .containsExactly("zh", "en", "zh");
    }

    private static Set<String> arguments(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}

package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Screens compared with snapshots in src/test/resources/golden, in two layers: the text
 * ({@code <name>.txt}) and the colours and styles of every cell ({@code <name>.style.txt}). After an
 * intended change of the screens, regenerate both with
 * {@code mvn test -Dtest=GoldenScreensTest -Dgolden.update=true} and review the diff.
 */
class GoldenScreensTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"80,24", "120,40"})
    void firstSection(int cols, int rows) throws IOException {
        ScreenDriver d = new ScreenDriver(dir.resolve("d.yaml"), dir, cols, rows);
        matches("first-section-" + cols + "x" + rows, d);
    }

    @ParameterizedTest
    @CsvSource({"80,24", "120,40"})
    void failingCrossCheck(int cols, int rows) throws IOException {
        ScreenDriver d = new ScreenDriver(dir.resolve("d.yaml"), dir, cols, rows);
        d.toSection("单位人员情况").toField("内设科室数");
        d.type("4").key(KeyType.Tab).type("40").key(KeyType.Tab).type("22").key(KeyType.Tab)
                .type("22").key(KeyType.Tab).type("17").key(KeyType.Tab);
        String screen = d.text();
        assertThat(screen).contains("相差 1");
        matches("cross-check-" + cols + "x" + rows, d);
    }

    @ParameterizedTest
    @CsvSource({"80,24", "120,40"})
    void summary(int cols, int rows) throws IOException {
        Path draft = dir.resolve("full.yaml");
        Files.copy(Path.of("examples/dept-perf-self-eval-2021.yaml"), draft, StandardCopyOption.REPLACE_EXISTING);
        ScreenDriver d = new ScreenDriver(draft, dir, cols, rows);
        d.toSection("汇总与定稿");
        String screen = d.text();
        assertThat(screen).contains("97 / 100", "优");
        matches("summary-" + cols + "x" + rows, d);
    }

    /** Both layers of the screen: its text and its colours and styles. */
    static void matches(String name, ScreenDriver d) throws IOException {
        matches(name, d.text());
        matches(name + ".style", d.styles());
    }

    static void matches(String name, String screen) throws IOException {
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update") || !Files.exists(file) && Boolean.getBoolean("golden.create")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, screen, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden snapshot %s (regenerate with -Dgolden.update=true)", file).exists();
        assertThat(screen).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}

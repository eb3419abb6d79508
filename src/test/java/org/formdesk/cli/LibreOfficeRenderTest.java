package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.formdesk.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed record's Word document opened by another word processor: LibreOffice converts it to PDF
 * (headless, its own profile folder so that parallel runs do not meet), and poppler reads the PDF. Skipped
 * where LibreOffice is not installed (CI does not install it: it is too large). docs/documents.md shows a
 * page rendered this way.
 */
class LibreOfficeRenderTest {
    @TempDir
    Path dir;

    @Test
    void theSeedRecordsDocumentConvertsToAnA4PdfWithItsTextAndFigures() throws Exception {
        Optional<Path> office = onPath("libreoffice").or(() -> onPath("soffice"));
        assumeTrue(office.isPresent(), "LibreOffice is not installed");
        Path docx = dir.resolve("seed.docx");
        Run run = Run.of("export", SeedData.EXAMPLE.toString(), "--format", "docx", "-o", docx.toString());
        assertThat(run.code()).as(run.err()).isZero();

        ProcessBuilder convert = new ProcessBuilder(office.get().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                dir.toString(), docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("convert.log").toFile());
        // Where 宋体 is missing, a serif CJK font stands in for it, as the document's font table asks.
        convert.environment().put("FONTCONFIG_FILE", Path.of("src/test/resources/documents/fonts.conf").toAbsolutePath().toString());
        Process p = convert.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve("seed.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("convert.log"))).exists();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assumeTrue(onPath("pdfinfo").isPresent() && onPath("pdftotext").isPresent(), "poppler-utils is not installed");
        String info = output(List.of("pdfinfo", pdf.toString()));
        assertThat(info).contains("(A4)");
        String text = output(List.of("pdftotext", "-layout", pdf.toString(), "-"));
        assertThat(text).contains("部门整体支出绩效自评表", "经济运行部", "42072.34", "1304.4375", "28.32%",
                "单位负责人（签章）");
    }

    private String output(List<String> command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

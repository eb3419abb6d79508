package org.formdesk.form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step, not a command (pom.xml, phase process-classes): compiles each bundled form file in the given
 * folder into {@code <name>.bin} beside it ({@link CompiledForm}). Only a form that passes the full checks
 * (Bean Validation and lint) is compiled, which is why reading the binary skips them; one that does not is
 * left to be read from its YAML, where the problems are reported with their lines.
 */
public final class CompileForms {
    private CompileForms() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Path> yamls;
        try (Stream<Path> files = Files.list(dir)) {
            yamls = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        StringBuilder index = new StringBuilder();
        for (Path yaml : yamls) {
            String name = yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
            Path bin = dir.resolve(name + ".bin");
            byte[] bytes = Files.readAllBytes(yaml);
            FormLoader.Result full = new FormLoader().read("forms/" + name + ".yaml", bytes);
            if (full.form() != null) {
                FormDefinition d = full.form().definition();
                index.append(name).append('\t').append(oneLine(d.version())).append('\t').append(oneLine(d.title()))
                        .append('\n');
            }
            if (full.ok()) {
                Files.write(bin, CompiledForm.write(bytes, full.form().definition()));
            } else {
                Files.deleteIfExists(bin);
                System.err.println("formdesk: not compiled, it has problems: " + yaml + " " + full.problems());
            }
        }
        // The bundled forms as `formdesk forms` and the fill chooser list them, read without parsing any.
        Files.writeString(dir.resolve(FormCatalog.INDEX), index.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}

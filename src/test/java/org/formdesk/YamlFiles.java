package org.formdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The YAML files of a folder of the checkout (forms/, examples/), in name order: what tests run over. */
public final class YamlFiles {
    private YamlFiles() {
    }

    public static List<Path> in(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}

package org.formdesk.record;

import java.nio.file.Path;
import java.util.Locale;

public enum RecordFormat {
    YAML, JSON;

    /** JSON for a .json file, YAML otherwise. */
    public static RecordFormat of(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? JSON : YAML;
    }

    public String extension() {
        return this == JSON ? ".json" : ".yaml";
    }
}

package org.formdesk.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the bundled forms' files are read from: each form's YAML and the binary the build compiled from it
 * ({@link CompiledForm}), the list ({@code index.tsv}) and the default ({@code default.txt}). Inside the jar
 * ({@code /forms/} on the class path), or, in the release, a folder beside it holding the same files
 * ({@code -Dformdesk.bundled=DIR}, given by its launcher): reading them from the jar opens the jar's
 * directory of some 20,000 entries before the first paint, which the start-up cache otherwise spares.
 */
public interface BundledForms {
    /** The system property naming the folder. */
    String PROPERTY = "formdesk.bundled";

    /** The bytes of one file of the bundled forms, or null when there is no such file. */
    byte[] read(String name) throws IOException;

    /** The bundled forms in the jar. */
    static BundledForms classPath() {
        return name -> {
            try (InputStream in = BundledForms.class.getResourceAsStream("/forms/" + name)) {
                return in == null ? null : in.readAllBytes();
            }
        };
    }

    /** The bundled forms in a folder. */
    static BundledForms folder(Path dir) {
        return name -> {
            try {
                return Files.readAllBytes(dir.resolve(name));
            } catch (NoSuchFileException e) {
                return null;
            }
        };
    }

    /** The folder {@value #PROPERTY} names, else the jar. */
    static BundledForms fromEnvironment() {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isBlank() ? classPath() : folder(Path.of(dir));
    }
}

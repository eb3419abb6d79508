package org.formdesk.record.export;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Problem;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.Records;

/**
 * Many record files into one summary table. A file that cannot be used is set aside with the reason,
 * and the others still come out: one bad file must not cost the bureau the other two hundred.
 */
public final class Collection {
    /** A file left out of the table, and why. */
    public record Skipped(Path file, String reason) {
        @Override
        public String toString() {
            return reason;
        }
    }

    public record Result(Summary summary, List<Skipped> skipped) {
    }

    private Collection() {
    }

    /** The record files found, and the inputs that could not be searched. */
    public record Listing(List<Path> files, List<Skipped> skipped) {
    }

    /**
     * The record files the inputs name: a file as given; a directory's *.yaml, *.yml and *.json files
     * at any depth, in name order, hidden ones (such as a save's temporary file) left out.
     */
    public static Listing files(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                out.add(input); // reading it says what is wrong, if anything
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(input, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        boolean hidden = !dir.equals(input) && dir.getFileName().toString().startsWith(".");
                        return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && isRecordName(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        skipped.add(new Skipped(file, file + ": cannot be read: " + e.getMessage()));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                skipped.add(new Skipped(input, input + ": cannot be read: " + e.getMessage()));
            }
            found.sort(null);
            out.addAll(found);
        }
        return new Listing(out, skipped);
    }

    private static boolean isRecordName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    /** Something that takes each usable record as it is read, besides the summary table. */
    public interface Sink {
        void add(String file, RecordRead read, FormState state);
    }

    public static Result collect(Engine engine, List<Path> files) {
        return collect(engine, files, (file, read, state) -> { });
    }

    public static Result collect(Engine engine, List<Path> files, Sink sink) {
        Summary summary = new Summary(engine.form());
        RecordReader reader = new RecordReader(engine.form());
        List<Skipped> skipped = new ArrayList<>();
        for (Path file : files) {
            RecordRead read = reader.read(file);
            if (!read.usable()) {
                skipped.add(new Skipped(file, String.join("; ", read.fatal().stream().map(Problem::toString).toList())));
                continue;
            }
            FormState state = Records.state(engine, read.record());
            summary.add(file.toString(), read, state);
            sink.add(file.toString(), read, state);
        }
        return new Result(summary, skipped);
    }
}

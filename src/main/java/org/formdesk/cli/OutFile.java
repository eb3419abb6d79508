package org.formdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.formdesk.record.FileWrites;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where a command's document goes: the file -o names, written atomically, else standard output. */
final class OutFile {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path file;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    void write(String text) {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            return;
        }
        try {
            FileWrites.atomically(file, text);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** A binary document; never to a terminal, where the bytes would only garble the screen. */
    void write(byte[] bytes, String kind) {
        if (file == null) {
            if (System.console() != null) {
                throw new UserError("a " + kind + " file is not for the terminal: give -o FILE, or redirect the output");
            }
            spec.commandLine().getOut().flush();
            System.out.write(bytes, 0, bytes.length);
            System.out.flush();
            return;
        }
        try {
            FileWrites.atomically(file, bytes);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
    }
}

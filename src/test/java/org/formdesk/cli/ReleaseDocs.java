package org.formdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build time only (the release profile runs it): the man pages, as AsciiDoc for Asciidoctor's manpage
 * backend, and the bash completion script, both from the same picocli model the program parses with.
 * Arguments: the output folder, then an AsciiDoc file whose sections are added to formdesk's own page
 * (files, environment: what the model does not know).
 */
public final class ReleaseDocs {
    private ReleaseDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        CommandLine cli = new CommandLine(new Main());
        Main.addSubcommands(cli, new String[] {"help"}); // every command
        int code = ManPageGenerator.generateManPage(out.toFile(), null, new boolean[0], true, cli.getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("ManPageGenerator exited with " + code);
        }
        if (args.length > 1) {
            Path page = out.resolve("formdesk.adoc");
            String extra = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
            Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8).stripTrailing() + "\n\n" + extra,
                    StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("formdesk.bash"), AutoComplete.bash("formdesk", cli), StandardCharsets.UTF_8);
    }
}

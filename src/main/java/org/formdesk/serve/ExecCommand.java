package org.formdesk.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.CommandFactory;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Problem;
import org.formdesk.record.DraftIndex;
import org.formdesk.record.DraftSummary;
import org.formdesk.record.RecordFormat;
import org.formdesk.record.RecordRead;
import org.formdesk.record.RecordReader;
import org.formdesk.record.RecordWriter;
import org.formdesk.record.Records;
import org.formdesk.record.export.Collection;
import org.formdesk.record.export.Csv;
import org.formdesk.record.export.JsonTable;
import org.formdesk.record.export.MarkdownReport;
import org.formdesk.record.export.RecordCsv;

/**
 * The only commands an SSH exec request may run: formdesk's own read-only ones, for the user who
 * logged in, on that user's files (a reviewer: also every user's finalised records). Files are named
 * by bare file name ({@code USER/NAME} for a reviewer), never by path; anything else is refused.
 */
final class ExecCommand extends ChannelCommand {
    static final List<String> NAMES = List.of("drafts", "records", "export NAME [--format yaml|json|csv|md]",
            "summary NAME", "collect [FORM] [--format csv|json]", "help");

    /** A refusal: said on stderr, exit status 2 (126 for a command that is not on the list). */
    static final class Refused extends Exception {
        final int code;

        Refused(String message, int code) {
            super(message);
            this.code = code;
        }
    }

    private final Service service;
    private final List<String> argv;

    ExecCommand(Service service, String commandLine) {
        this.service = service;
        List<String> words;
        try {
            words = CommandFactory.split(commandLine);
        } catch (RuntimeException e) {
            words = List.of(commandLine);
        }
        this.argv = words == null ? List.of() : words;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        String user = channel.getSession().getUsername();
        String address = Service.address(channel.getSession());
        service.startSession(() -> {
            int code;
            try {
                String text = run(user);
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                code = 0;
            } catch (Refused r) {
                code = say(r.getMessage(), r.code);
                service.audit().log("exec-refused", user, address, String.join(" ", argv));
            } catch (Throwable e) {
                code = say("unexpected error: " + e, 2);
            }
            exit.onExit(code);
        }, user);
    }

    private int say(String message, int code) {
        try {
            err.write(("formdesk: " + message + "\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // the client is gone
        }
        return code;
    }

    @Override
    public void destroy(ChannelSession channel) {
    }

    String run(String user) throws Refused, IOException {
        User account = service.users().find(user).orElseThrow(() -> new Refused("no such user", 2));
        String cmd = argv.isEmpty() ? "help" : argv.get(0);
        List<String> args = argv.subList(Math.min(1, argv.size()), argv.size());
        return switch (cmd) {
            case "help" -> "commands: " + String.join("; ", NAMES) + "\n(connect with ssh -t to fill in a form)\n";
            case "drafts" -> drafts(user, args);
            case "records" -> records(account, args);
            case "export" -> export(account, args, "yaml");
            case "summary" -> export(account, args, "md");
            case "collect" -> collect(account, args);
            default -> throw new Refused("'" + Audit.clean(cmd) + "' is not a command here; the commands are: "
                    + String.join("; ", NAMES), 126);
        };
    }

    private String drafts(String user, List<String> args) throws Refused, IOException {
        noArgs(args);
        Path dir = service.dataDir().drafts(user);
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (DraftSummary d : DraftIndex.list(dir, service.formsById()::get)) {
            b.append(d.file().getFileName()).append('\t');
            b.append(d.problem() != null ? d.problem() : d.form() + "\t" + dash(d.unit()) + "\t" + dash(d.year())
                    + "\t" + d.progress() + "%\t" + dash(d.lastSaved()));
            b.append('\n');
        }
        return b.toString();
    }

    private String records(User account, List<String> args) throws Refused, IOException {
        noArgs(args);
        StringBuilder b = new StringBuilder();
        for (String owner : owners(account)) {
            for (Path p : yamlRecords(owner)) {
                b.append(account.reviewer() ? owner + "/" : "").append(p.getFileName()).append('\n');
            }
        }
        return b.toString();
    }

    private String export(User account, List<String> args, String defaultFormat) throws Refused {
        String name = null;
        String format = defaultFormat;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format") && i + 1 < args.size()) {
                format = args.get(++i);
            } else if (a.startsWith("--format=")) {
                format = a.substring("--format=".length());
            } else if (name == null && !a.startsWith("-")) {
                name = a;
            } else {
                throw new Refused("usage: export NAME [--format yaml|json|csv|md]", 2);
            }
        }
        if (name == null) {
            throw new Refused("usage: export NAME [--format yaml|json|csv|md]  (names: ssh … drafts, ssh … records)", 2);
        }
        String finalName = name;
        Path file = find(account, name).orElseThrow(() -> new Refused("no record or draft named "
                + Audit.clean(finalName) + " of yours", 2));
        String formId = RecordReader.formIdOf(file);
        Engine engine = formId == null ? null : service.formsById().get(formId);
        if (engine == null) {
            throw new Refused(file.getFileName() + " is not a record of a form this service has", 2);
        }
        RecordRead read = new RecordReader(engine.form()).read(file);
        if (!read.usable()) {
            throw new Refused(read.fatal().stream().map(Problem::message).collect(Collectors.joining("; ")), 2);
        }
        FormState state = Records.state(engine, read.record());
        return switch (format) {
            case "yaml" -> RecordWriter.write(RecordWriter.tree(read.record(), state), RecordFormat.YAML);
            case "json" -> RecordWriter.write(RecordWriter.tree(read.record(), state), RecordFormat.JSON);
            case "csv" -> RecordCsv.of(read.record(), state, false);
            case "md" -> MarkdownReport.of(read, state);
            default -> throw new Refused("--format must be yaml, json, csv or md", 2);
        };
    }

    private String collect(User account, List<String> args) throws Refused, IOException {
        String formId = null;
        String format = "csv";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format") && i + 1 < args.size()) {
                format = args.get(++i);
            } else if (formId == null && !a.startsWith("-")) {
                formId = a;
            } else {
                throw new Refused("usage: collect [FORM] [--format csv|json]", 2);
            }
        }
        Engine engine = formId == null ? service.forms().get(0) : service.formsById().get(formId);
        if (engine == null) {
            throw new Refused("no form '" + Audit.clean(formId) + "' here; the forms: "
                    + String.join(", ", service.formsById().keySet()), 2);
        }
        List<Path> files = new ArrayList<>();
        for (String owner : owners(account)) {
            for (Path p : yamlRecords(owner)) {
                if (engine.form().id().equals(RecordReader.formIdOf(p))) {
                    files.add(p);
                }
            }
        }
        Collection.Result result = Collection.collect(engine, files);
        return switch (format) {
            case "csv" -> Csv.write(result.summary().table(), false);
            case "json" -> RecordWriter.json(JsonTable.of(engine.form(), result.summary().table()));
            default -> throw new Refused("--format must be csv or json", 2);
        };
    }

    /** Whose records the account may read: its own; a reviewer's, everyone's. */
    private List<String> owners(User account) throws IOException {
        if (!account.reviewer()) {
            return List.of(account.name());
        }
        return service.users().all().stream().map(User::name).sorted().toList();
    }

    /** A bare name: the user's own record, else the user's own draft; for a reviewer, USER/NAME: that user's record. */
    private Optional<Path> find(User account, String name) {
        int slash = name.indexOf('/');
        if (slash >= 0) {
            String owner = name.substring(0, slash);
            if (!account.reviewer() && !owner.equals(account.name()) || !User.validName(owner)
                    || DataDir.reserved(owner)) {
                return Optional.empty();
            }
            return DataDir.fileIn(service.dataDir().records(owner), name.substring(slash + 1));
        }
        return DataDir.fileIn(service.dataDir().records(account.name()), name)
                .or(() -> DataDir.fileIn(service.dataDir().drafts(account.name()), name));
    }

    private List<Path> yamlRecords(String owner) throws IOException {
        Path dir = service.dataDir().records(owner);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.yaml")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    private static void noArgs(List<String> args) throws Refused {
        if (!args.isEmpty()) {
            throw new Refused("this command takes no arguments", 2);
        }
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }
}

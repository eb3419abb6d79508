package org.formdesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.formdesk.record.DraftStore;
import org.formdesk.serve.DataDir;
import org.formdesk.serve.Passwords;
import org.formdesk.serve.User;
import org.formdesk.serve.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = "The users of formdesk serve, kept in DIR/users.yaml.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class,
                UsersCommand.Passwd.class})
final class UsersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static Path defaultData() {
        return DraftStore.forUser().dir().getParent().resolve("serve");
    }

    abstract static class Base implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", description = "The service's folder (default: $XDG_DATA_HOME/formdesk/serve).")
        Path data;

        @Spec
        CommandSpec spec;

        Users users() throws IOException {
            DataDir dir = new DataDir(data != null ? data : defaultData());
            dir.ensureRoot();
            return new Users(dir.root());
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** The password from the terminal (asked twice), else one line of standard input (for scripts). */
        char[] readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] a = console.readPassword("password: ");
                char[] b = console.readPassword("again: ");
                if (a == null || b == null || !Arrays.equals(a, b)) {
                    throw new UserError("the two passwords differ");
                }
                return check(a);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new UserError("no password on standard input");
            }
            return check(line.toCharArray());
        }

        private static char[] check(char[] p) {
            if (p.length < 8) {
                throw new UserError("a password needs at least 8 characters");
            }
            return p;
        }

        static String name(String name) {
            if (!User.validName(name) || DataDir.reserved(name)) {
                throw new UserError("'" + name + "' cannot be a user name: lower-case letters, digits, _ and -,"
                        + " starting with a letter, at most 32");
            }
            return name;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user with public keys and/or a password.")
    static final class Add extends Base {
        @Parameters(paramLabel = "NAME", description = "The login name.")
        String name;

        @Option(names = "--key", paramLabel = "PUBKEY_FILE", description = "A public key file (e.g. id_ed25519.pub); repeat for several.")
        List<Path> keys = new ArrayList<>();

        @Option(names = "--password", description = "Set a password (asked on the terminal, else read from standard input).")
        boolean password;

        @Option(names = "--unit", paramLabel = "单位", description = "The unit the user files for.")
        String unit;

        @Option(names = "--role", paramLabel = "filler|reviewer", defaultValue = "filler",
                description = "filler (default) or reviewer: also reads every user's finalised records.")
        User.Role role;

        @Override
        public Integer call() throws IOException {
            Users users = users();
            if (users.find(name(name)).isPresent()) {
                throw new UserError("user " + name + " exists; use users passwd, or users remove first");
            }
            if (keys.isEmpty() && !password) {
                throw new UserError("give --key FILE or --password (or both)");
            }
            List<String> lines = new ArrayList<>();
            for (Path k : keys) {
                lines.addAll(keyLines(k));
            }
            String hash = password ? Passwords.hash(readPassword()) : null;
            users.put(new User(name, unit, role, lines, hash));
            out().println("added " + name + " (" + role + (lines.isEmpty() ? "" : ", " + lines.size() + " key(s)")
                    + (hash == null ? "" : ", password") + ") to " + users.file());
            return ExitCodes.OK;
        }

        private static List<String> keyLines(Path file) {
            List<String> out = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#")) {
                        continue;
                    }
                    try {
                        AuthorizedKeyEntry e = AuthorizedKeyEntry.parseAuthorizedKeyEntry(l);
                        if (e == null || e.resolvePublicKey(null, PublicKeyEntryResolver.FAILING) == null) {
                            throw new IllegalArgumentException("not a public key");
                        }
                    } catch (Exception e) {
                        throw new UserError(file + ": not a public key line (" + e.getMessage() + ")");
                    }
                    out.add(l);
                }
            } catch (IOException e) {
                throw new UserError("cannot read " + file + ": " + e.getMessage());
            }
            if (out.isEmpty()) {
                throw new UserError(file + " holds no public key");
            }
            return out;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
    static final class ListUsers extends Base {
        @Override
        public Integer call() throws IOException {
            for (User u : users().all()) {
                out().println(u.name() + "\t" + u.role() + "\t" + (u.unit() == null ? "—" : u.unit()) + "\t"
                        + u.keys().size() + " key(s)\t" + (u.password() == null ? "no password" : "password"));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a user (their next login fails; their folder of drafts and records is kept).")
    static final class Remove extends Base {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            if (!users().remove(name)) {
                throw new UserError("no user " + name);
            }
            out().println("removed " + name + "; their drafts and records stay in their folder");
            return ExitCodes.OK;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password.")
    static final class Passwd extends Base {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            Users users = users();
            User u = users.find(name).orElseThrow(() -> new UserError("no user " + name));
            users.put(u.withPassword(Passwords.hash(readPassword())));
            out().println("password of " + name + " set");
            return ExitCodes.OK;
        }
    }
}

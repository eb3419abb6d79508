package org.formdesk.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code formdesk serve} on a free port of 127.0.0.1, with its own data folder, and the
 * OpenSSH client set up to reach it (a config file: port, no host-key prompts, the locale sent).
 */
final class FormdeskServer implements AutoCloseable {
    static final Path JAR = Path.of("target/formdesk.jar").toAbsolutePath();

    final Path dir;
    final Path data;
    final int port;
    final Path sshConfig;
    private final Process process;
    private final StringBuffer log = new StringBuffer();

    private FormdeskServer(Path dir, int port, Process process) throws IOException {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.process = process;
        this.sshConfig = dir.resolve("ssh_config");
        Files.writeString(sshConfig, String.join("\n",
                "Host fd",
                "  HostName 127.0.0.1",
                "  Port " + port,
                "  StrictHostKeyChecking no",
                "  UserKnownHostsFile /dev/null",
                "  LogLevel ERROR",
                "  IdentitiesOnly yes",
                "  BatchMode no",
                "  SendEnv LANG LC_*",
                ""));
    }

    /** Starts the server; {@code extra} are more serve options. */
    static FormdeskServer start(Path dir, String... extra) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", JAR.toString(), "serve", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--data", dir.resolve("data").toString()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        FormdeskServer s = new FormdeskServer(dir, port, p);
        CompletableFuture<Boolean> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    s.log.append(line).append('\n');
                    if (line.contains("listening on")) {
                        listening.complete(true);
                    }
                }
            } catch (IOException e) {
                // the server is gone
            }
            listening.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        try {
            if (!listening.get(90, TimeUnit.SECONDS)) {
                throw new IOException("formdesk serve did not start:\n" + s.log);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            p.destroyForcibly();
            throw new IOException("formdesk serve did not start:\n" + s.log, e);
        }
        return s;
    }

    String log() {
        return log.toString();
    }

    String audit() throws IOException {
        Path a = data.resolve("audit.log");
        return Files.exists(a) ? Files.readString(a, StandardCharsets.UTF_8) : "";
    }

    /** {@code formdesk users ARGS --data DIR}, with {@code stdin} as its input; the output (both streams). */
    String users(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", JAR.toString(), "users"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data", data.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().write((stdin == null ? "" : stdin + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("users " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    /** A new ed25519 key pair; returns the private key's path (the public one is beside it, .pub). */
    Path newKey(String name) throws IOException, InterruptedException {
        Path key = dir.resolve(name);
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException("ssh-keygen failed");
        }
        return key;
    }

    /** The ssh command line (for a shell script) logging in as {@code user} with the key. */
    String sshWithKey(String user, Path key, String... more) {
        return "ssh -F '" + sshConfig + "' -i '" + key + "' -o PasswordAuthentication=no " + String.join(" ", more)
                + " " + user + "@fd";
    }

    /** An askpass program that answers {@code password}: password logins without a terminal. */
    Path askpass(String name, String password) throws IOException {
        Path script = dir.resolve("askpass-" + name);
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' '" + password + "'\n");
        script.toFile().setExecutable(true);
        return script;
    }

    /** Runs the OpenSSH client to the end: exit code and what it printed on each stream. */
    Result ssh(List<String> args, Path askpass) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-F", sshConfig.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("DISPLAY", ":0"); // so that ssh -X asks for X11 forwarding
        if (askpass != null) {
            pb.environment().put("SSH_ASKPASS", askpass.toString());
            pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("ssh did not end: " + cmd);
        }
        return new Result(p.exitValue(), out, err.join());
    }

    record Result(int code, String out, String err) {
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

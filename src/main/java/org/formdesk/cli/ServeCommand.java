package org.formdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.formdesk.engine.Engine;
import org.formdesk.form.FormLoader;
import org.formdesk.serve.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the forms over SSH: each user logs in with a key or a password (formdesk users),",
                "gets a form to fill on their terminal, and reaches their own drafts and records only.",
                "No shell, no forwarding; exec only for: drafts, records, export, summary, collect."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2222", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The service's folder: users.yaml, host key, audit.log, one folder per user (default: $XDG_DATA_HOME/formdesk/serve).")
    Path data;

    @Option(names = "--form", paramLabel = "ID|FILE",
            description = "A form to offer: a bundled form's id or a form file; repeat for several (default: the bundled seed form).")
    List<String> forms = new ArrayList<>();

    @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "300", description = "Connections at once (default: ${DEFAULT-VALUE}).")
    int maxSessions;

    @Option(names = "--per-address", paramLabel = "N", defaultValue = "64",
            description = "Connections at once from one address (default: ${DEFAULT-VALUE}; behind a bastion every user has its address).")
    int perAddress;

    @Option(names = "--failures-per-address", paramLabel = "N", defaultValue = "20",
            description = "Failed logins from one address within 10 minutes before it is refused (default: ${DEFAULT-VALUE}).")
    int failuresPerAddress;

    @Option(names = "--idle-minutes", paramLabel = "N", defaultValue = "30",
            description = "A session without a key for this long is closed, its draft saved (default: ${DEFAULT-VALUE}).")
    int idleMinutes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535 || maxSessions < 1 || perAddress < 1 || failuresPerAddress < 1 || idleMinutes < 1) {
            throw new UserError("--port must be 0-65535 and the limits at least 1");
        }
        List<Engine> engines = new ArrayList<>();
        for (String f : forms.isEmpty() ? List.of(FormLoader.DEFAULT_FORM) : forms) {
            Path file = Path.of(f);
            boolean isFile = f.contains("/") || f.endsWith(".yaml") || f.endsWith(".yml") || Files.isRegularFile(file);
            engines.add(isFile ? Loaded.engine(file.toString(), null) : Loaded.engine((String) null, f));
        }
        Path dir = data != null ? data : UsersCommand.defaultData();
        var log = spec.commandLine().getErr();
        Service service;
        try {
            service = Service.start(new Service.Options(host, port, dir, engines, maxSessions, perAddress,
                    failuresPerAddress, Duration.ofMinutes(idleMinutes)), log);
        } catch (IOException e) {
            throw new UserError("cannot serve on " + host + ":" + port + " with " + dir + ": " + e.getMessage());
        }
        log.println("formdesk serve: listening on " + host + ":" + service.port() + ", data in " + dir.toAbsolutePath());
        log.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close(); // every open session saves its draft first
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }, "formdesk-serve-stop"));
        stopped.await();
        return ExitCodes.OK;
    }
}

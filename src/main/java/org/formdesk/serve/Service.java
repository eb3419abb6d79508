package org.formdesk.serve;

import org.formdesk.record.DraftLocks;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.formdesk.engine.Engine;

/**
 * formdesk as an SSH service: one process, many users, each connection's pty channel a fill session of
 * its own, and nothing else reachable — no shell, no subsystem, no forwarding of any kind, exec only for
 * {@link ExecCommand}'s list.
 */
public final class Service implements AutoCloseable {
    /** How the service runs. */
    public record Options(String host, int port, Path dataDir, List<Engine> forms, int maxSessions,
                          int connectionsPerAddress, int failuresPerAddress, Duration idle) {
    }

    private final Options options;
    private final DataDir dataDir;
    private final Users users;
    private final Audit audit;
    private final Map<String, Engine> formsById = new LinkedHashMap<>();
    private final LoginGuard guard;
    private final ScheduledExecutorService authPool;
    private final AtomicInteger threadIds = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();
    private final Map<Session, String> admitted = new ConcurrentHashMap<>();
    /** The drafts this service's sessions hold: one table for all of them, as the system's lock is the process's. */
    private final DraftLocks locks = new DraftLocks();
    /** The fill sessions running now: saved when the service stops. */
    private final java.util.Set<FillChannel> live = ConcurrentHashMap.newKeySet();
    /** How each session proved who it is, for the login line of the audit log. */
    private final Map<Session, String> methods = new ConcurrentHashMap<>();
    private final SshServer sshd;

    private Service(Options options, PrintWriter log) throws IOException {
        this.options = options;
        this.dataDir = new DataDir(options.dataDir());
        dataDir.ensureRoot();
        this.users = new Users(dataDir.root());
        this.audit = new Audit(dataDir.audit(), log);
        for (Engine e : options.forms()) {
            formsById.putIfAbsent(e.form().id(), e);
        }
        this.guard = new LoginGuard(options.failuresPerAddress(), options.connectionsPerAddress(), System::nanoTime);
        this.authPool = Executors.newScheduledThreadPool(2, r -> daemon(r, "formdesk-auth"));
        this.sshd = build();
    }

    /** Starts listening; the host key is made on the first start and kept. */
    public static Service start(Options options, PrintWriter log) throws IOException {
        Service s = new Service(options, log);
        s.sshd.start();
        s.audit.log("start", "-", options.host() + ":" + s.port(), "forms=" + String.join(",", s.formsById.keySet()));
        return s;
    }

    public int port() {
        return sshd.getPort();
    }

    private SshServer build() throws IOException {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(options.host());
        server.setPort(options.port());
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(dataDir.hostKey());
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        keys.setKeySize(256);
        keys.loadKeys(null); // now, not at the first connection: the file exists (0600) once start returns
        DataDir.restrict(dataDir.hostKey(), "rw-------");
        server.setKeyPairProvider(keys);

        server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthPasswordFactory.INSTANCE));
        server.setPublickeyAuthenticator(this::keyMatches);
        server.setPasswordAuthenticator(this::passwordMatches);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);

        server.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE)); // no direct-tcpip: no -L, no -D
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);     // no -R, no agent, no X11
        server.setAgentFactory(null);
        server.setSubsystemFactories(List.of());                           // no sftp
        server.setShellFactory(channel -> new FillChannel(this));
        server.setCommandFactory((channel, line) -> new ExecCommand(this, line));

        // A screen update is one small write: sent at once, not held by Nagle for the last one's ACK (40 ms).
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        CoreModuleProperties.SOCKET_KEEPALIVE.set(server, true);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(server, 6);
        CoreModuleProperties.AUTH_TIMEOUT.set(server, Duration.ofMinutes(1));
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(server, 2);
        // The fill session times out itself (saving the draft first); this only catches a session that has none.
        CoreModuleProperties.IDLE_TIMEOUT.set(server, options.idle().plusMinutes(1));
        CoreModuleProperties.SERVER_IDENTIFICATION.set(server, "formdesk");
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                admit(session);
            }

            @Override
            public void sessionEvent(Session session, Event event) {
                if (event == Event.Authenticated) {
                    audit.log("login", session.getUsername(), address(session), methods.getOrDefault(session, ""));
                }
            }

            @Override
            public void sessionClosed(Session session) {
                methods.remove(session);
                if (session.isAuthenticated()) {
                    audit.log("logout", session.getUsername(), address(session), "");
                }
                String address = admitted.remove(session);
                if (address != null) {
                    guard.release(address);
                    sessions.decrementAndGet();
                }
            }
        });
        return server;
    }

    private void admit(Session session) {
        String address = address(session);
        String refusal = guard.blocked(address) ? "too many failed logins from this address"
                : sessions.get() >= options.maxSessions() ? "the service is full"
                : !guard.admit(address) ? "too many connections from this address" : null;
        if (refusal != null) {
            audit.log("refused", "-", address, refusal.replace(' ', '-'));
            session.close(true);
            return;
        }
        sessions.incrementAndGet();
        admitted.put(session, address);
    }

    private boolean keyMatches(String user, PublicKey key, ServerSession session) {
        try {
            User u = users.find(user).orElse(null);
            if (u == null || guard.blocked(address(session))) {
                return false;
            }
            for (String line : u.keys()) {
                try {
                    PublicKey allowed = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line)
                            .resolvePublicKey(session, PublicKeyEntryResolver.IGNORING);
                    if (allowed != null && KeyUtils.compareKeys(allowed, key)) {
                        methods.put(session, "publickey");
                        return true;
                    }
                } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
                    // a key line that cannot be read matches nothing
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Checked on a pool thread after the back-off wait, so neither bcrypt nor the wait holds an I/O thread. */
    private boolean passwordMatches(String user, String password, ServerSession session) {
        String address = address(session);
        AsyncAuthException later = new AsyncAuthException();
        long wait = guard.waitMillis(user, address);
        char[] typed = password.toCharArray();
        authPool.schedule(() -> {
            boolean ok = false;
            try {
                User u = guard.blocked(address) ? null : users.find(user).orElse(null);
                ok = Passwords.matches(u == null ? null : u.password(), typed);
            } catch (IOException | RuntimeException e) {
                ok = false;
            }
            if (ok) {
                guard.succeeded(user, address);
                methods.put(session, "password");
            } else {
                guard.failed(user, address);
                audit.log("login-failed", user, address, "password");
            }
            later.setAuthed(ok);
        }, wait, TimeUnit.MILLISECONDS);
        throw later;
    }


    static String address(Session session) {
        SocketAddress a = session.getIoSession().getRemoteAddress();
        return a instanceof InetSocketAddress i ? i.getAddress().getHostAddress() : String.valueOf(a);
    }

    /** Runs a channel's work on a thread of its own: a blocked or failing session holds up no other. */
    void startSession(Runnable work, String user) {
        Thread t = new Thread(null, work, "formdesk-session-" + threadIds.incrementAndGet() + "-" + user, 512 * 1024);
        t.setDaemon(true);
        t.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    DataDir dataDir() {
        return dataDir;
    }

    Users users() {
        return users;
    }

    Audit audit() {
        return audit;
    }

    List<Engine> forms() {
        return new ArrayList<>(formsById.values());
    }

    Map<String, Engine> formsById() {
        return formsById;
    }

    String language() {
        return options.forms().get(0).form().language();
    }

    Duration idleLimit() {
        return options.idle();
    }

    long idleNanos() {
        return options.idle().toNanos();
    }

    long idleMinutes() {
        return options.idle().toMinutes();
    }

    DraftLocks locks() {
        return locks;
    }

    void opened(FillChannel c) {
        live.add(c);
    }

    void closed(FillChannel c) {
        live.remove(c);
    }

    /** Saves every open draft, then stops. */
    @Override
    public void close() throws IOException {
        for (FillChannel c : live) {
            c.saveNow();
        }
        sshd.stop(false);
        authPool.shutdownNow();
        audit.log("stop", "-", "-", "");
    }
}

package org.formdesk.serve;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionAware;
import org.formdesk.engine.Engine;
import org.formdesk.record.DraftIndex;
import org.formdesk.record.DraftLock;
import org.formdesk.record.DraftStore;
import org.formdesk.record.Who;
import org.formdesk.tui.DraftSession;
import org.formdesk.tui.HostedFill;
import org.formdesk.tui.Opening;
import org.formdesk.tui.Words;

/**
 * One fill session on one SSH channel (a shell request with a pty): the first screen, then the form,
 * on its own thread that blocks while the user does nothing. Whatever happens inside stays inside: the
 * draft is saved on every way out (the user quits, the link drops, the session idles out, a bug), and
 * the channel is closed.
 */
final class FillChannel extends ChannelCommand implements ChannelSessionAware {
    private final Service service;
    private final ChannelInput input = new ChannelInput();
    private volatile ChannelTerminal terminal;
    private String user;
    private String address;

    FillChannel(Service service) {
        this.service = service;
    }

    @Override
    public void setChannelSession(ChannelSession channel) {
        channel.setDataReceiver(input);
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        user = channel.getSession().getUsername();
        address = Service.address(channel.getSession());
        Map<String, String> vars = env.getEnv();
        TerminalSize size = size(vars);
        if (size == null) {
            err.write(("formdesk: this service is a form on a terminal; connect with ssh -t\r\n"
                    + "  (commands without one: " + String.join(", ", ExecCommand.NAMES) + ")\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            err.flush();
            exit.onExit(1, "no terminal");
            return;
        }
        env.addSignalListener((ch, signal) -> {
            TerminalSize now = size(vars);
            ChannelTerminal t = terminal;
            if (now != null && t != null) {
                t.resized(now);
            }
            input.wake();
        }, Signal.WINCH);
        Charset charset = Charsets.fromLocale(vars);
        service.opened(this);
        service.startSession(() -> run(size, charset), user);
    }

    @Override
    public void destroy(ChannelSession channel) {
        input.close(); // the session's thread sees the end of input, saves, and ends
    }

    private static TerminalSize size(Map<String, String> vars) {
        try {
            int cols = Integer.parseInt(vars.get(Environment.ENV_COLUMNS));
            int rows = Integer.parseInt(vars.get(Environment.ENV_LINES));
            return cols > 0 && rows > 0 ? new TerminalSize(Math.min(cols, 1000), Math.min(rows, 500)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Thrown out of the first screen's wait when the session idled too long (the form's own limit is a timer of its update). */
    static final class IdleTimeout extends IOException {
        IdleTimeout() {
            super("idle");
        }
    }

    private void run(TerminalSize size, Charset charset) {
        int code = 0;
        String why = "quit";
        OutputStream screenOut = HostedFill.withoutNul(new BufferedOutputStream(out, 16384));
        TerminalScreen screen = null;
        DraftSession session = null;
        String note = "";
        try {
            User account = service.users().find(user).orElseThrow(() -> new IOException("no such user any more"));
            service.dataDir().ensureUser(user);
            Path drafts = service.dataDir().drafts(user);
            Path records = service.dataDir().records(user);
            while (true) {
                terminal = new ChannelTerminal(input, screenOut, charset, terminal == null ? size : terminal.getTerminalSize());
                screen = HostedFill.screen(terminal);
                screen.startScreen();
                screen.setCursorPosition(null);
                DraftStore store = new DraftStore(drafts);
                Choice choice = new StartScreen(screen, this::awaitOrEnd, service.language(), user, account.unit(),
                        DraftIndex.list(drafts, service.formsById()::get), service.forms(), service.formsById(), store,
                        charset, note).choose();
                if (choice instanceof Choice.SwitchCharset) {
                    charset = Charsets.other(charset);
                    continue;
                }
                if (choice instanceof Choice.Quit) {
                    break;
                }
                Choice.Open open = (Choice.Open) choice;
                Engine engine = open.engine();
                StringWriter notices = new StringWriter();
                try {
                    session = DraftSession.open(service.locks(), engine, open.draft(), records, Words.of(engine.form().language()),
                            null, new PrintWriter(notices), new Who(user, "ssh " + address));
                } catch (DraftLock.HeldException e) {
                    note = engine.form().language().equals("zh") ? "这份草稿正在另一个会话中打开；请先在那里退出"
                            : "this draft is open in another session; quit there first";
                    continue;
                } catch (Opening.Unusable e) {
                    note = e.getMessage().replace(drafts.toString() + "/", "");
                    continue;
                }
                current = session;
                boolean idle = HostedFill.run(session, screen, this::awaitFilling, service.idleLimit(), false, true);
                why = idle ? "idle" : input.ended() ? "disconnected" : "quit";
                break;
            }
        } catch (IdleTimeout e) {
            why = "idle";
            code = 0;
        } catch (Throwable e) {
            // A bug or a broken link in this session: the others go on, and this one saves and ends.
            why = input.ended() ? "disconnected" : "error " + e;
            code = 1;
        } finally {
            if (session != null) {
                session.saveAndRelease();
                noteFinalised();
            }
            try {
                if (screen != null) {
                    screen.stopScreen();
                }
                if ("idle".equals(why)) {
                    screenOut.write(("formdesk: closed after " + service.idleMinutes()
                            + " minutes without a key; your draft is saved.\r\n").getBytes(StandardCharsets.UTF_8));
                }
                screenOut.flush();
            } catch (IOException | RuntimeException e) {
                // the link is gone: nothing more can be said to the user
            }
            service.closed(this);
            service.audit().log("session-end", user, address, why);
            exit.onExit(code, why);
        }
    }

    private volatile DraftSession current;

    /** The service is stopping: what is typed is saved now, from the stopping thread. */
    void saveNow() {
        DraftSession s = current;
        if (s != null) {
            s.saveAndRelease();
        }
    }

    private List<String> seenWritten = List.of();

    /** The wait between keys of the form, up to its next timer: also where a finalise is noticed, for the audit log. */
    private boolean awaitFilling(long nanos) throws InterruptedException {
        noteFinalised();
        input.await(nanos);
        return true;
    }

    private void awaitOrEnd() throws IOException, InterruptedException {
        if (input.await(service.idleNanos()) == ChannelInput.Woken.TIMEOUT) {
            throw new IdleTimeout();
        }
    }

    private void noteFinalised() {
        if (current == null) {
            return;
        }
        List<String> written = current.model().writtenFiles();
        if (written != seenWritten && !written.isEmpty()) {
            seenWritten = written;
            service.audit().log("finalise", user, address, Path.of(written.get(0)).getFileName().toString());
        }
    }
}

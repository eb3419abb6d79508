package org.formdesk.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

/**
 * A bastion's web terminal in miniature, for tests only: a page with xterm.js (from its WebJar) whose keys
 * go to a program in a pseudo-terminal ({@link Pty}) and whose screen shows what the program writes.
 * Plain HTTP: keys are POSTed in order, output is fetched by offset (a long poll), so the browser sees
 * exactly the bytes the program wrote.
 */
public final class WebTerminal implements AutoCloseable {
    private static final String WEBJAR = "META-INF/resources/webjars/xterm/";

    private final HttpServer server;
    private final Pty pty;
    private final String version;

    public WebTerminal(Pty pty, int columns, int rows) throws IOException {
        this.pty = pty;
        this.version = xtermVersion();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String page = """
                <!doctype html><html><head><meta charset="utf-8">
                <link rel="stylesheet" href="/xterm.css"><script src="/xterm.js"></script></head>
                <body style="margin:0;background:#000"><div id="t"></div><script>
                const term = new Terminal({cols: %d, rows: %d, rendererType: 'dom',
                    fontFamily: '"Noto Sans Mono CJK SC", monospace'});
                term.open(document.getElementById('t'));
                term.focus();
                let sending = Promise.resolve();
                const send = bytes => { sending = sending.then(() => fetch('/in', {method: 'POST', body: bytes})); };
                term.onData(d => send(new TextEncoder().encode(d)));
                term.onBinary(d => send(Uint8Array.from(d, c => c.charCodeAt(0))));
                let from = 0;
                window.written = 0;
                (async () => {
                  for (;;) {
                    try {
                      const r = await fetch('/out?from=' + from);
                      const bytes = new Uint8Array(await r.arrayBuffer());
                      from = Number(r.headers.get('X-Next'));
                      if (bytes.length) { await new Promise(done => term.write(bytes, done)); }
                      window.written = from;
                    } catch (e) { await new Promise(done => setTimeout(done, 200)); }
                  }
                })();
                window.screenText = () => {
                  const b = term.buffer.active, out = [];
                  for (let i = 0; i < term.rows; i++) { out.push(b.getLine(b.viewportY + i).translateToString(true)); }
                  return out.join('\\n');
                };
                </script></body></html>
                """.formatted(columns, rows);
        server.createContext("/", ex -> reply(ex, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/xterm.js", ex -> resource(ex, "lib/xterm.js", "application/javascript"));
        server.createContext("/xterm.css", ex -> resource(ex, "css/xterm.css", "text/css"));
        server.createContext("/in", ex -> {
            byte[] keys = ex.getRequestBody().readAllBytes();
            pty.send(keys);
            reply(ex, 204, "text/plain", null);
        });
        server.createContext("/out", ex -> {
            int from = Integer.parseInt(ex.getRequestURI().getQuery().replace("from=", ""));
            byte[] all = pty.output();
            try {
                all = pty.awaitMore(from, 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] part = from < all.length ? Arrays.copyOfRange(all, from, all.length) : new byte[0];
            ex.getResponseHeaders().add("X-Next", String.valueOf(Math.max(from, all.length)));
            reply(ex, 200, "application/octet-stream", part);
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public String xterm() {
        return version;
    }

    private void resource(HttpExchange ex, String path, String type) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WEBJAR + version + "/" + path)) {
            if (in == null) {
                reply(ex, 404, "text/plain", path.getBytes(StandardCharsets.UTF_8));
            } else {
                reply(ex, 200, type, in.readAllBytes());
            }
        }
    }

    private static void reply(HttpExchange ex, int code, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        if (body == null) {
            ex.sendResponseHeaders(code, -1);
        } else {
            ex.sendResponseHeaders(code, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    /** The WebJar's version, from its Maven metadata, so the page asks for the files that are there. */
    private static String xtermVersion() throws IOException {
        try (InputStream in = WebTerminal.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/xterm/pom.properties")) {
            if (in == null) {
                throw new IOException("the xterm WebJar is not on the test class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

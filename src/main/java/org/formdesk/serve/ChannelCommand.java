package org.formdesk.serve;

import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.command.Command;

/** What every command on a channel is given before it starts: its output, its error stream, how to exit. */
abstract class ChannelCommand implements Command {
    protected OutputStream out;
    protected OutputStream err;
    protected ExitCallback exit;

    @Override
    public void setInputStream(InputStream in) {
        // Neither command reads the channel's stream: exec commands take no input, a fill session's keys
        // arrive through a data receiver (FillChannel).
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }
}

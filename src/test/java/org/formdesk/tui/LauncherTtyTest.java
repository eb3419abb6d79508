package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the release's launcher hands over: stty -g's line and stty size's, read once, whatever else arrives. */
class LauncherTtyTest {
    @TempDir
    Path dir;

    @Test
    void readsTheSettingsAndTheSizeOnce() throws Exception {
        Path pipe = dir.resolve("tty");
        Files.writeString(pipe, "500:5:bf:8a3b:3:1c:7f:15:4:0:1:0:11:13:1a:0:12:f:17:16:0:0:0\n24 80\n");
        LauncherTty tty = LauncherTty.of(pipe.toString());
        LauncherTty.Prepared p = tty.take();
        assertThat(p.snapshot()).isEqualTo("500:5:bf:8a3b:3:1c:7f:15:4:0:1:0:11:13:1a:0:12:f:17:16:0:0:0");
        assertThat(p.size()).isEqualTo(new TerminalSize(80, 24));
        Files.delete(pipe);
        assertThat(tty.take()).as("read once: a pipe cannot be read twice").isEqualTo(p);
        tty.restoreUnlessTaken(); // taken: the screen's terminal restores, not this (no process started)
    }

    @Test
    void whatIsNotSttysOutputIsNotUsed() {
        assertThat(LauncherTty.parse("stty: 'standard input': Inappropriate ioctl for device\n"))
                .isEqualTo(new LauncherTty.Prepared(null, null));
        assertThat(LauncherTty.parse("500:5:bf:8a3b\n0 0\n")).isEqualTo(new LauncherTty.Prepared("500:5:bf:8a3b", null));
        assertThat(LauncherTty.parse("")).isEqualTo(new LauncherTty.Prepared(null, null));
    }

    @Test
    void nothingHandedOverWhenTheLauncherWroteNothing() {
        LauncherTty tty = LauncherTty.of(dir.resolve("missing").toString());
        assertThat(tty.take()).isNull();
    }
}

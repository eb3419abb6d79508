package org.formdesk.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirTest {
    @TempDir
    Path root;

    @Test
    void aFileIsReachedByItsBareNameOnly() throws Exception {
        DataDir d = new DataDir(root);
        d.ensureUser("alice");
        d.ensureUser("bob");
        Path secret = Files.writeString(d.drafts("alice").resolve("a.yaml"), "x");
        Files.writeString(d.drafts("bob").resolve("b.yaml"), "x");
        Files.createSymbolicLink(d.drafts("bob").resolve("link.yaml"), secret);
        Path bob = d.drafts("bob");

        assertThat(DataDir.fileIn(bob, "b.yaml")).contains(bob.resolve("b.yaml"));
        for (String trick : new String[] {"a.yaml", "../../alice/drafts/a.yaml", "../alice", "..", ".", "",
                secret.toString(), "link.yaml", ".hidden", "b.yaml/", "b.yaml/..", "..%2fa.yaml", "b .yaml", "*"}) {
            assertThat(DataDir.fileIn(bob, trick)).as(trick).isEmpty();
        }
    }

    @Test
    void userFoldersAreTheServiceUsersOnlyAndNamesCannotEscape() throws Exception {
        DataDir d = new DataDir(root);
        d.ensureUser("alice");
        for (Path p : new Path[] {d.root(), d.home("alice"), d.drafts("alice"), d.records("alice")}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rwx------");
        }
        for (String bad : new String[] {"..", "../x", "a/b", "Alice", "ssh_host_key", "", "1abc", "a".repeat(33)}) {
            assertThatThrownBy(() -> d.home(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

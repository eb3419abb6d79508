package org.formdesk.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersTest {
    @TempDir
    Path dir;

    @Test
    void usersAreKeptInUsersYamlReadableByTheServiceOnly() throws Exception {
        Users users = new Users(dir);
        String hash = Passwords.hash("s3cret pass".toCharArray());
        users.put(new User("alice", "经济运行部", User.Role.filler, List.of("ssh-ed25519 AAAAC3Nza alice@pc"), hash));
        users.put(new User("carol", null, User.Role.reviewer, List.of(), null));

        Users again = new Users(dir);
        assertThat(again.all()).extracting(User::name).containsExactly("alice", "carol");
        User alice = again.find("alice").orElseThrow();
        assertThat(alice.unit()).isEqualTo("经济运行部");
        assertThat(alice.keys()).containsExactly("ssh-ed25519 AAAAC3Nza alice@pc");
        assertThat(again.find("carol").orElseThrow().reviewer()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(users.file()))).isEqualTo("rw-------");
        assertThat(Files.readString(users.file())).doesNotContain("s3cret");

        assertThat(again.remove("alice")).isTrue();
        assertThat(users.find("alice")).as("a change on disk is seen by another reader").isEmpty();
    }

    @Test
    void aPasswordMatchesItsBcryptHashOnly() {
        String hash = Passwords.hash("s3cret pass".toCharArray());
        assertThat(hash).startsWith("$2y$11$");
        assertThat(Passwords.matches(hash, "s3cret pass".toCharArray())).isTrue();
        assertThat(Passwords.matches(hash, "s3cret pas".toCharArray())).isFalse();
        assertThat(Passwords.matches(null, "".toCharArray())).isFalse();
        assertThat(Passwords.matches("not a hash", "x".toCharArray())).isFalse();
    }
}

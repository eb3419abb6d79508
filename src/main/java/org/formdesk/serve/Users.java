package org.formdesk.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.formdesk.record.FileWrites;

/**
 * DIR/users.yaml: the service's accounts. Written atomically, 0600. The server reads it again whenever it
 * changed, so {@code users add/remove/passwd} take effect at the next login without a restart.
 */
public final class Users {
    public static final String FILE = "users.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES))
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file's shape. */
    record Doc(List<User> users) {
        Doc {
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    private final Path file;
    private List<User> cached = List.of();
    private FileTime cachedAt;

    public Users(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Every user, as the file says now. */
    public synchronized List<User> all() throws IOException {
        FileTime at;
        try {
            at = Files.getLastModifiedTime(file);
        } catch (NoSuchFileException e) {
            cached = List.of();
            cachedAt = null;
            return cached;
        }
        if (!at.equals(cachedAt)) {
            Doc doc = YAML.readValue(file.toFile(), Doc.class);
            cached = doc.users();
            cachedAt = at;
        }
        return cached;
    }

    public Optional<User> find(String name) throws IOException {
        return all().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** Adds or replaces {@code user} (by name). */
    public synchronized void put(User user) throws IOException {
        List<User> next = new ArrayList<>();
        boolean replaced = false;
        for (User u : all()) {
            if (u.name().equals(user.name())) {
                next.add(user);
                replaced = true;
            } else {
                next.add(u);
            }
        }
        if (!replaced) {
            next.add(user);
        }
        write(next);
    }

    public synchronized boolean remove(String name) throws IOException {
        List<User> next = new ArrayList<>(all());
        boolean removed = next.removeIf(u -> u.name().equals(name));
        if (removed) {
            write(next);
        }
        return removed;
    }

    private void write(List<User> users) throws IOException {
        String text = "# formdesk serve: the service's users (formdesk users add/remove/passwd).\n"
                + YAML.writeValueAsString(new Doc(users));
        FileWrites.atomically(file, text);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        cachedAt = null;
    }
}

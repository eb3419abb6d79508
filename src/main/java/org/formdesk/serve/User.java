package org.formdesk.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One account of the service: its public keys (authorized_keys lines) and/or a bcrypt password hash, the
 * unit it files for, and its role. A reviewer (the bureau) also reads every user's finalised records.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record User(String name, String unit, Role role, List<String> keys, String password) {
    /** Lower-case letters, digits, '_' and '-', starting with a letter: a folder name on any file system. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public enum Role { filler, reviewer }

    public User {
        role = role == null ? Role.filler : role;
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public boolean reviewer() {
        return role == Role.reviewer;
    }

    User withKeys(List<String> newKeys) {
        return new User(name, unit, role, newKeys, password);
    }

    public User withPassword(String hash) {
        return new User(name, unit, role, keys, hash);
    }
}

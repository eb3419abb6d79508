package org.formdesk.serve;

import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt (Bouncy Castle's), the $2y$ form OpenBSD and htpasswd write. */
public final class Passwords {
    /** 2^11 rounds: some 0.1 s of one core per login on a small server, far more for a guesser. */
    static final int COST = 11;
    /** Checked when the user does not exist, so that a wrong name takes as long as a wrong password. */
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DUMMY = hash("not anyone's password".toCharArray());

    private Passwords() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password, salt, COST);
    }

    /** True when {@code password} matches {@code hash}; a null hash (no password set) never matches. */
    public static boolean matches(String hash, char[] password) {
        if (hash == null || hash.isBlank()) {
            OpenBSDBCrypt.checkPassword(DUMMY, password);
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password);
        } catch (IllegalArgumentException e) {
            return false; // not a bcrypt hash: users.yaml edited by hand
        }
    }
}

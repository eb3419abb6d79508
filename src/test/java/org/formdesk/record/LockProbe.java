package org.formdesk.record;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;

/**
 * One session trying a draft's lock, as a process of its own (the system's lock is per process):
 * says "ready", waits for a line, tries, says "in" or "held", and if in, holds until its input ends.
 */
public final class LockProbe {

    private LockProbe() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("ready");
        System.out.flush();
        if (in.readLine() == null) {
            return;
        }
        try (DraftLock lock = new DraftLocks().acquireTakingOver(Path.of(args[0]), "probe", h -> { })) {
            System.out.println("in");
            System.out.flush();
            while (in.readLine() != null) {
                // hold until the test lets go
            }
        } catch (DraftLock.HeldException e) {
            System.out.println("held");
        }
    }
}

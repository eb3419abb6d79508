package org.formdesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by --version, taken from the jar's manifest when there is one. */
public final class Version implements IVersionProvider {
    public static final String FALLBACK = "0.1.0";

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? FALLBACK : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"formdesk " + current()};
    }
}

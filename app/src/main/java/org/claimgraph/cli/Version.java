package org.claimgraph.cli;

import picocli.CommandLine;

/** Prints the version from the jar manifest, or "development" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"claimgraph " + (version == null ? "(development build)" : version),
            "Licence: GPL-3.0-or-later"};
    }
}

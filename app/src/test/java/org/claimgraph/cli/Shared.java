package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared folder beside the project root: the contract, the seed articles and the gold sets. */
final class Shared {
    private Shared() {}

    static Path root() {
        String configured = System.getProperty("claimgraph.shared");
        Path path = Path.of(configured != null ? configured : "../shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("contract"))) {
            throw new IllegalStateException("The shared folder (contract, seeds, gold sets) is not at " + path
                    + ". It must sit beside the project root, or pass -Dclaimgraph.shared=DIR.");
        }
        return path;
    }

    static Path schema() {
        return root().resolve("contract/document.schema.json");
    }

    static Path seeds() {
        return root().resolve("corpus/seeds");
    }

    /** The project root (for the shipped samples). */
    static Path project() {
        String configured = System.getProperty("claimgraph.root");
        return Path.of(configured != null ? configured : "..").toAbsolutePath().normalize();
    }
}

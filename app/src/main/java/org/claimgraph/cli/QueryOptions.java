package org.claimgraph.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the query commands share: {@code --format} and where the store is. */
final class QueryOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (the default), csv or text.")
    QueryFormat format;

    @Mixin
    StoreOptions store;
}

package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.cli.EnvironmentException;

/** Where a benchmark's Markdown table goes: standard output, and the {@code --out} file when one is given. */
final class TableOutput {

    private TableOutput() {}

    static void print(String table, PrintWriter stdout, Path out) {
        stdout.print(table);
        stdout.flush();
        if (out != null) {
            try {
                Files.writeString(out, table, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EnvironmentException("cannot write the table to '" + out + "': " + e.getMessage()
                        + ". Pass another path with --out.", e);
            }
        }
    }
}

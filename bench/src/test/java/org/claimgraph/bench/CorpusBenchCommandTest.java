package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CorpusBenchCommandTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BenchMain.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void helpTeachesByExample() {
        Run run = run("corpus", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("./claimgraph bench corpus --out bench-corpus.md"), run.out());
        assertTrue(run.out().contains("5% syndicated"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void smallRunOnTheEmbeddedStoreWritesItsTable() throws Exception {
        Path table = folder.resolve("corpus.md");
        Run run = run("corpus", "--articles", "120", "--stores", "h2", "--queries", "8", "--warm-up", "2",
                "--store", folder.resolve("store").toString(), "--out", table.toString());
        assertEquals(0, run.exitCode(), run.err());
        String written = Files.readString(table);
        assertEquals(run.out(), written);
        assertTrue(written.contains("| H2 (embedded) | 120 |"), written);
        assertTrue(written.contains("`statements --speaker NAME`, all | 8 |"), written);
        assertTrue(written.contains("`search QUERY` (20 hits) | 8 |"), written);
    }

    @Test
    void anExistingStoreFolderIsRefused() {
        Run run = run("corpus", "--stores", "h2", "--store", folder.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("exists already"), run.err());
    }
}

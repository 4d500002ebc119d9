package org.claimgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command writes: standard output, or a file that is written beside its final name and moved into place only
 * when the run succeeds, so an existing file is never left half-written.
 */
final class OutputTarget implements AutoCloseable {

    private final Writer writer;
    private final Path temporary;
    private final Path destination;
    private boolean finished;

    private OutputTarget(Writer writer, Path temporary, Path destination) {
        this.writer = writer;
        this.temporary = temporary;
        this.destination = destination;
    }

    static OutputTarget open(Path destination, PrintWriter standardOut) throws IOException {
        if (destination == null) {
            return new OutputTarget(standardOut, null, null);
        }
        Path absolute = destination.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".partial");
        Writer writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16);
        return new OutputTarget(writer, temporary, absolute);
    }

    Writer writer() {
        return writer;
    }

    /** Moves the written file into place (atomically where the file system allows). */
    void commit() throws IOException {
        writer.flush();
        if (temporary == null) {
            finished = true;
            return;
        }
        writer.close();
        try {
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
        }
        finished = true;
    }

    /** Leaves any existing destination untouched and removes what was written. */
    void abandon() throws IOException {
        writer.flush();
        if (temporary != null) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
        finished = true;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            abandon();
        }
    }
}

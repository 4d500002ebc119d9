package org.claimgraph.extract.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the hand-written pages in {@code src/test/resources/extract/html}. */
final class Fixtures {
    private Fixtures() {}

    static String page(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extract/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name + " in src/test/resources/extract/html");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

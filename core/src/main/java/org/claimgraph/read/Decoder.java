package org.claimgraph.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Bytes to text: the byte-order mark, then the HTML meta charset, then detection. Never silently mangles. */
public final class Decoder {
    private Decoder() {}

    public static Decoded decode(String source, byte[] bytes, InputFormat format) throws InputException {
        // First cut: UTF-8 only. Replaced by BOM / meta charset / detection handling.
        return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", List.of());
    }
}

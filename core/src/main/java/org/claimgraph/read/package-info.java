/**
 * Reading inputs: from the paths a user names to decoded text, one article at a time.
 *
 * <p>{@link org.claimgraph.read.InputWalker} lists the inputs lazily and in a deterministic order (directories
 * recursively by name, JSON Lines line by line, {@code -} for standard input); {@link org.claimgraph.read.InputLoader}
 * reads one, bounded by a byte limit that also applies after gzip decompression, and
 * {@link org.claimgraph.read.Decoder} turns its bytes into text (byte-order mark, HTML charset declaration, UTF-8,
 * detection), with a warning whenever the charset was guessed or bytes were replaced.
 *
 * <p>Reads bytes, writes {@link org.claimgraph.read.Loaded}: text with line ends normalised to LF, the format, a
 * stable id from the bytes, and diagnostics. An input that cannot be analysed becomes an
 * {@link org.claimgraph.read.InputException} whose message names it and says what to do; the run goes on.
 *
 * <p>Does not extract the article body or metadata from HTML or text (see {@code org.claimgraph.extract}).
 */
package org.claimgraph.read;

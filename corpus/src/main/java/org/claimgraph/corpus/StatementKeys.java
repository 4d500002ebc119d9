package org.claimgraph.corpus;

import java.util.List;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;

/**
 * The keys under which a statement meets other reports of the same utterance: near-duplicate band keys of its content
 * words. Sharing a key makes two statements candidates; the store confirms a match with
 * {@link NearDuplicates#resemblance} of the contents.
 */
public final class StatementKeys {

    private StatementKeys() {
    }

    /** The keys of a statement of the article whose text is given; empty when its content has no words. */
    public static List<String> of(Statement statement, String articleText) {
        return NearDuplicates.bandKeys(content(statement, articleText));
    }

    /** The words of a statement's content, cut from the article text by its span. */
    public static String content(Statement statement, String articleText) {
        Span span = statement.content();
        int begin = Math.max(0, Math.min(span.begin(), articleText.length()));
        int end = Math.max(begin, Math.min(span.end(), articleText.length()));
        return articleText.substring(begin, end);
    }
}

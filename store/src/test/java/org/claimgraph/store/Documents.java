package org.claimgraph.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;

/** Builds analysed documents for store tests: made-up text, entities found by name, statements by their words. */
final class Documents {

    private final String source;
    private final String text;
    private Metadata metadata = Metadata.EMPTY;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();

    private Documents(String source, String text) {
        this.source = source;
        this.text = text;
    }

    static Documents article(String source, String text) {
        return new Documents(source, text);
    }

    Documents metadata(String title, String url, String outlet, String published) {
        metadata = new Metadata(title, List.of(), published, url, outlet, "en");
        return this;
    }

    /** An entity with every occurrence of {@code surface} as a mention. */
    Documents entity(String name, Entity.Type type, String surface, String... aliases) {
        List<Span> mentions = new ArrayList<>();
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            mentions.add(new Span(at, at + surface.length()));
        }
        entities.add(new Entity("e" + (entities.size() + 1), name, type, List.of(aliases), List.of(), mentions));
        return this;
    }

    /** A statement whose content is {@code words} (which must occur in the text), said by the named entity. */
    Documents statement(String speaker, String entityId, String words, String date) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + words);
        }
        statements.add(new Statement("s" + (statements.size() + 1), Statement.Kind.DIRECT,
                new Statement.Speaker(speaker, Statement.SpeakerType.PERSON, entityId, null), null,
                new Span(at, at + words.length()), List.of(), null, date, List.of(), 0.9));
        return this;
    }

    Document build() {
        return new Document(id(source + "\u0000" + text + metadata), source, metadata, text,
                new Annotations(entities, statements, List.of(), List.of()), List.of());
    }

    static String id(String bytes) {
        return ArticleWriter.hash(new String(bytes.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}

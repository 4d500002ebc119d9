package org.claimgraph.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What an article says about itself: title, authors, publication date, canonical URL, outlet and language. Every
 * field but {@code authors} may be null when the input does not state it.
 *
 * @param published ISO-8601 date or date-time, as precise as the input states it
 */
public record Metadata(
        String title, List<String> authors, String published, String url, String outlet, String language) {

    public static final Metadata EMPTY = new Metadata(null, List.of(), null, null, null, null);

    public Metadata {
        authors = List.copyOf(authors);
    }

    /** Fills each field that is missing here from {@code fallback}; fields present here win. */
    public Metadata orElse(Metadata fallback) {
        List<String> mergedAuthors = authors.isEmpty() ? fallback.authors : authors;
        return new Metadata(
                title != null ? title : fallback.title,
                mergedAuthors,
                published != null ? published : fallback.published,
                url != null ? url : fallback.url,
                outlet != null ? outlet : fallback.outlet,
                language != null ? language : fallback.language);
    }

    public Metadata withTitle(String value) {
        return new Metadata(value, authors, published, url, outlet, language);
    }

    public Metadata withAuthors(List<String> value) {
        return new Metadata(title, new ArrayList<>(value), published, url, outlet, language);
    }

    public Metadata withPublished(String value) {
        return new Metadata(title, authors, value, url, outlet, language);
    }

    public Metadata withUrl(String value) {
        return new Metadata(title, authors, published, value, outlet, language);
    }

    public Metadata withOutlet(String value) {
        return new Metadata(title, authors, published, url, value, language);
    }

    public Metadata withLanguage(String value) {
        return new Metadata(title, authors, published, url, outlet, value);
    }
}

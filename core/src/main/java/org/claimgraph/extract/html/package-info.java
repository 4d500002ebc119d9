/**
 * Article body and metadata from HTML pages, used by {@link org.claimgraph.extract.HtmlExtractor}.
 *
 * <p><b>Reads</b> one parsed page (jsoup {@code Document}). <b>Writes</b> the body as paragraphs separated by blank
 * lines, and a {@link org.claimgraph.model.Metadata} (title, authors, published date, canonical URL, outlet,
 * language). Steps: {@link org.claimgraph.extract.html.HtmlMetadataReader} reads the whole page first;
 * {@link org.claimgraph.extract.html.BoilerplateRules} prunes furniture by tag, role, hiding and class/id words
 * ({@code ClassNames}); {@code ContentScorer} picks the article element by Readability-style paragraph scoring;
 * {@code BlockWriter} writes paragraphs and {@code BlockFilter} drops leftover furniture paragraphs.
 *
 * <p><b>Does not</b> guess the language from text (see {@code LanguageGuesser}), keep offsets into the HTML, follow
 * pagination, or run scripts: a page whose body exists only in script data yields its JSON-LD {@code articleBody}
 * or nothing. No rule names a site; every rule is a general web convention.
 */
package org.claimgraph.extract.html;

package org.claimgraph.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.claimgraph.model.Metadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataReaderTest {

    private static Metadata read(String html, String baseUri) {
        return HtmlMetadataReader.read(Jsoup.parse(html, baseUri), baseUri);
    }

    private static Metadata fixture(String name) {
        return read(Fixtures.page(name), "https://www.riverside-ledger.example/news/x");
    }

    @Test
    void readsJsonLdGraphWithReferences() {
        Metadata metadata = fixture("metadata-jsonld.html");
        assertEquals("Ferry timetable cut for winter", metadata.title());
        assertEquals(List.of("Ines Baptiste", "Tomasz Wrona"), metadata.authors());
        assertEquals("2022-11-03T07:15:00Z", metadata.published());
        assertEquals("Northfield Gazette", metadata.outlet());
        assertEquals("en", metadata.language());
    }

    @Test
    void canonicalLinkWinsOverOgUrl() {
        assertEquals("https://www.northfield-gazette.example/transport/ferry-winter",
                fixture("metadata-jsonld.html").url());
    }

    @Test
    void readsMetaTagsAndVisibleByline() {
        Metadata metadata = fixture("metadata-meta-tags.html");
        assertEquals("School choir wins regional contest", metadata.title());
        assertEquals(List.of("Paul Okafor", "Lena Weiss", "Ruth Adeyemi"), metadata.authors());
        assertEquals("2020-02-19", metadata.published());
        assertNull(metadata.url());
        assertEquals("The Riverside Ledger", metadata.outlet());
        assertEquals("fr", metadata.language());
    }

    @Test
    void relativeCanonicalIsMadeAbsolute() {
        Metadata metadata = fixture("article-with-boilerplate.html");
        assertEquals("https://www.riverside-ledger.example/news/2023/04/footbridge", metadata.url());
        assertEquals("2023-04-12T09:30:00+02:00", metadata.published());
        assertEquals(List.of("Marta Quill"), metadata.authors());
    }

    @Test
    void ogUrlWhenThereIsNoCanonicalLink() {
        Metadata metadata = read("<head><meta property='og:url' content='https://news.example.org/a/1'></head>", "");
        assertEquals("https://news.example.org/a/1", metadata.url());
    }

    @Test
    void titleSuffixNamingTheSiteIsCut() {
        Metadata metadata = read("<head><title>Harbour wall repaired - The Coast Courier</title>"
                + "<meta property='og:site_name' content='The Coast Courier'></head>", "");
        assertEquals("Harbour wall repaired", metadata.title());
    }

    @Test
    void titleSuffixNamingTheDomainIsCut() {
        Metadata metadata = read("<head><title>Harbour wall repaired | CoastCourier</title></head>",
                "https://www.coastcourier.example/news/1");
        assertEquals("Harbour wall repaired", metadata.title());
        assertEquals("coastcourier.example", metadata.outlet());
    }

    @Test
    void titleWithoutSiteNameKeepsItsSeparators() {
        Metadata metadata = read("<head><title>Budget vote: what happens next</title>"
                + "<meta property='og:site_name' content='The Coast Courier'></head>", "");
        assertEquals("Budget vote: what happens next", metadata.title());
    }

    @Test
    void headlineInH1WinsWhenItAgreesWithTheDeclaredTitle() {
        Metadata metadata = read("<head><meta property='og:title' content='Mayor resigns'></head>"
                + "<body><h1 class='logo'>Coast Courier</h1><h1>Mayor resigns after budget row</h1></body>", "");
        assertEquals("Mayor resigns after budget row", metadata.title());
    }

    @Test
    void unrelatedH1IsIgnored() {
        Metadata metadata = read("<head><meta property='og:title' content='Mayor resigns after budget row'></head>"
                + "<body><h1>Sections</h1></body>", "");
        assertEquals("Mayor resigns after budget row", metadata.title());
    }

    @Test
    void authorUrlsAndPlaceholdersAreNotNames() {
        assertEquals(List.of(), read("<head><meta name='author' content='https://example.org/staff/9'>"
                + "<meta property='article:author' content='No Author'></head>", "").authors());
    }

    @Test
    void relAuthorLink() {
        Metadata metadata = read("<body><p>Text by <a rel='author' href='/p/1'>Hana Sato</a></p></body>", "");
        assertEquals(List.of("Hana Sato"), metadata.authors());
    }

    @Test
    void outletNamedAsAuthorIsNoAuthor() {
        Metadata metadata = read("<head><meta property='og:site_name' content='Coast Courier'>"
                + "<meta name='author' content='Coast Courier'></head>", "");
        assertEquals(List.of(), metadata.authors());
    }

    @Test
    void timeElementInTheArticle() {
        Metadata metadata = read("<body><time datetime='2019-01-01'>old</time>"
                + "<article><time datetime='2021-06-30T18:00:00-04:00'>June 30</time></article></body>", "");
        assertEquals("2021-06-30T18:00:00-04:00", metadata.published());
    }

    @Test
    void itempropDatePublished() {
        Metadata metadata = read("<body><span itemprop='datePublished' content='2018-03-04'>4 March</span></body>",
                "");
        assertEquals("2018-03-04", metadata.published());
    }

    @Test
    void publisherFromJsonLdAndDomainFallback() {
        assertEquals("Valley Post", read("<script type='application/ld+json'>{\"@type\":\"Article\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Post\"}}</script>", "").outlet());
        assertEquals("valley-post.co.uk", read("<p>x</p>", "https://news.valley-post.co.uk/a/1").outlet());
        assertNull(read("<p>x</p>", "").outlet());
    }

    @Test
    void languageIsThePrimarySubtag() {
        assertEquals("pt", read("<html lang='PT_br'><body></body></html>", "").language());
        assertNull(read("<html lang='not a language'><body></body></html>", "").language());
        assertNull(read("<html><body></body></html>", "").language());
    }
}

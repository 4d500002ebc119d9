package org.claimgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads ECB+ (Cybulska and Vossen, 2014) in its CROMER XML: one folder per topic ({@code ECB+/12/12_1ecb.xml}),
 * tokens with their sentence numbers, mention markables anchored to tokens, instance markables, and
 * {@code CROSS_DOC_COREF} / {@code INTRA_DOC_COREF} relations from mentions to instances. Marks the mentions of the
 * sentences listed in {@code ECBplus_coreference_sentences.csv} as selected (the validated sentences every published
 * ECB+ result is scored on); a mention in no relation is a singleton.
 */
public final class CorefGold {

    /** Files larger than this are not ECB+ documents. */
    static final long MAX_FILE_BYTES = 4L << 20;

    /** One token of a document. */
    public record Token(int sentence, String text) {
    }

    /**
     * One gold mention.
     *
     * @param tokens indexes into the document's tokens, in order
     * @param tag the markable's tag ("HUMAN_PART_PER", "ACTION_OCCURRENCE")
     * @param cluster the gold cluster: an instance id across documents, or document and markable id within one
     * @param selected whether its sentence is one of the validated sentences that coreference is scored on
     */
    public record Mention(String document, int sentence, List<Integer> tokens, String tag, String cluster,
            boolean selected) {
        public Mention {
            tokens = List.copyOf(tokens);
        }

        /** Whether the mention is of an event (action tags) rather than an entity. */
        public boolean event() {
            return tag.startsWith("ACTION") || tag.startsWith("NEG_ACTION");
        }
    }

    /** One document: its name ("12_1ecb"), tokens and mentions (of every sentence: see {@link Mention#selected}). */
    public record Doc(String topic, String name, List<Token> tokens, List<Mention> mentions) {
        public Doc {
            tokens = List.copyOf(tokens);
            mentions = List.copyOf(mentions);
        }

        public String text(Mention mention) {
            StringBuilder out = new StringBuilder();
            for (int index : mention.tokens()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(tokens.get(index).text());
            }
            return out.toString();
        }
    }

    private CorefGold() {
    }

    /** The documents of every topic folder under {@code gold/ECB+}, by topic and name. */
    public static List<Doc> read(Path gold) throws IOException {
        Path corpus = gold.resolve("ECB+");
        Path sentencesFile = gold.resolve("ECBplus_coreference_sentences.csv");
        if (!Files.isDirectory(corpus) || !Files.isRegularFile(sentencesFile)) {
            throw new IOException("'" + gold + "' is not an ECB+ folder: it needs ECB+/ (one folder per topic) and "
                    + "ECBplus_coreference_sentences.csv. Pass the folder that holds both with --gold.");
        }
        Map<String, Set<Integer>> sentences = sentences(sentencesFile);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus, 2)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        DocumentBuilder builder = builder();
        List<Doc> documents = new ArrayList<>();
        for (Path file : files) {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IOException("'" + file + "' is larger than " + MAX_FILE_BYTES + " bytes; ECB+ documents "
                        + "are a few kB. Remove it from the gold folder.");
            }
            String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
            String topic = file.getParent().getFileName().toString();
            String shortName = name.substring(name.indexOf('_') + 1);
            Set<Integer> kept = sentences.getOrDefault(topic + "," + shortName, Set.of());
            try (InputStream in = Files.newInputStream(file)) {
                documents.add(document(builder.parse(in).getDocumentElement(), topic, name, kept));
            } catch (SAXException e) {
                throw new IOException("Cannot parse '" + file + "' as CROMER XML: " + e.getMessage()
                        + ". Restore the file from the ECB+ release.", e);
            }
        }
        if (documents.isEmpty()) {
            throw new IOException("No ECB+ documents (*.xml) under '" + corpus + "'. Pass the ECB+ folder with --gold.");
        }
        return documents;
    }

    /** "topic,file" (file as "1ecbplus") to the sentence numbers kept. */
    static Map<String, Set<Integer>> sentences(Path csv) throws IOException {
        Map<String, Set<Integer>> sentences = new HashMap<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] fields = line.trim().split(",");
            if (fields.length != 3 || !fields[2].matches("\\d{1,6}")) {
                continue; // the header
            }
            sentences.computeIfAbsent(fields[0] + "," + fields[1], k -> new HashSet<>())
                    .add(Integer.parseInt(fields[2]));
        }
        return sentences;
    }

    static Doc document(Element root, String topic, String name, Set<Integer> keptSentences) {
        List<Token> tokens = new ArrayList<>();
        Map<String, Integer> tokenIndex = new HashMap<>();
        for (Element token : children(root, "token")) {
            tokenIndex.put(token.getAttribute("t_id"), tokens.size());
            tokens.add(new Token(integer(token.getAttribute("sentence")), token.getTextContent()));
        }
        Map<String, Element> mentionMarkables = new TreeMap<>();
        Map<String, String> instances = new HashMap<>();
        for (Element markables : children(root, "Markables")) {
            for (Element markable : children(markables, null)) {
                String id = markable.getAttribute("m_id");
                if (!children(markable, "token_anchor").isEmpty()) {
                    mentionMarkables.put(id, markable);
                } else {
                    String instance = markable.getAttribute("instance_id");
                    instances.put(id, instance.isEmpty() ? name + "/" + id : instance);
                }
            }
        }
        Map<String, String> clusterOf = new HashMap<>();
        for (Element relations : children(root, "Relations")) {
            for (Element relation : children(relations, null)) {
                String tag = relation.getTagName();
                if (!tag.equals("CROSS_DOC_COREF") && !tag.equals("INTRA_DOC_COREF")) {
                    continue;
                }
                List<Element> targets = children(relation, "target");
                if (targets.isEmpty()) {
                    continue;
                }
                String target = targets.get(0).getAttribute("m_id");
                String cluster = instances.getOrDefault(target, name + "/" + target);
                for (Element source : children(relation, "source")) {
                    clusterOf.put(source.getAttribute("m_id"), cluster);
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Map.Entry<String, Element> entry : mentionMarkables.entrySet()) {
            List<Integer> anchors = new ArrayList<>();
            for (Element anchor : children(entry.getValue(), "token_anchor")) {
                Integer index = tokenIndex.get(anchor.getAttribute("t_id"));
                if (index != null) {
                    anchors.add(index);
                }
            }
            if (anchors.isEmpty()) {
                continue;
            }
            anchors.sort(null);
            int sentence = tokens.get(anchors.get(0)).sentence();
            String cluster = clusterOf.getOrDefault(entry.getKey(), "singleton:" + name + "/" + entry.getKey());
            mentions.add(new Mention(name, sentence, anchors, entry.getValue().getTagName(), cluster,
                    keptSentences.contains(sentence)));
        }
        return new Doc(topic, name, tokens, mentions);
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The child elements of a node, all of them or those with a tag. */
    private static List<Element> children(Element parent, String tag) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element && (tag == null || ((Element) node).getTagName().equals(tag))) {
                elements.add((Element) node);
            }
        }
        return elements;
    }

    /** A parser that reads no DTD and no external entity: the gold files are input like any other. */
    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser rejects secure settings: " + e.getMessage(), e);
        }
    }
}

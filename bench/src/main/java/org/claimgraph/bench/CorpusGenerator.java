package org.claimgraph.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;

/**
 * Generates a large corpus of analysed local-news articles without running any language analysis: each article is
 * composed sentence by sentence from templates written for this benchmark, filled with generated names, places,
 * organisations and subjects, so every entity mention and statement span is known exactly as the text is written.
 * Speakers are drawn from a pool of generated names with a Zipf-like distribution (a few speak often, most rarely),
 * outlets from a generated list, dates spread over one year, and about one article in twenty is a syndicated copy of
 * an earlier one (the same text under another outlet and URL). The same seed gives the same corpus.
 */
final class CorpusGenerator {

    /** The share of articles that are syndicated copies of an earlier one. */
    static final double COPY_SHARE = 0.05;

    private static final String[] FIRST_START = {"Al", "Be", "Ca", "Da", "El", "Fa", "Ga", "Ha", "Il", "Jo", "Ka",
        "Le", "Ma", "Na", "Or", "Pa", "Ra", "Sa", "Ta", "Ve", "Yo", "Za", "Mi", "Lu"};
    private static final String[] FIRST_END = {"ra", "na", "lin", "mon", "rik", "sa", "vin", "dre", "tor", "ya",
        "bel", "ric"};
    private static final String[] SURNAME_START = {"Bran", "Cor", "Dun", "Fen", "Gal", "Hol", "Kes", "Lind", "Mor",
        "Nor", "Pell", "Quin", "Ros", "Stan", "Tor", "Vell", "Wex", "Yar", "Ash", "Bel"};
    private static final String[] SURNAME_MIDDLE = {"a", "e", "i", "o", ""};
    private static final String[] SURNAME_END = {"ford", "ley", "son", "wick", "dale", "mere", "ton", "by", "more",
        "ridge", "well", "croft"};
    private static final String[] PLACE_START = {"North", "South", "East", "West", "Upper", "Lower", "Old", "New",
        "Port", "Glen", "Kings", "Bright", "Stone", "Mill", "Oak", "Fair"};
    private static final String[] PLACE_END = {"vale", "haven", "bury", "field", "mouth", "stead", "brook", "holm",
        "gate", "wood"};
    private static final String[] OUTLET_KIND = {"Herald", "Courier", "Gazette", "Post", "Daily", "Observer",
        "Record", "Chronicle", "Ledger", "Echo"};
    private static final String[] BODY = {"City Council", "Water Board", "Transit Authority", "Hospital Trust",
        "Teachers Union", "Chamber of Commerce", "Port Authority", "Housing Association", "Police Service",
        "Fire Brigade", "University", "Farmers Union"};
    private static final String[] ROLE = {"the chair", "a spokeswoman", "a spokesman", "the director", "a member",
        "the treasurer", "the head", "a senior adviser"};
    private static final String[][] SUBJECTS = {
        {"the ring road", "the bypass", "the new tram line", "the bus depot"},
        {"the water treatment plant", "the reservoir upgrade", "the flood barrier", "the sewer works"},
        {"the hospital wing", "the night clinic", "the ambulance station", "the maternity unit"},
        {"the school merger", "the library closure", "the sports hall", "the college campus"},
        {"the housing estate", "the rent freeze", "the tower block repairs", "the student flats"},
        {"the harbour dredging", "the ferry contract", "the fish market", "the container terminal"},
        {"the wind farm", "the solar park", "the district heating scheme", "the grid connection"},
        {"the budget cuts", "the parking charges", "the council tax rise", "the business rates"},
    };
    private static final String[] VERB = {"approve", "delay", "cancel", "fund", "review", "expand", "sell",
        "rebuild"};
    private static final String[] MONTH_NAME = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private final Random random;
    private final List<String> speakers;
    private final double[] cumulative;
    private final List<String> outlets;
    private final List<String> places;
    private final List<String> organisations;
    private final LocalDate firstDay = LocalDate.of(2025, 1, 1);
    private final List<Document> originals = new ArrayList<>();
    private int made;

    /** A generator with {@code speakerCount} generated speakers (at most the number of distinct names it can make). */
    CorpusGenerator(long seed, int speakerCount) {
        this.random = new Random(seed);
        this.speakers = names(speakerCount);
        this.cumulative = zipf(speakers.size());
        this.places = places();
        this.outlets = new ArrayList<>();
        for (String place : places.subList(0, 30)) {
            outlets.add("The " + place + " " + OUTLET_KIND[random.nextInt(OUTLET_KIND.length)]);
        }
        this.organisations = new ArrayList<>();
        for (String place : places) {
            organisations.add(place + " " + BODY[random.nextInt(BODY.length)]);
        }
    }

    /** The speakers' names, most frequent first. */
    List<String> speakers() {
        return speakers;
    }

    /** A speaker's name drawn with the corpus's Zipf-like distribution (rank r with weight 1/r). */
    String frequentSpeaker(Random draw) {
        double at = draw.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return speakers.get(low);
    }

    /** The next article: a new one, or (about one in twenty) a syndicated copy of an earlier one. */
    Document next() {
        made++;
        if (originals.size() >= 20 && random.nextDouble() < COPY_SHARE) {
            return copyOf(originals.get(random.nextInt(originals.size())));
        }
        Document document = article();
        originals.add(document);
        return document;
    }

    private Document copyOf(Document original) {
        String outlet = outlets.get(random.nextInt(outlets.size()));
        String url = url(outlet, original.metadata().published(), "copy");
        Metadata metadata = original.metadata().withOutlet(outlet).withUrl(url);
        return new Document(id(url, original.text()), url, metadata, original.text(), original.annotations(),
                List.of());
    }

    private Document article() {
        String place = places.get(random.nextInt(places.size()));
        String[] topic = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String subject = topic[random.nextInt(topic.length)];
        Writer text = new Writer();
        int sentences = 5 + random.nextInt(9);
        text.sentence(opening(place, subject));
        for (int i = 1; i < sentences; i++) {
            String organisation = organisations.get(random.nextInt(organisations.size()));
            switch (i == 1 ? 0 : random.nextInt(6)) { // every article quotes someone at least once
                case 0:
                case 1:
                    direct(text, frequentSpeaker(random), organisation, subject);
                    break;
                case 2:
                    indirect(text, frequentSpeaker(random), subject);
                    break;
                default:
                    text.sentence(narrative(place, subject, organisation));
                    break;
            }
        }
        LocalDate day = firstDay.plusDays(random.nextInt(365));
        String outlet = outlets.get(random.nextInt(outlets.size()));
        String url = url(outlet, day.toString(), slug(subject + " " + place));
        String title = capitalised(VERB[random.nextInt(VERB.length)]) + " " + subject + "? " + place + " divided";
        Metadata metadata = new Metadata(title, List.of(), day.toString(), url, outlet, "en");
        String body = text.toString();
        return new Document(id(url, body), url, metadata, body,
                new Annotations(text.entities(), text.statements, List.of(), List.of()), List.of());
    }

    private String opening(String place, String subject) {
        return "Plans to " + VERB[random.nextInt(VERB.length)] + " " + subject + " in " + place
                + " were debated on " + WEEKDAY[random.nextInt(WEEKDAY.length)] + ", after " + (2 + random.nextInt(40))
                + " months of delays";
    }

    private String narrative(String place, String subject, String organisation) {
        int amount = 2 + random.nextInt(180);
        switch (random.nextInt(5)) {
            case 0:
                return "Figures published this week put the cost of " + subject + " at " + amount
                        + " million, up " + (1 + random.nextInt(30)) + " percent on last year";
            case 1:
                return "The " + organisation + " is expected to vote on the matter by the end of "
                        + MONTH_NAME[random.nextInt(12)];
            case 2:
                return "Residents of " + place + " collected " + amount * 37 + " signatures against "
                        + "the proposal";
            case 3:
                return "The last review of " + subject + " in " + (2010 + random.nextInt(14))
                        + " found that " + amount + " households were affected";
            default:
                return "Work on " + subject + " stopped twice last winter because of the weather";
        }
    }

    private static final String[] CLAIM_SUBJECT = {"we", "the council", "the ministry", "our members",
        "the contractors", "the residents", "the board", "this town", "the planners", "the voters", "the auditors",
        "local businesses", "the engineers", "the unions", "the landlords", "the parents"};
    private static final String[] MODAL = {"cannot afford to", "will not", "should never have tried to",
        "must", "are ready to", "have every reason to", "were promised they could", "will be forced to",
        "ought to", "refuse to"};
    private static final String[] WHEN = {"this year", "before the winter", "by the end of %s",
        "without a proper consultation", "while the money lasts", "for a second time", "in the next budget",
        "after the summer", "once the survey is published", "before anyone in %s is asked",
        "with %d million of public money", "at a cost of %d jobs"};
    private static final String[] REASON = {"whatever the council says", "and everyone in %s knows it",
        "because the last plan failed", "after what happened in %s", "unless %s gets its fair share",
        "if you ask the shopkeepers of %s", "no matter who pays", "as the survey of %d households showed",
        "since the %d report", "or the bills will keep rising"};
    /** Re-reported quotes: the same words again in a later article, at most this share of the statements. */
    private static final double REPEAT_SHARE = 0.08;

    private final Map<String, String> lastClaims = new LinkedHashMap<>();

    /**
     * What a speaker claims: a clause built from several independent choices (so two speakers rarely say the same
     * words), or now and then the speaker's earlier words reported again, as other outlets and follow-ups do.
     */
    private String claim(String speaker, String subject) {
        String earlier = lastClaims.get(speaker);
        if (earlier != null && random.nextDouble() < REPEAT_SHARE) {
            return earlier;
        }
        String claim = CLAIM_SUBJECT[random.nextInt(CLAIM_SUBJECT.length)] + " "
                + MODAL[random.nextInt(MODAL.length)] + " " + VERB[random.nextInt(VERB.length)] + " " + subject + " "
                + filled(WHEN[random.nextInt(WHEN.length)]);
        if (random.nextInt(3) > 0) {
            claim += ", " + filled(REASON[random.nextInt(REASON.length)]);
        }
        lastClaims.put(speaker, claim);
        return claim;
    }

    /** A phrase with its blank filled: %s a place or a month, %d a number. */
    private String filled(String phrase) {
        if (phrase.contains("%d")) {
            return phrase.formatted(2 + random.nextInt(900));
        }
        if (phrase.contains("%s")) {
            return phrase.formatted(phrase.startsWith("by the end")
                    ? MONTH_NAME[random.nextInt(12)] : places.get(random.nextInt(places.size())));
        }
        return phrase;
    }

    private void direct(Writer text, String speaker, String organisation, String subject) {
        text.open();
        int quoteStart = text.length() + 1;
        text.append("\u201c" + capitalised(claim(speaker, subject)) + ",\u201d ");
        int quoteEnd = text.length() - 3;
        Span cue = text.append("said");
        text.append(" ");
        Span name = text.append(speaker);
        text.append(", " + ROLE[random.nextInt(ROLE.length)] + " of the ");
        Span body = text.append(organisation);
        text.close();
        text.entity(organisation, Entity.Type.ORGANIZATION, body);
        String entity = text.entity(speaker, Entity.Type.PERSON, name);
        text.statement(Statement.Kind.DIRECT, speaker, entity, name, cue, new Span(quoteStart, quoteEnd));
        if (random.nextInt(3) == 0) { // a second quote under the surname alone
            String surname = speaker.substring(speaker.indexOf(' ') + 1);
            text.open();
            int start = text.length() + 1;
            text.append("\u201c" + capitalised(claim(speaker, subject)) + ",\u201d ");
            int end = text.length() - 3;
            Span shortName = text.append(surname);
            text.append(" ");
            Span added = text.append("added");
            text.close();
            text.mention(entity, surname, shortName);
            text.statement(Statement.Kind.DIRECT, speaker, entity, shortName, added, new Span(start, end));
        }
    }

    private void indirect(Writer text, String speaker, String subject) {
        text.open();
        Span name = text.append(speaker);
        text.append(" ");
        Span cue = text.append(random.nextBoolean() ? "said" : "warned");
        text.append(" that ");
        Span content = text.append(claim(speaker, subject));
        text.close();
        String entity = text.entity(speaker, Entity.Type.PERSON, name);
        text.statement(Statement.Kind.INDIRECT, speaker, entity, name, cue, content);
    }

    /** The text of one article as it is written, with its entities and statements. */
    private static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private final Map<String, String> ids = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, Entity.Type> types = new LinkedHashMap<>();
        private final Map<String, Set<String>> aliases = new LinkedHashMap<>();
        private final Map<String, List<Span>> mentions = new LinkedHashMap<>();
        final List<Statement> statements = new ArrayList<>();

        int length() {
            return text.length();
        }

        void sentence(String words) {
            open();
            text.append(words);
            close();
        }

        void open() {
            if (text.length() > 0) {
                text.append(' ');
            }
        }

        void close() {
            text.append('.');
        }

        Span append(String words) {
            int start = text.length();
            text.append(words);
            return new Span(start, text.length());
        }

        /** Records a mention of the named entity; returns its id. */
        String entity(String name, Entity.Type type, Span mention) {
            String id = ids.computeIfAbsent(name, key -> "e" + (ids.size() + 1));
            names.put(id, name);
            types.put(id, type);
            aliases.computeIfAbsent(id, key -> new LinkedHashSet<>());
            mentions.computeIfAbsent(id, key -> new ArrayList<>()).add(mention);
            return id;
        }

        void mention(String id, String alias, Span mention) {
            aliases.get(id).add(alias);
            mentions.get(id).add(mention);
        }

        void statement(Statement.Kind kind, String speaker, String entity, Span name, Span cue, Span content) {
            statements.add(new Statement("s" + (statements.size() + 1), kind,
                    new Statement.Speaker(speaker, Statement.SpeakerType.PERSON, entity, name), cue, content,
                    List.of(), null, null, List.of(), 0.9));
        }

        List<Entity> entities() {
            List<Entity> entities = new ArrayList<>();
            for (Map.Entry<String, String> entry : names.entrySet()) {
                String id = entry.getKey();
                entities.add(new Entity(id, entry.getValue(), types.get(id), List.copyOf(aliases.get(id)),
                        List.of(), mentions.get(id)));
            }
            return entities;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private List<String> names(int count) {
        Set<String> firsts = new LinkedHashSet<>();
        for (String start : FIRST_START) {
            for (String end : FIRST_END) {
                firsts.add(start + end);
            }
        }
        List<String> surnames = new ArrayList<>();
        for (String start : SURNAME_START) {
            for (String middle : SURNAME_MIDDLE) {
                for (String end : SURNAME_END) {
                    surnames.add(start + middle + end);
                }
            }
        }
        List<String> firstList = new ArrayList<>(firsts);
        Set<String> pool = new LinkedHashSet<>();
        int most = Math.min(count, firstList.size() * surnames.size() / 4);
        while (pool.size() < most) {
            pool.add(firstList.get(random.nextInt(firstList.size())) + " "
                    + surnames.get(random.nextInt(surnames.size())));
        }
        return List.copyOf(pool);
    }

    private List<String> places() {
        List<String> all = new ArrayList<>();
        for (String start : PLACE_START) {
            for (String end : PLACE_END) {
                all.add(start + end);
            }
        }
        java.util.Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, 100));
    }

    private static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 1; rank <= size; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        return cumulative;
    }

    private String url(String outlet, String day, String slug) {
        String host = slug(outlet.replace("The ", ""));
        return "https://" + host + ".example/" + day.replace('-', '/') + "/" + slug + "-" + made;
    }

    private static String slug(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The document id: a hash of what makes the article, as the readers hash an input's bytes. */
    private static String id(String source, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(source.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package org.claimgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes made-up news articles for the store tests: text written for this project, varied enough (random people,
 * places, numbers and sentence choices from a fixed seed) that no two are near-duplicates.
 */
final class CorpusArticles {

    private static final List<String> FIRST = List.of("Amara", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta",
            "Hugo", "Ines", "Jonas", "Kofi", "Lucia", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa");
    private static final List<String> LAST = List.of("Adeyemi", "Bergstrom", "Castell", "Duarte", "Eriksen",
            "Fontaine", "Grabowski", "Haddad", "Iversen", "Jovanovic", "Kaminski", "Lindqvist", "Moreau", "Novak");
    private static final List<String> PLACES = List.of("Alderbay", "Brennhavn", "Corvale", "Dunmere", "Eastwick",
            "Fjellby", "Greystone", "Holmsund", "Ivydale", "Juniper Falls", "Kestrel Point", "Larkmoor");
    private static final List<String> SUBJECTS = List.of("the tram line", "the school budget", "the flood barrier",
            "the hospital wing", "the wind farm", "the harbour dredging", "the library closure", "the bus fares",
            "the market hall", "the cycle lanes", "the water tariff", "the night trains");
    private static final List<String> VERBS = List.of("said", "warned", "told reporters", "argued", "insisted",
            "added", "explained", "conceded");
    private static final List<String> CLAIMS = List.of("the work would finish %s months late",
            "costs had risen by %s percent since the spring", "%s families would be affected by the change",
            "the council had received %s letters of objection", "the plan would save %s thousand euros a year",
            "at least %s jobs depended on a decision this week", "inspectors had found %s faults in the design",
            "the vote had been postponed %s times already");

    private CorpusArticles() {}

    /** Writes {@code count} articles as {@code article-NNN.txt} into {@code folder}. */
    static void write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format(java.util.Locale.ROOT, "article-%03d.txt", i)),
                    article(random, i), StandardCharsets.UTF_8);
        }
    }

    static String article(Random random, int number) {
        String place = pick(random, PLACES);
        String subject = pick(random, SUBJECTS);
        StringBuilder text = new StringBuilder();
        text.append("Debate over ").append(subject).append(" in ").append(place).append(", report ")
                .append(number).append("\n\n");
        int paragraphs = 4 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            String person = pick(random, FIRST) + " " + pick(random, LAST);
            String claim = String.format(java.util.Locale.ROOT, pick(random, CLAIMS), 2 + random.nextInt(400));
            text.append(person).append(", who has followed ").append(subject).append(" in ").append(place)
                    .append(" for ").append(1 + random.nextInt(20)).append(" years, ").append(pick(random, VERBS))
                    .append(" that ").append(claim).append(". ");
            text.append("\"We heard about ").append(subject).append(" from ").append(random.nextInt(90) + 10)
                    .append(" residents on ").append(pick(random, List.of("Monday", "Tuesday", "Thursday",
                            "Saturday"))).append(",\" ").append(person.substring(person.indexOf(' ') + 1))
                    .append(" ").append(pick(random, VERBS)).append(". ");
            text.append("The next meeting in ").append(pick(random, PLACES)).append(" is planned for week ")
                    .append(1 + random.nextInt(52)).append(", item ").append(random.nextInt(1000)).append(".\n\n");
        }
        return text.toString();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}

package org.claimgraph.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;

/**
 * The keys under which articles about the same event meet: two articles share a key when
 * <ul>
 *   <li>their texts are near duplicates ({@code text:} + {@link NearDuplicates#bandKeys}: syndicated copies), or
 *   <li>two of the {@value #SALIENT} entities each mentions most (at least {@value #MIN_MENTIONS} times; outlets and
 *       countries left out, since a pair of countries is in the news every day and would chain a whole story into
 *       one event) are the same, and they were published within a day of each other ({@code event:} + the two
 *       entities' transliteration-skeleton keys + "@" + a day).
 * </ul>
 * Articles without a publication date get text keys only. Like the other keys these are join keys: a store groups
 * articles that share one.
 */
public final class EventKeys {

    static final int SALIENT = 3;
    static final int MIN_MENTIONS = 2;

    private EventKeys() {
    }

    /** The event keys of an analysed article. */
    public static List<String> of(Document document) {
        Set<String> keys = new LinkedHashSet<>();
        LocalDate day = day(document.metadata().published());
        if (day != null) {
            List<String> salient = salient(document);
            for (int i = 0; i < salient.size(); i++) {
                for (int j = i + 1; j < salient.size(); j++) {
                    String a = salient.get(i);
                    String b = salient.get(j);
                    String pair = a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
                    keys.add("event:" + pair + "@" + day);
                    keys.add("event:" + pair + "@" + day.plusDays(1));
                }
            }
        }
        for (String band : NearDuplicates.bandKeys(document.text())) {
            keys.add("text:" + band);
        }
        return new ArrayList<>(keys);
    }

    /** The skeleton keys of the most mentioned entities, most mentioned first. */
    static List<String> salient(Document document) {
        List<Entity> entities = new ArrayList<>(document.annotations().entities());
        entities.removeIf(e -> e.type() == Entity.Type.MEDIA || e.type() == Entity.Type.COUNTRY
                || e.mentions().size() < MIN_MENTIONS);
        entities.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size())
                .thenComparingInt(e -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).begin()));
        List<String> keys = new ArrayList<>();
        for (Entity entity : entities) {
            String skeleton = Transliteration.skeleton(entity.name());
            String key = kind(entity) + skeleton;
            if (!skeleton.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
            if (keys.size() == SALIENT) {
                break;
            }
        }
        return keys;
    }

    private static String kind(Entity entity) {
        return entity.type() == Entity.Type.PERSON ? "person~:" : "named~:";
    }

    /** The day an ISO-8601 date or date-time falls on (as written, without converting its zone); null if none. */
    static LocalDate day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

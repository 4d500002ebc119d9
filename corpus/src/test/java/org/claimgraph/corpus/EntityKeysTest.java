package org.claimgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;
import org.junit.jupiter.api.Test;

class EntityKeysTest {

    private static final Metadata IN_2024 = Metadata.EMPTY.withPublished("2024-03-02T10:00:00Z");
    private static final Metadata IN_2023 = Metadata.EMPTY.withPublished("2023-11-30");

    private static Entity place(String name) {
        return new Entity("e", name, Entity.Type.LOCATION, List.of(), List.of(), List.of());
    }

    private static Entity person(String name, String... roles) {
        return new Entity("e", name, Entity.Type.PERSON, List.of(), List.of(roles), List.of());
    }

    private static Set<String> strongShared(Entity a, Metadata ma, Entity b, Metadata mb) {
        Set<String> shared = new HashSet<>(EntityKeys.of(a, ma));
        shared.retainAll(EntityKeys.of(b, mb));
        shared.removeIf(EntityKeys::isWeak);
        return shared;
    }

    private static boolean meet(Entity a, Entity b) {
        return !strongShared(a, Metadata.EMPTY, b, Metadata.EMPTY).isEmpty();
    }

    /** The pairs of names whose entities share a strong key. */
    private static List<String> collisions(List<String> names, Function<String, Entity> entity) {
        List<String> collisions = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (meet(entity.apply(names.get(i)), entity.apply(names.get(j)))) {
                    collisions.add(names.get(i) + " / " + names.get(j));
                }
            }
        }
        return collisions;
    }

    @Test
    void russianAndUkrainianSpellingsOfOnePlaceMeet() {
        String[][] pairs = {
            {"Kiev", "Kyiv"}, {"Kharkov", "Kharkiv"}, {"Donbass", "Donbas"}, {"Avdeyevka", "Avdiivka"},
            {"Lvov", "Lviv"}, {"Nikolayev", "Nikolaiev"}, {"Chernigov", "Chernihiv"}, {"Lugansk", "Luhansk"}, {"Київ", "Kyiv"},
            {"Mar'inka", "Marinka"}, {"Kyiv's", "Kiev"}, {"Zaporozhye", "Zaporozhie"}, {"Kyjiw", "Kyiv"},
        };
        for (String[] pair : pairs) {
            assertTrue(meet(place(pair[0]), place(pair[1])), pair[0] + " / " + pair[1]);
        }
    }

    @Test
    void spellingsOfOnePersonMeet() {
        String[][] pairs = {
            {"Volodymyr Zelensky", "Volodymyr Zelenskyy"}, {"Volodymyr Zelenskiy", "Volodymyr Zelenskyy"},
            {"Vitali Klitschko", "Vitaliy Klychko"}, {"Yulia Tymoshenko", "Yuliya Timoshenko"},
            {"Oleksandr Syrskyi", "Oleksandr Sirsky"}, {"Yevgeny Prigozhin", "Evgeniy Prigozhin"}, {"Olga Stefanishyna", "Olha Stefanishyna"},
            {"Владимир Зеленский", "Vladimir Zelenskiy"},
        };
        for (String[] pair : pairs) {
            assertTrue(meet(person(pair[0]), person(pair[1])), pair[0] + " / " + pair[1]);
        }
    }

    @Test
    void distinctPlacesStayApart() {
        List<String> places = List.of("Kyiv", "Kursk", "Kharkiv", "Kherson", "Lviv", "Lutsk", "Luhansk", "Donetsk",
                "Odesa", "Mariupol", "Melitopol", "Avdiivka", "Bakhmut", "Pokrovsk", "Pokrov", "Kramatorsk",
                "Sloviansk", "Sumy", "Rivne", "Irpin", "Izium", "Dnipro", "Kirov", "Kovel", "Minsk", "Pinsk", "Moscow",
                "Belgorod", "Bilhorod-Dnistrovskyi", "Zaporizhzhia", "Mykolaiv", "Kropyvnytskyi", "Vinnytsia", "Mali",
                "Malé", "Riga", "Oman", "Omsk", "Tomsk", "Perm", "Penza", "Samara", "Saratov", "Sochi");
        assertEquals(List.of(), collisions(places, EntityKeysTest::place));
    }

    @Test
    void distinctPeopleWithSimilarNamesStayApart() {
        List<String> people = List.of("Dmitry Medvedev", "Dmitry Peskov", "Dmytro Kuleba", "Denys Shmyhal",
                "Denis Pushilin", "Sergei Lavrov", "Sergei Shoigu", "Sergei Surovikin", "Oleksii Reznikov",
                "Oleksiy Danilov", "Andriy Yermak", "Andrei Belousov", "Yulia Tymoshenko", "Yulia Navalnaya",
                "Alexei Navalny", "Petro Poroshenko", "Viktor Yanukovych", "Viktor Orban", "Valery Gerasimov",
                "Valerii Zaluzhnyi", "Ivan Petrov", "Ivan Petrova", "Ivan Petrenko", "Olena Zelenska",
                "Volodymyr Zelensky", "Mikhail Gorbachev", "Mikheil Saakashvili");
        assertEquals(List.of(), collisions(people, EntityKeysTest::person));
    }

    @Test
    void distinctPeopleStayApart() {
        assertFalse(meet(person("Vitali Klitschko"), person("Wladimir Klitschko")));
        assertFalse(meet(person("Ivan Petrov"), person("Ivan Petrova")));
        assertFalse(meet(person("Joe Biden"), person("Hunter Biden")));
        assertFalse(meet(person("Dmitry Peskov"), person("Dmitry Polyanskiy")));
    }

    @Test
    void aShortNameCarriesTheSurnameKeyOfTheFullNameAndIsMarkedShort() {
        List<String> full = EntityKeys.of(person("Emmanuel Macron"), IN_2024);
        List<String> shortName = EntityKeys.of(person("Macron"), IN_2024);
        assertTrue(full.contains("weak:person:macron"), full.toString());
        assertTrue(shortName.contains("weak:person:macron"), shortName.toString());
        assertTrue(EntityKeys.isShortName(shortName));
        assertFalse(EntityKeys.isShortName(full));
        assertTrue(strongShared(person("Macron"), IN_2024, person("Emmanuel Macron"), IN_2024).isEmpty());
        List<String> zelensky = EntityKeys.of(person("Zelensky"), IN_2024);
        assertTrue(zelensky.contains(EntityKeys.WEAK + "person:zilinski"), zelensky.toString());
        assertTrue(EntityKeys.of(person("Volodymyr Zelenskyy"), IN_2024).contains("weak:person:zilinski"));
    }

    @Test
    void weakKeysComeLastAndNeverStartTheList() {
        List<String> keys = EntityKeys.of(person("Martin Luther King Jr.", "civil rights leader"), IN_2024);
        assertEquals("person:martin luther king jr", keys.get(0));
        assertEquals("weak:person:king", keys.get(keys.size() - 1));
        assertEquals("king", EntityKeys.namePart(keys.get(keys.size() - 1)));
    }

    @Test
    void aSpecificTitleMeetsTheSameTitleInTheSameYearOnly() {
        Entity named = person("Emmanuel Macron", "French President");
        Entity byRole = person("the French president");
        assertEquals(Set.of("role:french president@2024"), strongShared(named, IN_2024, byRole, IN_2024));
        assertTrue(strongShared(named, IN_2023, byRole, IN_2024).isEmpty());
        assertFalse(EntityKeys.of(byRole, IN_2024).stream().anyMatch(EntityKeys::isWeak),
                "a title is not a surname");
        assertTrue(EntityKeys.of(named, Metadata.EMPTY).stream().noneMatch(k -> k.startsWith("role:")),
                "no year, no role key");
    }

    @Test
    void aPersonNamedByATitleHasNoNameKeySoOtherYearsAndOtherPresidentsStayApart() {
        assertTrue(strongShared(person("President"), IN_2024, person("President"), IN_2024).isEmpty());
        assertEquals(List.of(), EntityKeys.of(person("the French president"), Metadata.EMPTY));
        assertEquals(List.of("role:french president@2023"), EntityKeys.of(person("French President"), IN_2023));
        List<String> anchor = EntityKeys.of(person("John King"), IN_2024);
        assertEquals("person:john king", anchor.get(0), "a surname that is also a title word is still a name");
        assertTrue(anchor.contains("weak:person:king"), anchor.toString());
    }

    @Test
    void genericTitlesAreNotKeys() {
        for (String role : List.of("president", "spokesman", "a spokesman", "the minister", "former French president",
                "deputy foreign minister", "Prime Minister", "Foreign Minister", "party spokesman", "chief")) {
            List<String> keys = EntityKeys.of(person("Anna Example", role), IN_2024);
            assertTrue(keys.stream().noneMatch(k -> k.startsWith("role:")), role + " gave " + keys);
        }
        for (String role : List.of("Kremlin spokesman", "British Prime Minister", "US Secretary of State",
                "UN Secretary-General")) {
            List<String> keys = EntityKeys.of(person("Anna Example", role), IN_2024);
            assertTrue(keys.stream().anyMatch(k -> k.startsWith("role:") && k.endsWith("@2024")), role + " gave " + keys);
        }
    }

    @Test
    void organisationsAndPlacesGetNoSurnameOrRoleKeys() {
        Entity organisation = new Entity("e", "Bank of England", Entity.Type.ORGANIZATION, List.of(),
                List.of("central bank"), List.of());
        List<String> keys = EntityKeys.of(organisation, IN_2024);
        assertEquals("named:bank of england", keys.get(0));
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("role:") || EntityKeys.isWeak(k)), keys.toString());
        assertEquals(List.of(), EntityKeys.of(place("—"), IN_2024));
    }
}

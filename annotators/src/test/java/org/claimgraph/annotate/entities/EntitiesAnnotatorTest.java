package org.claimgraph.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.SharedNlp;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Span;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests; the people, outlets and events in them are invented. */
class EntitiesAnnotatorTest {

    private static final EntitiesAnnotator ENTITIES = new EntitiesAnnotator();

    private static List<Entity> entities(String text) {
        List<Entity> found = ENTITIES.find(text, SharedNlp.NLP.parse(text, "2025-03-04"));
        for (int i = 0; i < found.size(); i++) {
            Entity entity = found.get(i);
            assertEquals("e" + (i + 1), entity.id(), "ids in order");
            for (Span span : entity.mentions()) {
                String covered = span.coveredText(text);
                assertEquals(covered.strip(), covered, "mention without white space at its ends: '" + covered + "'");
                assertTrue(!covered.isEmpty());
            }
        }
        return found;
    }

    private static Entity named(List<Entity> entities, String name) {
        for (Entity entity : entities) {
            if (entity.name().equals(name)) {
                return entity;
            }
        }
        fail("no entity named '" + name + "' in " + entities);
        return null;
    }

    private static List<String> mentions(Entity entity, String text) {
        List<String> covered = new ArrayList<>();
        for (Span span : entity.mentions()) {
            covered.add(span.coveredText(text));
        }
        return covered;
    }

    @Test
    void shortNameJoinsFullNameAndRoleBeforeNameIsKept() {
        String text = "Finance Minister Oskar Velmont announced new taxes on Monday. Critics said Velmont had "
                + "broken a promise. Velmont did not reply.";
        List<Entity> found = entities(text);
        Entity velmont = named(found, "Oskar Velmont");
        assertEquals(Entity.Type.PERSON, velmont.type());
        assertEquals(List.of("Oskar Velmont", "Velmont", "Velmont"), mentions(velmont, text));
        assertEquals(List.of("Velmont"), velmont.aliases());
        assertTrue(velmont.roles().contains("Finance Minister"), velmont.roles().toString());
        assertEquals(1, found.stream().filter(e -> e.name().contains("Velmont")).count());
    }

    @Test
    void roleAfterNameAndRoleDescriptionResolved() {
        String text = "Marta Quillon, the Norwegian president, met the press in Oslo on Tuesday. "
                + "Dietrich Hallen, a German diplomat, attended too. Later the Norwegian president left for Bergen.";
        List<Entity> found = entities(text);
        Entity quillon = named(found, "Marta Quillon");
        assertTrue(quillon.roles().contains("Norwegian president"), quillon.roles().toString());
        assertTrue(mentions(quillon, text).contains("the Norwegian president"), mentions(quillon, text).toString());
        assertEquals(2, mentions(quillon, text).stream().filter(m -> m.equals("the Norwegian president")).count(),
                "the apposition and the later description are both mentions");
        Entity hallen = named(found, "Dietrich Hallen");
        assertTrue(hallen.roles().contains("German diplomat"), hallen.roles().toString());
    }

    @Test
    void leaderDescriptionGoesToTheRightNationality() {
        String text = "Spanish Prime Minister Luis Arbeloa spoke first. Then Italian President Giulia Ferrante "
                + "spoke. The Spanish leader later left the summit early.";
        List<Entity> found = entities(text);
        assertTrue(mentions(named(found, "Luis Arbeloa"), text).contains("The Spanish leader"));
        assertTrue(!mentions(named(found, "Giulia Ferrante"), text).contains("The Spanish leader"));
    }

    @Test
    void countriesMergeTheirShortFormsAndCapitalsStayPlaces() {
        String text = "The U.S. and the United States Navy met in Moscow. The United States said Russia agreed.";
        List<Entity> found = entities(text);
        Entity us = named(found, "United States");
        assertEquals(Entity.Type.COUNTRY, us.type());
        assertTrue(us.aliases().contains("U.S."), us.aliases().toString());
        assertEquals(Entity.Type.LOCATION, named(found, "Moscow").type());
        assertEquals(Entity.Type.COUNTRY, named(found, "Russia").type());
    }

    @Test
    void outletsAreMedia() {
        String text = "The Harbor Daily News reported on Friday that the port would close. The weekly magazine "
                + "Granite Voice disagreed.";
        List<Entity> found = entities(text);
        Entity news = found.stream().filter(e -> e.name().contains("Harbor Daily News")).findFirst().orElse(null);
        assertNotNull(news, found.toString());
        assertEquals(Entity.Type.MEDIA, news.type());
        assertEquals(Entity.Type.MEDIA, named(found, "Granite Voice").type());
    }

    @Test
    void missingCommaBetweenTwoNamesIsSplit() {
        String text = "According to spokesman Tomas Reinholt Portuguese President Anselm Kovar wants peace. "
                + "Reinholt later repeated it, and Kovar agreed.";
        List<Entity> found = entities(text);
        Entity reinholt = named(found, "Tomas Reinholt");
        Entity kovar = named(found, "Anselm Kovar");
        assertEquals(List.of("Tomas Reinholt", "Reinholt"), mentions(reinholt, text));
        assertEquals(List.of("Anselm Kovar", "Kovar"), mentions(kovar, text));
    }

    @Test
    void anonymousSpeakersAreGroupsAndPronounsAreNotMentions() {
        String text = "Analysts warned that prices would rise. He said nothing.";
        List<Entity> found = entities(text);
        Entity analysts = named(found, "Analysts");
        assertEquals(Entity.Type.GROUP, analysts.type());
        for (Entity entity : found) {
            assertTrue(!mentions(entity, text).contains("He"), "pronoun as mention in " + entity);
        }
    }

    @Test
    void aUnitNamedLikeAPersonIsAnOrganisation() {
        String text = "Soldiers from Bravo Company trained local volunteers near the coast. The soldiers of Bravo "
                + "Company left on Sunday.";
        List<Entity> found = entities(text);
        assertEquals(Entity.Type.ORGANIZATION, named(found, "Bravo Company").type());
    }

    @Test
    void theDepartmentInAnOfficeTitleIsNotPartOfTheHoldersName() {
        String text = "On May 2, a group of lawmakers sent a letter to Secretary of Transport Helen Marsh urging her "
                + "to reopen the bridge. Marsh has not replied.";
        List<Entity> found = entities(text);
        Entity marsh = named(found, "Helen Marsh");
        assertEquals(Entity.Type.PERSON, marsh.type());
        assertTrue(mentions(marsh, text).contains("Helen Marsh"), mentions(marsh, text).toString());
        for (Entity entity : found) {
            assertTrue(!entity.name().startsWith("Transport"), "department glued to a name: " + entity);
        }
    }

    @Test
    void anItalicisedTitleAfterInIsAnOutlet() {
        String text = "Mark Venn writes in *Coastal Affairs*: \"The plan cannot work without the harbour.\" "
                + "Venn has covered the port for years.";
        List<Entity> found = entities(text);
        assertEquals(Entity.Type.MEDIA, named(found, "Coastal Affairs").type());
    }
}

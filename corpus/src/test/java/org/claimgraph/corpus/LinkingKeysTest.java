package org.claimgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;
import org.junit.jupiter.api.Test;

class LinkingKeysTest {

    private static Entity entity(String name, Entity.Type type, String... aliases) {
        return new Entity("e1", name, type, List.of(aliases), List.of(), List.of());
    }

    @Test
    void sameNameWithOtherCaseAccentsAndPossessiveSharesTheFirstKey() {
        List<String> a = EntityKeys.of(entity("Gitanas Nausėda", Entity.Type.PERSON), Metadata.EMPTY);
        List<String> b = EntityKeys.of(entity("gitanas  NAUSEDA's", Entity.Type.PERSON), Metadata.EMPTY);
        assertEquals("person:gitanas nauseda", a.get(0));
        assertEquals(a.get(0), b.get(0));
    }

    @Test
    void organisationAndCountryTypesOfOneNameMeetButPersonsStayApart() {
        String asCountry = EntityKeys.of(entity("Kremlin", Entity.Type.COUNTRY), Metadata.EMPTY).get(0);
        String asOrganisation = EntityKeys.of(entity("Kremlin", Entity.Type.ORGANIZATION), Metadata.EMPTY).get(0);
        String asPerson = EntityKeys.of(entity("Kremlin", Entity.Type.PERSON), Metadata.EMPTY).get(0);
        assertEquals(asCountry, asOrganisation);
        assertFalse(asCountry.equals(asPerson));
    }

    @Test
    void aSyndicatedCopyWithAnExtraCreditLineSharesABandKeyButAnotherArticleDoesNot() {
        String article = "The council voted on Tuesday to close the old harbour bridge to lorries from March, after "
                + "engineers found corrosion in two of its steel cables. The mayor said the repairs would take at "
                + "least eighteen months and cost about four million pounds, and that buses would still cross.";
        String copy = article + " This article was originally published on another site.";
        String other = "Farmers in the valley said the late frost had destroyed most of the apple blossom, and the "
                + "cooperative warned that prices would rise sharply this autumn unless imports made up the loss.";
        assertTrue(NearDuplicates.resemblance(article, copy) > 0.8);
        assertTrue(NearDuplicates.resemblance(article, other) < 0.05);
        assertTrue(shareAKey(article, copy));
        assertFalse(shareAKey(article, other));
        assertEquals(NearDuplicates.bandKeys(article), NearDuplicates.bandKeys(article));
    }

    private static boolean shareAKey(String a, String b) {
        Set<String> keys = new HashSet<>(NearDuplicates.bandKeys(a));
        keys.retainAll(NearDuplicates.bandKeys(b));
        return !keys.isEmpty();
    }
}

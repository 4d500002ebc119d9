package org.claimgraph.annotate.quantities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.claimgraph.annotate.SharedNlp;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.annotate.statements.StatementsAnnotator;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Quantity.Bound;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests; the names, places and figures in them are invented. */
class QuantitiesAnnotatorTest {

    private static final QuantitiesAnnotator QUANTITIES = new QuantitiesAnnotator();

    private static List<Quantity> quantities(String text, List<Statement> statements) {
        ParsedText parsed = SharedNlp.NLP.parse(text, "2025-03-04");
        List<Quantity> found = QUANTITIES.extract(text, parsed, statements);
        assertEquals(found, QUANTITIES.extract(text, parsed, statements), "same output on a second run");
        for (Quantity quantity : found) {
            String covered = quantity.span().coveredText(text);
            assertEquals(covered.strip(), covered, "no white space at the ends of '" + covered + "'");
            assertTrue(covered.chars().anyMatch(Character::isLetterOrDigit), "span covers words: " + covered);
        }
        return found;
    }

    private static List<Quantity> quantities(String text) {
        return quantities(text, List.of());
    }

    /** The quantity whose span covers exactly {@code words}. */
    private static Quantity covering(List<Quantity> found, String text, String words) {
        for (Quantity quantity : found) {
            if (quantity.span().coveredText(text).equals(words)) {
                return quantity;
            }
        }
        StringBuilder all = new StringBuilder();
        found.forEach(q -> all.append(" '").append(q.span().coveredText(text)).append('\''));
        fail("no quantity covering '" + words + "'; found" + all);
        return null;
    }

    private static void assertQuantity(Quantity quantity, double value, String unit, Bound bound) {
        assertEquals(value, quantity.value(), 1e-6, "value");
        assertEquals(unit, quantity.unit(), "unit");
        assertEquals(bound, quantity.bound(), "bound");
    }

    @Test
    void boundsFromTheWordsBeforeTheNumber() {
        String text = "Roughly 600 nurses joined the strike, at least 90 clinics shut, up to 40 wards closed, "
                + "more than 2,500 patients waited and fewer than 30 doctors worked.";
        List<Quantity> found = quantities(text);
        assertQuantity(covering(found, text, "Roughly 600"), 600, "nurses", Bound.APPROXIMATE);
        assertQuantity(covering(found, text, "at least 90"), 90, "clinics", Bound.AT_LEAST);
        assertQuantity(covering(found, text, "up to 40"), 40, "wards", Bound.AT_MOST);
        assertQuantity(covering(found, text, "more than 2,500"), 2500, "patients", Bound.AT_LEAST);
        assertQuantity(covering(found, text, "fewer than 30"), 30, "doctors", Bound.AT_MOST);
    }

    @Test
    void noMoreThanIsAnUpperBoundAndNearlyIsApproximate() {
        String text = "The ferry carried no more than 80 passengers, and nearly 700 cars crossed the bridge.";
        List<Quantity> found = quantities(text);
        assertQuantity(covering(found, text, "no more than 80"), 80, "passengers", Bound.AT_MOST);
        assertQuantity(covering(found, text, "nearly 700"), 700, "cars", Bound.APPROXIMATE);
    }

    @Test
    void aProjectionsCeilingIsAnUpperBound() {
        String text = "The port said the queue could reach 900 trucks by Friday.";
        List<Quantity> found = quantities(text);
        assertQuantity(covering(found, text, "900"), 900, "trucks", Bound.AT_MOST);
    }

    @Test
    void unitIsTheNounTheNumberModifies() {
        String text = "The governor said 3,400 volunteer firefighters guard the 250-km coastline.";
        List<Quantity> found = quantities(text);
        assertQuantity(covering(found, text, "3,400"), 3400, "firefighters", Bound.EXACT);
        assertQuantity(covering(found, text, "250-km"), 250, "km", Bound.EXACT);
    }

    @Test
    void moneyGivesTheCurrencyAndTheScale() {
        String text = "The port cost $4.5 million, the tunnel 1.5bn euros and the bridge 300 million pounds.";
        List<Quantity> found = quantities(text);
        assertQuantity(covering(found, text, "$4.5 million"), 4.5e6, "USD", Bound.EXACT);
        assertQuantity(covering(found, text, "1.5bn euros"), 1.5e9, "EUR", Bound.EXACT);
        assertQuantity(covering(found, text, "300 million pounds"), 3e8, "GBP", Bound.EXACT);
    }

    @Test
    void percentSignAndWord() {
        String text = "Turnout rose 12% in the north and fell by about 7 percent in the south.";
        List<Quantity> found = quantities(text);
        assertQuantity(covering(found, text, "12%"), 12, "percent", Bound.EXACT);
        assertQuantity(covering(found, text, "about 7 percent"), 7, "percent", Bound.APPROXIMATE);
    }

    @Test
    void yearsDatesAgesAndOrdinalsAreNotQuantities() {
        String text = "In 2019 the 45-year-old mayor opened the first school on March 3, and 120 pupils enrolled.";
        List<Quantity> found = quantities(text);
        assertEquals(1, found.size(), "only the pupils: " + found);
        assertQuantity(covering(found, text, "120"), 120, "pupils", Bound.EXACT);
    }

    @Test
    void yearDatingANounAndDurationsAreNotQuantities() {
        String text = "Emissions fell 30 percent below 2005 levels during his seven years in office.";
        List<Quantity> found = quantities(text);
        assertEquals(1, found.size(), "only the percentage: " + found);
        assertQuantity(covering(found, text, "30 percent"), 30, "percent", Bound.EXACT);
    }

    @Test
    void rangesKeepTheLowerFigure() {
        String text = "Between 300 and 400 sheep drowned, 10 to 20 barns flooded and 5-8 bridges fell.";
        List<Quantity> found = quantities(text);
        assertQuantity(covering(found, text, "Between 300 and 400"), 300, "sheep", Bound.RANGE);
        assertQuantity(covering(found, text, "10 to 20"), 10, "barns", Bound.RANGE);
        assertQuantity(covering(found, text, "5-8"), 5, "bridges", Bound.RANGE);
    }

    @Test
    void rangeLowerFigureBorrowsTheScale() {
        String text = "The dam will cost between 3 and 4 million dollars.";
        Quantity range = covering(quantities(text), text, "between 3 and 4 million dollars");
        assertQuantity(range, 3e6, "USD", Bound.RANGE);
    }

    @Test
    void numberWords() {
        String text = "About 42 million viewers watched as a dozen ships and two tugboats left the harbour.";
        List<Quantity> found = quantities(text);
        assertQuantity(covering(found, text, "About 42 million"), 4.2e7, "viewers", Bound.APPROXIMATE);
        assertQuantity(covering(found, text, "a dozen"), 12, "ships", Bound.EXACT);
        assertQuantity(covering(found, text, "two"), 2, "tugboats", Bound.EXACT);
    }

    @Test
    void pronounsPhoneNumbersAndIdentifiersAreSkipped() {
        String text = "One of the guards said Article 5 applies; call 555-123-4567 for the other three.";
        assertEquals(List.of(), quantities(text));
    }

    @Test
    void quantityLinksToTheStatementThatClaimsIt() {
        String text = "Harbour master Ilse Varga said that approximately 1,200 containers were lost at sea. "
                + "The port has 14 cranes.";
        ParsedText parsed = SharedNlp.NLP.parse(text, "2025-03-04");
        List<Statement> statements = new StatementsAnnotator().find(text, parsed);
        List<Quantity> found = quantities(text, statements);
        Quantity claimed = covering(found, text, "approximately 1,200");
        assertQuantity(claimed, 1200, "containers", Bound.APPROXIMATE);
        assertNotNull(claimed.statement(), "linked to Varga's statement");
        Statement statement = statements.stream().filter(s -> s.id().equals(claimed.statement())).findFirst()
                .orElseThrow();
        assertTrue(statement.content().contains(claimed.span()));
        assertNull(covering(found, text, "14").statement(), "the narrator's figure has no statement");
    }

    @Test
    void valuesOfWrittenNumbers() {
        assertEquals(1000.0, NumberWords.value(List.of("1,000")).orElseThrow());
        assertEquals(1.5e9, NumberWords.value(List.of("1.5bn")).orElseThrow());
        assertEquals(4.2e7, NumberWords.value(List.of("42", "million")).orElseThrow());
        assertEquals(25.0, NumberWords.value(List.of("twenty-five")).orElseThrow());
        assertEquals(300.0, NumberWords.value(List.of("three", "hundred")).orElseThrow());
        assertEquals(12.0, NumberWords.value(List.of("a", "dozen")).orElseThrow());
        assertEquals(2.5e5, NumberWords.value(List.of("250", "thousand")).orElseThrow());
        assertTrue(NumberWords.value(List.of("km")).isEmpty());
    }
}

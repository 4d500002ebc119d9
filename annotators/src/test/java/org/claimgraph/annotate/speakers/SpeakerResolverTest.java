package org.claimgraph.annotate.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.claimgraph.annotate.SharedNlp;
import org.claimgraph.annotate.entities.EntitiesAnnotator;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.annotate.statements.StatementsAnnotator;
import org.claimgraph.annotate.times.TimesAnnotator;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Statement;
import org.claimgraph.model.Statement.SpeakerType;
import org.claimgraph.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests; the people, outlets and events in them are invented. */
class SpeakerResolverTest {

    private static final SpeakerResolver RESOLVER = new SpeakerResolver();

    private record Result(String text, List<Statement> statements, List<Entity> entities) {}

    private static Result resolve(String text) {
        ParsedText parsed = SharedNlp.NLP.parse(text, "2025-03-04");
        List<Entity> entities = new EntitiesAnnotator().find(text, parsed);
        List<Statement> attributions = new StatementsAnnotator().find(text, parsed);
        List<TimeExpression> times = new TimesAnnotator().extract(parsed, text, "2025-03-04");
        List<Statement> resolved = RESOLVER.resolve(text, parsed, entities, attributions, times);
        // Resolution may fold an "according to" statement into the one it sources, and trim that one's content
        // before ", according to"; every statement out still comes from one statement in, with its words inside.
        for (Statement out : resolved) {
            Statement in = attributions.stream().filter(a -> a.id().equals(out.id())).findFirst().orElseThrow();
            assertTrue(in.content().contains(out.content()), "content within the attributed content");
            if (in.speaker().mention() != null) {
                assertEquals(in.speaker().mention(), out.speaker().mention(), "speaker mention unchanged");
            }
        }
        return new Result(text, resolved, entities);
    }

    private static Statement withCue(Result result, String cue) {
        for (Statement statement : result.statements()) {
            if (statement.cue() != null && statement.cue().coveredText(result.text()).equals(cue)) {
                return statement;
            }
        }
        fail("no statement with cue '" + cue + "' in " + result.statements());
        return null;
    }

    @Test
    void pronounAndShortNameResolveToTheFullName() {
        Result result = resolve("Harbour Minister Ilse Brandvik said the port would reopen. "
                + "She warned that repairs would take weeks. Brandvik added that costs were unknown.");
        for (String cue : List.of("said", "warned", "added")) {
            Statement statement = withCue(result, cue);
            assertEquals("Ilse Brandvik", statement.speaker().name(), cue);
            assertEquals(SpeakerType.PERSON, statement.speaker().type(), cue);
            assertNotNull(statement.speaker().entity(), cue);
        }
    }

    @Test
    void roleDescriptionSpeakerResolvesToThePerson() {
        Result result = resolve("Portuguese President Anselm Kovar visited the dam on Monday. "
                + "The Portuguese president said the dam was safe.");
        Statement statement = withCue(result, "said");
        assertEquals("Anselm Kovar", statement.speaker().name());
        assertEquals("The Portuguese president", statement.speaker().mention().coveredText(result.text()));
    }

    @Test
    void capitalSpeakingForItsGovernmentIsACountrySpeaker() {
        Result result = resolve("Moscow warned that the new sanctions would fail.");
        Statement statement = withCue(result, "warned");
        assertEquals(SpeakerType.COUNTRY, statement.speaker().type());
        assertEquals("Moscow", statement.speaker().name());
    }

    @Test
    void outletSpeakerIsMediaAndShortOutletNameIsResolvedInVia() {
        Result result = resolve("The Harbor Daily News reported that the mayor would resign. "
                + "Councillor Petra Olm said the mayor had lost support, according to the News.");
        Statement reported = withCue(result, "reported");
        assertEquals(SpeakerType.MEDIA, reported.speaker().type());
        assertEquals("The Harbor Daily News", reported.speaker().name());
        Statement olm = result.statements().stream().filter(s -> s.speaker().name().equals("Petra Olm"))
                .findFirst().orElse(null);
        assertNotNull(olm, result.statements().toString());
        assertTrue(olm.via().stream().anyMatch(v -> v.name().equals("The Harbor Daily News")), olm.via().toString());
    }

    @Test
    void anonymousSourcesKeepTheirWording() {
        Result result = resolve("Officials said the bridge would close in May.");
        Statement statement = withCue(result, "said");
        assertEquals(SpeakerType.ANONYMOUS, statement.speaker().type());
        assertEquals("Officials", statement.speaker().name());
    }

    @Test
    void dateOfTheCueSentenceIsTheStatementDate() {
        Result result = resolve("On February 12, Mayor Karl Steen said the budget was balanced.");
        assertEquals("2025-02-12", withCue(result, "said").date());
    }
}

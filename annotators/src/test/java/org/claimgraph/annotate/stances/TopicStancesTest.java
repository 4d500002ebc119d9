package org.claimgraph.annotate.stances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.Annotations;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metadata;
import org.claimgraph.model.Span;
import org.claimgraph.model.Stance;
import org.claimgraph.model.Stance.Position;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;

/** Which statements of an article bear on a topic and who holds which position, on an article written for the test. */
class TopicStancesTest {

    private static final String TEXT = "Mayor Ana Ruiz said the city would back the harbour bridge if the review "
            + "agreed. Councillor Bo Lind said the bridge project should be scrapped. "
            + "Lind added: \"It is a waste.\" "
            + "Ruiz recalled that Lind said the bridge project was doomed. "
            + "Ruiz said the weather was fine. Ruiz denied that the project was doomed.";

    private static Statement statement(String id, String speaker, String entity, String cue, String content) {
        int begin = TEXT.indexOf(content);
        int cueAt = cue == null ? -1 : TEXT.lastIndexOf(cue, begin);
        return new Statement(id, Statement.Kind.INDIRECT,
                new Statement.Speaker(speaker, Statement.SpeakerType.PERSON, entity, null),
                cue == null ? null : new Span(cueAt, cueAt + cue.length()), new Span(begin, begin + content.length()),
                List.of(), null, null, List.of(), 0.75);
    }

    private static Document document() {
        List<Statement> statements = new ArrayList<>();
        statements.add(statement("s1", "Ana Ruiz", "e1", "said", "the city would back the harbour bridge if the review agreed"));
        statements.add(statement("s2", "Bo Lind", "e2", "said", "the bridge project should be scrapped"));
        statements.add(statement("s3", "Bo Lind", "e2", "added", "\"It is a waste.\""));
        statements.add(statement("s4", "Ana Ruiz", "e1", "recalled", "that Lind said the bridge project was doomed"));
        statements.add(statement("s5", "Bo Lind", "e2", "said", "the bridge project was doomed"));
        statements.add(statement("s6", "Ana Ruiz", "e1", "said", "the weather was fine"));
        statements.add(statement("s7", "Ana Ruiz", "e1", "denied", "that the project was doomed"));
        int lind = TEXT.indexOf("Lind said the bridge");
        List<Entity> entities = List.of(
                new Entity("e1", "Ana Ruiz", Entity.Type.PERSON, List.of("Ruiz"), List.of("Mayor"), List.of()),
                new Entity("e2", "Bo Lind", Entity.Type.PERSON, List.of("Lind"), List.of("Councillor"),
                        List.of(new Span(lind, lind + 4))));
        return new Document("d1", "test", new Metadata(null, List.of(), null, null, null, "en"), TEXT,
                new Annotations(entities, statements, List.of(), List.of()), List.of());
    }

    private final TopicStances stances = new TopicStances(new Topic("the harbour bridge", "",
            List.of("build the harbour bridge", "the bridge project"), List.of(), List.of()));

    @Test
    void judgesTheStatementsThatBearOnTheTopic() {
        List<TopicStances.Judged> judged = stances.judge(document());
        List<String> seen = new ArrayList<>();
        judged.forEach(one -> seen.add(one.statement().id() + " " + one.position()));
        assertEquals(List.of("s1 CONDITIONAL", "s2 OPPOSE", "s3 OPPOSE", "s4 NEUTRAL", "s5 NEUTRAL"), seen,
                "s6 is about the weather; s7's words ('the project') are not a phrase of the topic");
        assertTrue(judged.get(2).bySentence(), "s3 bears on the topic as the continuation of s2");
        assertTrue(judged.get(3).reason().contains("Bo Lind"), "reporting Lind's words is not holding them: "
                + judged.get(3).reason());
    }

    @Test
    void aDenialIsPairedWithWhatItDenies() {
        Document document = document();
        List<TopicStances.Denial> denials = stances.denials(document, stances.judge(document));
        assertEquals(1, denials.size());
        assertEquals("s7", denials.get(0).denying().id());
        assertEquals("s5", denials.get(0).denied().id(), "Lind's words, which share 'project' and 'doomed' with it");
    }

    @Test
    void groupsEvidenceByHolderAndPosition() {
        List<Stance> found = stances.stances(document());
        assertEquals(4, found.size());
        Stance lind = found.get(1);
        assertEquals("Bo Lind", lind.holder());
        assertEquals(Position.OPPOSE, lind.position());
        assertEquals(List.of("s2", "s3"), lind.evidence());
        assertEquals("the harbour bridge", lind.topic());
    }
}

package org.claimgraph.annotate.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;

class ReportingChainsTest {

    private static final String TEXT = "Ana Silva said that the \"old\" bridge would close, according to the Courier. "
            + "\"It is time.\"";

    private static Span span(String words) {
        int begin = TEXT.indexOf(words);
        return new Span(begin, begin + words.length());
    }

    private static Statement statement(String id, String speaker, Statement.SpeakerType type, Span mention, Span cue,
            Span content, Statement.Kind kind) {
        return new Statement(id, kind, new Statement.Speaker(speaker, type, null, mention), cue, content, List.of(),
                null, null, List.of(), 0.5);
    }

    @Test
    void accordingToBecomesTheViaOfTheStatementItSources() {
        Statement said = statement("s1", "Ana Silva", Statement.SpeakerType.PERSON, span("Ana Silva"), span("said"),
                span("that the \"old\" bridge would close, according to the Courier"), Statement.Kind.MIXED);
        Statement according = statement("s2", "The Courier", Statement.SpeakerType.MEDIA, span("the Courier"),
                span("according to"), span("that the \"old\" bridge would close"), Statement.Kind.MIXED);
        Statement fragment = statement("s3", "unknown", Statement.SpeakerType.UNKNOWN, null, span("according"),
                span("\"old\""), Statement.Kind.DIRECT);
        Statement continued = statement("s4", "unknown", Statement.SpeakerType.UNKNOWN, null, span("according"),
                span("\"It is time.\""), Statement.Kind.DIRECT);

        List<Statement> folded = ReportingChains.fold(TEXT, List.of(said, according, fragment, continued));

        assertEquals(List.of("s1", "s4"), folded.stream().map(Statement::id).toList());
        Statement first = folded.get(0);
        assertEquals(List.of("The Courier"), first.via().stream().map(Statement.Via::name).toList());
        assertEquals("that the \"old\" bridge would close", first.content().coveredText(TEXT));
        Statement second = folded.get(1);
        assertEquals("Ana Silva", second.speaker().name());
        assertEquals("said", second.cue().coveredText(TEXT));
        assertEquals(List.of("The Courier"), second.via().stream().map(Statement.Via::name).toList());
    }

    @Test
    void statementsWithoutAccordingToStayAsTheyAre() {
        Statement said = statement("s1", "Ana Silva", Statement.SpeakerType.PERSON, span("Ana Silva"), span("said"),
                span("that the \"old\" bridge would close"), Statement.Kind.MIXED);
        assertEquals(List.of(said), ReportingChains.fold(TEXT, List.of(said)));
    }
}

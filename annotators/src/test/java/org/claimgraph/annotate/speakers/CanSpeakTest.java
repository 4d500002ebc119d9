package org.claimgraph.annotate.speakers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;

class CanSpeakTest {

    private static Statement by(String name, Statement.SpeakerType type) {
        return new Statement("s1", Statement.Kind.INDIRECT,
                new Statement.Speaker(name, type, null, new Span(0, name.length())), new Span(0, 1), new Span(2, 3),
                List.of(), null, null, List.of(), 0.5);
    }

    @Test
    void demonstrativeAndExpletiveSubjectsAreNotSources() {
        assertFalse(SpeakerResolver.canSpeak(by("This breakdown", Statement.SpeakerType.UNKNOWN)));
        assertFalse(SpeakerResolver.canSpeak(by("it", Statement.SpeakerType.UNKNOWN)));
        assertFalse(SpeakerResolver.canSpeak(by("That assertion", Statement.SpeakerType.UNKNOWN)));
    }

    @Test
    void peopleReportsAndResolvedSpeakersAre() {
        assertTrue(SpeakerResolver.canSpeak(by("the report", Statement.SpeakerType.UNKNOWN)));
        assertTrue(SpeakerResolver.canSpeak(by("Ana Silva", Statement.SpeakerType.PERSON)));
        assertTrue(SpeakerResolver.canSpeak(by("This newspaper", Statement.SpeakerType.MEDIA)));
    }
}

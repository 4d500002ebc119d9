package org.claimgraph.annotate.loaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same wording aimed at either side of a conflict gives the same techniques and the same spans: each template is
 * filled once with the first side and once with the second, and the spans found, with the side's words put back as
 * {@code {A}} and {@code {B}}, must be equal. Runs with the rules alone and with the shipped lexicon (which the PTC
 * gold set could otherwise have taught one side's names). Sentences written for this test.
 */
class SideNeutralTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("The {A} government is a corrupt regime run by thugs and cronies, {B} officials said.",
                        "Russian", "Ukrainian"),
                Arguments.of("{A} supporters branded the {B} leadership “traitors” and called its plan a sham.",
                        "Labour", "Conservative"),
                Arguments.of("Critics called the {A} group a gang of dangerous extremists, {B} papers reported.",
                        "far-left", "far-right"),
                Arguments.of("The {A} media published a disgraceful smear about the {B} candidate.",
                        "liberal", "conservative"),
                Arguments.of("The so-called {A} negotiators made an utterly absurd offer to the {B} side.",
                        "Israeli", "Palestinian"),
                Arguments.of("{A} leaders denounced the {B} regime as a brutal dictatorship of liars.",
                        "American", "Chinese"),
                Arguments.of("The {A} were furious: the {B} had shamelessly rigged the vote, they said.",
                        "Democrats", "Republicans"),
                Arguments.of("The {A} army's horrific shelling devastated the {B} villages.", "Indian", "Pakistani"));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void sameWordingSameSpansOnEitherSide(String template, String first, String second) {
        for (LoadedFinder finder : List.of(LoadedFinder.rulesOnly(), LoadedFinder.shipped())) {
            List<String> forward = found(finder, template, first, second);
            List<String> backward = found(finder, template, second, first);
            assertFalse(forward.isEmpty(), "the template must have loaded wording to compare: " + template);
            assertEquals(forward, backward, "the sides swapped in: " + template);
        }
    }

    /** The spans of the filled template, with each side's name put back as its placeholder. */
    private static List<String> found(LoadedFinder finder, String template, String a, String b) {
        String text = template.replace("{A}", a).replace("{B}", b);
        List<String> described = new ArrayList<>();
        for (String one : LoadedFinderTest.found(finder, text)) {
            described.add(one.replace(a, "{A}").replace(b, "{B}"));
        }
        return described;
    }
}

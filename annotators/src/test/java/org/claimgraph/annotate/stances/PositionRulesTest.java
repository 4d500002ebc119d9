package org.claimgraph.annotate.stances;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.model.Stance.Position;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Positions from the words of a statement, on sentences written for these tests: negation, modality and scope, and the
 * same rules for either side of any question.
 */
class PositionRulesTest {

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // rejections oppose; a negated rule-out is openness
        "said       | the government ruled out sending troops                       | OPPOSE",
        "said       | nothing should be ruled out                                   | CONDITIONAL",
        "           | we do not rule out sending instructors                        | CONDITIONAL",
        "did not rule out | sending instructors                                     | CONDITIONAL",
        "said       | any military contingent will be a legitimate target           | OPPOSE",
        "warned     | that any deployment could lead to a wider war                 | OPPOSE",
        "said       | he would not send troops                                      | OPPOSE",
        "said       | \"We don't need discussions about boots on the ground\"       | OPPOSE",
        "said       | the bridge should be scrapped                                 | OPPOSE",
        // support, and support under a condition
        "expressed  | readiness to send soldiers for training missions              | SUPPORT",
        "suggested  | sending troops                                                | SUPPORT",
        "said       | the council would back the bridge if the review confirmed it  | CONDITIONAL",
        "said       | sending trainers would be possible                            | CONDITIONAL",
        // no side
        "reported   | that trainers will be sent next month                         | NEUTRAL",
        "suggesting | that any deployment of troops                                 | NEUTRAL",
        "emphasised | that allies would act should such a scenario unfold           | NEUTRAL",
        // "not only" adds; two refusals support
        "has not only refused | to disavow the plan                                 | SUPPORT",
    })
    void positionOfAStatement(String cue, String content, Position expected) {
        assertEquals(expected, PositionRules.judge(cue == null ? "" : cue, content, true).position(), content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the {0} ruled out sending troops to the {1}         | OPPOSE",
        "the {0} is ready to send troops to the {1}          | SUPPORT",
        "the {0} said nothing should be ruled out in the {1} | CONDITIONAL",
        "the {0} warned that troops in the {1} would be a legitimate target | OPPOSE",
    })
    void theSameWordsCountForEitherSide(String template, Position expected) {
        String[][] sides = {{"East", "West"}, {"West", "East"}, {"government", "rebels"}, {"rebels", "government"}};
        for (String[] side : sides) {
            String sentence = template.replace("{0}", side[0]).replace("{1}", side[1]);
            assertEquals(expected, PositionRules.judge("", sentence, true).position(), sentence);
        }
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
        // a proposal verb or openness only takes a side when its own words say the topic
        "urged      | the allies to consider whether such steps are wise",
        "called for | a no-fly zone",
    })
    void offTopicWordsTakeNoSide(String cue, String content) {
        assertEquals(Position.NEUTRAL, PositionRules.judge(cue, content, false).position());
    }
}

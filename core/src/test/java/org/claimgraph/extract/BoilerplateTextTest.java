package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateTextTest {

    @Test
    void furnitureIsRecognised() {
        assertTrue(BoilerplateText.isBoilerplate("Sign up for our daily newsletter to get the briefing."));
        assertTrue(BoilerplateText.isBoilerplate("Click the share button above to email this story to friends."));
        assertTrue(BoilerplateText.isBoilerplate("Donate to the Example Times today."));
        assertTrue(BoilerplateText.isBoilerplate("Copyright © 2025 Example Media. All rights reserved."));
        assertTrue(BoilerplateText.isBoilerplate("For media inquiries: press@example.org"));
        assertTrue(BoilerplateText.isBoilerplate("Featured image is from Example Photos"));
        assertTrue(BoilerplateText.isBoilerplate("Comment on our articles on our Facebook page"));
        assertTrue(BoilerplateText.isBoilerplate("Region: ,"));
        assertTrue(BoilerplateText.isBoilerplate("* * *"));
        assertTrue(BoilerplateText.isBoilerplate("This article was originally published on Example Review."));
    }

    @Test
    void reportingIsNotFurniture() {
        assertFalse(BoilerplateText.isBoilerplate("The minister declined to comment on the report."));
        assertFalse(BoilerplateText.isBoilerplate("Both parties share the same view on the budget."));
        assertFalse(BoilerplateText.isBoilerplate("In his weekly newsletter, the mayor wrote that the bridge was late."));
        assertFalse(BoilerplateText.isBoilerplate("The campaign's fundraising slowed in March, its treasurer said."));
        assertFalse(BoilerplateText.isBoilerplate("First trainers, then combat troops"));
    }
}

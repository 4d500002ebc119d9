package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SiteNamesTest {

    @Test
    void findsTheNameThatSpellsTheDomain() {
        assertEquals("Daily Planet", SiteNames.nameForDomain("dailyplanet.example", "Read the Daily Planet every day."));
        assertEquals("Daily Planet", SiteNames.nameForDomain("daily-planet.co.uk", "More from The Daily Planet Fund."));
        assertNull(SiteNames.nameForDomain("dailyplanet.example", "Nothing here names the site."));
    }

    @Test
    void mainLabel() {
        assertEquals("example", SiteNames.mainLabel("news.example.co.uk"));
        assertEquals("example", SiteNames.mainLabel("www.example.org"));
        assertEquals("dailyplanet", SiteNames.mainLabel("daily-planet.com"));
    }
}

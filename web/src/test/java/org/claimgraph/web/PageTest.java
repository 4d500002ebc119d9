package org.claimgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void defaultsAndLimits() {
        assertEquals(new Page(50, 0), Page.of(name -> null));
        assertEquals(new Page(500, 10), Page.of(Map.of("limit", "500", "offset", "10")::get));
    }

    @Test
    void badValuesSayWhatIsAllowed() {
        ApiException tooMany = assertThrows(ApiException.class, () -> Page.of(Map.of("limit", "501")::get));
        assertEquals(400, tooMany.status());
        assertTrue(tooMany.getMessage().contains("from 1 to 500, got '501'"), tooMany.getMessage());
        ApiException negative = assertThrows(ApiException.class, () -> Page.of(Map.of("offset", "-1")::get));
        assertTrue(negative.getMessage().contains("'offset'"), negative.getMessage());
    }
}

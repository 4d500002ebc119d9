package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedTest {

    @Test
    void medianOfOddCountIsTheMiddleRound() {
        Speed speed = new Speed(List.of(30.0, 10.0, 20.0));
        assertEquals(20.0, speed.median());
        assertEquals(10.0, speed.min());
        assertEquals(30.0, speed.max());
    }

    @Test
    void medianOfEvenCountIsTheMeanOfTheMiddleRounds() {
        assertEquals(25.0, new Speed(List.of(40.0, 10.0, 20.0, 30.0)).median());
    }

    @Test
    void roundNanosBecomePagesPerSecond() {
        Speed speed = Speed.ofRounds(50, new long[] {1_000_000_000L, 500_000_000L});
        assertEquals(50.0, speed.min(), 1e-9);
        assertEquals(100.0, speed.max(), 1e-9);
    }

    @Test
    void noRoundIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new Speed(List.of()));
    }
}

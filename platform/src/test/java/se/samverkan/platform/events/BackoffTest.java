package se.samverkan.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1));

    @Test
    void theFirstRetryComesWithinTenSecondsAndTheWaitDoublesUpToAnHour() {
        assertEquals(Duration.ofSeconds(5), backoff.after(1, 0.0));
        assertTrue(backoff.after(1, 0.999).compareTo(Duration.ofSeconds(10)) < 0);
        assertEquals(Duration.ofSeconds(10), backoff.after(2, 0.0));
        assertEquals(Duration.ofSeconds(20), backoff.after(3, 0.0));
        assertEquals(Duration.ofMinutes(30), backoff.after(12, 0.0));
        assertEquals(Duration.ofMinutes(30), backoff.after(1_000, 0.0));
        assertTrue(backoff.after(1_000, 0.999).compareTo(Duration.ofHours(1)) < 0);
    }

    @Test
    void theRetriesOfTheDefaultSettingsSpanMoreThanADay() {
        Duration total = Duration.ZERO;
        int attempts = 0;
        while (total.compareTo(Duration.ofHours(72)) < 0) {
            attempts++;
            total = total.plus(backoff.after(attempts, 0.999));
        }
        // every wait at its longest: three days still take dozens of attempts, each of them at most an hour apart
        assertTrue(attempts > 60, attempts + " attempts");
    }
}

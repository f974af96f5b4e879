package se.samverkan.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business dates follow Sweden's calendar (appeal windows, calls open or closed, legally final), whatever zone the
 * machine runs in; instants stay UTC. Between midnight and 01:00/02:00 Swedish time a UTC date is still yesterday.
 */
public final class SwedishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishTime() {
    }

    /** Today in Sweden at the clock's instant. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}

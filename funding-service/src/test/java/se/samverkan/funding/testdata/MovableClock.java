package se.samverkan.funding.testdata;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import io.quarkus.test.junit.QuarkusTestProfile;

import se.samverkan.devtools.SettableClock;

/**
 * A clock whose "now" a test sets, replacing the platform's system clock in the tests that use
 * {@link Profile}. The tests run in the same JVM as the application, so the day they set is the day the service
 * computes call status and legallyFinal against. Its zone is UTC, as a container's is: the services must find the
 * Swedish day themselves.
 */
@Alternative
@ApplicationScoped
public class MovableClock {

    private static final SettableClock CLOCK = SettableClock.at(LocalDate.now());

    /** Noon (UTC) of the day: the same day in Sweden, summer or winter. */
    public static void setToday(LocalDate day) {
        CLOCK.setToday(day);
    }

    /** An exact instant, for a test about the hour at which Sweden's day begins. */
    public static void setInstant(Instant instant) {
        CLOCK.set(instant);
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return CLOCK;
    }

    /** The test profile that enables this clock. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }
    }
}

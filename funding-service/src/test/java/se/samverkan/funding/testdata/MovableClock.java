package se.samverkan.funding.testdata;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A clock whose "now" a test sets, replacing the platform's system clock in the tests that use
 * {@link Profile}. The tests run in the same JVM as the application, so the day they set is the day the service
 * computes call status and legallyFinal against. Its zone is UTC, as a container's is: the services must find the
 * Swedish day themselves.
 */
@Alternative
@ApplicationScoped
public class MovableClock {

    private static volatile Instant now = noonOf(LocalDate.now());

    /** Noon (UTC) of the day: the same day in Sweden, summer or winter. */
    public static void setToday(LocalDate day) {
        now = noonOf(day);
    }

    public static void setInstant(Instant instant) {
        now = instant;
    }

    private static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    /** The test profile that enables this clock. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }
    }
}

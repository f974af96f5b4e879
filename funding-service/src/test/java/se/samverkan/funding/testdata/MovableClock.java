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
 * A clock whose "today" a test sets, replacing the platform's system clock in the tests that use
 * {@link Profile}. The tests run in the same JVM as the application, so the day they set is the day the service
 * computes call status and legallyFinal against.
 */
@Alternative
@ApplicationScoped
public class MovableClock {

    private static volatile LocalDate today = LocalDate.now();

    public static void setToday(LocalDate day) {
        today = day;
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
                return today.atTime(12, 0).toInstant(ZoneOffset.UTC);
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

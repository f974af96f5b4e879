package se.samverkan.funding.testdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import io.quarkus.test.junit.QuarkusTestProfile;

import se.samverkan.devtools.SettableClock;

/**
 * A clock whose "today" a test sets, replacing the platform's system clock in the tests that use
 * {@link Profile}. The tests run in the same JVM as the application, so the day they set is the day the service
 * computes call status and legallyFinal against.
 */
@Alternative
@ApplicationScoped
public class MovableClock {

    private static final SettableClock CLOCK = SettableClock.at(LocalDate.now());

    public static void setToday(LocalDate day) {
        CLOCK.setToday(day);
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

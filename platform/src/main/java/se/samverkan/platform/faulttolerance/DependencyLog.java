package se.samverkan.platform.faulttolerance;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * How a service logs the other service failing it, so that an operator sees each outage without a line per
 * request: the circuit breaker's changes of state are logged (opening and half-opening as warnings, closing
 * again as information), a call that failed on its own is a warning, and a call refused at once because the
 * breaker is open is only a debug line; under load those are thousands a minute, and the state change that
 * caused them is already in the log.
 */
public final class DependencyLog {

    private final Logger log;
    private final String dependency;

    private DependencyLog(Logger log, String dependency) {
        this.log = log;
        this.dependency = dependency;
    }

    /** Logs the named breaker's changes of state from now on, and returns the logger for single calls. */
    public static DependencyLog watch(CircuitBreakerMaintenance breakers, String breaker, String dependency, Logger log) {
        breakers.onStateChange(breaker, state -> {
            switch (state) {
                case CLOSED -> log.infof("%s answers again: circuit breaker %s closed", dependency, breaker);
                case OPEN -> log.warnf("%s keeps failing: circuit breaker %s open, calls fail fast for a while",
                        dependency, breaker);
                case HALF_OPEN -> log.infof("circuit breaker %s half-open: trying %s again", breaker, dependency);
            }
        });
        return new DependencyLog(log, dependency);
    }

    /** One call that failed; {@code what} says what it was for (no personal data). */
    public void failed(String what, Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            log.debugf("%s not asked (circuit breaker open): %s", dependency, what);
        } else {
            log.warnf("%s cannot answer: %s: %s", dependency, what, failure.toString());
        }
    }
}

package se.samverkan.platform.faulttolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/** An outage of the other service is logged once per change of the breaker's state, not once per request. */
class DependencyLogTest {

    private static final String CATEGORY = "se.samverkan.test.DependencyLog";

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Consumer<CircuitBreakerState> breakerListener;
    private DependencyLog log;

    @BeforeEach
    void setUp() {
        java.util.logging.Logger category = java.util.logging.Logger.getLogger(CATEGORY);
        category.setLevel(Level.ALL);
        category.setUseParentHandlers(false);
        category.addHandler(capture);
        CircuitBreakerMaintenance breakers = new CircuitBreakerMaintenance() {
            @Override
            public CircuitBreakerState currentState(String name) {
                return CircuitBreakerState.CLOSED;
            }

            @Override
            public void onStateChange(String name, Consumer<CircuitBreakerState> callback) {
                assertEquals("other-api", name);
                breakerListener = callback;
            }

            @Override
            public void reset(String name) {
            }

            @Override
            public void resetAll() {
            }
        };
        log = DependencyLog.watch(breakers, "other-api", "other-service", Logger.getLogger(CATEGORY));
    }

    @AfterEach
    void tearDown() {
        java.util.logging.Logger.getLogger(CATEGORY).removeHandler(capture);
    }

    @Test
    void aFailedCallIsAWarningAndCallsRefusedByTheOpenBreakerAreDebugLines() {
        log.failed("the financing of project 1", new TimeoutException("slow"));
        breakerListener.accept(CircuitBreakerState.OPEN);
        for (int i = 0; i < 100; i++) {
            log.failed("the financing of project " + i, new CircuitBreakerOpenException("open"));
        }
        breakerListener.accept(CircuitBreakerState.HALF_OPEN);
        breakerListener.accept(CircuitBreakerState.CLOSED);

        List<String> warnings = records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogRecord::getMessage).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("other-service cannot answer: the financing of project 1"), warnings.get(0));
        assertTrue(warnings.get(1).contains("circuit breaker other-api open"), warnings.get(1));
        assertTrue(records.stream().anyMatch(r -> r.getMessage().contains("answers again")), "closing is logged");
        assertEquals(100, records.stream().filter(r -> r.getMessage().contains("not asked")).count());
    }
}

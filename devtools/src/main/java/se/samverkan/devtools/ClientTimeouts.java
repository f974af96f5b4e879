package se.samverkan.devtools;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * For the tests about a REST client's time-out to the other service: a test profile's short read time-out, a
 * stand-in delay far above it, and fault tolerance's own count of retries. The tests count retries rather than the
 * stand-in's requests: the client's read time-out runs from before the connection is made, so on a busy machine the
 * request may not have reached the stand-in when it fires.
 */
public final class ClientTimeouts {

    /** The read time-out the time-out tests give the client. */
    public static final int READ_TIMEOUT_MILLIS = 300;
    /** How long the stand-in takes to answer in those tests: far above the read time-out. */
    public static final int STAND_IN_DELAY_MILLIS = 10_000;
    /** Fault tolerance's time-out of the whole call, set out of the way so that the client's own one gives up. */
    public static final int CALL_TIMEOUT_MILLIS = 60_000;

    private ClientTimeouts() {
    }

    /**
     * A test profile's overrides: the named REST client's read time-out at {@link #READ_TIMEOUT_MILLIS}, and fault
     * tolerance's time-out of {@code callMethod} ("ClassName/method") at {@link #CALL_TIMEOUT_MILLIS}. The %test keys
     * are set too, since application.properties' own %test values would win over plain ones.
     */
    public static Map<String, String> shortRead(String restClient, String callMethod) {
        String readTimeout = "quarkus.rest-client." + restClient + ".read-timeout";
        String callTimeout = "quarkus.fault-tolerance.\"" + callMethod + "\".timeout.value";
        return Map.of(readTimeout, Integer.toString(READ_TIMEOUT_MILLIS),
                "%test." + readTimeout, Integer.toString(READ_TIMEOUT_MILLIS),
                callTimeout, Integer.toString(CALL_TIMEOUT_MILLIS),
                "%test." + callTimeout, Integer.toString(CALL_TIMEOUT_MILLIS));
    }

    /** Fault tolerance's count of retries of {@code method} ("fully.qualified.Class.method"), as Micrometer has it. */
    public static double retries(MeterRegistry registry, String method) {
        return registry.find("ft.retry.retries.total").counters().stream()
                .filter(c -> method.equals(c.getId().getTag("method")))
                .mapToDouble(Counter::count).sum();
    }
}

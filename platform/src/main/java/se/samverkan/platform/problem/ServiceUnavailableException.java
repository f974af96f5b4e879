package se.samverkan.platform.problem;

import java.util.List;

/** 503: something this service needs (its database, the other service) cannot answer now. */
public class ServiceUnavailableException extends ProblemException {

    private final int retryAfterSeconds;

    public ServiceUnavailableException(String detail, int retryAfterSeconds) {
        this(detail, retryAfterSeconds, null);
    }

    /** The same, keeping what failed as the cause, for the log and for tests; the client sees only the detail. */
    public ServiceUnavailableException(String detail, int retryAfterSeconds, Throwable cause) {
        super(503, "unavailable", "Service temporarily unavailable", detail, List.of(), cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

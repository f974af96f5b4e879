package se.samverkan.platform.problem;

/** 503: something this service needs (its database, the other service) cannot answer now. */
public class ServiceUnavailableException extends ProblemException {

    private final int retryAfterSeconds;

    public ServiceUnavailableException(String detail, int retryAfterSeconds) {
        super(503, "unavailable", "Service temporarily unavailable", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

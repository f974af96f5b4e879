package se.samverkan.funding.client;

/**
 * The REST client's own read time-out passed before project-service answered. Like the @Timeout's, it is not
 * retried: a second wait as long would only double the time a write takes to fail.
 */
public class ProjectApiTimedOut extends RuntimeException {

    public ProjectApiTimedOut(Throwable cause) {
        super("project-service did not answer in time", cause);
    }
}

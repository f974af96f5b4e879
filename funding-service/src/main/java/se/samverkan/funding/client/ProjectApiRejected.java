package se.samverkan.funding.client;

/** project-service refused a request with a 4xx other than 404: a bug on this side, not an outage. */
public class ProjectApiRejected extends RuntimeException {

    private final int status;

    public ProjectApiRejected(int status) {
        super("project-service answered " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

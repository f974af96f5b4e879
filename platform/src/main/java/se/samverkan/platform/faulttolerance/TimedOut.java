package se.samverkan.platform.faulttolerance;

import java.util.concurrent.TimeoutException;

/** Whether a failed call to the other service gave up waiting (its REST client's connect or read time-out). */
public final class TimedOut {

    private TimedOut() {
    }

    /**
     * True when a time-out is among the causes. The REST client reports its own time-outs wrapped in a
     * ProcessingException, which a retry policy would otherwise take for a failure worth trying again: a second
     * wait as long as the first.
     */
    public static boolean among(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}

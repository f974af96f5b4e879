package se.samverkan.platform.events;

import java.time.Duration;

/**
 * The wait before a webhook is tried again: {@code first} after the first failure, twice as long after each further
 * one, at most {@code max}; each wait is drawn at random from its upper half, so that receivers that come back
 * are not hit by every replica's retries at once.
 */
record Backoff(Duration first, Duration max) {

    /**
     * @param failedAttempts how many attempts have failed so far (at least 1)
     * @param random         a number in [0, 1)
     */
    Duration after(int failedAttempts, double random) {
        long ceiling = max.toMillis();
        long wait = first.toMillis();
        for (int i = 1; i < failedAttempts && wait < ceiling; i++) {
            wait *= 2;
        }
        wait = Math.min(wait, ceiling);
        return Duration.ofMillis(wait / 2 + (long) (random * (wait - wait / 2)));
    }
}

package se.samverkan.devtools;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still where a test puts it, so that dates and expiries are the test's own. In UTC. */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(Instant now) {
        this.now = now;
    }

    /** Noon (UTC) of the day: the same date on Sweden's calendar and in UTC. */
    public static SettableClock at(LocalDate day) {
        return new SettableClock(noon(day));
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void setToday(LocalDate day) {
        now = noon(day);
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}

package se.samverkan.funding.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a commitment promises for one year. */
@Embeddable
public class ScheduleEntry {

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public BigDecimal amount;

    public ScheduleEntry() {
    }

    public ScheduleEntry(int year, BigDecimal amount) {
        this.year = year;
        this.amount = amount;
    }
}

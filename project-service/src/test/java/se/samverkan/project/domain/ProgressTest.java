package se.samverkan.project.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** On track is judged against a straight line from the baseline at the period's start to the target at its end. */
class ProgressTest {

    private static final LocalDate START = LocalDate.parse("2018-01-01");
    private static final LocalDate END = LocalDate.parse("2018-12-31");
    private static final LocalDate MIDYEAR = LocalDate.parse("2018-07-02"); // 182 of 364 days: half way

    @Test
    void halfWayThroughTheYearHalfTheWayFromTheBaselineIsOnTrack() {
        assertEquals(Progress.ON_TRACK, ascending(null, 10, 5, MIDYEAR));
        assertEquals(Progress.BEHIND, ascending(null, 10, 4, MIDYEAR));
        assertEquals(Progress.ON_TRACK, ascending(4, 10, 7, MIDYEAR));
        assertEquals(Progress.BEHIND, ascending(4, 10, 6, MIDYEAR));
    }

    @Test
    void theTargetMetIsAchievedAtAnyTimeAndShortOfItAfterTheEndIsBehind() {
        assertEquals(Progress.ACHIEVED, ascending(null, 10, 10, START));
        assertEquals(Progress.ACHIEVED, ascending(null, 10, 12, MIDYEAR));
        assertEquals(Progress.BEHIND, ascending(null, 10, 9, END));
        assertEquals(Progress.BEHIND, ascending(null, 10, 9, END.plusYears(1)));
        assertEquals(Progress.ON_TRACK, ascending(null, 10, 0, START));
    }

    @Test
    void lowerIsBetterRunsFromTheBaselineDown() {
        assertEquals(Progress.ACHIEVED, descending(30, 10, 10, MIDYEAR));
        assertEquals(Progress.ON_TRACK, descending(30, 10, 20, MIDYEAR));
        assertEquals(Progress.BEHIND, descending(30, 10, 21, MIDYEAR));
        assertEquals(Progress.BEHIND, descending(null, 10, 11, MIDYEAR));
    }

    @Test
    void withoutATargetOrAnActualThereIsNothingToJudge() {
        assertEquals(Progress.NO_DATA, Progress.of(true, null, START, END, null, BigDecimal.ONE, MIDYEAR));
        assertEquals(Progress.NO_DATA, Progress.of(true, null, START, END, BigDecimal.ONE, null, MIDYEAR));
        assertEquals(null, Progress.NO_DATA.onTrack());
    }

    private static Progress ascending(Integer baseline, int target, int actual, LocalDate today) {
        return Progress.of(true, baseline == null ? null : BigDecimal.valueOf(baseline), START, END,
                BigDecimal.valueOf(target), BigDecimal.valueOf(actual), today);
    }

    private static Progress descending(Integer baseline, int target, int actual, LocalDate today) {
        return Progress.of(false, baseline == null ? null : BigDecimal.valueOf(baseline), START, END,
                BigDecimal.valueOf(target), BigDecimal.valueOf(actual), today);
    }
}

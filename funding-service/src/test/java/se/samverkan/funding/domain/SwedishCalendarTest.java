package se.samverkan.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Appeal windows end as lag (1930:173) om beräkning av lagstadgad tid has it. */
class SwedishCalendarTest {

    @ParameterizedTest(name = "notice {0}: three weeks end {1}, the window on {2}")
    @CsvSource({
            "2017-04-14, 2017-05-05, 2017-05-05", // a Friday: no move (Ljungby's decision)
            "2017-05-16, 2017-06-06, 2017-06-07", // Sveriges nationaldag
            "2017-09-09, 2017-09-30, 2017-10-02", // a Saturday
            "2019-12-03, 2019-12-24, 2019-12-27", // julafton, then juldagen and annandag jul
            "2018-12-10, 2018-12-31, 2019-01-02", // nyårsafton, then nyårsdagen
            "2017-06-02, 2017-06-23, 2017-06-26", // midsommarafton, midsommardagen, a Sunday
            "2017-03-24, 2017-04-14, 2017-04-18", // långfredagen to annandag påsk (Easter 2017: 16 April)
            "2025-04-08, 2025-04-29, 2025-04-29", // a Tuesday two days before första maj stays
            "2024-04-18, 2024-05-09, 2024-05-10", // Kristi himmelsfärdsdag (Easter 2024: 31 March)
            "2024-10-12, 2024-11-02, 2024-11-04", // alla helgons dag (a Saturday)
            "2016-12-16, 2017-01-06, 2017-01-09", // trettondedag jul on a Friday
    })
    void anAppealWindowEndingOnASaturdaySundayHolidayOrEveEndsOnTheNextWeekday(LocalDate notice, LocalDate threeWeeks,
            LocalDate windowEnds) {
        assertEquals(threeWeeks, notice.plusWeeks(DecisionCase.APPEAL_WEEKS));
        assertEquals(windowEnds, DecisionCase.appealWindowEnd(notice));
    }

    @Test
    void easterIsComputedForAnyYear() {
        // långfredagen and annandag påsk around Easter Sunday: 2008-03-23 (early), 2038-04-25 (as late as it gets)
        assertTrue(SwedishCalendar.isNonWorkingDay(LocalDate.parse("2008-03-21")));
        assertTrue(SwedishCalendar.isNonWorkingDay(LocalDate.parse("2008-03-24")));
        assertTrue(SwedishCalendar.isNonWorkingDay(LocalDate.parse("2038-04-23")));
        assertTrue(SwedishCalendar.isNonWorkingDay(LocalDate.parse("2038-04-26")));
        assertFalse(SwedishCalendar.isNonWorkingDay(LocalDate.parse("2038-04-22"))); // skärtorsdagen is a weekday
    }

    @Test
    void ordinaryWeekdaysAreWorkingDays() {
        assertFalse(SwedishCalendar.isNonWorkingDay(LocalDate.parse("2017-06-07")));
        assertFalse(SwedishCalendar.isNonWorkingDay(LocalDate.parse("2017-12-27")));
        assertFalse(SwedishCalendar.isNonWorkingDay(LocalDate.parse("2017-04-30").plusDays(2)));
    }
}

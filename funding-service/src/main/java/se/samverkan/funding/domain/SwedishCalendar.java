package se.samverkan.funding.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Sweden's calendar as the law on computing statutory time has it (lag (1930:173) om beräkning av lagstadgad tid,
 * 2 §): a time limit whose last day falls on a Saturday, a Sunday or another public holiday, or on midsommarafton,
 * julafton or nyårsafton, ends on the next weekday. Jollyday's Swedish calendar holds exactly those days: the public
 * holidays (the Easter-based ones computed for any year) and the three eves.
 */
public final class SwedishCalendar {

    private static final HolidayManager SWEDEN = HolidayManager.getInstance(
            ManagerParameters.create(HolidayCalendar.SWEDEN));

    private SwedishCalendar() {
    }

    /** A Saturday, a Sunday, a public holiday, midsommarafton, julafton or nyårsafton. */
    public static boolean isNonWorkingDay(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || SWEDEN.isHoliday(day);
    }

    /** The day a time limit ending on {@code lastDay} really ends: that day, or the next weekday after it. */
    public static LocalDate deadline(LocalDate lastDay) {
        LocalDate day = lastDay;
        while (isNonWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}

package se.samverkan.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Sort;

/** A page that is not full tells the total; only a full page, or one past the end, needs the count. */
class PageResponseTest {

    private static final LongSupplier NO_COUNT = () -> fail("the count ran although the page told the total");

    private static PageRequest page(int number, int size) {
        return new PageRequest(number, size, Sort.by("id"));
    }

    @Test
    void aFirstPageThatIsNotFullIsTheWholeList() {
        assertEquals(14, PageResponse.totalOf(14, page(0, 20), NO_COUNT));
        assertEquals(0, PageResponse.totalOf(0, page(0, 20), NO_COUNT));
    }

    @Test
    void aLaterPageThatIsNotFullIsTheLastOne() {
        assertEquals(2 * 20 + 5, PageResponse.totalOf(5, page(2, 20), NO_COUNT));
    }

    @Test
    void aFullPageOrOnePastTheEndIsCounted() {
        assertEquals(57, PageResponse.totalOf(20, page(0, 20), () -> 57));
        assertEquals(57, PageResponse.totalOf(20, page(1, 20), () -> 57));
        assertEquals(57, PageResponse.totalOf(0, page(9, 20), () -> 57));
    }
}

package se.samverkan.platform.paging;

import java.util.List;
import java.util.function.Function;

/** The envelope of every list: {@code {"items": [...], "page", "size", "totalItems", "totalPages"}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(List<E> rows, PageRequest request, long totalItems, Function<E, T> mapper) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(rows.stream().map(mapper).toList(), request.page(), request.size(), totalItems,
                totalPages);
    }
}

package se.samverkan.platform.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

/**
 * Writes one kind of answer as {@code text/csv} in {@link CsvDialect}, when the client asks for it with
 * {@code Accept: text/csv} and the resource method lists {@code text/csv} in its {@code @Produces}. A service
 * declares one subclass per answer, annotated {@code @Provider} and {@code @Produces(CsvDialect.TEXT_CSV)}, that
 * turns the answer into a {@link CsvTable}; the resource itself stays as it is. The answer is an attachment with the
 * table's file name, so that a browser saves it for the spreadsheet.
 *
 * @param <T> the answer's type; for a generic one ({@code PageResponse<CoFundingResponse>}) give
 *            {@link #itemType} too
 */
public abstract class CsvBodyWriter<T> implements MessageBodyWriter<T> {

    private final Class<?> type;
    private final Class<?> itemType;

    /** For an answer of a plain type. */
    protected CsvBodyWriter(Class<T> type) {
        this(type, null);
    }

    /** For an answer of a generic type whose one type argument is {@code itemType}. */
    protected CsvBodyWriter(Class<?> type, Class<?> itemType) {
        this.type = type;
        this.itemType = itemType;
    }

    protected abstract CsvTable table(T answer);

    @Override
    public boolean isWriteable(Class<?> candidate, Type genericType, Annotation[] annotations, MediaType mediaType) {
        if (!type.isAssignableFrom(candidate) || !mediaType.isCompatible(CsvDialect.MEDIA_TYPE)
                || mediaType.isWildcardType()) {
            return false;
        }
        return itemType == null || genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] == itemType;
    }

    @Override
    public void writeTo(T answer, Class<?> candidate, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        CsvTable table = table(answer);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, CsvDialect.MEDIA_TYPE);
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + table.filename() + "\"");
        CsvDialect.write(table, out);
    }
}

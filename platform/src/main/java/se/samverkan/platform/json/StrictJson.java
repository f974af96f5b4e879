package se.samverkan.platform.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Requests are read strictly: unknown fields (but the read-only fields of the representation a client read and sends
 * back, {@link ReadOnlyFieldsOf}), duplicate keys, numbers where strings belong (and the
 * other way round), fractions for integers and control characters in text are all 400s rather than
 * guesses. A date is {@code YYYY-MM-DD} and nothing else. A decimal is judged by its value ({@code 35000.100} is
 * 35000.10) and written as a plain decimal with at least two decimals, so money always has exactly two
 * ({@code 70000.00}, never {@code 70000.0} or {@code 7E+4}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.addHandler(new ReadOnlyFieldsIgnored());
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        mapper.configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.registerModule(new SimpleModule("samverkan-strict-strings")
                .addDeserializer(String.class, new StrictStringDeserializer())
                .addDeserializer(LocalDate.class, new StrictDateDeserializer())
                .addDeserializer(BigDecimal.class, new DecimalDeserializer())
                .addSerializer(BigDecimal.class, new DecimalSerializer()));
    }

    /**
     * Runs after Quarkus's own customizers, which register the java.time module: a later module's
     * deserializers win, so this one's date deserializer replaces the lenient one.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Accepts only JSON strings, and only text without control characters (tab and newlines aside). */
    static final class StrictStringDeserializer extends StdScalarDeserializer<String> {

        StrictStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            if (!Text.isPrintable(text)) {
                return (String) ctxt.handleWeirdStringValue(String.class, text,
                        "control characters are not allowed in text");
            }
            return text;
        }
    }

    /**
     * A date is {@code YYYY-MM-DD} only. The java.time module would cut a date-time ({@code 2017-10-16T09:00:00Z},
     * a client's {@code toISOString()}) down to its date, which is the previous day for a Swedish time just
     * after midnight; here it is a 400 naming the field.
     */
    static final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        StrictDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    // an impossible date such as 2017-02-30 falls through to the 400 below
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "a date is YYYY-MM-DD");
        }
    }

    /**
     * Judges a decimal by its value: trailing zeros beyond two decimals are dropped ({@code 35000.100} is
     * {@code 35000.10}), so that only a value with more decimals than a field allows is refused.
     */
    static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT && p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            BigDecimal value = p.getDecimalValue();
            if (value.scale() <= 2) {
                return value;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
        }
    }

    /** Writes a decimal plainly with at least two decimals: money (kept with two) always shows both. */
    static final class DecimalSerializer extends StdScalarSerializer<BigDecimal> {

        DecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.scale() < 2 ? value.setScale(2) : value);
        }
    }
}

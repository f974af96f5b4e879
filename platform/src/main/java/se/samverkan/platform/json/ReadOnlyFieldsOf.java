package se.samverkan.platform.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request record: a client may send back the representation it read, with the fields of {@link #value()} that
 * the request does not take ({@code id}, {@code version}, {@code createdAt}, a status the service keeps, …). Those
 * are read-only and ignored, as Google's AIP-203 has it, so GET, change one field, PUT works; a field that neither
 * record has stays a 400. See {@link ReadOnlyFieldsIgnored}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadOnlyFieldsOf {

    /** The response record whose fields are read-only in this request. */
    Class<? extends Record> value();
}

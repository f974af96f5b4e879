package se.samverkan.platform.audit;

import java.io.IOException;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import se.samverkan.platform.openapi.Examples;

/**
 * Who made a change, as recorded at write time: the token's subject (with a real identity provider, a person's
 * e-mail address), the role the change was made in and the organisation the actor acted for. The subject is
 * personal data: an answer shows it only to a caller who may see persons ({@link PersonalData}), everyone else sees
 * the role and the organisation. Work the service does by itself ({@code system:…}) is no person and is shown to all.
 */
@Schema(name = "Actor", description = "Who made a change. The person (the token's subject) is shown only to admins and "
        + "national coordinators; every other role sees the role and the organisation the change was made for.")
@JsonSerialize(using = Actor.AsTheCallerMaySeeIt.class)
public record Actor(
        @Schema(nullable = true, description = "The token's subject: a person, shown only to admins and national "
                + "coordinators (always for the service's own work, `system:…`); null for every other caller",
                example = "dev-admin") String subject,
        @Schema(nullable = true, description = "The role the change was made in (`system` for the service's own work); "
                + "null for changes recorded before roles were", example = "municipality-officer") String role,
        @Schema(nullable = true, description = "The organisation the actor acted for (its token's `org`), when it had one",
                example = Examples.LJUNGBY) UUID organisationId) {

    /** The role of the service's own work (a scheduled check). */
    public static final String SYSTEM = "system";

    /** The same actor without the person. */
    public Actor withoutSubject() {
        return new Actor(null, role, organisationId);
    }

    /** As the current caller may see it: with the subject only for a caller who may see persons. */
    public Actor asShownToCaller() {
        return SYSTEM.equals(role) || PersonalData.callerMaySeePersons() ? this : withoutSubject();
    }

    /** Applies {@link #asShownToCaller()} whenever an actor is written into an answer, in every resource alike. */
    static final class AsTheCallerMaySeeIt extends JsonSerializer<Actor> {
        @Override
        public void serialize(Actor actor, JsonGenerator json, SerializerProvider provider) throws IOException {
            Actor shown = actor.asShownToCaller();
            json.writeStartObject();
            json.writeStringField("subject", shown.subject());
            json.writeStringField("role", shown.role());
            json.writeStringField("organisationId", shown.organisationId() == null ? null
                    : shown.organisationId().toString());
            json.writeEndObject();
        }
    }
}

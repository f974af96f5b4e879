package se.samverkan.platform.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock: instants for audit fields, history and events, and "today" through {@link SwedishTime#today}.
 * Tests replace it to move "now".
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(SwedishTime.ZONE);
    }
}

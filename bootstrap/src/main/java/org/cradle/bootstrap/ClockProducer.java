package org.cradle.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The clock every use case reads. "Today" is a date in the services' own time zone, not in UTC. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "cradle.time-zone", defaultValue = "Europe/London") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}

package org.cradle.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Period;
import org.cradle.domain.ReviewPeriod;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The organisation's longest interval between reviews of a consent or a confidentiality notice. */
@ApplicationScoped
public class ReviewPeriodProducer {

    @Produces
    @Singleton
    ReviewPeriod reviewPeriod(
            @ConfigProperty(name = "cradle.records.maximum-review-period", defaultValue = "P1Y") Period maximum) {
        return new ReviewPeriod(maximum);
    }
}

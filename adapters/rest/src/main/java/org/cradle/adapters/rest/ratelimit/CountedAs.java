package org.cradle.adapters.rest.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cradle.domain.ratelimit.OperationClass;

/**
 * The class an operation is counted in by the rate limits when its HTTP method does not say it (ADR
 * 24): an export or other bulk download ({@link OperationClass#EXPORT}), an endpoint other systems send
 * records to in bulk ({@link OperationClass#INGEST}). Without it, safe methods (GET, HEAD, OPTIONS) are
 * reads and the others writes. A new bulk endpoint declares it; {@link RateLimitGate} reads it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CountedAs {

    OperationClass value();
}

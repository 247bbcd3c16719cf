package org.cradle.adapters.rest.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cradle.domain.actor.Capability;

/**
 * The capability an operation needs, checked by {@link OperationGate} before anything of the request
 * is read: a caller whose roles can never use the operation gets 403 whatever the body or parameters,
 * so errors do not teach strangers how the API validates. Every operation declares one (an
 * architecture test checks); {@link #none} marks the few any signed-in caller may use.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

    /** The capability; {@link Capability} values are granted to roles by the domain's access policy. */
    Capability[] value() default {};

    /** True for operations open to every caller with a valid token and organisation (such as "who am I"). */
    boolean none() default false;
}

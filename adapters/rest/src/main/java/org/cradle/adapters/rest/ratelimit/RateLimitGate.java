package org.cradle.adapters.rest.ratelimit;

import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cradle.application.ratelimit.RateLimitPolicies;
import org.cradle.application.ratelimit.RateLimiter;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.ratelimit.LimitedClient;
import org.cradle.domain.ratelimit.OperationClass;
import org.cradle.domain.ratelimit.RateLimitDecision;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rate limits at the edge of the API (ADR 24): once an operation is matched and the token verified,
 * and before the roles are checked ({@code OperationGate}, whose refusals are audited) or anything of
 * the request is read, the caller's request is counted against the limit of its class, and refused
 * with 429 when the caller has reached it. Every answer to a counted request says the limit, what is
 * left and when the window ends.
 *
 * <p>Counted: each caller with a verified token, as the actor it is (a practitioner by subject, an
 * integration client by client id). Not counted: a request without a valid token (it is answered 401
 * whatever its number), nor anything outside the API's operations (health, metrics, the OpenAPI
 * document, paths nothing serves). Switched off, nothing is counted or told.
 */
public class RateLimitGate {

    static final String DECISION = RateLimitGate.class.getName() + ".decision";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final RateLimitPolicies policies;
    private final RateLimiter limiter;
    private final Provider<Actor> actor;
    private final Map<Method, Optional<OperationClass>> declared = new ConcurrentHashMap<>();

    public RateLimitGate(RateLimitPolicies policies, RateLimiter limiter, Provider<Actor> actor) {
        this.policies = policies;
        this.limiter = limiter;
        this.actor = actor;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void limit(ContainerRequestContext request, ResourceInfo resource) {
        Method operation = resource.getResourceMethod();
        if (!policies.enabled() || operation == null) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        limiter.admit(LimitedClient.of(actor.get()), classOf(request.getMethod(), operation))
                .ifPresent(decision -> request.setProperty(DECISION, decision));
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
            RateLimitHeaders.addTo(response.getHeaders(), decision);
        }
    }

    /** What the operation declares ({@link CountedAs}), else what its method says. */
    OperationClass classOf(String httpMethod, Method operation) {
        return declared.computeIfAbsent(operation, m -> Optional.ofNullable(m.getAnnotation(CountedAs.class))
                        .map(CountedAs::value))
                .orElseGet(() -> SAFE_METHODS.contains(httpMethod) ? OperationClass.READ : OperationClass.WRITE);
    }
}

package org.cradle.adapters.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id, puts it in the logging context (so every line logged while serving the
 * request carries it) and in the {@value #HEADER} response header, and logs one line per request.
 *
 * <p>The line holds the method, the path, the status and the time taken, and deliberately not the
 * query string: searches carry names and NHS numbers there. Paths only ever hold identifiers, and are
 * cut to {@value #MAX_LOGGED_PATH} characters, so that a caller cannot flood the log with a long one.
 */
public class RequestLog {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    static final int MAX_LOGGED_PATH = 200;

    /** The longest path {@link #shortened} gives: the path cut, and how long it was. */
    public static final int MAX_SHORTENED_PATH = MAX_LOGGED_PATH + 32;

    private static final Logger LOG = Logger.getLogger("org.cradle.request");
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String STARTED = RequestLog.class.getName() + ".started";

    /** Keeps a caller's id when it is harmless, so a request can be followed across systems. */
    @ServerRequestFilter(preMatching = true)
    public void begin(ContainerRequestContext request) {
        String offered = request.getHeaderString(HEADER);
        String id = offered != null && ACCEPTABLE_ID.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        request.setProperty(MDC_KEY, id);
        request.setProperty(STARTED, System.nanoTime());
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void end(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle(HEADER, id);
        long tookMillis = (System.nanoTime() - (long) request.getProperty(STARTED)) / 1_000_000;
        LOG.infof(
                "%s %s %d %d ms",
                request.getMethod(),
                shortened(request.getUriInfo().getRequestUri().getRawPath()),
                response.getStatus(),
                tookMillis);
        MDC.remove(MDC_KEY);
    }

    /** The path as logged or echoed: at most {@value #MAX_LOGGED_PATH} characters, saying how long it was. */
    public static String shortened(String path) {
        if (path == null || path.length() <= MAX_LOGGED_PATH) {
            return path;
        }
        return path.substring(0, MAX_LOGGED_PATH) + "…(" + path.length() + " characters)";
    }
}

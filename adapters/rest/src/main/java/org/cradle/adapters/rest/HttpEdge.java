package org.cradle.adapters.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.cradle.adapters.rest.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every HTTP answer gets, whichever layer gives it: the security headers, and problem details
 * for the refusals made below the REST layer (a body over the size limit, a path nothing serves, a
 * URI too long), which the HTTP server would otherwise answer with a bare status.
 */
@ApplicationScoped
public class HttpEdge {

    /**
     * The longest URI served. The HTTP server's own limit is set far higher
     * ({@code quarkus.http.limits.max-initial-line-length}) so that a longer one reaches this check and
     * gets a problem answer rather than the server's bare 414.
     */
    static final int MAX_URI_LENGTH = 8192;

    /** The most header bytes served; likewise below the HTTP server's own limit, for the same reason. */
    static final int MAX_HEADER_BYTES = 32 * 1024;

    /**
     * Where a video's bytes are appended (tus PATCH): the one body that is not a small JSON document. It
     * is streamed to storage as it arrives, never buffered, and held to the video limit instead.
     */
    static final String VIDEO_UPLOADS = "/api/v1/video-uploads/";

    private final ObjectMapper json;
    private final long maxBodySize;
    private final long maxVideoBodySize;
    private final BodyHandler chunkedBodies;

    public HttpEdge(
            ObjectMapper json,
            @ConfigProperty(name = "cradle.http.max-body-size", defaultValue = "1M") MemorySize maxBodySize,
            @ConfigProperty(name = "cradle.videos.max-length", defaultValue = "8589934592") long maxVideoBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxVideoBodySize = maxVideoBodySize;
        // A body sent in chunks declares no length: read it here, counting, so that one over the limit
        // is refused with a problem (the REST layer then uses the body already read).
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::begin);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.route().last().handler(context -> answer(context, 404, "There is nothing at this path."));
    }

    private void begin(RoutingContext context) {
        context.addHeadersEndHandler(ignored ->
                secure(context.response().headers(), context.request().path()));
        if (context.request().uri().length() > MAX_URI_LENGTH) {
            answer(context, 414, "The URI is longer than " + MAX_URI_LENGTH + " characters.");
            return;
        }
        if (headerBytes(context) > MAX_HEADER_BYTES) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            answer(context, 431, "The request headers are larger than " + MAX_HEADER_BYTES + " bytes.");
            return;
        }
        boolean videoBytes = (context.request().method() == io.vertx.core.http.HttpMethod.PATCH
                        || (context.request().method() == io.vertx.core.http.HttpMethod.POST
                                && "PATCH".equals(context.request().getHeader("X-HTTP-Method-Override"))))
                && context.request().path().startsWith(VIDEO_UPLOADS);
        if (declaredBodySize(context) > (videoBytes ? maxVideoBodySize : maxBodySize)) {
            // The HTTP server would refuse it too, with a bare 413; the connection is closed either way,
            // so as not to read a body nobody will use.
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            answer(context, 413, "The request body is larger than " + maxBodySize + " bytes.");
            return;
        }
        if (!videoBytes
                && context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            chunkedBodies.handle(context);
            return;
        }
        context.next();
    }

    private static long headerBytes(RoutingContext context) {
        long bytes = 0;
        for (var header : context.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long declaredBodySize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Personal data must not be kept by browsers or proxies, nor framed or sniffed into something
     * else. The content security policy is for the API only: Swagger UI needs its scripts.
     */
    static void secure(MultiMap headers, String path) {
        headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.set("Pragma", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        if (path != null && path.startsWith("/api/")) {
            headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
    }

    /** A refusal made by the HTTP server (a status, no exception): answered as problem details. */
    private void failed(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || context.failure() != null || status < 400 || status >= 500) {
            context.next();
            return;
        }
        answer(
                context,
                status,
                switch (status) {
                    case 413 -> "The request body is larger than " + maxBodySize + " bytes.";
                    case 404 -> "There is nothing at this path.";
                    case 405 -> "This path does not accept that method.";
                    default -> "The request was refused by the HTTP server.";
                });
    }

    private void answer(RoutingContext context, int status, String detail) {
        var known = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status);
        Problem problem = new Problem(
                "/problems/http-" + status,
                known.reasonPhrase(),
                status,
                detail,
                RequestLog.shortened(context.request().path()),
                "http-" + status,
                List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}

package org.cradle.bootstrap;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/**
 * Cradle's own scheduled work runs on threads of its own, in no request: what it reads outside a
 * transaction (a destroyed video's record, before its blob is removed) needs the request context a
 * request would have. One context per run, ended with it.
 */
public final class OutsideAnyRequest {

    private OutsideAnyRequest() {}

    public static void run(Runnable work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            work.run();
        } finally {
            requestContext.terminate();
        }
    }
}

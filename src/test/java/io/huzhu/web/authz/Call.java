package io.huzhu.web.authz;

import io.huzhu.support.Api;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One request as one caller. A row's request is a {@code Supplier<Call>}: the supplier prepares what the row needs
 * (a sandbox group, say) once, and the call is then sent as each caller in turn.
 */
interface Call {

    Api.Response send(Actor actor);

    /** The same request for every caller, on resources of the world that it does not change. */
    static Supplier<Call> each(Call call) {
        return () -> call;
    }

    /** The same request for every caller, on a resource it may change: see {@link Fresh}. */
    static Supplier<Call> fresh(Supplier<String> make, BiFunction<String, Actor, Api.Response> request) {
        return () -> {
            Fresh resource = new Fresh(make);
            return a -> resource.use(id -> request.apply(id, a));
        };
    }

    /**
     * A resource for requests that change it (a member to kick, a draft to publish, an announcement to delete): made
     * when the row first needs it and made again after every request that succeeded on it, so that each caller meets
     * it as it was made.
     */
    final class Fresh {
        private final Supplier<String> make;
        private @Nullable String current;

        Fresh(Supplier<String> make) {
            this.make = make;
        }

        Api.Response use(Function<String, Api.Response> request) {
            String resource = current == null ? make.get() : current;
            current = resource;
            Api.Response response = request.apply(resource);
            if (response.status() / 100 == 2) {
                current = null;
            }
            return response;
        }
    }
}

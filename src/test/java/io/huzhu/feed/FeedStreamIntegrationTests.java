package io.huzhu.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SSE fallback, read as a browser's EventSource would: event ids are seqs and resume via Last-Event-ID. */
@IntegrationTest
class FeedStreamIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    GroupFixtures groups;

    private List<String> ids(Api.Session member, GroupFixtures.Group group, String lastEventId) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(api.base() + "/api/groups/" + group.id() + "/stream"))
                .header("Authorization", "Bearer " + member.token())
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith("id:")) {
                        ids.add(line.substring(3).strip());
                    }
                }
            } catch (Exception closed) {
                // the test is over
            }
        });
        return ids;
    }

    @Test
    void streamsMessagesWithTheirSeqAsIdAndResumesFromLastEventId() throws Exception {
        var group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "m");
        String path = "/api/groups/" + group.id() + "/messages";
        String first = api.post(path, group.owner().token(), Map.of("kind", "TEXT", "text", "one"))
                .json()
                .path("seq")
                .asString();

        List<String> live = ids(member, group, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> live.contains(first));
        String second = api.post(path, group.owner().token(), Map.of("kind", "TEXT", "text", "two"))
                .json()
                .path("seq")
                .asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> live.contains(second));

        List<String> resumed = ids(member, group, first);
        await().atMost(Duration.ofSeconds(10)).until(() -> resumed.contains(second));
        assertThat(resumed).containsExactly(second);
    }

    @Test
    void nonMembersCannotOpenTheStream() {
        var group = groups.create(api.register("owner"));
        Api.Response response = api.get(
                "/api/groups/" + group.id() + "/stream", api.register("x").token());
        assertThat(response.status()).isEqualTo(404);
    }
}

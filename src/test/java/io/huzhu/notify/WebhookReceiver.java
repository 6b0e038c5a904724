package io.huzhu.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP server on loopback that records what it receives and answers with the statuses a test queues (200
 * once the queue is empty; a 302 also sends a Location header; every answer carries a body the test can look for).
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    static final String RESPONSE_BODY = "RECEIVER-INTERNAL-DETAIL-7f3a";
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Integer> statuses = new ConcurrentLinkedDeque<>();
    private volatile int fallback = 200;
    private final HttpServer server;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(
                    new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            Integer queued = statuses.poll();
            int status = queued == null ? fallback : queued;
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", url("/elsewhere"));
            }
            byte[] answer = RESPONSE_BODY.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answer(int... codes) {
        for (int code : codes) {
            statuses.add(code);
        }
    }

    public void always(int code) {
        fallback = code;
    }

    public List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

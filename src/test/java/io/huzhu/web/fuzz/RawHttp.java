package io.huzhu.web.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so that a test can send what {@code java.net.http} refuses to: malformed request
 * targets ({@code %00}, {@code %ZZ}, {@code ..}), header lines of any size and count, and bodies with any content
 * type. One request per connection ({@code Connection: close}).
 */
public final class RawHttp {

    public record Request(String method, String target, Map<String, String> headers, byte[] body) {

        public static Request of(String method, String target) {
            return new Request(method, target, new LinkedHashMap<>(), new byte[0]);
        }

        public Request header(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Request(method, target, copy, body);
        }

        public Request body(String contentType, String text) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            if (contentType != null) {
                copy.put("Content-Type", contentType);
            }
            return new Request(method, target, copy, text.getBytes(StandardCharsets.UTF_8));
        }

        /** A short description for failure reports (the body cut to 120 characters). */
        public String describe() {
            String text = new String(body, StandardCharsets.UTF_8);
            String cut = text.length() > 120 ? text.substring(0, 120) + "…" : text;
            Map<String, String> shown = new LinkedHashMap<>();
            headers.forEach((k, v) -> shown.put(k, v.length() > 60 ? v.substring(0, 60) + "…(" + v.length() + ")" : v));
            return method + " " + (target.length() > 160 ? target.substring(0, 160) + "…" : target) + " " + shown
                    + (body.length == 0 ? "" : " body=" + cut);
        }
    }

    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String host;
    private final int port;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public Response send(Request request) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder();
            head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(host).append(':').append(port).append("\r\n");
            head.append("Connection: close\r\n");
            for (var h : request.headers().entrySet()) {
                head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
            if (request.body().length > 0 || List.of("POST", "PUT", "PATCH").contains(request.method())) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(request.body());
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("No HTTP response to " + request.describe() + ": " + e, e);
        }
    }

    private static Response read(InputStream raw) throws IOException {
        InputStream in = new java.io.BufferedInputStream(raw);
        Response response;
        do { // skip interim answers (100 Continue)
            response = readOne(in);
        } while (response.status() < 200);
        return response;
    }

    private static Response readOne(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Incomplete response head: " + head.size() + " bytes");
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        if (status < 200) {
            return new Response(status, headers, "");
        }
        String type = headers.getOrDefault("content-type", "");
        if (type.startsWith("text/event-stream")) {
            return new Response(status, headers, ""); // a stream stays open: the head is the answer
        }
        String length = headers.get("content-length");
        byte[] rest = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
        String body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"))
                ? dechunk(rest)
                : new String(rest, StandardCharsets.UTF_8);
        return new Response(status, headers, body);
    }

    private static String dechunk(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length) {
            int lineEnd = i;
            while (lineEnd + 1 < raw.length && !(raw[lineEnd] == '\r' && raw[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(raw, i, lineEnd - i, StandardCharsets.ISO_8859_1).trim();
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt(semicolon < 0 ? size : size.substring(0, semicolon), 16);
            if (n == 0) {
                break;
            }
            out.write(raw, lineEnd + 2, Math.min(n, raw.length - lineEnd - 2));
            i = lineEnd + 2 + n + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

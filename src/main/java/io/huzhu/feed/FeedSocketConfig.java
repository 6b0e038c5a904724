package io.huzhu.feed;

import io.huzhu.identity.AccountStatus;
import io.huzhu.identity.CurrentUser;
import io.huzhu.identity.Tokens;
import io.huzhu.identity.WebSession;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * {@code /ws}, authenticated by the same bearer token as the API, in the {@code Authorization} header (API clients)
 * or the web app's HttpOnly session cookie (browsers, which cannot set headers on a WebSocket). Never in the URL,
 * where proxies and access logs keep it. Because a browser sends the cookie to any page's WebSocket, the handshake
 * also checks {@code Origin}: the same origin, or one listed in {@code huzhu.feed.socket-allowed-origins}; clients
 * that send no {@code Origin} (not browsers) authenticate by header.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class FeedSocketConfig implements WebSocketConfigurer {

    /**
     * Settings of the WebSocket ({@code huzhu.feed.*}).
     *
     * @param socketAllowedOrigins other origins whose pages may open {@code /ws} (e.g. https://m.example.com)
     */
    @ConfigurationProperties("huzhu.feed")
    record Properties(@DefaultValue List<String> socketAllowedOrigins) {}

    private final FeedSocketHandler handler;
    private final Tokens tokens;
    private final Properties properties;

    FeedSocketConfig(FeedSocketHandler handler, Tokens tokens, Properties properties) {
        this.handler = handler;
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws")
                .addInterceptors(new TokenHandshake())
                .setAllowedOrigins(properties.socketAllowedOrigins().toArray(String[]::new));
    }

    private final class TokenHandshake implements HandshakeInterceptor {
        @Override
        public boolean beforeHandshake(
                ServerHttpRequest request,
                ServerHttpResponse response,
                WebSocketHandler wsHandler,
                Map<String, Object> attributes) {
            Optional<CurrentUser> user =
                    token(request).flatMap(tokens::authenticate).filter(u -> u.status() != AccountStatus.BANNED);
            if (user.isEmpty()) {
                response.setStatusCode(HttpStatus.UNAUTHORIZED);
                return false;
            }
            attributes.put(FeedSocketHandler.USER, user.get());
            return true;
        }

        @Override
        public void afterHandshake(
                ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler, Exception ex) {}

        private Optional<String> token(ServerHttpRequest request) {
            String header = request.getHeaders().getFirst("Authorization");
            if (header != null && header.startsWith("Bearer ")) {
                return Optional.of(header.substring(7).strip());
            }
            if (request instanceof ServletServerHttpRequest servlet) {
                Cookie session = WebUtils.getCookie(servlet.getServletRequest(), WebSession.SESSION_COOKIE);
                if (session != null && !session.getValue().isBlank()) {
                    return Optional.of(session.getValue());
                }
            }
            return Optional.empty();
        }
    }
}

package io.huzhu.feed;

import io.huzhu.identity.AccountStatus;
import io.huzhu.identity.CurrentUser;
import io.huzhu.identity.Tokens;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /ws}, authenticated by the same bearer token as the API: in the {@code Authorization} header, or (for
 * browsers, which cannot set headers on a WebSocket) in the {@code access_token} query parameter.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class FeedSocketConfig implements WebSocketConfigurer {

    private final FeedSocketHandler handler;
    private final Tokens tokens;

    FeedSocketConfig(FeedSocketHandler handler, Tokens tokens) {
        this.handler = handler;
        this.tokens = tokens;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws")
                .addInterceptors(new TokenHandshake())
                .setAllowedOriginPatterns("*");
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
            return Optional.ofNullable(UriComponentsBuilder.fromUri(request.getURI())
                    .build()
                    .getQueryParams()
                    .getFirst("access_token"));
        }
    }
}

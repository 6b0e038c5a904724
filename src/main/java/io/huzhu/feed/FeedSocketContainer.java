package io.huzhu.feed;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Memory per connection. A node keeps tens of thousands of mostly idle feed connections open, so what each one
 * holds matters more than the speed of one large response:
 * <ul>
 *   <li>the WebSocket container's inbound text and binary buffers (8 KiB each by default, the text one in chars):
 *       members only send short frames (subscribe, cursor, ping); frames the server sends are not limited by
 *       these sizes;
 *   <li>Tomcat's per-socket application read and write buffers (8 KiB each by default): 4 KiB each; a longer
 *       response is written in more pieces.
 * </ul>
 * With Tomcat's WebSocket buffer size (set in {@code HuzhuApplication.main}) these bring an idle subscribed
 * connection from about 54 KB to under 30 KB of heap (docs/benchmarks.md, fan-out).
 */
@Configuration(proxyBeanMethods = false)
class FeedSocketContainer {

    /** Largest frame a member may send (a subscribe frame is under 200 bytes); larger ones close the socket. */
    static final int INBOUND_BUFFER = 1024;

    static final int SOCKET_BUFFER = 4096;

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(INBOUND_BUFFER);
        container.setMaxBinaryMessageBufferSize(INBOUND_BUFFER);
        return container;
    }

    @Bean
    TomcatConnectorCustomizer smallSocketBuffers() {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(SOCKET_BUFFER));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_BUFFER));
        };
    }
}

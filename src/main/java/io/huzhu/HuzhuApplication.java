package io.huzhu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Callers authenticate with bearer tokens or the web session ({@code identity.Tokens}); nothing uses Spring Security's
 * user store, so its default in-memory user (and the "Using generated security password" it prints) is not created.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class HuzhuApplication {

    /**
     * Tomcat's WebSocket implementation sizes several buffers of every session by this system property (8 KiB by
     * default), read once when its classes load, so it is set before anything starts. 2 KiB holds any frame a
     * member sends and most the server sends (longer ones go out in parts); it saves about 18 KB of heap per idle
     * connection (docs/benchmarks.md). An explicit {@code -D} wins.
     */
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
            System.setProperty(WEBSOCKET_BUFFER_PROPERTY, "2048");
        }
        SpringApplication.run(HuzhuApplication.class, args);
    }
}

package io.huzhu.web;

import io.huzhu.shared.TextInput;
import java.time.Instant;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * One input normalisation for every text field: request bodies are read by a mapper whose every string passes
 * {@link TextInput#screen} (control characters, unpaired surrogates, noncharacters and direction overrides refused,
 * NFC applied), and every instant falls within {@link InstantBounds}. Only request bodies: the application's own mapper (events, stored JSON) reads what it wrote.
 */
@Configuration(proxyBeanMethods = false)
class ScreenedJson {

    /** Takes the JSON converter's place (after Spring Boot's own customizer), not a place in front of the others. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer screenedJsonConverter(JsonMapper mapper) {
        SimpleModule module = new SimpleModule("huzhu-screened-text");
        module.addDeserializer(String.class, new ScreenedString());
        module.addDeserializer(Instant.class, new BoundedInstant());
        JsonMapper screened = mapper.rebuild().addModule(module).build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(screened));
    }

    /** Jackson's own instant reading, then {@link InstantBounds}. */
    static final class BoundedInstant extends StdScalarDeserializer<Instant> {

        BoundedInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            Instant value = InstantDeserializer.INSTANT.deserialize(p, ctxt);
            return value == null ? null : InstantBounds.check(value);
        }
    }

    /** Jackson's own string reading, then the screen. */
    static final class ScreenedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            return value == null ? null : TextInput.screen(value);
        }
    }
}

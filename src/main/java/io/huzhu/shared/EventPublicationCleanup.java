package io.huzhu.shared;

import java.time.Duration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completed event publications are kept for a while (they show what was delivered, which helps when a listener
 * misbehaves) and then deleted, so the registry table does not grow with every assist. Incomplete ones are never
 * touched: they are retried on restart.
 */
@Component
class EventPublicationCleanup {

    private final CompletedEventPublications completed;
    private final Duration retention;

    EventPublicationCleanup(CompletedEventPublications completed, EventProperties properties) {
        this.completed = completed;
        this.retention = properties.completedRetention();
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT5M")
    void purge() {
        completed.deletePublicationsOlderThan(retention);
    }
}

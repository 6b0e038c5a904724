package io.huzhu.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import io.huzhu.task.AssistRecorded;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coalescing is exact: the same assists delivered again (the event registry retries after a crash) and batches
 * processed concurrently by several listener threads count every assist exactly once over the task's notices.
 */
@IntegrationTest
class NotifyCoalescingIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Inbox inbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void redeliveredAndConcurrentBatchesCountEveryAssistOnce() throws Exception {
        long seed = Long.getLong("huzhu.test.seed", System.nanoTime());
        Random random = new Random(seed);
        UserId owner = new UserId(api.register("owner").id());
        TaskId task = new TaskId(UUID.randomUUID());
        Instant start = clock.instant();
        List<AssistRecorded> assists = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            assists.add(new AssistRecorded(
                    UUID.randomUUID(),
                    task,
                    new CampaignId(UUID.randomUUID()),
                    new UserId(UUID.randomUUID()),
                    owner,
                    i,
                    1,
                    i + 1,
                    100 - i,
                    10,
                    start.plusMillis(i),
                    null,
                    null));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            List<AssistRecorded> batch = new ArrayList<>(assists.subList(0, 10 + random.nextInt(31)));
            Collections.shuffle(batch, random);
            done.add(threads.submit(() -> processWithRetries(batch)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();
        processWithRetries(assists); // everything once more: a full redelivery
        long counted = jdbc.sql("select coalesce(sum(item_count), 0) from notification where recipient_id = :r"
                        + " and task_id = :t and kind = 'ASSISTED'")
                .param("r", owner.value())
                .param("t", task.value())
                .query(Long.class)
                .single();
        assertThat(counted).as("seed %d", seed).isEqualTo(40);
        long items = jdbc.sql("select count(*) from notification_item i join notification n on n.id = i.notification_id"
                        + " where n.recipient_id = :r")
                .param("r", owner.value())
                .query(Long.class)
                .single();
        assertThat(items).as("seed %d", seed).isEqualTo(40);
    }

    /** A failed listener transaction is retried, as the event publication registry would. */
    private void processWithRetries(List<AssistRecorded> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(s -> inbox.assisted(batch));
                return;
            } catch (RuntimeException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }
}

package io.huzhu.task;

import io.huzhu.shared.TaskId;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Coalesces concurrent assists on the same task. Each task with pending assists has a lane; one drainer per lane
 * (a virtual thread) takes everything queued so far, up to {@code huzhu.task.max-assist-batch}, and writes it in
 * one transaction, then the next batch. A viral task therefore costs one transaction per batch instead of one per
 * assist, while a quiet task still sees its single assist written at once. Across nodes, the task's row lock
 * serialises the lanes of different nodes.
 */
@Component
class AssistLanes {

    private final ConcurrentHashMap<TaskId, Lane> lanes = new ConcurrentHashMap<>();
    private final AssistWriter writer;
    private final int maxBatch;

    private final DistributionSummary batchSizes;

    AssistLanes(AssistWriter writer, TaskProperties properties, MeterRegistry meters) {
        this.writer = writer;
        this.maxBatch = properties.maxAssistBatch();
        this.batchSizes = DistributionSummary.builder("huzhu.assist.batch.size")
                .description("Assists on one task written in one transaction")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        meters.gauge("huzhu.assist.lanes.active", lanes, ConcurrentHashMap::size);
    }

    private static final class Lane {
        final ReentrantLock lock = new ReentrantLock();
        final ArrayDeque<AssistAttempt> queue = new ArrayDeque<>();
        boolean draining;
        boolean retired;
    }

    void submit(AssistAttempt attempt) {
        while (true) {
            Lane lane = lanes.computeIfAbsent(attempt.taskId(), id -> new Lane());
            boolean startDrainer;
            lane.lock.lock();
            try {
                if (lane.retired) {
                    continue; // the lane emptied and left the map between our lookup and our lock: take a new one
                }
                lane.queue.add(attempt);
                startDrainer = !lane.draining;
                lane.draining = true;
            } finally {
                lane.lock.unlock();
            }
            if (startDrainer) {
                Thread.ofVirtual().name("assist-lane-" + attempt.taskId()).start(() -> drain(attempt.taskId(), lane));
            }
            return;
        }
    }

    private void drain(TaskId taskId, Lane lane) {
        while (true) {
            List<AssistAttempt> batch;
            lane.lock.lock();
            try {
                if (lane.queue.isEmpty()) {
                    lane.draining = false;
                    lane.retired = true;
                    lanes.remove(taskId, lane);
                    return;
                }
                batch = new ArrayList<>(Math.min(lane.queue.size(), maxBatch));
                while (!lane.queue.isEmpty() && batch.size() < maxBatch) {
                    batch.add(lane.queue.poll());
                }
            } finally {
                lane.lock.unlock();
            }
            batchSizes.record(batch.size());
            writer.write(taskId, batch);
        }
    }
}

package io.huzhu.task;

import io.huzhu.shared.TaskId;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Application-level group commit. A node has a few lanes ({@code huzhu.task.assist-lanes}); a task always goes
 * to the same lane. One drainer per lane (a virtual thread, alive while the lane has work) takes everything queued
 * so far, up to {@code huzhu.task.max-assist-batch} assists over any number of tasks, and writes it in one
 * transaction, then the next batch. A viral task therefore costs one transaction per batch instead of one per
 * assist, and so do many quiet tasks assisted at the same moment; a lone assist is still written at once. Since a
 * task has one lane, the lanes of a node never wait for each other's task rows; across nodes, the row lock
 * serialises them.
 */
@Component
class AssistLanes {

    private final Lane[] lanes;
    private final AssistWriter writer;
    private final int maxBatch;
    private final DistributionSummary batchSizes;
    private final DistributionSummary batchTasks;

    AssistLanes(AssistWriter writer, TaskProperties properties, MeterRegistry meters) {
        this.writer = writer;
        this.maxBatch = Math.max(1, properties.maxAssistBatch());
        this.lanes = new Lane[Math.max(1, properties.assistLanes())];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new Lane(i);
        }
        this.batchSizes = DistributionSummary.builder("huzhu.assist.batch.size")
                .description("Assists written in one transaction")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        this.batchTasks = DistributionSummary.builder("huzhu.assist.batch.tasks")
                .description("Tasks touched by one assist transaction")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    private static final class Lane {
        final int index;
        final ReentrantLock lock = new ReentrantLock();
        final ArrayDeque<AssistAttempt> queue = new ArrayDeque<>();
        boolean draining;

        Lane(int index) {
            this.index = index;
        }
    }

    /** True when no lane has a drainer (nothing queued, nothing being written). */
    boolean idle() {
        for (Lane lane : lanes) {
            lane.lock.lock();
            try {
                if (lane.draining) {
                    return false;
                }
            } finally {
                lane.lock.unlock();
            }
        }
        return true;
    }

    void submit(AssistAttempt attempt) {
        Lane lane = lanes[Math.floorMod(attempt.taskId().hashCode(), lanes.length)];
        boolean startDrainer;
        lane.lock.lock();
        try {
            lane.queue.add(attempt);
            startDrainer = !lane.draining;
            lane.draining = true;
        } finally {
            lane.lock.unlock();
        }
        if (startDrainer) {
            Thread.ofVirtual().name("assist-lane-" + lane.index).start(() -> drain(lane));
        }
    }

    private void drain(Lane lane) {
        while (true) {
            Map<TaskId, List<AssistAttempt>> batch = new LinkedHashMap<>();
            int size = 0;
            lane.lock.lock();
            try {
                if (lane.queue.isEmpty()) {
                    lane.draining = false;
                    return;
                }
                while (!lane.queue.isEmpty() && size < maxBatch) {
                    AssistAttempt attempt = lane.queue.poll();
                    batch.computeIfAbsent(attempt.taskId(), id -> new ArrayList<>())
                            .add(attempt);
                    size++;
                }
            } finally {
                lane.lock.unlock();
            }
            batchSizes.record(size);
            batchTasks.record(batch.size());
            writer.write(batch);
        }
    }
}

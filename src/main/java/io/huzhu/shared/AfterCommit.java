package io.huzhu.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once the current transaction has committed, or at once outside a transaction; nothing if it rolls
 * back. For hand-offs nobody replays (live pushes, cache invalidation): unlike a {@code @TransactionalEventListener},
 * it costs no event publication row and no completion update. Not from an after-commit callback, where a new
 * synchronization would never run.
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}

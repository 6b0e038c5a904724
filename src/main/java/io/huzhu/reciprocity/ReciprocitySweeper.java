package io.huzhu.reciprocity;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes external-link requests past their deadline and lapses reports nobody answered. Both are single
 * conditional updates on state kept in the database, so a restart loses nothing and several nodes may sweep at
 * once. Confirmations check the lapse time themselves, so a late sweep never lets a lapsed report be booked.
 */
@Component
class ReciprocitySweeper {

    private static final Logger log = LoggerFactory.getLogger(ReciprocitySweeper.class);
    private final HelpRequestRepository requests;
    private final HelpReportRepository reports;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReciprocitySweeper(
            HelpRequestRepository requests,
            HelpReportRepository reports,
            TransactionTemplate transactions,
            Clock clock) {
        this.requests = requests;
        this.reports = reports;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huzhu.reciprocity.sweep-interval:PT30S}", initialDelayString = "PT5S")
    void scheduledSweep() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Reciprocity sweep failed; the next pass retries", e);
        }
    }

    /** One pass, in one transaction (the template's, which no call path can bypass); returns how many changed. */
    public int sweep() {
        return java.util.Objects.requireNonNull(transactions.execute(status -> {
            Instant now = clock.instant();
            return requests.expireLinks(now) + reports.lapse(now);
        }));
    }
}

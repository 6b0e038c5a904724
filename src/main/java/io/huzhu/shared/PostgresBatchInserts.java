package io.huzhu.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the JDBC driver sends a batch of inserts as multi-row inserts ({@code reWriteBatchedInserts}): the
 * assist writer's batches (assists, risk signals, quotas) and the listeners' (analytics facts, guardrail assists)
 * then cost the server one statement per batch instead of one per row. Nothing in Huzhu reads the per-row counts of
 * an insert batch (the driver reports them as "success, count unknown"). H2 is left alone.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
                && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !hikari.getDataSourceProperties().containsKey("reWriteBatchedInserts")) {
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}

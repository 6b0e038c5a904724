package io.huzhu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Insert batches reach PostgreSQL as multi-row inserts; H2's settings are left alone. */
@IntegrationTest
class PostgresBatchInsertsIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void theDriverRewritesInsertBatchesOnPostgresqlOnly() throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        if (TestDatabase.isPostgres()) {
            assertThat(hikari.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
        } else {
            assertThat(hikari.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
        }
    }
}

package io.huzhu.reciprocity;

import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Integration tests that play a group's give and take through a {@link ReciprocityScenario}: a fresh scenario per test,
 * and after every test the ledger's books must balance.
 */
@IntegrationTest
abstract class ReciprocityScenarioTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    ReciprocityScenario scenario;

    @BeforeEach
    void newScenario() {
        scenario = new ReciprocityScenario(api, helpRequests, transactions, jdbc, clock);
    }

    @AfterEach
    void booksBalance() {
        scenario.assertBooksBalance();
    }
}

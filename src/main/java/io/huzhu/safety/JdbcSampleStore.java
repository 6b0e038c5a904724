package io.huzhu.safety;

import io.huzhu.shared.Ids;
import io.huzhu.shared.Sql;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Samples in {@code safety_sample}; texts are stored with personal data already masked. */
@Repository
class JdbcSampleStore implements SampleStore {

    private static final int MAX_LOADED = 5000;
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSampleStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Sample> load() {
        return jdbc.sql("select kind, text from safety_sample order by created_at desc limit :max")
                .param("max", MAX_LOADED)
                .query((rs, i) -> new Sample(Kind.valueOf(rs.getString("kind")), rs.getString("text")))
                .list();
    }

    @Override
    public void save(Kind kind, String text) {
        jdbc.sql("insert into safety_sample (id, kind, text, created_at) values (:id, :kind, :text, :at)")
                .param("id", Ids.next())
                .param("kind", kind.name())
                .param("text", text.length() > 4000 ? text.substring(0, 4000) : text)
                .param("at", Sql.ts(clock.instant()))
                .update();
    }
}

package io.huzhu.shared.cluster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Redis-backed bus and limits when {@code HUZHU_REDIS_URL} is set, this node's memory otherwise. */
@Configuration(proxyBeanMethods = false)
class ClusterConfig {

    @Bean(destroyMethod = "close")
    ClusterNode clusterNode(ClusterProperties properties) {
        return new ClusterNode(properties);
    }

    @Bean
    ClusterBus clusterBus(ClusterNode node) {
        return node.redis()
                .<ClusterBus>map(redis -> new RedisBus(redis, node.id()))
                .orElseGet(LocalBus::new);
    }

    @Bean
    CounterStore counterStore(ClusterNode node) {
        CounterStore local = new LocalCounterStore();
        return node.redis()
                .<CounterStore>map(redis -> new RedisCounterStore(redis, local))
                .orElse(local);
    }

    @Bean
    LimitStore limitStore(ClusterNode node) {
        LimitStore local = new LocalLimitStore();
        return node.redis()
                .<LimitStore>map(redis -> new RedisLimitStore(redis, local))
                .orElse(local);
    }
}

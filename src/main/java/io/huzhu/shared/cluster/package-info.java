/**
 * What must travel between nodes (docs/scaling.md, docs/adr/0019): a {@link io.huzhu.shared.cluster.ClusterBus} of
 * small wake-ups and invalidations over Redis pub/sub, and shared rate-limit buckets ({@link
 * io.huzhu.shared.cluster.LimitStore}, Bucket4j on Redis). Without {@code HUZHU_REDIS_URL} both are this node's
 * memory; with it and Redis unreachable, the node keeps serving with local limits and reports itself degraded.
 */
@NullMarked
package io.huzhu.shared.cluster;

import org.jspecify.annotations.NullMarked;

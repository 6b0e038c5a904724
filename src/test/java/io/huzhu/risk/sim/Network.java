package io.huzhu.risk.sim;

import java.util.Random;
import java.util.UUID;

/**
 * Where simulated members connect from: a phone of their own, a home line shared by a family, a campus behind one
 * NAT address, or a mobile carrier whose CGNAT hands out addresses from a few hundred shared ones.
 */
final class Network {

    static final String CAMPUS_NAT = "202.120.1.10";
    private static final int CARRIERS = 3;
    private static final int SUBNETS_PER_CARRIER = 8;
    private final Random random;
    private int homes;

    Network(Random random) {
        this.random = random;
    }

    String newDevice() {
        return "dev-" + new UUID(random.nextLong(), random.nextLong());
    }

    String newHome() {
        int n = homes++;
        return "58." + (16 + n / 65536) + "." + (n / 256) % 256 + "." + (n % 256);
    }

    /** An address of a mobile carrier's CGNAT pool: many unrelated members share each one over a week. */
    String mobile(int carrier) {
        int subnet = random.nextInt(SUBNETS_PER_CARRIER);
        return "100." + (64 + carrier * SUBNETS_PER_CARRIER + subnet) + ".7." + (1 + random.nextInt(40));
    }

    int carrier() {
        return random.nextInt(CARRIERS);
    }

    /** A residential proxy of the kind farms rent: every request a different address in a different network. */
    String proxy() {
        return (11 + random.nextInt(180)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                + (1 + random.nextInt(254));
    }
}

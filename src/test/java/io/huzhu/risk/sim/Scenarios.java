package io.huzhu.risk.sim;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/** A simulated week: an honest population of the given size with the given attacks injected, all from one seed. */
public final class Scenarios {

    public static final List<String> ATTACKS = Attacks.TYPES;

    /** The held-out variants, written independently of the detectors (same labels, different instances). */
    public static final List<String> HELD_OUT_ATTACKS = HeldOutAttacks.TYPES;

    private Scenarios() {}

    public static SimWorld week(long seed, int members, int days, List<String> attacks) {
        return week(seed, members, days, attacks, false);
    }

    /** As above; with {@code heldOut} the attacks are injected by {@link HeldOutAttacks} instead of {@link Attacks}. */
    public static SimWorld week(long seed, int members, int days, List<String> attacks, boolean heldOut) {
        Random random = new Random(seed);
        Network network = new Network(random);
        SimWorld world = new SimWorld(Instant.parse("2030-03-04T00:00:00Z"), seed);
        var params = new HonestPopulation.Params(members, days, members / 10, members * 3 / 80);
        HonestPopulation honest = new HonestPopulation(world, random, network, params).generate();
        Consumer<String> injector = heldOut
                ? new HeldOutAttacks(world, random, network, honest, days)::inject
                : new Attacks(world, random, network, honest, days)::inject;
        for (String attack : attacks) {
            injector.accept(attack);
        }
        world.events.sort(java.util.Comparator.comparing(SimWorld.Event::at));
        return world;
    }
}

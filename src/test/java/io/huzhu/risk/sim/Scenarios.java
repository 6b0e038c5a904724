package io.huzhu.risk.sim;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/** A simulated week: an honest population of the given size with the given attacks injected, all from one seed. */
public final class Scenarios {

    public static final List<String> ATTACKS = Attacks.TYPES;

    private Scenarios() {}

    public static SimWorld week(long seed, int members, int days, List<String> attacks) {
        Random random = new Random(seed);
        Network network = new Network(random);
        SimWorld world = new SimWorld(Instant.parse("2030-03-04T00:00:00Z"), seed);
        var params = new HonestPopulation.Params(members, days, members / 10, members * 3 / 80);
        HonestPopulation honest = new HonestPopulation(world, random, network, params).generate();
        Attacks injector = new Attacks(world, random, network, honest, days);
        for (String attack : attacks) {
            injector.inject(attack);
        }
        world.events.sort(java.util.Comparator.comparing(SimWorld.Event::at));
        return world;
    }
}

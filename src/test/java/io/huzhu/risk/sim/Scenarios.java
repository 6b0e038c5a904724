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

    /** The second held-out set, written independently of the detectors and of both sets above (same labels). */
    public static final List<String> HELD_OUT2_ATTACKS = HeldOutAttacksV2.TYPES;

    /**
     * The third held-out set, written independently of the detectors and of all sets above (same labels); its week
     * also carries {@link HonestStressV3}, honest life that looks suspicious.
     */
    public static final List<String> HELD_OUT3_ATTACKS = HeldOutAttacksV3.TYPES;

    private Scenarios() {}

    /** The attack labels of a variant: "standard", "heldout", "heldout2" or "heldout3". */
    public static List<String> attacks(String variants) {
        return switch (variants) {
            case "standard" -> ATTACKS;
            case "heldout" -> HELD_OUT_ATTACKS;
            case "heldout2" -> HELD_OUT2_ATTACKS;
            case "heldout3" -> HELD_OUT3_ATTACKS;
            default ->
                throw new IllegalArgumentException(
                        "variants must be standard, heldout, heldout2 or heldout3, not " + variants);
        };
    }

    public static SimWorld week(long seed, int members, int days, List<String> attacks) {
        return week(seed, members, days, attacks, false);
    }

    /** As above; with {@code heldOut} the attacks are injected by {@link HeldOutAttacks} instead of {@link Attacks}. */
    public static SimWorld week(long seed, int members, int days, List<String> attacks, boolean heldOut) {
        return week(seed, members, days, attacks, heldOut ? "heldout" : "standard");
    }

    /**
     * As above, with the attacks injected by the given variant: "standard" ({@link Attacks}), "heldout"
     * ({@link HeldOutAttacks}), "heldout2" ({@link HeldOutAttacksV2}) or "heldout3" ({@link HeldOutAttacksV3}, whose
     * week also carries the honest stress of {@link HonestStressV3}, injected before the attacks).
     */
    public static SimWorld week(long seed, int members, int days, List<String> attacks, String variants) {
        attacks(variants);
        Random random = new Random(seed);
        Network network = new Network(random);
        SimWorld world = new SimWorld(Instant.parse("2030-03-04T00:00:00Z"), seed);
        var params = new HonestPopulation.Params(members, days, members / 10, members * 3 / 80);
        HonestPopulation honest = new HonestPopulation(world, random, network, params).generate();
        if (variants.equals("heldout3")) {
            new HonestStressV3(world, random, network, honest, days).inject();
        }
        Consumer<String> injector = switch (variants) {
            case "heldout" -> new HeldOutAttacks(world, random, network, honest, days)::inject;
            case "heldout2" -> new HeldOutAttacksV2(world, random, network, honest, days)::inject;
            case "heldout3" -> new HeldOutAttacksV3(world, random, network, honest, days)::inject;
            default -> new Attacks(world, random, network, honest, days)::inject;
        };
        for (String attack : attacks) {
            injector.accept(attack);
        }
        world.events.sort(java.util.Comparator.comparing(SimWorld.Event::at));
        return world;
    }
}

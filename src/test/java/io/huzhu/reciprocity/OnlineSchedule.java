package io.huzhu.reciprocity;

import java.util.Random;

/**
 * When a simulated member is online: a short morning window and a longer evening window around personal hours, as
 * in real groups where help requests pile up at night and wait for the morning.
 */
record OnlineSchedule(int morningStart, int morningLength, int eveningStart, int eveningLength) {

    static OnlineSchedule draw(Random random) {
        int morning = aroundHour(random, 8.5, 1.5);
        // One member in ten is a night owl whose evening runs past midnight.
        double eveningHour = random.nextDouble() < 0.1 ? 23.5 : 20.0;
        int evening = aroundHour(random, eveningHour, 1.5);
        return new OnlineSchedule(morning, 30 + random.nextInt(61), evening, 60 + random.nextInt(121));
    }

    private static int aroundHour(Random random, double hour, double spread) {
        double h = Math.clamp(hour + random.nextGaussian() * spread, 0.0, 23.5);
        return (int) (h * 60);
    }

    /** A minute at which the member is online on that day, the windows weighted by their length. */
    int minuteOnline(Random random, int day) {
        int offset = random.nextInt(morningLength + eveningLength);
        int minuteOfDay = offset < morningLength ? morningStart + offset : eveningStart + offset - morningLength;
        return day * SimulatedGroup.MINUTES_PER_DAY + minuteOfDay;
    }
}

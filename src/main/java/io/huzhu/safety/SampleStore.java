package io.huzhu.safety;

import java.util.List;

/** Where learned spam and ham samples live between restarts. */
interface SampleStore {

    enum Kind {
        SPAM,
        HAM
    }

    record Sample(Kind kind, String text) {}

    List<Sample> load();

    void save(Kind kind, String text);

    /** Keeps samples in memory only (tests, benchmarks). */
    static SampleStore inMemory() {
        var samples = new java.util.concurrent.CopyOnWriteArrayList<Sample>();
        return new SampleStore() {
            @Override
            public List<Sample> load() {
                return List.copyOf(samples);
            }

            @Override
            public void save(Kind kind, String text) {
                samples.add(new Sample(kind, text));
            }
        };
    }
}

package io.huzhu.safety;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression (softmax) over hashed features ({@link SpamFeatures}): class 0 is ordinary text,
 * class {@code k} is {@code SpamCategory.values()[k - 1]}. Trained by stochastic gradient descent with a seeded
 * shuffle (the same corpus gives the same model), and updated one example at a time when an admin decides.
 *
 * <p>Weights are stored bucket-major (a bucket's weights for all classes side by side), so scoring a text reads one
 * short run per feature. Updates take the monitor; scoring does not: a score read during an admin's update may see
 * some of the new weights and some of the old, which is harmless.
 */
final class SoftmaxModel {

    static final int CLASSES = SpamCategory.values().length + 1;
    private static final int EPOCHS = 25;
    private static final double RATE = 4.0;
    private static final double DECAY = 1e-4;
    private static final double HAM_BALANCE = 1.0;

    private final float[] weights;
    private final float[] bias;

    private SoftmaxModel(float[] weights, float[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    static SoftmaxModel empty() {
        return new SoftmaxModel(new float[SpamFeatures.BUCKETS * CLASSES], new float[CLASSES]);
    }

    SoftmaxModel copy() {
        synchronized (this) {
            return new SoftmaxModel(weights.clone(), bias.clone());
        }
    }

    /** A labelled text, as features. */
    record Example(int label, int[] features) {}

    static SoftmaxModel train(List<Example> examples, long seed) {
        SoftmaxModel model = empty();
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] p = new double[CLASSES];
        double hamWeight = hamWeight(examples);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            double rate = RATE * (1.0 - 0.9 * epoch / EPOCHS);
            for (int i : order) {
                Example e = examples.get(i);
                model.step(e.features(), e.label(), e.label() == 0 ? rate * hamWeight : rate, p);
            }
        }
        return model;
    }

    /**
     * Ordinary text weighs as much as all spam together: the corpus holds more spam than ordinary text, while a group
     * sees the opposite, and a model that learned the corpus's proportions would call any short, featureless text spam.
     */
    private static double hamWeight(List<Example> examples) {
        long ham = examples.stream().filter(e -> e.label() == 0).count();
        return ham == 0 ? 1 : HAM_BALANCE * (examples.size() - ham) / (double) ham;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** The class probabilities of a text. */
    double[] probabilities(int[] features) {
        double[] p = new double[CLASSES];
        scores(features, p);
        return p;
    }

    /** How much the features at {@code bucket} push a text towards {@code label} rather than ordinary text. */
    double push(int bucket, int label) {
        int base = bucket * CLASSES;
        return weights[base + label] - weights[base];
    }

    /** Online learning: a few steps towards {@code label} until the text has at least {@code target} probability. */
    synchronized void learn(int[] features, int label, double target) {
        double[] p = new double[CLASSES];
        for (int i = 0; i < 30; i++) {
            scores(features, p);
            if (p[label] >= target) {
                return;
            }
            step(features, label, 0.5, p);
        }
    }

    private void scores(int[] features, double[] p) {
        double value = features.length == 0 ? 0 : 1.0 / Math.sqrt(features.length);
        for (int k = 0; k < CLASSES; k++) {
            p[k] = bias[k];
        }
        for (int f : features) {
            int base = f * CLASSES;
            for (int k = 0; k < CLASSES; k++) {
                p[k] += weights[base + k] * value;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < CLASSES; k++) {
            max = Math.max(max, p[k]);
        }
        double sum = 0;
        for (int k = 0; k < CLASSES; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < CLASSES; k++) {
            p[k] /= sum;
        }
    }

    private void step(int[] features, int label, double rate, double[] p) {
        scores(features, p);
        double value = features.length == 0 ? 0 : 1.0 / Math.sqrt(features.length);
        for (int k = 0; k < CLASSES; k++) {
            double gradient = p[k] - (k == label ? 1 : 0);
            bias[k] -= (float) (rate * gradient * 0.1);
            float delta = (float) (rate * gradient * value);
            for (int f : features) {
                int at = f * CLASSES + k;
                weights[at] -= delta + (float) (rate * DECAY * weights[at]);
            }
        }
    }
}

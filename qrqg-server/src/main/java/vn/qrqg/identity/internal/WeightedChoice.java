package vn.qrqg.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Picks one of a fixed list of values with given relative weights, in O(log n). */
final class WeightedChoice<T> {
    private final List<T> values;
    private final double[] cumulative;

    WeightedChoice(List<T> values, double[] weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("one weight per value, at least one value");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Weights that fall with rank, as name frequencies do: the first values are the most common. */
    static <T> WeightedChoice<T> byRank(List<T> values) {
        double[] weights = new double[values.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / (i + 4);
        }
        return new WeightedChoice<>(values, weights);
    }

    T pick(SplittableRandom random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        index = index >= 0 ? index + 1 : -index - 1; // intervals [c(i-1), c(i))
        return values.get(Math.min(index, values.size() - 1));
    }
}

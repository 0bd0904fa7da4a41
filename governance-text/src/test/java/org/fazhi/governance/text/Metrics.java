package org.fazhi.governance.text;

import java.util.ArrayList;
import java.util.List;

/** Precision and recall of an extraction against the figures a fixture expects (multisets of keys). */
record Metrics(int expected, int found, int matched) {
    static Metrics of(List<String> expected, List<String> found) {
        List<String> left = new ArrayList<>(expected);
        int matched = 0;
        for (String f : found) {
            if (left.remove(f)) {
                matched++;
            }
        }
        return new Metrics(expected.size(), found.size(), matched);
    }

    double precision() {
        return found == 0 ? 1.0 : (double) matched / found;
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) matched / expected;
    }
}

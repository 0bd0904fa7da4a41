package org.fazhi.governance.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 一致性检查收集器 / The collector of broken invariants keeps the first failures and counts the rest. */
class ConsistencyChecksTest {
    @Test
    void consistency_checks_keep_the_first_failures_and_count_the_rest() {
        ConsistencyChecks checks = new ConsistencyChecks(2);
        for (int i = 0; i < 5; i++) {
            checks.fail("p" + i, "fazhi.consistent");
        }
        assertThat(checks.failures()).extracting(f -> f.path.get(0).name).containsExactly("p0", "p1");
        assertThat(checks.omitted()).isEqualTo(3);
        assertThat(new ConsistencyChecks().failures()).isEmpty();
    }
}

package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.Townships.clean;

import java.util.EnumSet;
import java.util.List;
import org.fazhi.governance.model.service.ExclusionCategory;
import org.fazhi.governance.model.service.NotificationCommitmentItem;
import org.junit.jupiter.api.Test;

/** PERMIT rules: notification and commitment. */
class NotificationCommitmentRulesTest {
    @Test
    void permit_liability_notified_and_commitments_verified() {
        assertPasses("PERMIT-NOTIFY-COMMIT", clean().build());
        NotificationCommitmentItem x = clean().build().notificationCommitmentItems().get(0);
        assertOnlyFailure("PERMIT-NOTIFY-COMMIT",
                clean().notificationCommitmentItems(List.of(x.withCommitmentsVerified(0))).build())
                .saysEn("notification-and-commitment item nc1 (户籍迁移证明) accepted 20 commitments and verified none");
    }

    @Test
    void permit_exclusions() {
        assertPasses("PERMIT-EXCLUSIONS", clean().build());
        NotificationCommitmentItem x = clean().build().notificationCommitmentItems().get(0);
        assertOnlyFailure("PERMIT-EXCLUSIONS", clean().notificationCommitmentItems(List.of(x.withExclusionsTouched(
                EnumSet.of(ExclusionCategory.PUBLIC_SAFETY)))).build())
                .at("/notificationCommitmentItems/0/exclusionsTouched")
                .saysZh("告知承诺事项 nc1（户籍迁移证明）涉及不适用情形：公共安全");
    }
}

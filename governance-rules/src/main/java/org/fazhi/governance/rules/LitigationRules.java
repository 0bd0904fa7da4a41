package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.path;

import java.util.List;
import org.fazhi.governance.model.legal.AdministrativeLitigation;

/** LIT: 行政应诉 / administrative litigation. */
final class LitigationRules {
    private LitigationRules() {}

    static List<Rule> all() {
        return List.of(leaderAppears());
    }

    /**
     * 被诉行政机关负责人出庭应诉 / The agency head appears in court (《中华人民共和国行政诉讼法》第三条第三款 / Administrative Litigation Law, Art. 3
     * ¶3).
     */
    static Rule leaderAppears() {
        RuleDescriptor d = RuleTexts.describe("LIT-LEADER-APPEARS", RuleGroup.LITIGATION, Severity.ERROR,
                LegalSources.ADMINISTRATIVE_LITIGATION_LAW.cite("第三条第三款", "Art. 3 ¶3", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            out.each("/litigations", r.litigations(), (i, l) -> {
                SubjectRef s = SubjectRef.of(AdministrativeLitigation.class, l.id());
                if (l.leaderAppeared() || l.delegateAppeared()) {
                    out.pass(path("litigations", i), s, Evidence.of("caseId", l.id())
                            .and("appeared", l.leaderAppeared() ? "head" : "delegated staff"));
                } else {
                    out.fail(path("litigations", i, "leaderAppeared"), s, Evidence.of("caseId", l.id())
                            .and("hearingOn", l.hearingOn()));
                }
            });
        });
    }
}

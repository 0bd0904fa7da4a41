package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.declared;
import static org.fazhi.governance.rules.RuleSupport.path;

import java.util.List;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.figure.StandardFigures;

/** LIST: the power-and-responsibility list, the legal-education responsibility list and the 八五 plan. */
final class ListRules {
    private ListRules() {}

    static List<Rule> all() {
        return List.of(powerList(), pufaList(), eighthPlan());
    }

    /**
     * 权责清单事项列明依据、主体和责任 / Power-list items state basis, body and duties (《法治政府建设实施纲要（2021－2025年）》（中发〔2021〕33号）三 /
     * Implementation Outline for Building a Rule-of-Law Government (2021-2025) (中发〔2021〕33号), §3).
     */
    static Rule powerList() {
        RuleDescriptor d = RuleTexts.describe("LIST-POWER-RESPONSIBILITY", RuleGroup.POWER_LISTS, Severity.WARNING,
                LegalSources.RULE_OF_LAW_GOVERNMENT_OUTLINE_2021.cite("三", "§3", Confidence.C));
        return Rule.of(d, (r, ctx, out) -> {
            for (int i = 0; i < r.powerList().size(); i++) {
                PowerListItem p = r.powerList().get(i);
                SubjectRef s = SubjectRef.of(PowerListItem.class, p.id());
                if (p.legalBasis().isEmpty()) {
                    out.fail(path("powerList", i, "legalBasis"), s, Evidence.of("itemId", p.id())
                            .and("name", p.name()).and("missing", Wording.of("法律依据", "a legal basis", "legalBasis")));
                } else if (p.duties().isEmpty()) {
                    out.fail(path("powerList", i, "duties"), s, Evidence.of("itemId", p.id()).and("name", p.name())
                            .and("missing", Wording.of("责任事项", "duties", "duties")));
                } else {
                    out.pass(path("powerList", i), s, Evidence.of("itemId", p.id()));
                }
            }
            if (r.powerList().isEmpty()) {
                if (!r.enforcementCases().isEmpty() || !r.enforcementOfficers().isEmpty()) {
                    out.fail("/powerList", out.recordSubject(), Evidence.of("itemId", "-").and("name", "权责清单")
                            .and("missing", Wording.of("全部事项（单位有执法活动但未提供权责清单）",
                            "every item (the unit enforces but provides no power list)", "powerList")));
                } else {
                    out.notApplicable("/powerList");
                }
            }
        });
    }

    /**
     * 落实“谁执法谁普法”普法责任清单 / Legal-education responsibility list in place (《关于实行国家机关“谁执法谁普法”普法责任制的意见》（中办发〔2017〕31号）全文 /
     * Opinions on the 'who enforces, educates' legal-education responsibility system (中办发〔2017〕31号), whole text).
     */
    static Rule pufaList() {
        RuleDescriptor d = RuleTexts.describe("LIST-PUFA-RESPONSIBILITY", RuleGroup.POWER_LISTS, Severity.WARNING,
                LegalSources.LEGAL_EDUCATION_RESPONSIBILITY_OPINIONS.cite("全文", "whole text", Confidence.C));
        return Rule.of(d, (r, ctx, out) -> {
            boolean enforces = !r.enforcementOfficers().isEmpty() || !r.enforcementCases().isEmpty()
                    || declared(r, StandardFigures.ENFORCEMENT_FULL_TIME_OFFICERS).map(v -> v.signum() > 0)
                    .orElse(false);
            if (!enforces) {
                out.notApplicable("/legalEducationList");
            } else if (!r.legalEducationList().isEmpty()) {
                out.pass("/legalEducationList", out.recordSubject(),
                        Evidence.of("items", r.legalEducationList().size()));
            } else if (r.legalEducationPlan().map(p -> p.whoEnforcesEducates()).orElse(false)) {
                out.insufficient("/legalEducationList", out.recordSubject(),
                        "{unit} 声明落实“谁执法谁普法”并有普法责任清单，但未提供清单事项",
                        "{unit} declares the who-enforces-educates system and a list but provides none of its items",
                        Evidence.of("unit", r.unit().name()));
            } else {
                out.fail("/legalEducationList", out.recordSubject(), Evidence.of("unit", r.unit().name()));
            }
        });
    }

    /**
     * 制定并实施“八五”普法规划 / An eighth five-year legal-education plan (《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021－2025年）》全文 / Eighth
     * Five-Year Plan for Legal Publicity and Education (2021-2025), whole text).
     */
    static Rule eighthPlan() {
        RuleDescriptor d = RuleTexts.describe("LIST-8TH-PUFA", RuleGroup.POWER_LISTS, Severity.INFO,
                LegalSources.EIGHTH_LEGAL_EDUCATION_PLAN.cite("全文", "whole text", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> {
            if (r.year() < 2021 || r.year() > 2025) {
                out.notApplicable("/legalEducationPlan");
            } else if (r.legalEducationPlan().isPresent()) {
                out.pass("/legalEducationPlan", out.recordSubject(), Evidence.of("year", r.year()));
            } else {
                out.insufficient("/legalEducationPlan", out.recordSubject(), "记录没有说明 {unit} 是否制定了本级“八五”普法规划，无法核查",
                        "the record does not say whether {unit} has an eighth five-year legal-education plan, so "
                        + "this cannot be checked",
                        Evidence.of("unit", r.unit().name()));
            }
        });
    }
}

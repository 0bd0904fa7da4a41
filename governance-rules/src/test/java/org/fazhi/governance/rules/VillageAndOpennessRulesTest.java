package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.TownshipDisclosureCategory;
import org.fazhi.governance.model.legal.ModelVillageLevel;
import org.fazhi.governance.model.legal.ModelVillageTitle;
import org.fazhi.governance.model.legal.RuralLegalPerson;
import org.fazhi.governance.model.legal.RuralLegalRole;
import org.fazhi.governance.model.legal.RuralLegalSelection;
import org.fazhi.governance.model.legal.VillageAffairsKind;
import org.junit.jupiter.api.Test;

/** RURAL-LEGAL-LITERATE-SELECTION, RURAL-MODEL-VILLAGE, RURAL-VILLAGE-AFFAIRS-OPEN, OPEN-TOWNSHIP-SCOPE and OPEN-ANNUAL-REPORT. */
class VillageAndOpennessRulesTest {
    private static RuralLegalPerson literate(String person, RuralLegalSelection by, Boolean assessed) {
        RuralLegalPerson.Builder b = RuralLegalPerson.builder().personId(person).grassrootsUnitId("v1").role(RuralLegalRole.LEGALLY_LITERATE_VILLAGER);
        if (by != null) {
            b.selectedBy(by);
        }
        if (assessed != null) {
            b.assessed(assessed);
        }
        return b.build();
    }

    @Test
    void selection_fails_for_an_appointee_who_was_never_assessed() {
        // the clean township passes for nominated and assessed villagers
        assertPasses("RURAL-LEGAL-LITERATE-SELECTION", clean().build());
        RuleOfLawRecord r = clean().ruralLegalPersonnel(List.of(literate("p3", RuralLegalSelection.SELF_NOMINATION, true),
                literate("p4", RuralLegalSelection.OTHER, false))).build();
        assertOnlyFailure("RURAL-LEGAL-LITERATE-SELECTION", r).at("/ruralLegalPersonnel/1")
                .saysZh("东村 的法律明白人 p4 未经个人自荐或村“两委”推荐产生，未经考核即上岗")
                .saysEn("legally literate villager p4 of 东村 was chosen neither by self-nomination nor by the village "
                        + "committees "
                        + "and took up the role without assessment");
        Finding unknown = only("RURAL-LEGAL-LITERATE-SELECTION", clean().ruralLegalPersonnel(List.of(literate("p3", null, true))).build(),
                Outcome.INSUFFICIENT_DATA);
        assertThat(unknown.messageZh()).isEqualTo("数据不足：东村 的法律明白人 p3 未记录遴选方式");
    }

    @Test
    void model_village_passes_when_reviewed_within_two_years_and_fails_after() {
        assertPasses("RURAL-MODEL-VILLAGE", clean().build());
        RuleOfLawRecord r = clean().modelVillageTitles(List.of(ModelVillageTitle.builder().grassrootsUnitId("v2").level(ModelVillageLevel.NATIONAL)
                .namedOn(d("2019-12-01")).lastReviewedOn(d("2021-06-30")).build())).build();
        assertOnlyFailure("RURAL-MODEL-VILLAGE", r).at("/modelVillageTitles/0/lastReviewedOn")
                .saysZh("西村 的全国民主法治示范村称号自 2021-06-30 起已超过 2 年未复核")
                .saysEn("the national model-village title of 西村 has not been reviewed for more than 2 years since "
                        + "2021-06-30");
        assertThat(only("RURAL-MODEL-VILLAGE", clean().modelVillageTitles(List.of(r.modelVillageTitles().get(0).withRevoked(true))).build(),
                Outcome.NOT_APPLICABLE).path()).isEqualTo("/modelVillageTitles");
    }

    @Test
    void village_affairs_fail_for_missed_quarters_monthly_finances_and_no_review() {
        // the clean township village affairs pass when published every quarter with a yearly review
        assertPasses("RURAL-VILLAGE-AFFAIRS-OPEN", clean().build());
        RuleOfLawRecord base = clean().build();
        GovernmentUnit unit = GovernmentUnit.builder().from(base.unit()).grassrootsUnits(List.of(base.unit().grassrootsUnits().get(0),
                GrassrootsUnit.builder().from(base.unit().grassrootsUnits().get(1)).frequentFinancialTransactions(true).build())).build();
        RuleOfLawRecord r = clean().unit(unit).villageAffairsDisclosures(base.villageAffairsDisclosures().stream()
                .filter(x -> !(x.grassrootsUnitId().equals("v2") && (x.publishedOn().getMonthValue() == 6 || x.kind() == VillageAffairsKind.DEMOCRATIC_REVIEW)))
                .collect(Collectors.toList())).build();
        assertOnlyFailure("RURAL-VILLAGE-AFFAIRS-OPEN", r).at("/unit/grassrootsUnits/1")
                .saysZh("西村 第 [2] 季度没有公开村务；集体财务往来较多，第 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] 月没有公布财务收支；"
                        + "全年没有民主评议村民委员会成员")
                .saysEn("西村 published no village affairs in quarter(s) [2]; has many financial transactions but "
                        + "published no finances in "
                        + "month(s) [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]; held no democratic review of its committee members in the year");
    }

    @Test
    void township_scope_passes_when_each_arising_category_is_published_and_fails_otherwise() {
        assertPasses("OPEN-TOWNSHIP-SCOPE", clean().build());
        RuleOfLawRecord r = clean().addDisclosureCategoriesArising(TownshipDisclosureCategory.HOMESTEAD).build();
        assertOnlyFailure("OPEN-TOWNSHIP-SCOPE", r).at("/disclosureCategoriesArising")
                .saysZh("示范乡 本年度有宅基地使用情况审核事项，但没有主动公开相关政府信息")
                .saysEn("示范乡 had matters of homestead approvals this year but published no information on them "
                        + "proactively");
        Finding unknown = only("OPEN-TOWNSHIP-SCOPE", clean().disclosureCategoriesArising(List.of()).build(), Outcome.INSUFFICIENT_DATA);
        assertThat(unknown.messageEn()).isEqualTo("Insufficient data: 示范乡 records proactive disclosures but not which township categories had matters this year");
    }

    @Test
    void annual_report_passes_by_31_january_fails_after_and_is_pending_before() {
        assertPasses("OPEN-ANNUAL-REPORT", clean().build());
        assertOnlyFailure("OPEN-ANNUAL-REPORT", clean().disclosureReportPublishedOn(d("2024-03-05")).build())
                .at("/disclosureReportPublishedOn")
                .saysZh("示范乡 2023 年政府信息公开工作年度报告于 2024-03-05 才公布，晚于 2024-01-31")
                .saysEn("示范乡 published its 2023 open-government-information report on 2024-03-05, after 2024-01-31");
        RuleOfLawRecord none = clean().disclosureReportPublishedOn(java.util.Optional.empty()).build();
        assertThat(RuleAssertions.rule("OPEN-ANNUAL-REPORT").evaluate(none, CheckContext.of(d("2024-02-01")))).extracting(Finding::outcome)
                .containsExactly(Outcome.INSUFFICIENT_DATA);
        assertPasses("OPEN-ANNUAL-REPORT", none);
    }
}

package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.declared;
import static org.fazhi.governance.rules.RuleSupport.path;
import static org.fazhi.governance.rules.RuleSupport.village;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.legal.LegalAdviser;
import org.fazhi.governance.model.legal.ModelVillageTitle;
import org.fazhi.governance.model.legal.RuralLegalPerson;
import org.fazhi.governance.model.legal.RuralLegalRole;
import org.fazhi.governance.model.legal.VillagerRepresentativeMeeting;

/**
 * RURAL: 乡村法治 / rural rule of law: legally literate villagers, model villages, village affairs, advisers and
 * meetings.
 */
final class RuralRules {
    private RuralRules() {}

    static List<Rule> all() {
        return List.of(literate3(), literateSelection(), modelVillage(), villageAdviser(), townshipAdviser(),
                villagerMeetings(), villageAffairsOpen());
    }

    /**
     * 每个行政村至少培养3名“法律明白人” / At least three legally literate villagers per village (《乡村“法律明白人”培养工作规范（试行）》三、培养目标 / Work
     * standard for training rural legally literate villagers (trial), §3 targets).
     */
    static Rule literate3() {
        RuleDescriptor d = RuleTexts.describe("RURAL-LEGAL-LITERATE-3", RuleGroup.RURAL, Severity.INFO,
                LegalSources.LEGALLY_LITERATE_VILLAGERS_STANDARD.cite("三、培养目标", "§3 targets", Confidence.B),
                ParameterSpec.of("perVillage", "3", "名", "persons", true));
        return Rule.of(d, (r, ctx, out) -> {
            int min = ctx.parameter(d, "perVillage").intValueExact();
            List<GrassrootsUnit> villages = r.unit().grassrootsUnits();
            if (!r.ruralLegalPersonnel().isEmpty()) {
                Map<String, Long> count = r.ruralLegalPersonnel().stream().filter(p ->
                        p.role() == RuralLegalRole.LEGALLY_LITERATE_VILLAGER)
                        .collect(Collectors.groupingBy(RuralLegalPerson::grassrootsUnitId, Collectors.counting()));
                for (int i = 0; i < villages.size(); i++) {
                    long n = count.getOrDefault(villages.get(i).id(), 0L);
                    if (n >= min) {
                        out.pass(path("unit/grassrootsUnits", i), village(villages.get(i)),
                                Evidence.of("village", villages.get(i).name()).and("count", n));
                    } else {
                        out.fail(path("unit/grassrootsUnits", i), village(villages.get(i)),
                                Evidence.of("village", villages.get(i).name()).and("count", n).and("min", min));
                    }
                }
                if (villages.isEmpty()) {
                    out.notApplicable("/unit/grassrootsUnits");
                }
                return;
            }
            Optional<BigDecimal> total = declared(r, StandardFigures.RURAL_LEGAL_PERSONNEL);
            Optional<Integer> n = RuleSupport.villageCount(r);
            if (total.isPresent() && n.isPresent()) {
                out.insufficient("/declaredFigures", out.recordSubject(),
                        "报告声明共 {total} 名法治带头人和法律明白人（{villages} 个村平均每村 {average} 名），但没有逐村人数，无法判断每村是否至少 {min} 名",
                        "the report declares {total} rule-of-law leaders and legally literate villagers ({average} "
                        + "per village over {villages}) but no per-village count, so whether each village has {min} "
                        + "is unknown",
                        Evidence.of("total", total.get().toPlainString()).and("villages", n.get()).and("min", min)
                        .and("average", n.get() == 0 ? "-" : total.get().divide(BigDecimal.valueOf(n.get()), 1,
                        java.math.RoundingMode.HALF_UP).toPlainString()));
            } else {
                out.notApplicable("/ruralLegalPersonnel");
            }
        });
    }

    /**
     * 法律明白人经自荐或村“两委”推荐、考核上岗 / Legally literate villagers nominated and assessed before taking up the role
     * (《乡村“法律明白人”培养工作规范（试行）》四、遴选条件和程序 / Work standard for training rural legally literate villagers (trial), §4
     * selection).
     */
    static Rule literateSelection() {
        RuleDescriptor d = RuleTexts.describe("RURAL-LEGAL-LITERATE-SELECTION", RuleGroup.RURAL, Severity.WARNING,
                LegalSources.LEGALLY_LITERATE_VILLAGERS_STANDARD.cite("四、遴选条件和程序", "§4 selection", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> {
            Map<String, String> names = r.unit().grassrootsUnits().stream()
                    .collect(Collectors.toMap(GrassrootsUnit::id, GrassrootsUnit::name));
            out.each("/ruralLegalPersonnel", r.ruralLegalPersonnel(), p ->
                    p.role() == RuralLegalRole.LEGALLY_LITERATE_VILLAGER, (i, p) -> {
                String who = p.personId().orElse("#" + (i + 1));
                SubjectRef s = SubjectRef.of(RuralLegalPerson.class, who);
                String at = path("ruralLegalPersonnel", i);
                String village = names.getOrDefault(p.grassrootsUnitId(), p.grassrootsUnitId());
                List<String> zh = new java.util.ArrayList<>();
                List<String> en = new java.util.ArrayList<>();
                if (p.selectedBy().map(x -> x == org.fazhi.governance.model.legal.RuralLegalSelection.OTHER)
                        .orElse(false)) {
                    zh.add("未经个人自荐或村“两委”推荐产生");
                    en.add("was chosen neither by self-nomination nor by the village committees");
                }
                if (p.assessed().map(x -> !x).orElse(false)) {
                    zh.add("未经考核即上岗");
                    en.add("took up the role without assessment");
                }
                if (!zh.isEmpty()) {
                    out.fail(at, s, Evidence.of("village", village).and("who", who)
                            .and("problem", Wording.of(String.join("，", zh), String.join(" and ", en))));
                } else if (p.selectedBy().isEmpty() || p.assessed().isEmpty()) {
                    out.insufficient(at, s, "{village} 的法律明白人 {who} 未记录{what}",
                            "legally literate villager {who} of {village} has no record of {what}",
                            Evidence.of("village", village).and("who", who)
                                    .and("what", Wording.of(p.selectedBy().isEmpty() ? "遴选方式" : "是否考核上岗",
                                    p.selectedBy().isEmpty() ? "how they were chosen" : "an assessment")));
                } else {
                    out.pass(at, s, Evidence.of("who", who).and("selectedBy", p.selectedBy().get().en()));
                }
            });
        });
    }

    /**
     * 民主法治示范村（社区）动态复核 / Model villages reviewed regularly
     * (《全国民主法治示范村（社区）建设指导标准》全国民主法治示范村（社区）建设指导标准；每两年命名、动态复核（复核周期为地方实践，未核实） / Guiding standard for national
     * democracy-and-rule-of-law model villages (communities), guiding standard; named every two years and reviewed
     * (the review cycle is local practice, unverified)).
     */
    static Rule modelVillage() {
        RuleDescriptor d = RuleTexts.describe("RURAL-MODEL-VILLAGE", RuleGroup.RURAL, Severity.INFO,
                LegalSources.MODEL_VILLAGE_STANDARD.cite("全国民主法治示范村（社区）建设指导标准；每两年命名、动态复核（复核周期为地方实践，未核实）",
                        "guiding standard; named every two years and reviewed "
                                + "(the review cycle is local practice, unverified)",
                        Confidence.D),
                ParameterSpec.of("reviewYears", "2", "年", "years", false));
        return Rule.of(d, (r, ctx, out) -> {
            int years = ctx.parameter(d, "reviewYears").intValueExact();
            Map<String, String> names = r.unit().grassrootsUnits().stream()
                    .collect(Collectors.toMap(GrassrootsUnit::id, GrassrootsUnit::name));
            out.each("/modelVillageTitles", r.modelVillageTitles(), t -> !t.revoked(), (i, t) -> {
                LocalDate since = t.lastReviewedOn().orElse(t.namedOn());
                SubjectRef s = SubjectRef.of(ModelVillageTitle.class, t.grassrootsUnitId());
                String village = names.getOrDefault(t.grassrootsUnitId(), t.grassrootsUnitId());
                if (ctx.asOf().isAfter(since.plusYears(years))) {
                    out.fail(path("modelVillageTitles", i, "lastReviewedOn"), s, Evidence.of("village", village)
                            .and("level", t.level())
                            .and("since", since).and("years", years));
                } else {
                    out.pass(path("modelVillageTitles", i), s, Evidence.of("village", village)
                            .and("reviewDue", since.plusYears(years)));
                }
            });
        });
    }

    /**
     * 村务至少每季度公开、财务往来多的每月公开、每年民主评议村干部 / Village affairs public quarterly, busy finances monthly, officers reviewed
     * yearly (《中华人民共和国村民委员会组织法》第三十条、第三十三条 / Organic Law of Villagers' Committees, Arts. 30, 33).
     */
    static Rule villageAffairsOpen() {
        RuleDescriptor d = RuleTexts.describe("RURAL-VILLAGE-AFFAIRS-OPEN", RuleGroup.RURAL, Severity.ERROR,
                LegalSources.VILLAGERS_COMMITTEE_LAW.cite("第三十条、第三十三条", "Arts. 30, 33", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            if (r.villageAffairsDisclosures().isEmpty()) {
                out.notApplicable("/villageAffairsDisclosures");
                return;
            }
            LocalDate end = ctx.asOf().getYear() == r.year() ? ctx.asOf() : LocalDate.of(r.year(), 12, 31);
            for (int i = 0; i < r.unit().grassrootsUnits().size(); i++) {
                GrassrootsUnit v = r.unit().grassrootsUnits().get(i);
                if (v.kind() != org.fazhi.governance.model.GrassrootsKind.VILLAGE) {
                    continue;
                }
                Set<Integer> quarters = new HashSet<>();
                Set<Integer> financeMonths = new HashSet<>();
                boolean reviewed = false;
                for (org.fazhi.governance.model.legal.VillageAffairsDisclosure x : r.villageAffairsDisclosures()) {
                    if (!x.grassrootsUnitId().equals(v.id()) || x.publishedOn().getYear() != r.year()) {
                        continue;
                    }
                    if (x.kind() == org.fazhi.governance.model.legal.VillageAffairsKind.DEMOCRATIC_REVIEW) {
                        reviewed = true;
                    } else {
                        quarters.add(x.publishedOn().get(IsoFields.QUARTER_OF_YEAR));
                        if (x.kind() == org.fazhi.governance.model.legal.VillageAffairsKind.FINANCES) {
                            financeMonths.add(x.publishedOn().getMonthValue());
                        }
                    }
                }
                List<String> zh = new java.util.ArrayList<>();
                List<String> en = new java.util.ArrayList<>();
                List<Integer> missedQuarters = new java.util.ArrayList<>();
                for (int q = 1; q <= 4; q++) {
                    if (!LocalDate.of(r.year(), q * 3, 1).with(java.time.temporal.TemporalAdjusters.lastDayOfMonth())
                            .isAfter(end) && !quarters.contains(q)) {
                        missedQuarters.add(q);
                    }
                }
                if (!missedQuarters.isEmpty()) {
                    zh.add("第 " + missedQuarters + " 季度没有公开村务");
                    en.add("published no village affairs in quarter(s) " + missedQuarters);
                }
                if (v.frequentFinancialTransactions().orElse(false)) {
                    List<Integer> missedMonths = new java.util.ArrayList<>();
                    for (int m = 1; m <= 12; m++) {
                        if (!LocalDate.of(r.year(), m, 1).with(java.time.temporal.TemporalAdjusters.lastDayOfMonth())
                                .isAfter(end) && !financeMonths.contains(m)) {
                            missedMonths.add(m);
                        }
                    }
                    if (!missedMonths.isEmpty()) {
                        zh.add("集体财务往来较多，第 " + missedMonths + " 月没有公布财务收支");
                        en.add("has many financial transactions but published no finances in month(s) " + missedMonths);
                    }
                }
                if (!reviewed && !end.isBefore(LocalDate.of(r.year(), 12, 31))) {
                    zh.add("全年没有民主评议村民委员会成员");
                    en.add("held no democratic review of its committee members in the year");
                }
                if (zh.isEmpty()) {
                    out.pass(path("unit/grassrootsUnits", i), village(v), Evidence.of("village", v.name())
                            .and("quarters", quarters.size()));
                } else {
                    out.fail(path("unit/grassrootsUnits", i), village(v), Evidence.of("village", v.name())
                            .and("problem", Wording.of(String.join("；", zh), String.join("; ", en))));
                }
            }
        });
    }

    /**
     * 一村（社区）一法律顾问全覆盖 / A legal adviser for every village (《关于推行法律顾问制度和公职律师公司律师制度的意见》全文（全覆盖目标；服务频次为地方规定） / Opinions on
     * legal advisers and public-sector lawyers, whole text (coverage target; service frequency is local)).
     */
    static Rule villageAdviser() {
        RuleDescriptor d = RuleTexts.describe("RURAL-VILLAGE-LEGAL-ADVISER", RuleGroup.RURAL, Severity.INFO,
                LegalSources.LEGAL_ADVISER_OPINIONS.cite("全文（全覆盖目标；服务频次为地方规定）",
                        "whole text (coverage target; service frequency is local)", Confidence.C),
                ParameterSpec.of("targetPercent", "100", "%", "%", false));
        return Rule.of(d, (r, ctx, out) -> {
            List<GrassrootsUnit> villages = r.unit().grassrootsUnits();
            if (!r.legalAdvisers().isEmpty() && !villages.isEmpty()) {
                Set<String> covered = r.legalAdvisers().stream().flatMap(a -> a.grassrootsUnitIds().stream())
                        .collect(Collectors.toSet());
                for (int i = 0; i < villages.size(); i++) {
                    if (covered.contains(villages.get(i).id())) {
                        out.pass(path("unit/grassrootsUnits", i), village(villages.get(i)),
                                Evidence.of("village", villages.get(i).name()));
                    } else {
                        out.fail(path("unit/grassrootsUnits", i), village(villages.get(i)),
                                Evidence.of("what", Shortfall.NO_LEGAL_ADVISER).and("village", villages.get(i).name()));
                    }
                }
                return;
            }
            Optional<BigDecimal> covered = declared(r, StandardFigures.LEGAL_ADVISERS_VILLAGES_COVERED);
            Optional<Integer> n = RuleSupport.villageCount(r);
            if (covered.isEmpty() || n.isEmpty()) {
                out.notApplicable("/legalAdvisers");
            } else if (covered.get().intValue() >= n.get()) {
                out.pass("/declaredFigures", out.recordSubject(),
                        Evidence.of("villagesCovered", covered.get().toPlainString()).and("villages", n.get())
                                .and("source", "declared"));
            } else {
                out.fail("/declaredFigures", out.recordSubject(),
                        Evidence.of("what", Shortfall.TOO_FEW_LEGAL_ADVISERS).and("villages", n.get())
                                .and("advised", covered.get().toPlainString()));
            }
        });
    }

    /**
     * 乡镇政府设立法律顾问 / The township government has a legal adviser (《关于推行法律顾问制度和公职律师公司律师制度的意见》二（乡镇党委和政府根据需要设立法律顾问、公职律师） /
     * Opinions on legal advisers and public-sector lawyers, §2).
     */
    static Rule townshipAdviser() {
        RuleDescriptor d = RuleTexts.describe("RURAL-TOWNSHIP-LEGAL-ADVISER", RuleGroup.RURAL, Severity.WARNING,
                LegalSources.LEGAL_ADVISER_OPINIONS.cite("二（乡镇党委和政府根据需要设立法律顾问、公职律师）", "§2", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> {
            if (r.legalAdvisers().stream().anyMatch(LegalAdviser::servesTownship)) {
                out.pass("/legalAdvisers", out.recordSubject(), Evidence.of("source", "computed"));
            } else if (!r.legalAdvisers().isEmpty()) {
                out.fail("/legalAdvisers", out.recordSubject(), Evidence.of("unit", r.unit().name()));
            } else if (declared(r, StandardFigures.LEGAL_ADVISERS_TOWNSHIP_COVERED).map(v -> v.signum() > 0)
                    .orElse(false)) {
                out.pass("/declaredFigures", out.recordSubject(), Evidence.of("source", "declared"));
            } else {
                out.insufficient("/legalAdvisers", out.recordSubject(), "没有法律顾问的数据", "no data on legal advisers",
                        Evidence.none());
            }
        });
    }

    /**
     * 村民代表会议每季度召开、三分之二以上到会、过半数通过 / Villager-representative meetings: quarterly, two-thirds quorum, majority
     * (《中华人民共和国村民委员会组织法》第二十六条 / Organic Law of Villagers' Committees, Art. 26).
     */
    static Rule villagerMeetings() {
        RuleDescriptor d = RuleTexts.describe("RURAL-VILLAGE-REP-MEETING", RuleGroup.RURAL, Severity.ERROR,
                LegalSources.VILLAGERS_COMMITTEE_LAW.cite("第二十六条", "Art. 26", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            if (r.villagerMeetings().isEmpty()) {
                out.notApplicable("/villagerMeetings");
                return;
            }
            Map<String, Set<Integer>> quarters = new HashMap<>();
            for (int i = 0; i < r.villagerMeetings().size(); i++) {
                VillagerRepresentativeMeeting m = r.villagerMeetings().get(i);
                SubjectRef s = SubjectRef.of(VillagerRepresentativeMeeting.class, m.grassrootsUnitId() + "@"
                        + m.heldOn());
                if (m.heldOn().getYear() == r.year()) {
                    quarters.computeIfAbsent(m.grassrootsUnitId(), k -> new HashSet<>()).add(m.heldOn()
                            .get(IsoFields.QUARTER_OF_YEAR));
                }
                if (m.present() * 3 < m.members() * 2) {
                    out.fail(path("villagerMeetings", i, "present"), s,
                            Evidence.of("what", Shortfall.MEETING_WITHOUT_QUORUM)
                                    .and("grassrootsUnitId", m.grassrootsUnitId()).and("heldOn", m.heldOn())
                                    .and("present", m.present()).and("members", m.members()));
                } else if (m.inFavour().isPresent() && m.inFavour().get() * 2 <= m.present()) {
                    out.fail(path("villagerMeetings", i, "inFavour"), s,
                            Evidence.of("what", Shortfall.DECISION_WITHOUT_MAJORITY)
                                    .and("grassrootsUnitId", m.grassrootsUnitId()).and("heldOn", m.heldOn())
                                    .and("inFavour", m.inFavour().get()));
                } else {
                    out.pass(path("villagerMeetings", i), s, Evidence.of("village", m.grassrootsUnitId()));
                }
            }
            LocalDate end = ctx.asOf().getYear() == r.year() ? ctx.asOf() : LocalDate.of(r.year(), 12, 31);
            int dueQuarters = 0;
            for (int q = 1; q <= 4; q++) {
                if (!LocalDate.of(r.year(), q * 3, 1).with(java.time.temporal.TemporalAdjusters.lastDayOfMonth())
                        .isAfter(end)) {
                    dueQuarters = q;
                }
            }
            for (int i = 0; i < r.unit().grassrootsUnits().size(); i++) {
                GrassrootsUnit v = r.unit().grassrootsUnits().get(i);
                Set<Integer> held = quarters.getOrDefault(v.id(), Set.of());
                List<Integer> missed = new java.util.ArrayList<>();
                for (int q = 1; q <= dueQuarters; q++) {
                    if (!held.contains(q)) {
                        missed.add(q);
                    }
                }
                if (!missed.isEmpty()) {
                    out.fail(path("unit/grassrootsUnits", i), village(v),
                            Evidence.of("what", Shortfall.QUARTERS_WITHOUT_MEETING).and("village", v.name())
                                    .and("missed", missed));
                }
            }
        });
    }
}

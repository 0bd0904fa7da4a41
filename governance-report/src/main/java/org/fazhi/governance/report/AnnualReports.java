package org.fazhi.governance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.indicators.IndicatorResult;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.IndicatorSource;
import org.fazhi.governance.model.GuidingPrinciple;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureNotation;
import org.fazhi.governance.model.figure.FigurePeriod;
import org.fazhi.governance.model.figure.FigureSection;
import org.fazhi.governance.model.figure.PeriodKind;
import org.fazhi.governance.model.legal.Venue;
import org.fazhi.governance.model.legal.VenueKind;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.DataGap;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.Rule;
import org.fazhi.governance.rules.RuleDescriptor;
import org.fazhi.governance.rules.RuleGroup;

/**
 * 报告生成 / Builds the {@link AnnualRuleOfLawReport} of a record from its check report and indicator
 * sheet. A pure function: the same inputs give the same report.
 */
public final class AnnualReports {
    private AnnualReports() {}

    /** How one section of 主要工作完成情况 is assembled. */
    private static final class SectionSpec {
        final ReportSectionId id;
        final String titleZh;
        final String titleEn;
        final List<Indicator> indicators;
        final Set<RuleGroup> groups;
        final Set<FigureSection> figures;
        final BiConsumer<RuleOfLawRecord, Facts> facts;

        SectionSpec(ReportSectionId id, String titleZh, String titleEn, List<Indicator> indicators, Set<RuleGroup> groups, Set<FigureSection> figures,
                BiConsumer<RuleOfLawRecord, Facts> facts) {
            this.id = id;
            this.titleZh = titleZh;
            this.titleEn = titleEn;
            this.indicators = indicators;
            this.groups = groups;
            this.figures = figures;
            this.facts = facts;
        }
    }

    /** Collects sentences in both languages. */
    private static final class Facts {
        final List<String> zh = new ArrayList<>();
        final List<String> en = new ArrayList<>();

        void add(String z, String e) {
            zh.add(z);
            en.add(e);
        }
    }

    private static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec(ReportSectionId.PROFILE, "基本情况", "Profile", List.of(), Set.of(), EnumSet.of(FigureSection.UNIT_PROFILE), (r, f) -> {
                f.add(r.unit().name() + "（" + r.unit().level().zh() + "）" + r.unit().county().map(c -> "，隶属" + c).orElse("") + "。",
                        r.unit().name() + " (" + r.unit().level().en() + ")" + r.unit().county().map(c -> ", " + c).orElse("") + ".");
            }),
            new SectionSpec(ReportSectionId.PRINCIPLES, "（一）坚持五大基本原则", "(1) The five guiding principles", List.of(), Set.of(), EnumSet.noneOf(FigureSection.class), (r, f) -> {
                if (!r.guidingPrinciples().isEmpty()) {
                    f.add("坚持" + r.guidingPrinciples().stream().map(GuidingPrinciple::zh).map(s -> s.replace("坚持", "")).collect(Collectors.joining("、")) + "。",
                            "Adheres to: " + r.guidingPrinciples().stream().map(GuidingPrinciple::en).collect(Collectors.joining(", ")) + ".");
                }
            }),
            new SectionSpec(ReportSectionId.RESPONSIBILITY, "（二）明确工作责任落实，推进各部门职能优化协同高效",
                    "(2) Clear responsibilities and coordinated departments",
                    List.of(Indicator.COORDINATION_LEADERS, Indicator.COORDINATION_CADRES), Set.of(RuleGroup.ANNUAL_REPORT),
                    EnumSet.of(FigureSection.LEADERSHIP, FigureSection.STUDY, FigureSection.REPORT), (r, f) -> {
                        r.leadingGroups().forEach(g -> f.add("成立" + g.name() + (g.ledByPrincipalLeaders() ? "，由党政一把手任组长" : "") + "。",
                                "Set up the " + g.kind().en() + " (" + g.name() + ")" + (g.ledByPrincipalLeaders() ? ", led by the Party and government heads" : "") + "."));
                        long first = r.responsibilities().stream().filter(x -> x.role() == org.fazhi.governance.model.leadership.ResponsibilityRole.FIRST_RESPONSIBLE_PERSON).count();
                        if (first > 0) {
                            f.add("明确第一责任人 " + first + " 名。", first + " first responsible person(s) named.");
                        }
                        if (!r.lawStudySessions().isEmpty()) {
                            f.add("开展学法和法治工作研究 " + r.lawStudySessions().size() + " 次。", r.lawStudySessions().size() + " law study sessions and reviews.");
                        }
                    }),
            new SectionSpec(ReportSectionId.SERVICES_AND_HOTLINE, "（三）扎实开展“放管服”工作，持续优化法治化营商环境",
                    "(3) Streamlined services and the hotline",
                    List.of(Indicator.UNIT_VILLAGES, Indicator.GRID_LEVEL1, Indicator.GRID_LEVEL2, Indicator.GRID_LEVEL2_PER_LEVEL1,
                            Indicator.STAFF_GRID_LEADER, Indicator.STAFF_PARTY_BRANCH_SECRETARY, Indicator.STAFF_PARTY_GROUP_LEADER,
                            Indicator.STAFF_PARTY_GROUP_DEPUTY_LEADER, Indicator.STAFF_FULL_TIME_GRID_WORKER, Indicator.STAFF_PARTY_MEMBER_BUILDING_CAPTAIN,
                            Indicator.STAFF_PART_TIME_GRID_WORKER, Indicator.STAFF_GRID_VOLUNTEER, Indicator.GRID_STAFF_TOTAL, Indicator.GRID_LEADER_FILLED_RATE,
                            Indicator.HOTLINE_RECEIVED, Indicator.HOTLINE_RESPONDED, Indicator.HOTLINE_CLOSED, Indicator.HOTLINE_RATED,
                            Indicator.HOTLINE_SATISFIED, Indicator.HOTLINE_RESPONSE_RATE, Indicator.HOTLINE_CLOSURE_RATE, Indicator.HOTLINE_SATISFACTION_RATE),
                    Set.of(RuleGroup.HOTLINE, RuleGroup.NOTIFICATION_COMMITMENT), EnumSet.of(FigureSection.GRID, FigureSection.SERVICES, FigureSection.HOTLINE), (r, f) -> {
                        venues(r, f, VenueKind.CONVENIENCE_SERVICE_CENTRE);
                        if (!r.serviceItems().isEmpty()) {
                            f.add("政务服务事项 " + r.serviceItems().size() + " 项，其中“一次也不跑” "
                                    + r.serviceItems().stream().filter(s -> s.maxVisits() == 0).count() + " 项。",
                                    r.serviceItems().size() + " service items, " + r.serviceItems().stream().filter(s -> s.maxVisits() == 0).count() + " needing no visit.");
                        }
                        if (!r.notificationCommitmentItems().isEmpty()) {
                            f.add("实行告知承诺制事项 " + r.notificationCommitmentItems().size() + " 项。", r.notificationCommitmentItems().size() + " items by notification and commitment.");
                        }
                    }),
            new SectionSpec(ReportSectionId.DECISIONS_AND_ENFORCEMENT, "（四）推进重大问题依法决策，严格依法行政文明执法",
                    "(4) Lawful decisions and strict, civil enforcement",
                    List.of(Indicator.OFFICERS, Indicator.OFFICERS_FULL_TIME, Indicator.LEGAL_REVIEWERS, Indicator.REVIEWERS_PER_OFFICER,
                            Indicator.CERTIFIED_RATE, Indicator.TRAINING_ASSESSMENT_RATE, Indicator.TRAINING_HOURS_PER_OFFICER, Indicator.CASES,
                            Indicator.DISCLOSURE_RATE, Indicator.RECORDING_RATE, Indicator.LEGAL_REVIEW_RATE, Indicator.CASES_FILED,
                            Indicator.CASES_SUMMARY, Indicator.CASES_GENERAL, Indicator.CASES_DECIDED, Indicator.CASES_SERVED, Indicator.CASES_CLOSED,
                            Indicator.CASES_ARCHIVED, Indicator.PRIOR_NOTICE_RATE, Indicator.HEARINGS_REQUESTED, Indicator.HEARINGS_HELD,
                            Indicator.HEARING_RATE, Indicator.ON_TIME_DECISION_RATE, Indicator.FINES_DECIDED, Indicator.FINES_COLLECTED,
                            Indicator.DISCLOSED_ON_TIME_RATE, Indicator.CORRECTED_ON_RECONSIDERATION, Indicator.CORRECTED_IN_COURT,
                            Indicator.CORRECTION_RATE, Indicator.NPC_SUGGESTIONS,
                            Indicator.NPC_COMPLETION_RATE, Indicator.NPC_ON_TIME_RATE, Indicator.NPC_SATISFACTION_RATE),
                    Set.of(RuleGroup.MAJOR_DECISIONS, RuleGroup.NORMATIVE_DOCUMENTS, RuleGroup.COLLECTIVE_DECISIONS,
                            RuleGroup.ENFORCEMENT, RuleGroup.THREE_SYSTEMS, RuleGroup.CERTIFICATION, RuleGroup.POWER_LISTS,
                            RuleGroup.DEPUTY_SUGGESTIONS, RuleGroup.LITIGATION),
                    EnumSet.of(FigureSection.ENFORCEMENT, FigureSection.LEGALITY_REVIEW, FigureSection.DECISIONS, FigureSection.NORMATIVE_DOCUMENTS,
                            FigureSection.RECONSIDERATION_LITIGATION, FigureSection.NPC), (r, f) -> {
                        r.enforcementTeam().ifPresent(t -> f.add("组建" + t.name() + "，制定" + String.join("、", t.managementRules()) + "。",
                                "Set up the " + t.name() + " with " + t.managementRules().size() + " management rule(s)."));
                        if (!r.normativeDocuments().isEmpty() || !r.majorDecisions().isEmpty() || !r.collectiveMeetings().isEmpty()) {
                            f.add("制定规范性文件 " + r.normativeDocuments().size() + " 件，作出重大行政决策 " + r.majorDecisions().size() + " 项，召开三重一大决策会议 "
                                    + r.collectiveMeetings().size() + " 次。", r.normativeDocuments().size() + " normative documents, " + r.majorDecisions().size()
                                    + " major decisions, " + r.collectiveMeetings().size() + " collective decision meetings.");
                        }
                        if (!r.powerList().isEmpty()) {
                            f.add("权责清单事项 " + r.powerList().size() + " 项。", r.powerList().size() + " power-list items.");
                        }
                    }),
            new SectionSpec(ReportSectionId.OPENNESS, "（五）积极推动政务公开工作提档提速", "(5) Government openness", List.of(), Set.of(RuleGroup.OPENNESS),
                    EnumSet.of(FigureSection.OPENNESS), (r, f) -> {
                if (!r.informationDisclosures().isEmpty()) {
                    f.add("公开政府信息和答复申请共 " + r.informationDisclosures().size() + " 件。", r.informationDisclosures().size() + " items disclosed or requests answered.");
                }
            }),
            new SectionSpec(ReportSectionId.LEGAL_CULTURE, "（六）推进法治文化建设，筑牢法治宣传阵地", "(6) Legal culture and publicity",
                    List.of(Indicator.CAMPAIGNS, Indicator.RURAL_PERSONNEL, Indicator.LITERATE_COVERAGE), Set.of(RuleGroup.RURAL),
                    EnumSet.of(FigureSection.PUBLICITY, FigureSection.RURAL), (r, f) -> {
                        r.legalEducationPlan().ifPresent(p -> f.add("制定本级“八五”普法规划" + (p.whoEnforcesEducates() ? "，推行“谁执法谁普法”责任制" : "") + "。",
                                "Adopted an eighth five-year legal-education plan" + (p.whoEnforcesEducates() ? " with the who-enforces-educates system" : "") + "."));
                        venues(r, f, VenueKind.PUBLIC_LEGAL_SERVICE_STATION, VenueKind.CIRCUIT_COURT, VenueKind.MEDIATION_ROOM);
                    }),
            new SectionSpec(ReportSectionId.SAFETY, "（七）强化应急管理能力，整治区域性治安稳定突出问题", "(7) Emergency management and public safety",
                    List.of(Indicator.CENTRE_VILLAGES, Indicator.CENTRE_COVERAGE, Indicator.CAMERAS_PUBLIC_AREA, Indicator.CAMERAS_CARING_EYE,
                            Indicator.CAMERAS_POLICE_AREA, Indicator.CAMERAS_SCENIC, Indicator.CAMERAS_TOTAL, Indicator.CAMERAS_NETWORKED_RATE,
                            Indicator.PATROLS_PER_WEEK, Indicator.VEHICLES_MOTORCYCLE, Indicator.VEHICLES_CAR),
                    Set.of(RuleGroup.GRIDS), EnumSet.of(FigureSection.SAFETY), (r, f) -> venues(r, f, VenueKind.EMERGENCY_MANAGEMENT_OFFICE)),
            new SectionSpec(ReportSectionId.DISPUTES, "（八）践行“枫桥经验”，实现矛盾共调", "(8) The Fengqiao approach to disputes",
                    List.of(Indicator.LOCAL_WORTHY_MEDIATORS, Indicator.REASONING_ROOMS, Indicator.REASONING_ROOM_MEMBERS, Indicator.ROOM_COVERAGE,
                            Indicator.DISPUTES_SCREENED, Indicator.DISPUTES_MEDIATED, Indicator.MEDIATION_SUCCESS_RATE, Indicator.ADVISER_VILLAGES,
                            Indicator.TOWNSHIP_ADVISER, Indicator.ADVISER_COVERAGE),
                    Set.of(RuleGroup.DISPUTES), EnumSet.of(FigureSection.DISPUTES, FigureSection.LEGAL_ADVISERS, FigureSection.PETITIONS),
                    (r, f) -> venues(r, f, VenueKind.DISPUTE_RESOLUTION_CENTRE, VenueKind.NEIGHBOURHOOD_COUNCIL_HALL)));

    private static void venues(RuleOfLawRecord r, Facts f, VenueKind... kinds) {
        for (VenueKind k : kinds) {
            for (Venue v : r.venues()) {
                if (v.kind() == k) {
                    f.add("设立" + v.name() + (v.partners().isEmpty() ? "" : "（与" + String.join("、", v.partners()) + "共建）") + "。",
                            "Established the " + k.en() + " " + v.name() + (v.partners().isEmpty() ? "" : " with " + String.join(", ", v.partners())) + ".");
                }
            }
        }
    }

    /**
     * Builds the report.
     *
     * @param record the record
     * @param check the record's check report
     * @param sheet the record's indicator sheet
     * @return the report
     */
    public static AnnualRuleOfLawReport build(RuleOfLawRecord record, CheckReport check, IndicatorSheet sheet) {
        Map<String, RuleGroup> groupOf = new LinkedHashMap<>();
        for (Rule r : GovernanceRules.all().rules()) {
            groupOf.put(r.id(), r.descriptor().group());
        }
        AnnualRuleOfLawReport.Builder b = AnnualRuleOfLawReport.builder().unitName(record.unit().name()).year(record.year()).asOf(check.asOf())
                .calendarNoteZh(check.calendarNote(Locale.SIMPLIFIED_CHINESE)).calendarNoteEn(check.calendarNote(Locale.ENGLISH));
        for (SectionSpec spec : SECTIONS) {
            Facts facts = new Facts();
            spec.facts.accept(record, facts);
            List<Finding> related = check.findings().stream().filter(f -> spec.groups.contains(groupOf.get(f.ruleId()))).collect(Collectors.toList());
            ReportSection.Builder s = ReportSection.builder().id(spec.id).titleZh(spec.titleZh).titleEn(spec.titleEn)
                    .addAllFactsZh(facts.zh).addAllFactsEn(facts.en)
                    .checksPassed((int) related.stream().filter(f -> f.outcome() == Outcome.PASS).count())
                    .checksFailed((int) related.stream().filter(Finding::isFailure).count())
                    .checksUndecided((int) related.stream().filter(f -> f.outcome() == Outcome.INSUFFICIENT_DATA).count());
            for (Indicator i : spec.indicators) {
                IndicatorResult res = sheet.get(i);
                if (res.source() != IndicatorSource.UNAVAILABLE) {
                    s.addLine(line(res));
                }
            }
            for (IndicatorResult res : sheet.results()) {
                boolean listed = res.indicator().filter(LISTED::contains).isPresent();
                if (!listed && res.declared().isPresent() && spec.figures.contains(res.concept().section())) {
                    s.addLine(line(res));
                }
            }
            b.addSection(s.build());
        }
        record.report().ifPresent(p -> {
            b.addAllDeclaredShortcomings(p.shortcomings());
            b.addAllDeclaredRecommendations(p.recommendations());
            b.signedOn(p.signedOn());
        });
        Map<String, RuleDescriptor> descriptors = new LinkedHashMap<>();
        GovernanceRules.all().rules().forEach(r -> descriptors.put(r.id(), r.descriptor()));
        check.findings().stream()
                .filter(f -> f.isFailure() || f.outcome() == Outcome.INSUFFICIENT_DATA)
                .sorted(Comparator.comparing((Finding f) -> f.outcome() == Outcome.FAIL ? 0 : 1).thenComparing(Finding::severity))
                .forEach(f -> b.addIssue(issue(f, Optional.ofNullable(descriptors.get(f.ruleId())), record)));
        Map<String, Integer> summary = new LinkedHashMap<>();
        check.countsByOutcome().forEach((o, n) -> summary.put(o.name(), n));
        summary.put("WAIVED", check.waived().size());
        return b.checkSummary(summary).passing(check.isPassing()).build();
    }

    /** A failure or undecided check as the report shows it; a host's own rule is named by its id. */
    static ReportIssue issue(Finding f, Optional<RuleDescriptor> d, RuleOfLawRecord record) {
        Optional<DataGap> gap = f.outcome() == Outcome.INSUFFICIENT_DATA
                ? Optional.ofNullable(f.evidence().get(DataGap.EVIDENCE_NAME)).flatMap(AnnualReports::dataGap)
                : Optional.empty();
        return ReportIssue.builder().ruleId(f.ruleId()).ruleNameZh(d.map(RuleDescriptor::nameZh).orElse(f.ruleId()))
                .ruleNameEn(d.map(RuleDescriptor::nameEn).orElse(f.ruleId())).outcome(f.outcome()).severity(f.severity()).path(f.path())
                .locationZh(RecordPaths.describeZh(f.path(), record))
                .causeZh(gap.map(g -> g.text(Locale.SIMPLIFIED_CHINESE, f.evidence())))
                .causeEn(gap.map(g -> g.text(Locale.ENGLISH, f.evidence())))
                .uncheckedZh(gap.flatMap(g -> d.map(RuleDescriptor::subjectZh)))
                .uncheckedEn(gap.flatMap(g -> d.map(RuleDescriptor::subjectEn)))
                .messageZh(f.messageZh()).messageEn(f.messageEn()).remediationZh(f.remediationZh()).remediationEn(f.remediationEn())
                .citationZh(f.citation().text(Locale.SIMPLIFIED_CHINESE)).citationEn(f.citation().text(Locale.ENGLISH)).build();
    }

    /** The data gap a finding's evidence names, if it names one this library knows. */
    private static Optional<DataGap> dataGap(String name) {
        return java.util.Arrays.stream(DataGap.values()).filter(g -> g.name().equals(name)).findFirst();
    }

    /** The indicators some section lists by name; every other declared figure goes to its catalog section. */
    private static final Set<Indicator> LISTED = SECTIONS.stream().flatMap(s -> s.indicators.stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Indicator.class)));

    static ReportLine line(IndicatorResult res) {
        java.util.Optional<java.math.BigDecimal> number = res.number();
        String contextZh = res.declared().map(d -> context(d, true)).orElse("");
        String contextEn = res.declared().map(d -> context(d, false)).orElse("");
        return ReportLine.builder().indicatorId(res.id()).labelZh(res.zh() + contextZh).labelEn(res.en() + contextEn).value(res.display())
                .number(number).unit(res.unit()).source(res.source()).target(res.target()).agreesWithDeclared(res.agrees())
                .quote(res.declared().map(d -> d.quote())).build();
    }

    /** A declared figure's context for its label: channel, scope, period and qualifier, e.g. "（12345，截至 2023-12-25）". */
    static String context(DeclaredFigure d, boolean zh) {
        List<String> parts = new ArrayList<>();
        d.channel().ifPresent(parts::add);
        d.scope().ifPresent(parts::add);
        FigurePeriod p = d.period();
        if (p.kind() != PeriodKind.REPORT_YEAR) {
            String range = p.from().map(f -> f + (zh ? " 至 " : " to ")).orElse("") + p.to().map(String::valueOf).orElse("");
            String kind = p.kind() == PeriodKind.AS_OF ? (zh ? "截至" : "as of") : p.kind() == PeriodKind.RANGE && !range.isEmpty() ? ""
                    : zh ? p.kind().zh() : p.kind().en();
            parts.add((kind + " " + range).trim());
        }
        if (d.approximate()) {
            // the enum's Chinese name lists the words that mean it (不少于（余、多、超、以上）); a label needs only the meaning
            parts.add(zh ? d.qualifier().zh().replaceFirst("（.*$", "") : d.qualifier().en());
        }
        if (d.notation() == FigureNotation.IMPLIED) {
            parts.add(zh ? "原文无数字" : "no number written");
        }
        if (parts.isEmpty()) {
            return "";
        }
        return zh ? "（" + String.join("，", parts) + "）" : " (" + String.join(", ", parts) + ")";
    }
}

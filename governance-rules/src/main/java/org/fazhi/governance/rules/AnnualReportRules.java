package org.fazhi.governance.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.model.ReportPart;
import org.fazhi.governance.model.ReportPublication;
import org.fazhi.governance.model.leadership.LeadershipPost;
import org.fazhi.governance.model.leadership.LeadingGroupKind;
import org.fazhi.governance.model.leadership.ResponsibilityAssignment;
import org.fazhi.governance.model.leadership.ResponsibilityRole;

/** RPT: 法治政府建设年度报告 / the annual rule-of-law report and who is responsible for the work. */
final class AnnualReportRules {
    private AnnualReportRules() {}

    static List<Rule> all() {
        return List.of(reportContent(), reportPublished(), reportUpward(), firstResponsible());
    }

    /**
     * 年度报告包含规定内容 / The annual report has the required parts (《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十五条（条文序号未核实） /
     * Provisions on Inspecting Rule-of-Law Government Building and the Fulfilment of Responsibilities (厅字〔2019〕28号),
     * Art. 25 (article number unverified)).
     */
    static Rule reportContent() {
        RuleDescriptor d = RuleTexts.describe("RPT-CONTENT", RuleGroup.ANNUAL_REPORT, Severity.ERROR,
                LegalSources.RULE_OF_LAW_INSPECTION_PROVISIONS.cite("第二十五条（条文序号未核实）",
                        "Art. 25 (article number unverified)", Confidence.B));
        Set<ReportPart> required = EnumSet.of(ReportPart.MEASURES_AND_RESULTS, ReportPart.SHORTCOMINGS_AND_CAUSES,
                ReportPart.FIRST_RESPONSIBLE_DUTIES, ReportPart.NEXT_YEAR_PLAN);
        return Rule.of(d, (r, ctx, out) -> {
            if (r.report().isEmpty()) {
                out.notApplicable("/report");
                return;
            }
            List<ReportPart> missing = required.stream().filter(p -> !r.report().get().partsPresent().contains(p))
                    .collect(Collectors.toList());
            if (missing.isEmpty()) {
                out.pass("/report/partsPresent", out.recordSubject(), Evidence.of("parts", required.size()));
            } else {
                out.fail("/report/partsPresent", out.recordSubject(), Evidence.of("unit", r.unit().name())
                        .and("year", r.year())
                        .and("missing", Wording.list(missing, "; ")));
            }
        });
    }

    /**
     * 年度报告于次年4月1日前向社会公开 / Publish the annual report before 1 April (《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十四条 /
     * Provisions on Inspecting Rule-of-Law Government Building and the Fulfilment of Responsibilities (厅字〔2019〕28号),
     * Art. 24).
     */
    static Rule reportPublished() {
        RuleDescriptor d = RuleTexts.describe("RPT-PUBLISH-APR1", RuleGroup.ANNUAL_REPORT, Severity.ERROR,
                LegalSources.RULE_OF_LAW_INSPECTION_PROVISIONS.cite("第二十四条", "Art. 24", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> {
            if (r.report().isEmpty()) {
                out.notApplicable("/report");
                return;
            }
            ReportPublication p = r.report().get();
            LocalDate deadline = LocalDate.of(r.year() + 1, 4, 1);
            if (p.publishedOn().isEmpty() && p.signedOn().isPresent() && !p.signedOn().get().isBefore(deadline)) {
                out.fail("/report/signedOn", out.recordSubject(), Evidence.of("year", r.year())
                        .and("state", ActState.SIGNED_TOO_LATE).and("signedOn", p.signedOn().get())
                        .and("deadline", deadline));
            } else if (p.publishedOn().isPresent() && p.publishedOn().get().isBefore(deadline)) {
                out.pass("/report/publishedOn", out.recordSubject(), Evidence.of("publishedOn", p.publishedOn().get()));
            } else if (p.publishedOn().isPresent()) {
                out.fail("/report/publishedOn", out.recordSubject(), Evidence.of("year", r.year())
                        .and("state", ActState.REPORT_PUBLISHED_LATE).and("publishedOn", p.publishedOn().get())
                        .and("deadline", deadline));
            } else if (!ctx.asOf().isBefore(deadline)) {
                out.fail("/report/publishedOn", out.recordSubject(), Evidence.of("year", r.year())
                        .and("state", ActState.NO_PUBLICATION_RECORD).and("asOf", ctx.asOf())
                        .and("deadline", deadline));
            } else {
                out.insufficient("/report/publishedOn", out.recordSubject(), "没有记录公开日期；{year} 年度报告应在 {deadline} 之前公开",
                        "no publication date is recorded; the {year} report is due before {deadline}",
                        Evidence.of("year", r.year()).and("deadline", deadline));
            }
        });
    }

    /**
     * 年度报告报送上一级党委和政府 / Report upward to the next-higher level
     * (《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十二条、第二十三条（乡镇期限因省而异，福建省未核实） / Provisions on Inspecting Rule-of-Law Government
     * Building and the Fulfilment of Responsibilities (厅字〔2019〕28号), Arts. 22-23 (township deadline varies by
     * province; Fujian unverified)).
     */
    static Rule reportUpward() {
        RuleDescriptor d = RuleTexts.describe("RPT-UPWARD", RuleGroup.ANNUAL_REPORT, Severity.WARNING,
                LegalSources.RULE_OF_LAW_INSPECTION_PROVISIONS.cite("第二十二条、第二十三条（乡镇期限因省而异，福建省未核实）",
                        "Arts. 22-23 (township deadline varies by province; Fujian unverified)", Confidence.C),
                ParameterSpec.of("deadlineMonth", "3", "月", "month", false),
                ParameterSpec.of("deadlineDay", "1", "日", "day", false));
        return Rule.of(d, (r, ctx, out) -> {
            if (r.report().isEmpty()) {
                out.notApplicable("/report");
                return;
            }
            LocalDate deadline = LocalDate.of(r.year() + 1, ctx.parameter(d, "deadlineMonth").intValueExact(),
                    ctx.parameter(d, "deadlineDay").intValueExact());
            Optional<LocalDate> up = r.report().get().reportedUpwardOn();
            if (up.isPresent() && up.get().isBefore(deadline)) {
                out.pass("/report/reportedUpwardOn", out.recordSubject(), Evidence.of("reportedUpwardOn", up.get()));
            } else if (up.isPresent()) {
                out.fail("/report/reportedUpwardOn", out.recordSubject(), Evidence.of("year", r.year())
                        .and("state", ActState.REPORTED_UPWARD_LATE).and("reportedUpwardOn", up.get())
                        .and("deadline", deadline));
            } else if (!ctx.asOf().isBefore(deadline)) {
                out.fail("/report/reportedUpwardOn", out.recordSubject(), Evidence.of("year", r.year())
                        .and("state", ActState.NOT_REPORTED_UPWARD).and("deadline", deadline));
            } else {
                out.insufficient("/report/reportedUpwardOn", out.recordSubject(), "没有记录向上级报告的日期（期限 {deadline}）",
                        "no date of reporting upward is recorded (due {deadline})", Evidence.of("deadline", deadline));
            }
        });
    }

    /**
     * 党政主要负责人为法治建设第一责任人 / Principal leaders are the first responsible persons
     * (《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）党政主要负责人履行推进法治建设第一责任人职责规定（2016，原文未核实） / Provisions on Inspecting Rule-of-Law
     * Government Building and the Fulfilment of Responsibilities (厅字〔2019〕28号), Provisions on principal leaders'
     * first responsibility (2016, text unverified)).
     */
    static Rule firstResponsible() {
        RuleDescriptor d = RuleTexts.describe("RPT-FIRST-RESPONSIBLE", RuleGroup.ANNUAL_REPORT, Severity.WARNING,
                LegalSources.RULE_OF_LAW_INSPECTION_PROVISIONS.cite("党政主要负责人履行推进法治建设第一责任人职责规定（2016，原文未核实）",
                        "Provisions on principal leaders' first responsibility (2016, text unverified)", Confidence.C));
        return Rule.of(d, (r, ctx, out) -> {
            Set<LeadershipPost> named = r.responsibilities().stream().filter(x ->
                    x.role() == ResponsibilityRole.FIRST_RESPONSIBLE_PERSON)
                    .map(ResponsibilityAssignment::post).collect(Collectors.toSet());
            boolean ledByPrincipals = r.leadingGroups().stream().anyMatch(g ->
                    g.kind() == LeadingGroupKind.RULE_OF_LAW && g.ledByPrincipalLeaders());
            if (named.contains(LeadershipPost.PARTY_SECRETARY) && named.contains(LeadershipPost.GOVERNMENT_HEAD)) {
                out.pass("/responsibilities", out.recordSubject(), Evidence.of("source", "responsibilities"));
            } else if (ledByPrincipals && r.responsibilities().isEmpty()) {
                out.pass("/leadingGroups", out.recordSubject(),
                        Evidence.of("source", "rule-of-law leading group led by the principal leaders"));
            } else if (named.isEmpty()) {
                out.insufficient("/responsibilities", out.recordSubject(), "记录没有说明谁是法治建设第一责任人，无法核查",
                        "the record does not say who the first responsible persons for rule-of-law work are, so "
                        + "this cannot be checked", Evidence.none());
            } else {
                List<String> zh = new java.util.ArrayList<>();
                List<String> en = new java.util.ArrayList<>();
                List<LeadershipPost> missing = new java.util.ArrayList<>();
                if (!named.contains(LeadershipPost.PARTY_SECRETARY)) {
                    zh.add("党委书记");
                    en.add("Party secretary");
                    missing.add(LeadershipPost.PARTY_SECRETARY);
                }
                if (!named.contains(LeadershipPost.GOVERNMENT_HEAD)) {
                    zh.add("乡（镇）长");
                    en.add("head of government");
                    missing.add(LeadershipPost.GOVERNMENT_HEAD);
                }
                out.fail("/responsibilities", out.recordSubject(), Evidence.of("unit", r.unit().name())
                        .and("missing", Wording.of(String.join("、", zh), String.join(" and ", en),
                        Wording.codes(missing))));
            }
        });
    }
}

package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.path;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.model.decision.DisclosureMode;
import org.fazhi.governance.model.decision.InformationDisclosure;

/** OPEN: 政务公开 / government openness (《政府信息公开条例》). */
final class OpennessRules {
    private OpennessRules() {}

    static List<Rule> all() {
        return List.of(proactive20(), request20(), townshipScope(), annualDisclosureReport());
    }

    /**
     * 主动公开信息20个工作日内公开 / Proactive disclosure within 20 working days (《中华人民共和国政府信息公开条例》（国务院令第711号）第二十六条 / Regulations
     * on Open Government Information (2019 revision) (国务院令第711号), Art. 26).
     */
    static Rule proactive20() {
        RuleDescriptor d = RuleTexts.describe("OPEN-PROACTIVE-20WD", RuleGroup.OPENNESS, Severity.ERROR,
                LegalSources.OPEN_GOVERNMENT_INFORMATION_REGULATIONS.cite("第二十六条", "Art. 26", Confidence.A),
                ParameterSpec.of("workingDays", "20", "个工作日", "working days", true));
        return Rule.of(d, (r, ctx, out) -> within(r, ctx, out, d, DisclosureMode.PROACTIVE));
    }

    /**
     * 依申请公开20个工作日内答复（延长不超过20个工作日） / Answer requests within 20 (+20) working days (《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条 /
     * Regulations on Open Government Information (2019 revision) (国务院令第711号), Art. 33).
     */
    static Rule request20() {
        RuleDescriptor d = RuleTexts.describe("OPEN-REQUEST-20WD", RuleGroup.OPENNESS, Severity.ERROR,
                LegalSources.OPEN_GOVERNMENT_INFORMATION_REGULATIONS.cite("第三十三条", "Art. 33", Confidence.A),
                ParameterSpec.of("workingDays", "20", "个工作日", "working days", true));
        return Rule.of(d, (r, ctx, out) -> within(r, ctx, out, d, DisclosureMode.ON_REQUEST));
    }

    private static void within(org.fazhi.governance.model.RuleOfLawRecord r, CheckContext ctx, FindingCollector out,
            RuleDescriptor d, DisclosureMode mode) {
        int n = ctx.parameter(d, "workingDays").intValueExact();
        out.each("/informationDisclosures", r.informationDisclosures(), x -> x.mode() == mode, (i, x) -> {
            int limit = x.extended() ? n * 2 : n;
            Deadline deadline = ctx.calendar().deadline(x.startedOn(), limit);
            SubjectRef s = SubjectRef.of(InformationDisclosure.class, x.id());
            String at = path("informationDisclosures", i, "completedOn");
            switch (Timeliness.of(x.completedOn(), deadline, ctx.asOf())) {
                case ON_TIME -> out.pass(at, s, Evidence.of("itemId", x.id())
                        .and("completedOn", x.completedOn().get()));
                case LATE -> out.fail(at, s, Evidence.of("itemId", x.id()).and("title", x.title())
                        .and("formed", x.startedOn()).and("state", ActState.ANSWERED_OR_PUBLISHED_LATE)
                        .and("completedOn", x.completedOn().get()).and("limit", limit)
                        .and("deadline", deadline));
                case OVERDUE -> out.fail(at, s, Evidence.of("itemId", x.id()).and("title", x.title())
                        .and("formed", x.startedOn()).and("state", ActState.STILL_NOT_ANSWERED_OR_PUBLISHED)
                        .and("asOf", ctx.asOf()).and("limit", limit)
                        .and("deadline", deadline));
                case PENDING -> out.pass(at, s, Evidence.of("itemId", x.id()).and("deadline", deadline));
                case UNDECIDED -> out.undecided(at, s, deadline, x.completedOn(), Evidence.of("itemId", x.id())
                        .and("formed", x.startedOn()));
            }
        });
    }

    /**
     * 乡镇主动公开农业农村、土地、宅基地、社会救助等重点信息 / Townships publish rural policy, land, homestead and assistance information
     * (《中华人民共和国政府信息公开条例》（国务院令第711号）第二十一条 / Regulations on Open Government Information (2019 revision) (国务院令第711号),
     * Art. 21).
     */
    static Rule townshipScope() {
        RuleDescriptor d = RuleTexts.describe("OPEN-TOWNSHIP-SCOPE", RuleGroup.OPENNESS, Severity.ERROR,
                LegalSources.OPEN_GOVERNMENT_INFORMATION_REGULATIONS.cite("第二十一条", "Art. 21", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            if (r.unit().level() == org.fazhi.governance.model.UnitLevel.SUBDISTRICT) {
                out.notApplicable("/disclosureCategoriesArising");
                return;
            }
            boolean proactive = r.informationDisclosures().stream().anyMatch(x -> x.mode() == DisclosureMode.PROACTIVE);
            if (r.disclosureCategoriesArising().isEmpty()) {
                if (proactive) {
                    out.insufficient("/disclosureCategoriesArising", out.recordSubject(),
                            "{unit} 记录了主动公开，但未说明本年度发生了哪些乡镇公开重点类别的事项",
                            "{unit} records proactive disclosures but not which township categories had matters "
                            + "this year",
                            Evidence.of("unit", r.unit().name()));
                } else {
                    out.notApplicable("/disclosureCategoriesArising");
                }
                return;
            }
            for (org.fazhi.governance.model.decision.TownshipDisclosureCategory c : r.disclosureCategoriesArising()) {
                boolean published = r.informationDisclosures().stream().anyMatch(x ->
                        x.mode() == DisclosureMode.PROACTIVE
                        && x.townshipCategory().map(c::equals).orElse(false) && x.completedOn().map(p ->
                        p.getYear() == r.year()).orElse(false));
                if (published) {
                    out.pass("/disclosureCategoriesArising", out.recordSubject(), Evidence.of("category", c.en()));
                } else {
                    out.fail("/disclosureCategoriesArising", out.recordSubject(), Evidence.of("unit", r.unit().name())
                            .and("category", c));
                }
            }
        });
    }

    /**
     * 政府信息公开工作年度报告按期公布 / The open-government-information annual report published on time
     * (《中华人民共和国政府信息公开条例》（国务院令第711号）第四十九条、第五十条（乡镇的期限为地方实践，通常为次年1月31日前） / Regulations on Open Government Information
     * (2019 revision) (国务院令第711号), Arts. 49-50 (a township's deadline is local practice, usually 31 January)).
     */
    static Rule annualDisclosureReport() {
        RuleDescriptor d = RuleTexts.describe("OPEN-ANNUAL-REPORT", RuleGroup.OPENNESS, Severity.WARNING,
                LegalSources.OPEN_GOVERNMENT_INFORMATION_REGULATIONS.cite("第四十九条、第五十条（乡镇的期限为地方实践，通常为次年1月31日前）",
                        "Arts. 49-50 (a township's deadline is local practice, usually 31 January)", Confidence.D),
                ParameterSpec.of("deadlineMonth", "1", "月", "month", false),
                ParameterSpec.of("deadlineDay", "31", "日", "day", false));
        return Rule.of(d, (r, ctx, out) -> {
            LocalDate deadline = LocalDate.of(r.year() + 1, ctx.parameter(d, "deadlineMonth").intValueExact(),
                    ctx.parameter(d, "deadlineDay").intValueExact());
            if (r.disclosureReportPublishedOn().isPresent()) {
                LocalDate p = r.disclosureReportPublishedOn().get();
                if (p.isAfter(deadline)) {
                    out.fail("/disclosureReportPublishedOn", out.recordSubject(), Evidence.of("unit", r.unit().name())
                            .and("year", r.year()).and("publishedOn", p).and("deadline", deadline));
                } else {
                    out.pass("/disclosureReportPublishedOn", out.recordSubject(), Evidence.of("publishedOn", p)
                            .and("deadline", deadline));
                }
            } else if (!ctx.asOf().isAfter(deadline)) {
                out.pass("/disclosureReportPublishedOn", out.recordSubject(), Evidence.of("deadline", deadline)
                        .and("note", "not yet due"));
            } else {
                out.insufficient("/disclosureReportPublishedOn", out.recordSubject(),
                        "记录没有 {year} 年政府信息公开工作年度报告的公布日期（应于 {deadline} 前公布）",
                        "the record has no publication date of the {year} open-government-information report (due "
                        + "by {deadline})",
                        Evidence.of("year", r.year()).and("deadline", deadline));
            }
        });
    }
}

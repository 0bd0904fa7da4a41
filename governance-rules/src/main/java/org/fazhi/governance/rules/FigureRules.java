package org.fazhi.governance.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhi.governance.indicators.IndicatorResult;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.indicators.PercentAudit;
import org.fazhi.governance.model.DeclaredFigure;
import org.fazhi.governance.model.FigureUnit;
import org.fazhi.governance.model.RuleOfLawRecord;

/** FIG: the audit of the figures a report declares. */
final class FigureRules {
    private FigureRules() {}

    /** A declared rate and the declared counts it could be over. */
    static final List<String[]> RATE_BASES = List.of(
            new String[] {"hotline.satisfactionRate", "hotline.ticketsHandled"},
            new String[] {"hotline.responseRate", "hotline.ticketsHandled"},
            new String[] {"hotline.closureRate", "hotline.ticketsHandled"},
            new String[] {"npc.completionRate", "npc.suggestions"},
            new String[] {"npc.onTimeReplyRate", "npc.suggestions"},
            new String[] {"npc.satisfactionRate", "npc.suggestions"},
            new String[] {"enforcement.trainingAssessmentRate", "enforcement.fullTimeOfficers"},
            new String[] {"enforcement.certifiedRate", "enforcement.fullTimeOfficers"},
            new String[] {"disputes.mediationSuccessRate", "disputes.screened"},
            new String[] {"coverage.legalAdviserVillages", "unit.villageCount"},
            new String[] {"coverage.governanceCentreVillages", "unit.villageCount"},
            new String[] {"coverage.reasoningRoomVillages", "unit.villageCount"});

    /** A declared part and the declared total it cannot exceed. */
    static final List<String[]> PART_TOTALS = List.of(
            new String[] {"disputes.mediatedSuccessfully", "disputes.screened"},
            new String[] {"legalAdvisers.villagesCovered", "unit.villageCount"},
            new String[] {"safety.villageGovernanceCenters", "unit.villageCount"},
            new String[] {"hotline.responded", "hotline.ticketsHandled"},
            new String[] {"hotline.closed", "hotline.ticketsHandled"},
            new String[] {"hotline.rated", "hotline.ticketsHandled"},
            new String[] {"hotline.satisfied", "hotline.rated"},
            new String[] {"enforcement.legalReviewers", "enforcement.officers"});

    private static final Pattern APPROXIMATE_WORDS = Pattern.compile("余|约|多|近|逾|左右|以上|超过");

    static List<Rule> all() {
        return List.of(percentDenominator(), partTotal(), approximate(), unsupportedRate(), reconcile());
    }

    private static int indexOf(RuleOfLawRecord r, String key) {
        for (int i = 0; i < r.declaredFigures().size(); i++) {
            if (r.declaredFigures().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String at(RuleOfLawRecord r, String key) {
        return "/declaredFigures/" + indexOf(r, key);
    }

    private static SubjectRef subject(String key) {
        return SubjectRef.of("DeclaredFigure", key);
    }

    static Rule percentDenominator() {
        RuleDescriptor d = RuleDescriptor.builder().id("FIG-PERCENT-DENOMINATOR").group(RuleGroup.FIG)
                .nameZh("声明的百分比须能由整数件数得到").nameEn("A declared rate must be a whole count over its base")
                .citation(LegalSources.TJF.cite("第七条（统计资料真实、准确、完整）", "Art. 7 (true, accurate, complete statistics)", Confidence.C))
                .severity(Severity.WARNING)
                .subjectZh("声明的百分比及其可能的分母").subjectEn("declared rates with a declared base")
                .failZh("“{rateQuote}”：{percent}% 不可能是 {count} 中的整数占比（{near}）；不超过 {count} 且能得到 {percent}% 的分母只有 {fits}，因此该比率不是以“{countQuote}”为分母计算的")
                .failEn("'{rateQuote}': {percent}% cannot be a whole number out of {count} ({near}); the denominators up to {count} that give {percent}% are {fits}, so the rate is not over the {count} of '{countQuote}'")
                .remediationZh("在报告中同时写明比率的分子和分母（如“回访 123 件，满意 120 件，满意率 97.56%”），并说明口径。")
                .remediationEn("State the rate's numerator and denominator in the report (e.g. '123 rated, 120 satisfied, 97.56%') and its definition.")
                .exampleZh("“办理 12345 诉求件 130 件，满意率 97.56%”：k/130 得不到 97.56%。")
                .exampleEn("'130 tickets handled, 97.56% satisfied': no k/130 gives 97.56%.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            boolean any = false;
            for (String[] pair : RATE_BASES) {
                Optional<DeclaredFigure> rate = r.declaredFigure(pair[0]).filter(f -> f.unit() == FigureUnit.PERCENT);
                Optional<DeclaredFigure> base = r.declaredFigure(pair[1]).filter(f -> f.unit() == FigureUnit.COUNT);
                if (rate.isEmpty() || base.isEmpty() || base.get().value().signum() == 0) {
                    continue;
                }
                any = true;
                BigDecimal percent = rate.get().value();
                long n = base.get().value().longValueExact();
                if (base.get().approximate() || PercentAudit.fits(percent, n)) {
                    out.pass(at(r, pair[0]), subject(pair[0]), "rate", percent.toPlainString() + "%", "base", n,
                            "numerator", base.get().approximate() ? "approximate base" : String.valueOf(PercentAudit.numeratorFor(percent, n).getAsLong()));
                } else {
                    String near = PercentAudit.nearest(percent, n).stream().map(x -> x.numerator() + "/" + x.denominator() + " = " + x.format())
                            .collect(Collectors.joining(", "));
                    List<Long> fits = PercentAudit.fittingDenominators(percent, n);
                    String fitsText = fits.isEmpty() ? "(none)" : fits.stream().map(String::valueOf).collect(Collectors.joining(", "));
                    out.fail(at(r, pair[0]), subject(pair[0]), "rateQuote", rate.get().quote(), "percent", percent.toPlainString(), "count", n,
                            "near", near, "fits", fitsText, "countQuote", base.get().quote());
                }
            }
            if (!any) {
                out.notApplicable("/declaredFigures");
            }
        });
    }

    static Rule partTotal() {
        RuleDescriptor d = RuleDescriptor.builder().id("FIG-PART-TOTAL").group(RuleGroup.FIG)
                .nameZh("声明的部分数不得大于总数").nameEn("A declared part must not exceed its total")
                .citation(LegalSources.TJF.cite("第七条（统计资料真实、准确、完整）", "Art. 7 (true, accurate, complete statistics)", Confidence.C))
                .severity(Severity.WARNING)
                .subjectZh("声明的部分数与总数").subjectEn("declared parts with a declared total")
                .failZh("“{partQuote}”（{part}）大于“{totalQuote}”（{total}）")
                .failEn("'{partQuote}' ({part}) exceeds '{totalQuote}' ({total})")
                .remediationZh("核对统计口径，改正部分数或总数。").remediationEn("Check the definitions and correct the part or the total.")
                .exampleZh("调解成功 70 起，排查 67 起。").exampleEn("70 disputes mediated out of 67 found.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            boolean any = false;
            for (String[] pair : PART_TOTALS) {
                Optional<DeclaredFigure> part = r.declaredFigure(pair[0]);
                Optional<DeclaredFigure> total = r.declaredFigure(pair[1]);
                if (part.isEmpty() || total.isEmpty()) {
                    continue;
                }
                any = true;
                if (part.get().value().compareTo(total.get().value()) <= 0 || total.get().approximate()) {
                    out.pass(at(r, pair[0]), subject(pair[0]), "part", part.get().value().toPlainString(), "total", total.get().value().toPlainString());
                } else {
                    out.fail(at(r, pair[0]), subject(pair[0]), "partQuote", part.get().quote(), "part", part.get().value().toPlainString(),
                            "totalQuote", total.get().quote(), "total", total.get().value().toPlainString());
                }
            }
            if (!any) {
                out.notApplicable("/declaredFigures");
            }
        });
    }

    static Rule approximate() {
        RuleDescriptor d = RuleDescriptor.builder().id("FIG-APPROXIMATE").group(RuleGroup.FIG)
                .nameZh("约数不得当作确数使用").nameEn("Approximate figures are not used as exact")
                .citation(LegalSources.TJF.cite("第七条（统计资料真实、准确、完整）", "Art. 7 (true, accurate, complete statistics)", Confidence.C))
                .severity(Severity.WARNING)
                .subjectZh("声明的数量").subjectEn("declared counts")
                .failZh("声明数字 {key}（“{quote}”）{problem}")
                .failEn("declared figure {key} ('{quote}') {problemEn}")
                .remediationZh("原文为“余”“约”“多”等约数的，录入时标记为约数（approximate），只作下限使用；确数不要标记为约数。")
                .remediationEn("Mark figures written with 余/约/多 as approximate and use them only as lower bounds; do not mark exact figures approximate.")
                .exampleZh("“30 余场次”被录为确数 30。").exampleEn("'30 余场次' recorded as exactly 30.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            out.each("/declaredFigures", r.declaredFigures(), f -> f.unit() != FigureUnit.PERCENT, (i, f) -> {
                String path = "/declaredFigures/" + i + "/approximate";
                boolean worded = APPROXIMATE_WORDS.matcher(f.quote()).find();
                if (worded && !f.approximate()) {
                    out.fail(path, subject(f.key()), "key", f.key(), "quote", f.quote(),
                            "problem", "原文是约数，却被当作确数 " + f.value().toPlainString(),
                            "problemEn", "is worded as approximate but recorded as exactly " + f.value().toPlainString());
                } else {
                    out.pass(path, subject(f.key()), "key", f.key(), "approximate", f.approximate());
                }
            });
        });
    }

    static Rule unsupportedRate() {
        RuleDescriptor d = RuleDescriptor.builder().id("FIG-UNSUPPORTED-RATE").group(RuleGroup.FIG)
                .nameZh("声明的比率须有分子分母支撑").nameEn("A declared rate needs counts behind it")
                .citation(LegalSources.DCGD.cite("第二十四条（年度报告接受人民群众监督）", "Art. 24 (reports open to public scrutiny)", Confidence.B))
                .severity(Severity.INFO)
                .subjectZh("声明的百分比").subjectEn("declared rates")
                .failZh("声明的 {key} 为 {declared}%，但明细计算得 {computed}")
                .failEn("{key} is declared as {declared}% but the records give {computed}")
                .remediationZh("保存并报送比率的分子和分母（如建议件数、办结件数），使声明的比率可以核实。")
                .remediationEn("Keep and report each rate's numerator and denominator so the rate can be verified.")
                .exampleZh("“人大代表满意率达到 100%”而没有建议件数。").exampleEn("'deputies 100% satisfied' with no count of suggestions.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            IndicatorSheet sheet = Indicators.sheet(r, ctx.asOf(), org.fazhi.governance.indicators.IndicatorOptions.defaults(), ctx.parameters());
            boolean any = false;
            for (int i = 0; i < r.declaredFigures().size(); i++) {
                DeclaredFigure f = r.declaredFigures().get(i);
                if (f.unit() != FigureUnit.PERCENT) {
                    continue;
                }
                any = true;
                Optional<IndicatorResult> res = sheet.get(f.key());
                Optional<Boolean> agrees = res.flatMap(IndicatorResult::agrees);
                String path = "/declaredFigures/" + i;
                if (agrees.isEmpty()) {
                    out.insufficient(path, subject(f.key()),
                            "报告声明 {key} 为 {declared}%（“{quote}”），但没有分子和分母，无法核实，不能视为达标",
                            "the report declares {key} as {declared}% ('{quote}') with no numerator or denominator, so it cannot be verified or counted as met",
                            "key", f.key(), "declared", f.value().toPlainString(), "quote", f.quote());
                } else if (agrees.get()) {
                    out.pass(path, subject(f.key()), "key", f.key(), "declared", f.value().toPlainString(),
                            "computed", res.get().computed().or(res.get()::derived).get().toString());
                } else {
                    out.fail(path, subject(f.key()), "key", f.key(), "declared", f.value().toPlainString(),
                            "computed", res.get().computed().or(res.get()::derived).get().toString());
                }
            }
            if (!any) {
                out.notApplicable("/declaredFigures");
            }
        });
    }

    static Rule reconcile() {
        RuleDescriptor d = RuleDescriptor.builder().id("FIG-RECONCILE").group(RuleGroup.FIG)
                .nameZh("声明的数量须与明细记录一致").nameEn("Declared counts match the detailed records")
                .citation(LegalSources.TJF.cite("第七条（统计资料真实、准确、完整）", "Art. 7 (true, accurate, complete statistics)", Confidence.C))
                .severity(Severity.WARNING)
                .subjectZh("同时有明细记录的声明数量").subjectEn("declared counts that also have detailed records")
                .failZh("声明的 {key} 为 {declared}（“{quote}”），但明细记录计算得 {computed}")
                .failEn("{key} is declared as {declared} ('{quote}') but the detailed records give {computed}")
                .remediationZh("核对明细记录与报告数字，改正其中错误的一方，并说明统计口径。")
                .remediationEn("Reconcile the records with the report, correct whichever is wrong, and state the definition used.")
                .exampleZh("报告称办理工单 130 件，工单明细只有 126 件。").exampleEn("The report says 130 tickets; the records hold 126.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            IndicatorSheet sheet = Indicators.sheet(r, ctx.asOf(), org.fazhi.governance.indicators.IndicatorOptions.defaults(), ctx.parameters());
            boolean any = false;
            for (int i = 0; i < r.declaredFigures().size(); i++) {
                DeclaredFigure f = r.declaredFigures().get(i);
                Optional<IndicatorResult> res = sheet.get(f.key());
                if (f.unit() == FigureUnit.PERCENT || res.isEmpty() || res.get().computed().isEmpty() || res.get().agrees().isEmpty()) {
                    continue;
                }
                any = true;
                String computed = res.get().computed().get().display();
                if (res.get().agrees().get()) {
                    out.pass("/declaredFigures/" + i, subject(f.key()), "key", f.key(), "declared", f.value().toPlainString(), "computed", computed);
                } else {
                    out.fail("/declaredFigures/" + i, subject(f.key()), "key", f.key(), "declared",
                            f.value().toPlainString() + (f.approximate() ? "+" : ""), "quote", f.quote(), "computed", computed);
                }
            }
            if (!any) {
                out.notApplicable("/declaredFigures");
            }
        });
    }
}

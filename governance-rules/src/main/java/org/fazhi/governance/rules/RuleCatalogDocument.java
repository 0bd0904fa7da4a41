package org.fazhi.governance.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the rule catalog as Markdown ({@code docs/rules.md}); a test keeps the file in sync with the
 * code.
 */
final class RuleCatalogDocument {
    private RuleCatalogDocument() {}

    /** Rules of RULES.md that the library does not check, with the reason. */
    static final List<String[]> LEFT_OUT = List.of(
            new String[] {"TRS-IN-PROCESS-ID", "与 ENF-SHOW-CERT 检查同一事实（出示证件），依据一并引用，避免重复发现。",
                "Checks the same fact as ENF-SHOW-CERT (the certificate shown); its source is cited there to avoid "
                + "duplicate findings."},
            new String[] {"TRS-AV-CONTENTIOUS", "“根据实际情况”进行音像记录，且文字记录可以替代，无法形成确定的判断（可信度 C）。",
                "Audio/video 'according to the actual situation', replaceable by a complete written record: no "
                + "decidable test (confidence C)."},
            new String[] {"NORM-REVIEWER, NORM-CONTENT-LIMITS, NORM-THREE-UNIFIED",
            "审核主体和“三统一”因省而异（可信度 C/D）；文件内容限制需要全文语义分析。",
                "The reviewing body and 'three unified' vary by province (C/D); content limits need the document's "
                + "text."},
            new String[] {"TZYD-SCOPE, GOV-MEETING-MAJOR-ISSUES", "定义性条目（INFO），由 TZYD 与 MAJ-COLLECTIVE 规则体现。",
                "Definitions (INFO), embodied by the TZYD rules and MAJ-COLLECTIVE."},
            new String[] {"OPEN-GENERAL", "政务公开的总体义务（组织法第六十六条）由各项公开规则具体体现，本身没有可判断的标准。",
                "The general duty of openness (Organic Law Art. 66) is made concrete by the other OPEN rules and "
                + "has no decidable test of its own."},
            new String[] {"NPC-RATES, HOT-METRICS",
            "比率由指标目录计算（docs/indicators.md，含 CERT-TRAINING-ASSESSMENT-RATE 的比率），没有全国统一公式，不作为规则判断。",
                "Rates are computed by the indicator catalog (docs/indicators.md, with the rate of "
                + "CERT-TRAINING-ASSESSMENT-RATE); with no national formula they are not judged as rules."},
            new String[] {"HOT-NO-DUMP-ON-GRASSROOTS", "适用于 2025 年意见之后，且判断工单是否属于职能部门需要职责清单对照。",
                "Applies only after the 2025 opinion, and judging whether a ticket belongs to a department needs "
                + "the duty list."},
            new String[] {"DISP-SUCCESS-RATE", "调解成功率是指标（docs/indicators.md），没有全国目标值。",
                "The success rate is an indicator (docs/indicators.md) with no national target."},
            new String[] {"IDX-OUTLINE-2021, IDX-DEMO-2021", "纲要与示范指标体系是分类结构而非可检查的要求；示范指标全文未核实（GRID-SIZE 的容差亦为未核实参数）。",
                "The outline and demonstration indicators are classifications, not checkable requirements; their "
                + "full text is unverified (so is GRID-SIZE's tolerance)."});

    /** Every rule id of {@code RULES.md} (the domain rule catalog, November 2026), in its order. */
    static final List<String> RULES_MD_IDS = List.of(
            "ENF-TOWNSHIP-DELEGATION", "ENF-QUALIFIED-OFFICER", "ENF-TWO-OFFICERS", "ENF-SHOW-CERT", "ENF-RECUSAL",
            "ENF-PRIOR-NOTICE",
            "ENF-NO-HEAVIER-FOR-DEFENCE", "ENF-FULL-RECORD", "ENF-PUBLICITY-BASIS", "ENF-DECISION-DISCLOSURE",
            "ENF-ON-SPOT-LIMIT", "ENF-CASE-90D",
            "ENF-SERVICE-7D", "ENF-EVIDENCE-PRESERVE-7D", "ENF-COLLECTIVE-DISCUSSION", "ENF-LEGAL-REVIEW",
            "ENF-REVIEWER-QUALIFICATION", "ENF-HEARING-RIGHT",
            "ENF-HEARING-TIMELINE", "ENF-DECISION-CONTENT", "ENF-FINE-COLLECTION", "ENF-LIMITATION",
            "ENF-COERCIVE-PROCEDURE", "TRS-PRE-DISCLOSURE",
            "TRS-IN-PROCESS-ID", "TRS-POST-20WD", "TRS-POST-7WD", "TRS-AV-MANDATORY", "TRS-AV-CONTENTIOUS",
            "TRS-LEGAL-REVIEW-SCOPE",
            "TRS-REVIEWER-RATIO", "CERT-TRAINING-60H", "CERT-CADRE-TRAINING", "CERT-VALIDITY-REVIEW",
            "CERT-TRAINING-ASSESSMENT-RATE", "MAJ-SCOPE-CATALOGUE",
            "MAJ-PUBLIC-PARTICIPATION", "MAJ-COMMENT-30D", "MAJ-HEARING", "MAJ-EXPERT", "MAJ-RISK",
            "MAJ-LEGALITY-FIRST",
            "MAJ-LEGALITY-7WD", "MAJ-COLLECTIVE", "MAJ-PARTY-REPORT", "MAJ-PUBLISH", "MAJ-ARCHIVE", "MAJ-ORDER",
            "MAJ-CHANGE", "NORM-PROCEDURE", "NORM-LEGALITY-FIRST", "NORM-COMMENT-7WD", "NORM-REVIEW-TIME",
            "NORM-REVIEWER",
            "NORM-CONTENT-LIMITS", "NORM-PUBLISH", "NORM-FILING", "NORM-CLEANUP", "NORM-VALIDITY-5Y",
            "NORM-THREE-UNIFIED",
            "TZYD-SCOPE", "TZYD-COLLECTIVE", "TZYD-PERSONNEL-QUORUM", "TZYD-GENERAL-QUORUM",
            "GOV-MEETING-MAJOR-ISSUES", "RPT-PUBLISH-APR1",
            "RPT-CONTENT", "RPT-UPWARD", "RPT-FIRST-RESPONSIBLE", "OPEN-GENERAL", "OPEN-TOWNSHIP-SCOPE",
            "OPEN-PROACTIVE-20WD",
            "OPEN-REQUEST-20WD", "OPEN-ANNUAL-REPORT", "NPC-REPLY-3M-6M", "NPC-REPORT-PUBLIC", "NPC-RATES",
            "NPC-SESSIONS",
            "HOT-ONE-NUMBER", "HOT-NO-DUMP-ON-GRASSROOTS", "HOT-METRICS", "LIST-POWER-RESPONSIBILITY",
            "LIST-PUFA-RESPONSIBILITY", "LIST-8TH-PUFA",
            "RURAL-LEGAL-LITERATE-3", "RURAL-LEGAL-LITERATE-SELECTION", "RURAL-MODEL-VILLAGE",
            "RURAL-VILLAGE-LEGAL-ADVISER", "RURAL-TOWNSHIP-LEGAL-ADVISER", "RURAL-VILLAGE-REP-MEETING",
            "RURAL-VILLAGE-AFFAIRS-OPEN", "DISP-MEDIATION-COMMITTEE", "DISP-VOLUNTARY", "DISP-JUDICIAL-CONFIRMATION",
            "DISP-SUCCESS-RATE", "DISP-PETITION-TIMELINES",
            "DISP-PINGLI-ROOM", "GRID-STRUCTURE", "GRID-SIZE", "GRID-XUELIANG", "GRID-PATROL",
            "GRID-COMPREHENSIVE-CENTER",
            "PERMIT-NOTIFY-COMMIT", "PERMIT-EXCLUSIONS", "LIT-LEADER-APPEARS", "IDX-OUTLINE-2021", "IDX-DEMO-2021");

    /** The rules that count working days with the {@link WorkingDayCalendar}, in catalog order. */
    static final List<String> WORKING_DAY_RULES = List.of("ENF-SERVICE-7D", "ENF-HEARING-TIMELINE",
            "ENF-FINE-COLLECTION", "ENF-EVIDENCE-PRESERVE-7D",
            "ENF-DECISION-DISCLOSURE", "TRS-POST-20WD", "TRS-POST-7WD", "MAJ-LEGALITY-7WD",
            "NORM-COMMENT-7WD", "NORM-REVIEW-TIME", "OPEN-PROACTIVE-20WD", "OPEN-REQUEST-20WD");

    static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# 规则目录 / Rule catalog\n\n");
        sb.append("<!-- Generated from the code by RuleCatalogDocumentTest; do not edit by hand. "
                + "Regenerate with: mvn -pl governance-rules -am test -Dtest=RuleCatalogDocumentTest "
                + "-Dfazhi.updateDocs=true "
                + "-Dsurefire.failIfNoSpecifiedTests=false -->\n\n");
        List<Rule> rules = GovernanceRules.all().rules();
        sb.append("每条规则都有稳定编号、法律依据（含可信度 A–D）、严重程度、中英文说明和参数。C/D 级规则的参数标记为“未经核实”，宿主系统可按本省规定覆盖。\n\n");
        sb.append("Every rule has a stable id, a legal citation with its confidence grade (A–D), a severity, "
                + "Chinese and English text and "
                + "its parameters. Parameters of C and D rules are marked unverified; hosts override them per "
                + "province through "
                + "`RuleParameters`.\n\n");
        String workingDayRules = WORKING_DAY_RULES.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "));
        sb.append("工作日：").append(workingDayRules)
                .append(" 按工作日历计算工作日（见 [calendar.md](calendar.md)）。期限或天数跨入工作日历未载入国务院节假日安排的年度、"
                + "已知日期又不足以判断时，结论为“数据不足”，并指明缺少的年度和载入方法，不按周末推测。\n\n");
        sb.append("Working days: ").append(workingDayRules)
                .append(" count working days with the working-day calendar (see [calendar.md](calendar.md)). "
                + "When a period runs into a year whose State Council holiday notice the calendar does not hold, "
                + "and the known days do not decide "
                + "the rule, the finding is insufficient data naming the missing year and how to load it, never a "
                + "guess from weekends alone.\n\n");
        sb.append("Rules: ").append(rules.size()).append(". By group: ");
        sb.append(java.util.Arrays.stream(RuleGroup.values())
                .map(g -> g.code() + " " + rules.stream().filter(r -> r.descriptor().group() == g).count())
                .filter(s -> !s.endsWith(" 0")).collect(Collectors.joining(", "))).append(".\n\n");
        for (RuleGroup g : RuleGroup.values()) {
            List<Rule> inGroup = rules.stream().filter(r -> r.descriptor().group() == g).collect(Collectors.toList());
            if (inGroup.isEmpty()) {
                continue;
            }
            sb.append("## ").append(g.code()).append(" — ").append(g.zh()).append(" / ").append(g.en()).append("\n\n");
            for (Rule r : inGroup) {
                RuleDescriptor d = r.descriptor();
                sb.append("### `").append(d.id()).append("` ").append(d.nameZh()).append(" / ").append(d.nameEn())
                        .append("\n\n");
                sb.append("- 严重程度 / Severity: **").append(d.severity().name()).append("** (SARIF `")
                        .append(d.severity().sarifLevel()).append("`)\n");
                sb.append("- 依据 / Source: ").append(d.citation().text(Locale.SIMPLIFIED_CHINESE)).append("; ")
                        .append(d.citation().text(Locale.ENGLISH)).append('\n');
                sb.append("- 检查对象 / Checks: ").append(d.subjectZh()).append(" / ").append(d.subjectEn()).append('\n');
                if (!d.parameters().isEmpty()) {
                    sb.append("- 参数 / Parameters: ").append(d.parameters().stream().map(p -> "`" + p.name() + "` = "
                            + p.defaultValue().toPlainString() + " " + p.unitEn() + (p.verified() ? ""
                            : " (unverified / 未核实)"))
                            .collect(Collectors.joining(", "))).append('\n');
                }
                sb.append("- 不符合时 / On failure: ").append(d.failZh()).append(" / ").append(d.failEn()).append('\n');
                sb.append("- 整改 / Fix: ").append(d.remediationZh()).append(" / ").append(d.remediationEn())
                        .append('\n');
                sb.append("- 违规示例 / Example violation: ").append(d.exampleZh()).append(" / ").append(d.exampleEn())
                        .append("\n\n");
            }
        }
        sb.append("## 对 RULES.md 的覆盖 / Coverage of RULES.md\n\n");
        sb.append("`RULES.md` is the list of legal requirements in the steering repository's `shared/` folder, "
                + "beside this repository; "
                + "each rule above cites one of its sources.\n\n");
        sb.append("| group | 已实现 / implemented | RULES.md | % |\n|---|---|---|---|\n");
        java.util.Set<String> implemented = rules.stream().map(Rule::id).collect(Collectors.toSet());
        java.util.Map<String, List<String>> byGroup = RULES_MD_IDS.stream()
                .collect(Collectors.groupingBy(id -> id.substring(0, id.indexOf('-')), java.util.LinkedHashMap::new,
                Collectors.toList()));
        for (java.util.Map.Entry<String, List<String>> e : byGroup.entrySet()) {
            long done = e.getValue().stream().filter(implemented::contains).count();
            sb.append("| ").append(e.getKey()).append(" | ").append(done).append(" | ").append(e.getValue().size())
                    .append(" | ")
                    .append(done * 100 / e.getValue().size()).append(" |\n");
        }
        java.util.Set<String> core = java.util.Set.of("ENF", "TRS", "CERT", "LIST", "GRID");
        for (boolean inCore : new boolean[] {true, false}) {
            List<String> ids = RULES_MD_IDS.stream().filter(id -> core.contains(id.substring(0,
                    id.indexOf('-'))) == inCore).collect(Collectors.toList());
            long done = ids.stream().filter(implemented::contains).count();
            sb.append("| ").append(inCore ? "ENF, TRS, CERT, LIST, GRID" : "other groups").append(" | ").append(done)
                    .append(" | ").append(ids.size())
                    .append(" | ").append(done * 100 / ids.size()).append(" |\n");
        }
        long all = RULES_MD_IDS.stream().filter(implemented::contains).count();
        sb.append("| all | ").append(all).append(" | ").append(RULES_MD_IDS.size()).append(" | ")
                .append(all * 100 / RULES_MD_IDS.size()).append(" |\n\n");
        sb.append("## 未实现的规则 / Rules left out\n\n");
        sb.append("| RULES.md ids | 原因 | Reason |\n|---|---|---|\n");
        for (String[] row : LEFT_OUT) {
            sb.append("| ").append(row[0]).append(" | ").append(row[1]).append(" | ").append(row[2]).append(" |\n");
        }
        return sb.toString();
    }
}

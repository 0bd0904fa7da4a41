package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.declared;
import static org.fazhi.governance.rules.RuleSupport.path;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.model.decision.DeputySuggestion;
import org.fazhi.governance.model.figure.StandardFigures;

/** NPC: 人大代表建议 / deputy suggestions and the township people's congress. */
final class DeputySuggestionRules {
    private DeputySuggestionRules() {}

    static List<Rule> all() {
        return List.of(npcReply(), npcReportPublic(), npcSessions());
    }

    /**
     * 代表建议三个月内答复（复杂的六个月） / Reply to deputies within 3 months (6 if complex)
     * (《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》第四十二条（2015年文本；2025年修正后为第五十一条） / Deputies Law of the NPC and local people's
     * congresses (2015 text), Art. 42 (2015 text; Art. 51 after 2025)).
     */
    static Rule npcReply() {
        RuleDescriptor d = RuleTexts.describe("NPC-REPLY-3M-6M", RuleGroup.DEPUTY_SUGGESTIONS, Severity.ERROR,
                LegalSources.DEPUTIES_LAW.cite("第四十二条（2015年文本；2025年修正后为第五十一条）",
                        "Art. 42 (2015 text; Art. 51 after 2025)", Confidence.A),
                ParameterSpec.of("months", "3", "个月", "months", true),
                ParameterSpec.of("complexMonths", "6", "个月", "months", true));
        return Rule.of(d, (r, ctx, out) -> {
            for (int i = 0; i < r.deputySuggestions().size(); i++) {
                DeputySuggestion s = r.deputySuggestions().get(i);
                int months = ctx.parameter(d, s.complex() ? "complexMonths" : "months").intValueExact();
                LocalDate deadline = s.assignedOn().plusMonths(months);
                SubjectRef sub = SubjectRef.of(DeputySuggestion.class, s.id());
                String at = path("deputySuggestions", i, "repliedOn");
                switch (Timeliness.of(s.repliedOn(), deadline, ctx.asOf())) {
                    case ON_TIME -> out.pass(at, sub, Evidence.of("suggestionId", s.id())
                            .and("repliedOn", s.repliedOn().get()));
                    case LATE -> out.fail(at, sub, Evidence.of("suggestionId", s.id()).and("topic", s.subject())
                            .and("assigned", s.assignedOn()).and("state", ActState.ANSWERED_LATE)
                            .and("repliedOn", s.repliedOn().get()).and("months", months)
                            .and("deadline", deadline));
                    case OVERDUE -> out.fail(at, sub, Evidence.of("suggestionId", s.id()).and("topic", s.subject())
                            .and("assigned", s.assignedOn()).and("state", ActState.STILL_UNANSWERED)
                            .and("asOf", ctx.asOf()).and("months", months)
                            .and("deadline", deadline));
                    case PENDING -> out.pass(at, sub, Evidence.of("suggestionId", s.id()).and("deadline", deadline));
                }
            }
            if (r.deputySuggestions().isEmpty()) {
                if (declared(r, StandardFigures.NPC_COMPLETION_RATE).isPresent()) {
                    out.insufficient("/deputySuggestions", out.recordSubject(), "报告声明建议办结率 {rate}%，但没有建议的交办和答复日期",
                            "the report declares a {rate}% completion rate but no assignment or reply dates",
                            Evidence.of("rate", declared(r, StandardFigures.NPC_COMPLETION_RATE).get()
                            .toPlainString()));
                } else {
                    out.notApplicable("/deputySuggestions");
                }
            }
        });
    }

    /**
     * 代表建议办理情况向主席团报告并公开 / Report suggestion handling to the presidium and publish it
     * (《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》第四十二条第三款 / Deputies Law of the NPC and local people's congresses (2015 text),
     * Art. 42 ¶3).
     */
    static Rule npcReportPublic() {
        RuleDescriptor d = RuleTexts.describe("NPC-REPORT-PUBLIC", RuleGroup.DEPUTY_SUGGESTIONS, Severity.ERROR,
                LegalSources.DEPUTIES_LAW.cite("第四十二条第三款", "Art. 42 ¶3", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            for (int i = 0; i < r.deputySuggestions().size(); i++) {
                DeputySuggestion s = r.deputySuggestions().get(i);
                SubjectRef sub = SubjectRef.of(DeputySuggestion.class, s.id());
                if (!s.reportedToPresidium()) {
                    out.fail(path("deputySuggestions", i, "reportedToPresidium"), sub,
                            Evidence.of("suggestionId", s.id()).and("problem", Problem.NOT_REPORTED_TO_PRESIDIUM));
                } else if (!s.handlingPublished()) {
                    out.fail(path("deputySuggestions", i, "handlingPublished"), sub,
                            Evidence.of("suggestionId", s.id()).and("problem", Problem.NOT_MADE_PUBLIC));
                } else {
                    out.pass(path("deputySuggestions", i), sub, Evidence.of("suggestionId", s.id()));
                }
            }
            if (r.deputySuggestions().isEmpty()) {
                out.notApplicable("/deputySuggestions");
            }
        });
    }

    /**
     * 乡镇人民代表大会会议一般每年举行两次 / The township congress meets twice a year as a rule (《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第十四条 /
     * Organic Law of Local People's Congresses and Governments (2022), Art. 14).
     */
    static Rule npcSessions() {
        RuleDescriptor d = RuleTexts.describe("NPC-SESSIONS", RuleGroup.DEPUTY_SUGGESTIONS, Severity.WARNING,
                LegalSources.LOCAL_ORGANIC_LAW.cite("第十四条", "Art. 14", Confidence.A),
                ParameterSpec.of("minSessions", "2", "次", "sessions", true));
        return Rule.of(d, (r, ctx, out) -> {
            int min = ctx.parameter(d, "minSessions").intValueExact();
            if (r.unit().level() == org.fazhi.governance.model.UnitLevel.SUBDISTRICT) {
                out.notApplicable("/congressSessions");
                return;
            }
            if (r.congressSessions().isEmpty()) {
                out.insufficient("/congressSessions", out.recordSubject(), "记录没有 {unit} 的人民代表大会会议",
                        "the record holds no congress session of {unit}",
                        Evidence.of("unit", r.unit().name()));
                return;
            }
            long count = r.congressSessions().stream().filter(x -> x.heldOn().getYear() == r.year()).count();
            boolean yearOver = ctx.asOf().isAfter(LocalDate.of(r.year(), 12, 30));
            if (count >= min || !yearOver) {
                out.pass("/congressSessions", out.recordSubject(), Evidence.of("sessions", count)
                        .and("yearOver", yearOver));
            } else {
                out.fail("/congressSessions", out.recordSubject(), Evidence.of("unit", r.unit().name())
                        .and("year", r.year()).and("count", count).and("min", min));
            }
        });
    }
}

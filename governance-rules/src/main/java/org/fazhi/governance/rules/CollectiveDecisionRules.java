package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.path;

import java.util.List;
import java.util.function.Predicate;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.CollectiveMeeting;
import org.fazhi.governance.model.decision.CollectiveDecisionCategory;
import org.fazhi.governance.rules.FindingCollector.ElementCheck;

/** TZYD: 三重一大集体决策 / collective decisions on major matters, appointments, projects and large sums. */
final class CollectiveDecisionRules {
    private CollectiveDecisionRules() {}

    static List<Rule> all() {
        return List.of(tzydCollective(), tzydPersonnelQuorum(), tzydGeneralQuorum(), tzydDissent());
    }


    static SubjectRef subject(CollectiveMeeting m) {
        return SubjectRef.of(CollectiveMeeting.class, m.id());
    }

    /** Runs a per-meeting check over the collective meetings a rule applies to, or reports NOT_APPLICABLE. */
    static void forMeetings(RuleOfLawRecord r, FindingCollector out, Predicate<CollectiveMeeting> applies,
            ElementCheck<CollectiveMeeting> check) {
        out.each("/collectiveMeetings", r.collectiveMeetings(), applies, check);
    }

    /**
     * 三重一大事项须会议集体决策、主要负责人末位表态 / Decided at a meeting, the principal leader speaking last
     * (《重大行政决策程序暂行条例》（国务院令第713号）第三十条（原则）；三重一大制度（党内规定） / Interim Regulations on Major Administrative Decision
     * Procedures (applied by reference to townships, Art. 42) (国务院令第713号), Art. 30 (principle); 'three majors, one
     * large' rules).
     */
    static Rule tzydCollective() {
        RuleDescriptor d = RuleTexts.describe("TZYD-COLLECTIVE", RuleGroup.COLLECTIVE_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十条（原则）；三重一大制度（党内规定）",
                        "Art. 30 (principle); 'three majors, one large' rules", Confidence.C));
        return Rule.of(d, (r, ctx, out) -> forMeetings(r, out, m -> true, (i, m) -> {
            String at = path("collectiveMeetings", i);
            if (m.decidedByCirculation()) {
                out.fail(at, subject(m), Evidence.of("meetingId", m.id()).and("topic", m.subject())
                        .and("problem", Problem.DECIDED_BY_CIRCULATION));
            } else if (!m.leaderSpokeLast()) {
                out.fail(path("collectiveMeetings", i, "leaderSpokeLast"), subject(m),
                        Evidence.of("meetingId", m.id()).and("topic", m.subject())
                        .and("problem", Problem.LEADER_DID_NOT_SPEAK_LAST));
            } else {
                out.pass(at, subject(m), Evidence.of("meetingId", m.id()));
            }
        }));
    }

    /**
     * 干部任免须三分之二以上成员到会、应到会成员过半数同意 / Personnel: two thirds present, majority of all in favour
     * (《党政领导干部选拔任用工作条例》第三十四条、第三十五条（条文序号未核实） / Regulations on selecting and appointing Party and government leaders
     * (2019), Arts. 34-35 (article numbers unverified)).
     */
    static Rule tzydPersonnelQuorum() {
        RuleDescriptor d = RuleTexts.describe("TZYD-PERSONNEL-QUORUM", RuleGroup.COLLECTIVE_DECISIONS, Severity.ERROR,
                LegalSources.LEADER_APPOINTMENT_REGULATIONS.cite("第三十四条、第三十五条（条文序号未核实）",
                        "Arts. 34-35 (article numbers unverified)", Confidence.B),
                ParameterSpec.of("presentNumerator", "2", "（到会比例的分子）", "(numerator of the share present)", true),
                ParameterSpec.of("presentDenominator", "3", "（到会比例的分母）", "(denominator of the share present)", true));
        return Rule.of(d, (r, ctx, out) -> forMeetings(r, out, m ->
                m.category() == CollectiveDecisionCategory.KEY_PERSONNEL_APPOINTMENT, (i, m) -> {
            int num = ctx.parameter(d, "presentNumerator").intValueExact();
            int den = ctx.parameter(d, "presentDenominator").intValueExact();
            int needPresent = (m.expectedMembers() * num + den - 1) / den;
            if (m.presentMembers() < needPresent) {
                out.fail(path("collectiveMeetings", i, "presentMembers"), subject(m), Evidence.of("meetingId", m.id())
                        .and("problem", Problem.FEWER_THAN_TWO_THIRDS_PRESENT)
                        .and("expectedMembers", m.expectedMembers()).and("presentMembers", m.presentMembers())
                        .and("needPresent", needPresent));
            } else if (m.votesInFavour().isPresent() && m.votesInFavour().get() * 2 <= m.expectedMembers()) {
                out.fail(path("collectiveMeetings", i, "votesInFavour"), subject(m), Evidence.of("meetingId", m.id())
                        .and("problem", Problem.NO_MAJORITY_IN_FAVOUR).and("votesInFavour", m.votesInFavour().get())
                        .and("expectedMembers", m.expectedMembers()));
            } else {
                out.pass(path("collectiveMeetings", i), subject(m), Evidence.of("meetingId", m.id())
                        .and("present", m.presentMembers()).and("expected", m.expectedMembers()));
            }
        }));
    }

    /**
     * 一般三重一大事项过半数成员到会 / Other matters: more than half present (《地方实践（未找到全国性规定）》党内议事规则（“双过半”） / Local practice (no
     * national rule found), Party meeting practice ('two majorities')).
     */
    static Rule tzydGeneralQuorum() {
        RuleDescriptor d = RuleTexts.describe("TZYD-GENERAL-QUORUM", RuleGroup.COLLECTIVE_DECISIONS, Severity.WARNING,
                LegalSources.LOCAL.cite("党内议事规则（“双过半”）", "Party meeting practice ('two majorities')", Confidence.C));
        return Rule.of(d, (r, ctx, out) -> forMeetings(r, out, m ->
                m.category() != CollectiveDecisionCategory.KEY_PERSONNEL_APPOINTMENT, (i, m) -> {
            if (m.presentMembers() * 2 > m.expectedMembers()) {
                out.pass(path("collectiveMeetings", i, "presentMembers"), subject(m), Evidence.of("meetingId", m.id())
                        .and("present", m.presentMembers()));
            } else {
                out.fail(path("collectiveMeetings", i, "presentMembers"), subject(m), Evidence.of("meetingId", m.id())
                        .and("present", m.presentMembers())
                        .and("expected", m.expectedMembers()));
            }
        }));
    }

    /**
     * 不同意见如实载入会议纪要 / Dissent recorded in the minutes (《重大行政决策程序暂行条例》（国务院令第713号）第三十条第二款 / Interim Regulations on Major
     * Administrative Decision Procedures (applied by reference to townships, Art. 42) (国务院令第713号), Art. 30 ¶2).
     */
    static Rule tzydDissent() {
        RuleDescriptor d = RuleTexts.describe("TZYD-DISSENT", RuleGroup.COLLECTIVE_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十条第二款", "Art. 30 ¶2", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> forMeetings(r, out, CollectiveMeeting::dissentExpressed, (i, m) -> {
            if (m.dissentMinuted()) {
                out.pass(path("collectiveMeetings", i, "dissentMinuted"), subject(m), Evidence.of("meetingId", m.id()));
            } else {
                out.fail(path("collectiveMeetings", i, "dissentMinuted"), subject(m), Evidence.of("meetingId", m.id()));
            }
        }));
    }
}

package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.declared;
import static org.fazhi.governance.rules.RuleSupport.path;
import static org.fazhi.governance.rules.RuleSupport.village;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.legal.MediationCommittee;
import org.fazhi.governance.model.legal.Petition;
import org.fazhi.governance.model.legal.ReasoningRoom;

/**
 * DISP: 矛盾纠纷化解 / disputes and petitions: mediation committees, voluntary mediation, judicial confirmation, petitions,
 * reasoning rooms.
 */
final class DisputeRules {
    private DisputeRules() {}

    static List<Rule> all() {
        return List.of(mediationCommittees(), voluntaryMediation(), judicialConfirmation(), petitions(),
                reasoningRooms());
    }

    /**
     * 村（居）设人民调解委员会，委员三至九人 / A people's mediation committee of 3 to 9 in every village (《中华人民共和国人民调解法》第八条 / People's
     * Mediation Law, Art. 8).
     */
    static Rule mediationCommittees() {
        RuleDescriptor d = RuleTexts.describe("DISP-MEDIATION-COMMITTEE", RuleGroup.DISPUTES, Severity.ERROR,
                LegalSources.PEOPLES_MEDIATION_LAW.cite("第八条", "Art. 8", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            List<GrassrootsUnit> villages = r.unit().grassrootsUnits();
            if (r.mediationCommittees().isEmpty()) {
                if (villages.isEmpty()) {
                    out.notApplicable("/mediationCommittees");
                } else {
                    out.insufficient("/mediationCommittees", out.recordSubject(), "没有人民调解委员会的数据",
                            "no data on people's mediation committees", Evidence.none());
                }
                return;
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < r.mediationCommittees().size(); i++) {
                index.putIfAbsent(r.mediationCommittees().get(i).grassrootsUnitId(), i);
            }
            for (int i = 0; i < villages.size(); i++) {
                GrassrootsUnit v = villages.get(i);
                Integer at = index.get(v.id());
                if (at == null) {
                    out.fail(path("unit/grassrootsUnits", i), village(v),
                            Evidence.of("what", Wording.of(v.name() + " 没有人民调解委员会", v.name()
                            + " has no people's mediation committee")));
                    continue;
                }
                MediationCommittee c = r.mediationCommittees().get(at);
                if (c.members() < 3 || c.members() > 9 || !c.hasChair()) {
                    out.fail(path("mediationCommittees", at, "members"), village(v),
                            Evidence.of("what", Wording.of(v.name() + " 的人民调解委员会有 " + c.members() + " 名委员"
                            + (c.hasChair() ? "" : "且未设主任") + "（应为三至九人并设主任）", "the committee of " + v.name() + " has "
                            + c.members() + " member(s)" + (c.hasChair() ? "" : " and no chair")
                            + " (3 to 9 with a chair required)")));
                } else {
                    out.pass(path("mediationCommittees", at), village(v), Evidence.of("village", v.name())
                            .and("members", c.members()));
                }
            }
        });
    }

    /**
     * 当事人一方明确拒绝调解的，不得调解 / No mediation once a party refuses it (《中华人民共和国人民调解法》第十七条 / People's Mediation Law, Art.
     * 17).
     */
    static Rule voluntaryMediation() {
        RuleDescriptor d = RuleTexts.describe("DISP-VOLUNTARY", RuleGroup.DISPUTES, Severity.ERROR,
                LegalSources.PEOPLES_MEDIATION_LAW.cite("第十七条", "Art. 17", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> out.each("/disputes", r.disputes(), x -> x.refusedOn().isPresent(), (i,
                x) -> {
            SubjectRef s = SubjectRef.of(Dispute.class, x.id());
            String at = path("disputes", i, "outcome");
            if (x.outcome() == org.fazhi.governance.model.legal.DisputeOutcome.MEDIATED) {
                out.fail(at, s, Evidence.of("disputeId", x.id()).and("refusedOn", x.refusedOn().get())
                        .and("problem", Wording.of("仍调解达成协议" + x.agreementOn().map(a -> "（" + a + "）").orElse(""),
                        "yet it was mediated to an agreement" + x.agreementOn().map(a -> " (" + a + ")").orElse(""))));
            } else if (x.outcome() == org.fazhi.governance.model.legal.DisputeOutcome.PENDING) {
                out.fail(at, s, Evidence.of("disputeId", x.id()).and("refusedOn", x.refusedOn().get())
                        .and("problem", Problem.MEDIATION_GOES_ON));
            } else {
                out.pass(at, s, Evidence.of("disputeId", x.id()).and("outcome", x.outcome().en()));
            }
        }));
    }

    /**
     * 调解协议生效后30日内申请司法确认 / Apply for court confirmation within 30 days (《中华人民共和国人民调解法》第三十三条 / People's Mediation Law,
     * Art. 33).
     */
    static Rule judicialConfirmation() {
        RuleDescriptor d = RuleTexts.describe("DISP-JUDICIAL-CONFIRMATION", RuleGroup.DISPUTES, Severity.ERROR,
                LegalSources.PEOPLES_MEDIATION_LAW.cite("第三十三条", "Art. 33", Confidence.A),
                ParameterSpec.of("days", "30", "日", "days", true));
        return Rule.of(d, (r, ctx, out) -> {
            int days = ctx.parameter(d, "days").intValueExact();
            out.each("/disputes", r.disputes(), x -> x.agreementOn().isPresent() && x.judicialConfirmationAppliedOn()
                    .isPresent(), (i, x) -> {
                SubjectRef s = SubjectRef.of(Dispute.class, x.id());
                if (!x.judicialConfirmationAppliedOn().get().isAfter(x.agreementOn().get().plusDays(days))) {
                    out.pass(path("disputes", i, "judicialConfirmationAppliedOn"), s, Evidence.of("disputeId", x.id()));
                } else {
                    out.fail(path("disputes", i, "judicialConfirmationAppliedOn"), s, Evidence.of("disputeId", x.id())
                            .and("agreementOn", x.agreementOn().get())
                            .and("appliedOn", x.judicialConfirmationAppliedOn().get()).and("days", days));
                }
            });
        });
    }

    /**
     * 信访事项15日内告知受理、60日内办结（延长不超过30日） / Petitions: notice in 15 days, concluded in 60 (+30) (《信访工作条例》第二十三条、第三十四条 /
     * Regulations on Petition Work, Arts. 23, 34).
     */
    static Rule petitions() {
        RuleDescriptor d = RuleTexts.describe("DISP-PETITION-TIMELINES", RuleGroup.DISPUTES, Severity.ERROR,
                LegalSources.PETITION_REGULATIONS.cite("第二十三条、第三十四条", "Arts. 23, 34", Confidence.A),
                ParameterSpec.of("noticeDays", "15", "日", "days", true),
                ParameterSpec.of("handlingDays", "60", "日", "days", true),
                ParameterSpec.of("maxExtensionDays", "30", "日", "days", true));
        return Rule.of(d, (r, ctx, out) -> {
            int notice = ctx.parameter(d, "noticeDays").intValueExact();
            int handling = ctx.parameter(d, "handlingDays").intValueExact();
            int maxExt = ctx.parameter(d, "maxExtensionDays").intValueExact();
            out.each("/petitions", r.petitions(), (i, p) -> {
                SubjectRef s = SubjectRef.of(Petition.class, p.id());
                LocalDate noticeBy = p.receivedOn().plusDays(notice);
                LocalDate start = p.noticeOn().orElse(p.receivedOn());
                LocalDate concludeBy = start.plusDays(handling + (long) Math.min(p.extensionDays(), maxExt));
                if (p.noticeOn().map(n -> n.isAfter(noticeBy)).orElse(ctx.asOf().isAfter(noticeBy))) {
                    out.fail(path("petitions", i, "noticeOn"), s, Evidence.of("petitionId", p.id())
                            .and("problem", Problem.NO_ACCEPTANCE_NOTICE_IN_TIME).and("notice", notice)
                            .and("noticeBy", noticeBy));
                } else if (p.extensionDays() > maxExt) {
                    out.fail(path("petitions", i, "extensionDays"), s, Evidence.of("petitionId", p.id())
                            .and("problem", Problem.EXTENDED_TOO_LONG).and("extensionDays", p.extensionDays())
                            .and("maxExt", maxExt));
                } else if (p.concludedOn().map(c -> c.isAfter(concludeBy)).orElse(ctx.asOf().isAfter(concludeBy))) {
                    out.fail(path("petitions", i, "concludedOn"), s, Evidence.of("petitionId", p.id())
                            .and("problem", Problem.NOT_CONCLUDED).and("concludeBy", concludeBy));
                } else {
                    out.pass(path("petitions", i), s, Evidence.of("petitionId", p.id()));
                }
            });
        });
    }

    /**
     * 乡、村评理室全覆盖 / A reasoning room in the township and every village (《地方实践（未找到全国性规定）》福建泉州、德化地方实践（无全国标准） / Local
     * practice (no national rule found), Quanzhou and Dehua practice (no national standard)).
     */
    static Rule reasoningRooms() {
        RuleDescriptor d = RuleTexts.describe("DISP-PINGLI-ROOM", RuleGroup.DISPUTES, Severity.INFO,
                LegalSources.LOCAL.cite("福建泉州、德化地方实践（无全国标准）",
                        "Quanzhou and Dehua practice (no national standard)", Confidence.D));
        return Rule.of(d, (r, ctx, out) -> {
            List<GrassrootsUnit> villages = r.unit().grassrootsUnits();
            if (!r.reasoningRooms().isEmpty()) {
                Set<String> withRoom = r.reasoningRooms().stream().flatMap(x -> x.grassrootsUnitId().stream())
                        .collect(Collectors.toSet());
                boolean township = r.reasoningRooms().stream().map(ReasoningRoom::grassrootsUnitId)
                        .anyMatch(Optional::isEmpty);
                if (township) {
                    out.pass("/reasoningRooms", out.recordSubject(), Evidence.of("level", "township"));
                } else {
                    out.fail("/reasoningRooms", out.recordSubject(),
                            Evidence.of("what", Shortfall.NO_TOWNSHIP_LEVEL_REASONING_ROOM)
                                    .and("unit", r.unit().name()));
                }
                for (int i = 0; i < villages.size(); i++) {
                    if (withRoom.contains(villages.get(i).id())) {
                        out.pass(path("unit/grassrootsUnits", i), village(villages.get(i)),
                                Evidence.of("village", villages.get(i).name()));
                    } else {
                        out.fail(path("unit/grassrootsUnits", i), village(villages.get(i)),
                                Evidence.of("what", Shortfall.NO_REASONING_ROOM)
                                        .and("village", villages.get(i).name()));
                    }
                }
                return;
            }
            Optional<BigDecimal> rooms = declared(r, StandardFigures.REASONING_ROOMS_COUNT);
            Optional<Integer> n = RuleSupport.villageCount(r);
            if (rooms.isEmpty() || n.isEmpty()) {
                out.notApplicable("/reasoningRooms");
            } else if (rooms.get().intValue() >= n.get() + 1) {
                out.pass("/declaredFigures", out.recordSubject(), Evidence.of("rooms", rooms.get().toPlainString())
                        .and("needed", n.get() + 1)
                        .and("note", "township + " + n.get() + " villages").and("source", "declared"));
            } else {
                out.fail("/declaredFigures", out.recordSubject(),
                        Evidence.of("what", Wording.of("评理室 " + rooms.get().toPlainString() + " 个，少于乡镇加 " + n.get()
                        + " 个村所需的 " + (n.get() + 1) + " 个", rooms.get().toPlainString()
                        + " reasoning rooms, fewer than the " + (n.get() + 1) + " needed for the township and "
                        + n.get() + " villages")));
            }
        });
    }
}

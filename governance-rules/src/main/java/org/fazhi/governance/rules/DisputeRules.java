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

/** DISP: 矛盾纠纷化解 / disputes and petitions: mediation committees, voluntary mediation, judicial confirmation, petitions, reasoning rooms. */
final class DisputeRules {
    private DisputeRules() {}

    static List<Rule> all() {
        return List.of(mediationCommittees(), voluntaryMediation(), judicialConfirmation(), petitions(), reasoningRooms());
    }

    /**
     * 村（居）设人民调解委员会，委员三至九人 / A people's mediation committee of 3 to 9 in every village (《中华人民共和国人民调解法》第八条 / People's
     * Mediation Law, Art. 8).
     */
    static Rule mediationCommittees() {
        RuleDescriptor d = RuleDescriptor.builder().id("DISP-MEDIATION-COMMITTEE").group(RuleGroup.DISPUTES)
                .nameZh("村（居）设人民调解委员会，委员三至九人")
                .nameEn("A people's mediation committee of 3 to 9 in every village")
                .severity(Severity.ERROR)
                .subjectZh("村（社区）")
                .subjectEn("villages")
                .failZh("{what}")
                .failEn("{what}")
                .remediationZh("村民委员会、居民委员会设立人民调解委员会，由委员三至九人组成，设主任一人。")
                .remediationEn("Set up a committee of three to nine members with a chair in every village and "
                        + "community.")
                .exampleZh("某村调解委员会只有 2 名委员。")
                .exampleEn("A committee has two members.")
                .citation(LegalSources.PEOPLES_MEDIATION_LAW.cite("第八条", "Art. 8", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            List<GrassrootsUnit> villages = r.unit().grassrootsUnits();
            if (r.mediationCommittees().isEmpty()) {
                if (villages.isEmpty()) {
                    out.notApplicable("/mediationCommittees");
                } else {
                    out.insufficient("/mediationCommittees", out.recordSubject(), "没有人民调解委员会的数据", "no data on people's mediation committees", Evidence.none());
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
                            Evidence.of("what", Wording.of(v.name() + " 没有人民调解委员会", v.name() + " has no people's mediation committee")));
                    continue;
                }
                MediationCommittee c = r.mediationCommittees().get(at);
                if (c.members() < 3 || c.members() > 9 || !c.hasChair()) {
                    out.fail(path("mediationCommittees", at, "members"), village(v),
                            Evidence.of("what", Wording.of(v.name() + " 的人民调解委员会有 " + c.members() + " 名委员"
                            + (c.hasChair() ? "" : "且未设主任") + "（应为三至九人并设主任）", "the committee of " + v.name() + " has " + c.members() + " member(s)" + (c.hasChair() ? "" : " and no chair") + " (3 to 9 with a chair required)")));
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
        RuleDescriptor d = RuleDescriptor.builder().id("DISP-VOLUNTARY").group(RuleGroup.DISPUTES)
                .nameZh("当事人一方明确拒绝调解的，不得调解")
                .nameEn("No mediation once a party refuses it")
                .severity(Severity.ERROR)
                .subjectZh("当事人拒绝调解的纠纷")
                .subjectEn("disputes a party refused to mediate")
                .failZh("纠纷 {disputeId} 当事人一方于 {refusedOn} 明确拒绝调解，{problem}")
                .failEn("a party to dispute {disputeId} expressly refused mediation on {refusedOn}, {problem}")
                .remediationZh("人民调解遵循自愿原则，当事人一方明确拒绝调解的，不得调解，应告知其通过仲裁、行政、司法等途径解决。")
                .remediationEn("Mediation is voluntary: once a party expressly refuses, stop and point the parties to "
                        + "arbitration, administrative or judicial channels.")
                .exampleZh("村调委会在一方明确拒绝后仍反复调解并促成协议。")
                .exampleEn("A village committee keeps mediating after a refusal until an agreement is signed.")
                .citation(LegalSources.PEOPLES_MEDIATION_LAW.cite("第十七条", "Art. 17", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> out.each("/disputes", r.disputes(), x -> x.refusedOn().isPresent(), (i, x) -> {
            SubjectRef s = SubjectRef.of(Dispute.class, x.id());
            String at = path("disputes", i, "outcome");
            if (x.outcome() == org.fazhi.governance.model.legal.DisputeOutcome.MEDIATED) {
                out.fail(at, s, Evidence.of("disputeId", x.id()).and("refusedOn", x.refusedOn().get())
                        .and("problem", Wording.of("仍调解达成协议" + x.agreementOn().map(a -> "（" + a + "）").orElse(""), "yet it was mediated to an agreement" + x.agreementOn().map(a -> " (" + a + ")").orElse(""))));
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
        RuleDescriptor d = RuleDescriptor.builder().id("DISP-JUDICIAL-CONFIRMATION").group(RuleGroup.DISPUTES)
                .nameZh("调解协议生效后30日内申请司法确认")
                .nameEn("Apply for court confirmation within 30 days")
                .severity(Severity.ERROR)
                .subjectZh("申请司法确认的调解协议")
                .subjectEn("agreements sent for court confirmation")
                .failZh("纠纷 {disputeId} 的调解协议于 {agreementOn} 生效，{appliedOn} 才申请司法确认，超过 {days} 日")
                .failEn("the agreement of dispute {disputeId} took effect on {agreementOn} but confirmation was "
                        + "sought only on {appliedOn}, beyond {days} days")
                .remediationZh("告知双方当事人可自调解协议生效之日起30日内共同向人民法院申请司法确认。")
                .remediationEn("Tell both parties they may jointly apply to the court within 30 days of the agreement "
                        + "taking effect.")
                .exampleZh("协议生效 45 天后申请确认。")
                .exampleEn("Applied 45 days later.")
                .citation(LegalSources.PEOPLES_MEDIATION_LAW.cite("第三十三条", "Art. 33", Confidence.A))
                .addParameters(ParameterSpec.of("days", "30", "日", "days", true))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            int days = ctx.parameter(d, "days").intValueExact();
            out.each("/disputes", r.disputes(), x -> x.agreementOn().isPresent() && x.judicialConfirmationAppliedOn().isPresent(), (i, x) -> {
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
        RuleDescriptor d = RuleDescriptor.builder().id("DISP-PETITION-TIMELINES").group(RuleGroup.DISPUTES)
                .nameZh("信访事项15日内告知受理、60日内办结（延长不超过30日）")
                .nameEn("Petitions: notice in 15 days, concluded in 60 (+30)")
                .severity(Severity.ERROR)
                .subjectZh("信访事项")
                .subjectEn("petitions")
                .failZh("信访事项 {petitionId} {problem}")
                .failEn("petition {petitionId} {problem}")
                .remediationZh("收到信访事项后15日内书面告知是否受理；自受理之日起60日内办结，情况复杂的经批准可延长不超过30日并告知理由。")
                .remediationEn("Tell the petitioner in writing within 15 days; conclude within 60 days of acceptance, "
                        + "extendable by at most 30 with reasons.")
                .exampleZh("受理后 100 天才办结。")
                .exampleEn("Concluded 100 days after acceptance.")
                .citation(LegalSources.PETITION_REGULATIONS.cite("第二十三条、第三十四条", "Arts. 23, 34", Confidence.A))
                .addParameters(ParameterSpec.of("noticeDays", "15", "日", "days", true), ParameterSpec.of("handlingDays", "60", "日", "days", true),
                ParameterSpec.of("maxExtensionDays", "30", "日", "days", true))
                .build();
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
        RuleDescriptor d = RuleDescriptor.builder().id("DISP-PINGLI-ROOM").group(RuleGroup.DISPUTES)
                .nameZh("乡、村评理室全覆盖")
                .nameEn("A reasoning room in the township and every village")
                .severity(Severity.INFO)
                .subjectZh("乡镇和村（社区）")
                .subjectEn("the township and its villages")
                .failZh("{what}")
                .failEn("{what}")
                .remediationZh("在乡镇和每个村（社区）设立评理室，吸纳乡村干部、“两代表一委员”、老干部、老教师和乡贤担任评理员。")
                .remediationEn("Set up a reasoning room in the township and every village, staffed by cadres, "
                        + "deputies, retired cadres and teachers, and local worthies.")
                .exampleZh("9 个应建评理室只建成 6 个。")
                .exampleEn("6 of the 9 rooms exist.")
                .citation(LegalSources.LOCAL.cite("福建泉州、德化地方实践（无全国标准）", "Quanzhou and Dehua practice (no national standard)", Confidence.D))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            List<GrassrootsUnit> villages = r.unit().grassrootsUnits();
            if (!r.reasoningRooms().isEmpty()) {
                Set<String> withRoom = r.reasoningRooms().stream().flatMap(x -> x.grassrootsUnitId().stream()).collect(Collectors.toSet());
                boolean township = r.reasoningRooms().stream().map(ReasoningRoom::grassrootsUnitId).anyMatch(Optional::isEmpty);
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
                        Evidence.of("what", Wording.of("评理室 " + rooms.get().toPlainString() + " 个，少于乡镇加 " + n.get() + " 个村所需的 " + (n.get() + 1) + " 个", rooms.get().toPlainString() + " reasoning rooms, fewer than the " + (n.get() + 1) + " needed for the township and " + n.get() + " villages")));
            }
        });
    }
}

package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.FindingCollector.path;
import static org.fazhi.governance.rules.ThreeSystemsRules.declared;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.model.ReportPart;
import org.fazhi.governance.model.ReportPublication;
import org.fazhi.governance.model.decision.DeputySuggestion;
import org.fazhi.governance.model.decision.DisclosureMode;
import org.fazhi.governance.model.decision.InformationDisclosure;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.leadership.LeadershipPost;
import org.fazhi.governance.model.leadership.LeadingGroupKind;
import org.fazhi.governance.model.leadership.ResponsibilityAssignment;
import org.fazhi.governance.model.leadership.ResponsibilityRole;
import org.fazhi.governance.model.service.HotlineTicket;

/** RPT, OPEN, NPC and HOT: the annual report, openness, deputy suggestions and the hotline. */
final class ReportingRules {
    private ReportingRules() {}

    static List<Rule> all() {
        return List.of(reportContent(), reportPublished(), reportUpward(), firstResponsible(),
                proactive20(), request20(), townshipScope(), annualDisclosureReport(), npcReply(), npcReportPublic(), npcSessions(), hotlineOneNumber(), hotlineTimeliness());
    }

    static Rule reportContent() {
        RuleDescriptor d = RuleDescriptor.builder().id("RPT-CONTENT").group(RuleGroup.RPT)
                .nameZh("年度报告包含规定内容").nameEn("The annual report has the required parts")
                .citation(LegalSources.DCGD.cite("第二十五条（条文序号未核实）", "Art. 25 (article number unverified)", Confidence.B)).severity(Severity.ERROR)
                .subjectZh("法治政府建设年度报告").subjectEn("annual reports")
                .failZh("{unit} {year} 年度报告缺少：{missing}")
                .failEn("the {year} report of {unit} lacks: {missing}")
                .remediationZh("报告应包括上一年度主要举措和成效、存在的不足和原因、党政主要负责人履行第一责任人职责情况、下一年度主要安排及其他需要报告的情况。")
                .remediationEn("Cover the year's measures and results, shortcomings and causes, the principal leaders' first-responsible-person duties, and next year's plans.")
                .exampleZh("报告未写党政主要负责人履职情况。").exampleEn("The report is silent on the principal leaders' duties.")
                .build();
        Set<ReportPart> required = EnumSet.of(ReportPart.MEASURES_AND_RESULTS, ReportPart.SHORTCOMINGS_AND_CAUSES,
                ReportPart.FIRST_RESPONSIBLE_DUTIES, ReportPart.NEXT_YEAR_PLAN);
        return Rule.of(d, (r, ctx, out) -> {
            if (r.report().isEmpty()) {
                out.notApplicable("/report");
                return;
            }
            List<ReportPart> missing = required.stream().filter(p -> !r.report().get().partsPresent().contains(p)).collect(Collectors.toList());
            if (missing.isEmpty()) {
                out.pass("/report/partsPresent", out.recordSubject(), Evidence.of("parts", required.size()));
            } else {
                out.fail("/report/partsPresent", out.recordSubject(), Evidence.of("unit", r.unit().name())
                        .and("year", r.year())
                        .and("missing", Wording.of(missing.stream().map(ReportPart::zh).collect(Collectors.joining("、")), missing.stream().map(ReportPart::en).collect(Collectors.joining("; ")))));
            }
        });
    }

    static Rule reportPublished() {
        RuleDescriptor d = RuleDescriptor.builder().id("RPT-PUBLISH-APR1").group(RuleGroup.RPT)
                .nameZh("年度报告于次年4月1日前向社会公开").nameEn("Publish the annual report before 1 April")
                .citation(LegalSources.DCGD.cite("第二十四条", "Art. 24", Confidence.B)).severity(Severity.ERROR)
                .subjectZh("法治政府建设年度报告").subjectEn("annual reports")
                .failZh("{year} 年度报告{state}，应在 {deadline} 之前公开")
                .failEn("the {year} report {state}; it was due before {deadline}")
                .remediationZh("每年4月1日之前通过报刊、网站等新闻媒体向社会公开上一年度报告，接受人民群众监督。")
                .remediationEn("Publish last year's report before 1 April through newspapers or websites.")
                .exampleZh("2023 年度报告 2024 年 5 月才公开。").exampleEn("The 2023 report is published in May 2024.")
                .build();
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

    static Rule reportUpward() {
        RuleDescriptor d = RuleDescriptor.builder().id("RPT-UPWARD").group(RuleGroup.RPT)
                .nameZh("年度报告报送上一级党委和政府").nameEn("Report upward to the next-higher level")
                .citation(LegalSources.DCGD.cite("第二十二条、第二十三条（乡镇期限因省而异，福建省未核实）", "Arts. 22-23 (township deadline varies by province; Fujian unverified)", Confidence.C))
                .severity(Severity.WARNING)
                .subjectZh("法治政府建设年度报告").subjectEn("annual reports")
                .failZh("{year} 年度报告{state}（期限为次年 {deadline}）")
                .failEn("the {year} report {state} (due {deadline} of the next year)")
                .remediationZh("按省级规定的期限向上一级党委和政府报告，并抄送其法治建设议事协调机构办事机构。")
                .remediationEn("Report to the next-higher Party committee and government by the provincial deadline, copying its rule-of-law office.")
                .addParameters(ParameterSpec.of("deadlineMonth", "3", "月", "month", false), ParameterSpec.of("deadlineDay", "1", "日", "day", false))
                .exampleZh("未向县委、县政府报送年度报告。").exampleEn("The report never reaches the county.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            if (r.report().isEmpty()) {
                out.notApplicable("/report");
                return;
            }
            LocalDate deadline = LocalDate.of(r.year() + 1, ctx.parameter(d, "deadlineMonth").intValueExact(), ctx.parameter(d, "deadlineDay").intValueExact());
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

    static Rule firstResponsible() {
        RuleDescriptor d = RuleDescriptor.builder().id("RPT-FIRST-RESPONSIBLE").group(RuleGroup.RPT)
                .nameZh("党政主要负责人为法治建设第一责任人").nameEn("Principal leaders are the first responsible persons")
                .citation(LegalSources.DCGD.cite("党政主要负责人履行推进法治建设第一责任人职责规定（2016，原文未核实）",
                        "Provisions on principal leaders' first responsibility (2016, text unverified)", Confidence.C))
                .severity(Severity.WARNING)
                .subjectZh("单位").subjectEn("units")
                .failZh("{unit} 没有明确{missing}为法治建设第一责任人")
                .failEn("{unit} has not named its {missing} as first responsible person for rule-of-law work")
                .remediationZh("明确党委书记和乡（镇）长为推进法治建设第一责任人，亲自抓、负总责，并在年度报告中报告履职情况。")
                .remediationEn("Name the Party secretary and the head of government first responsible persons and report on their duties each year.")
                .exampleZh("只有分管副乡长负责法治工作。").exampleEn("Only a deputy head is in charge of rule-of-law work.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            Set<LeadershipPost> named = r.responsibilities().stream().filter(x -> x.role() == ResponsibilityRole.FIRST_RESPONSIBLE_PERSON)
                    .map(ResponsibilityAssignment::post).collect(Collectors.toSet());
            boolean ledByPrincipals = r.leadingGroups().stream().anyMatch(g -> g.kind() == LeadingGroupKind.RULE_OF_LAW && g.ledByPrincipalLeaders());
            if (named.contains(LeadershipPost.PARTY_SECRETARY) && named.contains(LeadershipPost.GOVERNMENT_HEAD)) {
                out.pass("/responsibilities", out.recordSubject(), Evidence.of("source", "responsibilities"));
            } else if (ledByPrincipals && r.responsibilities().isEmpty()) {
                out.pass("/leadingGroups", out.recordSubject(),
                        Evidence.of("source", "rule-of-law leading group led by the principal leaders"));
            } else if (named.isEmpty()) {
                out.insufficient("/responsibilities", out.recordSubject(), "记录没有说明谁是法治建设第一责任人，无法核查",
                        "the record does not say who the first responsible persons for rule-of-law work are, so this cannot be checked", Evidence.none());
            } else {
                List<String> zh = new java.util.ArrayList<>();
                List<String> en = new java.util.ArrayList<>();
                if (!named.contains(LeadershipPost.PARTY_SECRETARY)) {
                    zh.add("党委书记");
                    en.add("Party secretary");
                }
                if (!named.contains(LeadershipPost.GOVERNMENT_HEAD)) {
                    zh.add("乡（镇）长");
                    en.add("head of government");
                }
                out.fail("/responsibilities", out.recordSubject(), Evidence.of("unit", r.unit().name())
                        .and("missing", Wording.of(String.join("、", zh), String.join(" and ", en))));
            }
        });
    }

    static Rule proactive20() {
        RuleDescriptor d = RuleDescriptor.builder().id("OPEN-PROACTIVE-20WD").group(RuleGroup.OPEN)
                .nameZh("主动公开信息20个工作日内公开").nameEn("Proactive disclosure within 20 working days")
                .citation(LegalSources.XXGK.cite("第二十六条", "Art. 26", Confidence.A)).severity(Severity.ERROR)
                .subjectZh("主动公开的政府信息").subjectEn("proactively disclosed information")
                .failZh("政府信息 {itemId}（{title}）于 {formed} 形成，{state}，超过 20 个工作日（截止 {deadline}）")
                .failEn("information {itemId} ({title}) was formed on {formed} and {state}, beyond 20 working days ({deadline})")
                .remediationZh("属于主动公开范围的政府信息，自形成或变更之日起20个工作日内及时公开。")
                .remediationEn("Publish proactive information within 20 working days of its creation or change.")
                .addParameters(ParameterSpec.of("workingDays", "20", "个工作日", "working days", true))
                .exampleZh("宅基地审批结果三个月后才公开。").exampleEn("A homestead approval is published three months later.")
                .build();
        return Rule.of(d, (r, ctx, out) -> within(r, ctx, out, d, DisclosureMode.PROACTIVE));
    }

    static Rule request20() {
        RuleDescriptor d = RuleDescriptor.builder().id("OPEN-REQUEST-20WD").group(RuleGroup.OPEN)
                .nameZh("依申请公开20个工作日内答复（延长不超过20个工作日）").nameEn("Answer requests within 20 (+20) working days")
                .citation(LegalSources.XXGK.cite("第三十三条", "Art. 33", Confidence.A)).severity(Severity.ERROR)
                .subjectZh("政府信息公开申请").subjectEn("disclosure requests")
                .failZh("公开申请 {itemId}（{title}）于 {formed} 收到，{state}，超过 {limit} 个工作日（截止 {deadline}）")
                .failEn("request {itemId} ({title}) was received on {formed} and {state}, beyond {limit} working days ({deadline})")
                .remediationZh("自收到申请之日起20个工作日内答复；需要延长的，经负责人同意并告知申请人，延长不超过20个工作日。")
                .remediationEn("Answer within 20 working days; an approved and notified extension adds at most 20 more.")
                .addParameters(ParameterSpec.of("workingDays", "20", "个工作日", "working days", true))
                .exampleZh("申请 30 个工作日后才答复且未延期。").exampleEn("Answered after 30 working days without an extension.")
                .build();
        return Rule.of(d, (r, ctx, out) -> within(r, ctx, out, d, DisclosureMode.ON_REQUEST));
    }

    private static void within(org.fazhi.governance.model.RuleOfLawRecord r, CheckContext ctx, FindingCollector out, RuleDescriptor d, DisclosureMode mode) {
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

    static Rule npcReply() {
        RuleDescriptor d = RuleDescriptor.builder().id("NPC-REPLY-3M-6M").group(RuleGroup.NPC)
                .nameZh("代表建议三个月内答复（复杂的六个月）").nameEn("Reply to deputies within 3 months (6 if complex)")
                .citation(LegalSources.DBF.cite("第四十二条（2015年文本；2025年修正后为第五十一条）", "Art. 42 (2015 text; Art. 51 after 2025)", Confidence.A))
                .severity(Severity.ERROR)
                .subjectZh("人大代表建议").subjectEn("deputy suggestions")
                .failZh("代表建议 {suggestionId}（{topic}）于 {assigned} 交办，{state}，超过 {months} 个月（截止 {deadline}）")
                .failEn("suggestion {suggestionId} ({topic}) was assigned on {assigned} and {state}, beyond {months} months ({deadline})")
                .remediationZh("自交办之日起三个月内答复；涉及面广、处理难度大的，六个月内答复，并在办理中与代表保持联系。")
                .remediationEn("Reply within three months of assignment, six for wide or difficult suggestions, keeping in touch with the deputy.")
                .addParameters(ParameterSpec.of("months", "3", "个月", "months", true), ParameterSpec.of("complexMonths", "6", "个月", "months", true))
                .exampleZh("2023 年 3 月交办的建议 8 月才答复。").exampleEn("Assigned in March, answered in August.")
                .build();
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
                            Evidence.of("rate", declared(r, StandardFigures.NPC_COMPLETION_RATE).get().toPlainString()));
                } else {
                    out.notApplicable("/deputySuggestions");
                }
            }
        });
    }

    static Rule npcReportPublic() {
        RuleDescriptor d = RuleDescriptor.builder().id("NPC-REPORT-PUBLIC").group(RuleGroup.NPC)
                .nameZh("代表建议办理情况向主席团报告并公开").nameEn("Report suggestion handling to the presidium and publish it")
                .citation(LegalSources.DBF.cite("第四十二条第三款", "Art. 42 ¶3", Confidence.A)).severity(Severity.ERROR)
                .subjectZh("人大代表建议").subjectEn("deputy suggestions")
                .failZh("代表建议 {suggestionId} 的办理情况{problem}")
                .failEn("the handling of suggestion {suggestionId} {problem}")
                .remediationZh("向乡镇人大主席团报告代表建议办理情况，印发下一次人民代表大会会议，并向社会公开。")
                .remediationEn("Report the handling to the township congress presidium, circulate it at the next session and publish it.")
                .exampleZh("办理情况未向社会公开。").exampleEn("The handling report is not public.")
                .build();
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

    static Rule townshipScope() {
        RuleDescriptor d = RuleDescriptor.builder().id("OPEN-TOWNSHIP-SCOPE").group(RuleGroup.OPEN)
                .nameZh("乡镇主动公开农业农村、土地、宅基地、社会救助等重点信息").nameEn("Townships publish rural policy, land, homestead and assistance information")
                .citation(LegalSources.XXGK.cite("第二十一条", "Art. 21", Confidence.A)).severity(Severity.ERROR)
                .subjectZh("本年度发生事项的乡镇公开重点类别").subjectEn("township disclosure categories with matters this year")
                .failZh("{unit} 本年度有{category}事项，但没有主动公开相关政府信息")
                .failEn("{unit} had matters of {category} this year but published no information on them proactively")
                .remediationZh("乡（镇）人民政府根据本地情况，主动公开贯彻落实农业农村政策、农田水利工程、土地承包经营权流转、宅基地审核、土地征收、房屋征收、筹资筹劳、社会救助等政府信息。")
                .remediationEn("Publish proactively, as local matters arise, information on rural policy, farmland water projects, land-contract transfers, homestead approvals, land requisition, house expropriation, fund-and-labour contributions and social assistance.")
                .exampleZh("年内审批宅基地 30 宗，未公开审批情况。").exampleEn("Thirty homestead approvals in the year, none published.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            if (r.unit().level() == org.fazhi.governance.model.UnitLevel.SUBDISTRICT) {
                out.notApplicable("/disclosureCategoriesArising");
                return;
            }
            boolean proactive = r.informationDisclosures().stream().anyMatch(x -> x.mode() == DisclosureMode.PROACTIVE);
            if (r.disclosureCategoriesArising().isEmpty()) {
                if (proactive) {
                    out.insufficient("/disclosureCategoriesArising", out.recordSubject(), "{unit} 记录了主动公开，但未说明本年度发生了哪些乡镇公开重点类别的事项",
                            "{unit} records proactive disclosures but not which township categories had matters this year",
                            Evidence.of("unit", r.unit().name()));
                } else {
                    out.notApplicable("/disclosureCategoriesArising");
                }
                return;
            }
            for (org.fazhi.governance.model.decision.TownshipDisclosureCategory c : r.disclosureCategoriesArising()) {
                boolean published = r.informationDisclosures().stream().anyMatch(x -> x.mode() == DisclosureMode.PROACTIVE
                        && x.townshipCategory().map(c::equals).orElse(false) && x.completedOn().map(p -> p.getYear() == r.year()).orElse(false));
                if (published) {
                    out.pass("/disclosureCategoriesArising", out.recordSubject(), Evidence.of("category", c.en()));
                } else {
                    out.fail("/disclosureCategoriesArising", out.recordSubject(), Evidence.of("unit", r.unit().name())
                            .and("category", c));
                }
            }
        });
    }

    static Rule annualDisclosureReport() {
        RuleDescriptor d = RuleDescriptor.builder().id("OPEN-ANNUAL-REPORT").group(RuleGroup.OPEN)
                .nameZh("政府信息公开工作年度报告按期公布").nameEn("The open-government-information annual report published on time")
                .citation(LegalSources.XXGK.cite("第四十九条、第五十条（乡镇的期限为地方实践，通常为次年1月31日前）",
                        "Arts. 49-50 (a township's deadline is local practice, usually 31 January)", Confidence.D))
                .severity(Severity.WARNING)
                .subjectZh("政府信息公开工作年度报告").subjectEn("open-government-information annual reports")
                .failZh("{unit} {year} 年政府信息公开工作年度报告于 {publishedOn} 才公布，晚于 {deadline}")
                .failEn("{unit} published its {year} open-government-information report on {publishedOn}, after {deadline}")
                .remediationZh("按国办统一格式编制上一年度政府信息公开工作年度报告，并在规定期限前向社会公布。")
                .remediationEn("Compile the previous year's report in the General Office's format and publish it by the deadline.")
                .addParameters(ParameterSpec.of("deadlineMonth", "1", "月", "month", false), ParameterSpec.of("deadlineDay", "31", "日", "day", false))
                .exampleZh("2023 年度报告 2024 年 3 月才公布。").exampleEn("The 2023 report appears in March 2024.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            LocalDate deadline = LocalDate.of(r.year() + 1, ctx.parameter(d, "deadlineMonth").intValueExact(), ctx.parameter(d, "deadlineDay").intValueExact());
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
                out.insufficient("/disclosureReportPublishedOn", out.recordSubject(), "记录没有 {year} 年政府信息公开工作年度报告的公布日期（应于 {deadline} 前公布）",
                        "the record has no publication date of the {year} open-government-information report (due by {deadline})",
                        Evidence.of("year", r.year()).and("deadline", deadline));
            }
        });
    }

    static Rule npcSessions() {
        RuleDescriptor d = RuleDescriptor.builder().id("NPC-SESSIONS").group(RuleGroup.NPC)
                .nameZh("乡镇人民代表大会会议一般每年举行两次").nameEn("The township congress meets twice a year as a rule")
                .citation(LegalSources.DFZZF.cite("第十四条", "Art. 14", Confidence.A)).severity(Severity.WARNING)
                .subjectZh("乡、镇（不含街道）").subjectEn("townships and towns (not subdistricts)")
                .failZh("{unit} {year} 年只举行了 {count} 次人民代表大会会议，少于 {min} 次")
                .failEn("{unit} held {count} session(s) of its people's congress in {year}, fewer than {min}")
                .remediationZh("乡、民族乡、镇的人民代表大会会议一般每年举行两次；确有特殊情况的，记录原因。")
                .remediationEn("Hold the township congress twice a year as a rule, and record why if it could not.")
                .addParameters(ParameterSpec.of("minSessions", "2", "次", "sessions", true))
                .exampleZh("全年只召开一次乡人代会。").exampleEn("The congress met once in the year.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            int min = ctx.parameter(d, "minSessions").intValueExact();
            if (r.unit().level() == org.fazhi.governance.model.UnitLevel.SUBDISTRICT) {
                out.notApplicable("/congressSessions");
                return;
            }
            if (r.congressSessions().isEmpty()) {
                out.insufficient("/congressSessions", out.recordSubject(), "记录没有 {unit} 的人民代表大会会议", "the record holds no congress session of {unit}",
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

    static Rule hotlineOneNumber() {
        RuleDescriptor d = RuleDescriptor.builder().id("HOT-ONE-NUMBER").group(RuleGroup.HOT)
                .nameZh("政务服务便民热线归并到12345").nameEn("Service hotlines merged into 12345")
                .citation(LegalSources.RX53.cite("二", "§2", Confidence.B)).severity(Severity.WARNING)
                .subjectZh("2022 年起受理的热线工单").subjectEn("hotline tickets received from 2022")
                .failZh("{count} 件工单来自非 12345 号码（{channels}），而非紧急类热线应于 2021 年底前归并到 12345")
                .failEn("{count} ticket(s) came through numbers other than 12345 ({channels}); non-emergency hotlines were to merge into 12345 by the end of 2021")
                .remediationZh("将非紧急类政务服务热线归并到12345，实现“一号对外”、7×24小时人工服务；保留的号码作为分中心接入12345。")
                .remediationEn("Merge non-emergency hotlines into 12345 with 7x24 human service; keep other numbers only as branches of 12345.")
                .addParameters(ParameterSpec.of("mergeDeadlineYear", "2021", "年底", "end of year", true))
                .exampleZh("2023 年仍以 8890 独立受理诉求。").exampleEn("8890 still takes calls on its own in 2023.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            int year = ctx.parameter(d, "mergeDeadlineYear").intValueExact();
            List<HotlineTicket> after = r.hotlineTickets().stream().filter(t -> t.receivedOn().getYear() > year).collect(Collectors.toList());
            if (after.isEmpty()) {
                out.notApplicable("/hotlineTickets");
                return;
            }
            List<HotlineTicket> other = after.stream().filter(t -> !t.channel().equals("12345")).collect(Collectors.toList());
            if (other.isEmpty()) {
                out.pass("/hotlineTickets", out.recordSubject(), Evidence.of("tickets", after.size()));
            } else {
                out.fail("/hotlineTickets", out.recordSubject(), Evidence.of("count", other.size())
                        .and("channels", other.stream().map(HotlineTicket::channel).distinct().sorted().collect(Collectors.joining(", "))));
            }
        });
    }

    static Rule hotlineTimeliness() {
        RuleDescriptor d = RuleDescriptor.builder().id("HOT-TIMELINESS").scope(RuleScope.HOTLINE_TICKET).group(RuleGroup.HOT)
                .nameZh("热线工单在期限内办结").nameEn("Hotline tickets closed by their deadline")
                .citation(LegalSources.RX53.cite("三（接得更快、分得更准、办得更实；办理时限由地方规定）", "§3 (local handling limits)", Confidence.B))
                .severity(Severity.WARNING)
                .subjectZh("有办理期限的热线工单").subjectEn("hotline tickets with a deadline")
                .failZh("工单 {ticketId} 期限为 {due}，{state}")
                .failEn("ticket {ticketId} was due on {due} and {state}")
                .remediationZh("按平台规定的期限办结工单；确属非本级职责的，及时提出派单异议。")
                .remediationEn("Close tickets by the platform's deadline; dispute promptly any that belong to another body.")
                .exampleZh("期限 5 个工作日的工单 20 天后办结。").exampleEn("A 5-working-day ticket closes after 20 days.")
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            out.each("/hotlineTickets", r.hotlineTickets(), t -> t.dueOn().isPresent(), (i, t) -> {
                LocalDate due = t.dueOn().get();
                Timeliness state = Timeliness.of(t.closedOn(), due, ctx.asOf());
                if ((state == Timeliness.ON_TIME || state == Timeliness.PENDING) && out.passOnlyCounted()) {
                    // a stream that only counts passes: no path, subject or evidence to make for it
                    return;
                }
                SubjectRef s = SubjectRef.of(HotlineTicket.class, t.id());
                String at = path("hotlineTickets", i, "closedOn");
                switch (state) {
                    case ON_TIME -> out.pass(at, s, Evidence.of("ticketId", t.id()));
                    case LATE -> out.fail(at, s, Evidence.of("ticketId", t.id()).and("due", due)
                            .and("state", ActState.CLOSED_LATE).and("closedOn", t.closedOn().get()));
                    case OVERDUE -> out.fail(at, s, Evidence.of("ticketId", t.id()).and("due", due)
                            .and("state", ActState.STILL_OPEN).and("asOf", ctx.asOf()));
                    case PENDING -> out.pass(at, s, Evidence.of("ticketId", t.id()).and("due", due));
                }
            });
        });
    }
}

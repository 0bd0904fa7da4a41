package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.declared;
import static org.fazhi.governance.rules.RuleSupport.path;
import static org.fazhi.governance.rules.RuleSupport.villageCount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.grid.ComprehensiveGovernanceCenter;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.model.grid.GridAssignment;
import org.fazhi.governance.model.grid.GridRole;
import org.fazhi.governance.model.grid.PatrolKind;
import org.fazhi.governance.model.grid.SurveillanceCamera;

/** GRID: grid structure and size, comprehensive-governance centres, Sharp Eyes cameras, patrols. */
final class GridRules {
    private GridRules() {}

    static List<Rule> all() {
        return List.of(structure(), size(), governanceCenters(), sharpEyes(), patrols());
    }

    /**
     * 网格全域覆盖且每个网格配齐网格长 / Grids cover every village and each has its leader
     * (《地方实践（未找到全国性规定）》网格化管理地方规范（一级网格由党支部书记、二级网格由党小组组长任网格长） / Local practice (no national rule found), local grid
     * rules (branch secretary leads level 1, Party group leader level 2)).
     */
    static Rule structure() {
        RuleDescriptor d = RuleTexts.describe("GRID-STRUCTURE", RuleGroup.GRIDS, Severity.INFO,
                LegalSources.LOCAL.cite("网格化管理地方规范（一级网格由党支部书记、二级网格由党小组组长任网格长）",
                        "local grid rules (branch secretary leads level 1, Party group leader level 2)", Confidence.D));
        return Rule.of(d, (r, ctx, out) -> {
            if (!r.grids().isEmpty()) {
                Set<String> led = r.gridAssignments().stream()
                        .filter(a -> a.role() == GridRole.GRID_LEADER || a.role() == GridRole.PARTY_BRANCH_SECRETARY
                        || a.role() == GridRole.PARTY_GROUP_LEADER)
                        .map(GridAssignment::gridId).collect(Collectors.toSet());
                for (int i = 0; i < r.grids().size(); i++) {
                    Grid g = r.grids().get(i);
                    SubjectRef s = SubjectRef.of(Grid.class, g.id());
                    if (led.contains(g.id())) {
                        out.pass(path("grids", i), s, Evidence.of("gridId", g.id()).and("level", g.level()));
                    } else {
                        out.fail(path("grids", i), s,
                                Evidence.of("what", Shortfall.GRID_WITHOUT_LEADER).and("level", g.level())
                                        .and("id", g.id()));
                    }
                }
                Set<String> covered = r.grids().stream().filter(g -> g.level() == 1).flatMap(g -> g.grassrootsUnitId()
                        .stream())
                        .collect(Collectors.toSet());
                List<GrassrootsUnit> units = r.unit().grassrootsUnits();
                for (int i = 0; i < units.size(); i++) {
                    if (!covered.contains(units.get(i).id())) {
                        out.fail(path("unit/grassrootsUnits", i), SubjectRef.of(GrassrootsUnit.class, units.get(i)
                                .id()),
                                Evidence.of("what", Shortfall.VILLAGE_WITHOUT_LEVEL_ONE_GRID)
                                        .and("village", units.get(i).name()));
                    }
                }
                return;
            }
            Optional<BigDecimal> l1 = declared(r, StandardFigures.GRID_LEVEL1_COUNT);
            Optional<BigDecimal> l2 = declared(r, StandardFigures.GRID_LEVEL2_COUNT);
            if (l1.isEmpty() && l2.isEmpty()) {
                out.notApplicable("/grids");
                return;
            }
            Optional<BigDecimal> gridLeaders = declared(r, StandardFigures.GRID_STAFF_GRID_LEADER);
            if (gridLeaders.isPresent()) {
                // 网格长 named as such lead grids of any level: compare them, with the secretaries and group leaders,
                // to all grids.
                Optional<BigDecimal> all = declared(r, StandardFigures.GRID_TOTAL)
                        .or(() -> Optional.of(l1.orElse(BigDecimal.ZERO).add(l2.orElse(BigDecimal.ZERO))));
                BigDecimal leaders = gridLeaders.get().add(declared(r,
                        StandardFigures.GRID_STAFF_PARTY_BRANCH_SECRETARY).orElse(BigDecimal.ZERO))
                        .add(declared(r, StandardFigures.GRID_STAFF_PARTY_GROUP_LEADER).orElse(BigDecimal.ZERO));
                compareDeclared(out, all, Optional.of(leaders), "网格", "grids", "网格长", "grid leaders");
            } else {
                compareDeclared(out, l1, declared(r, StandardFigures.GRID_STAFF_PARTY_BRANCH_SECRETARY), "一级网格",
                        "level-1 grids", "党支部书记",
                        "Party branch secretaries");
                compareDeclared(out, l2, declared(r, StandardFigures.GRID_STAFF_PARTY_GROUP_LEADER), "二级网格",
                        "level-2 grids", "党小组组长",
                        "Party group leaders");
            }
            Optional<Integer> villages = villageCount(r);
            if (l1.isPresent() && villages.isPresent()) {
                if (l1.get().intValue() >= villages.get()) {
                    out.pass("/declaredFigures", out.recordSubject(),
                            Evidence.of("level1Grids", l1.get().toPlainString()).and("villages", villages.get())
                                    .and("source", "declared"));
                } else {
                    out.fail("/declaredFigures", out.recordSubject(),
                            Evidence.of("what", Shortfall.TOO_FEW_LEVEL_ONE_GRIDS)
                                    .and("levelOneGrids", l1.get().toPlainString()).and("villages", villages.get()));
                }
            }
        });
    }

    private static void compareDeclared(FindingCollector out, Optional<BigDecimal> grids, Optional<BigDecimal> leaders,
            String gridsZh, String gridsEn, String leadersZh, String leadersEn) {
        if (grids.isEmpty()) {
            return;
        }
        if (leaders.isEmpty()) {
            out.insufficient("/declaredFigures", out.recordSubject(), "报告声明 {grids} 个" + gridsZh + "，但未声明" + leadersZh
                    + "人数",
                    "the report declares {grids} " + gridsEn + " but not the number of " + leadersEn,
                    Evidence.of("grids", grids.get().toPlainString()));
        } else if (leaders.get().compareTo(grids.get()) >= 0) {
            out.pass("/declaredFigures", out.recordSubject(), Evidence.of("grids", grids.get().toPlainString())
                    .and("leaders", leaders.get().toPlainString())
                    .and("kind", gridsEn).and("source", "declared"));
        } else {
            out.fail("/declaredFigures", out.recordSubject(),
                    Evidence.of("what", Wording.of(gridsZh + " " + grids.get().toPlainString() + " 个，只配备" + leadersZh
                    + " " + leaders.get().toPlainString() + " 名", grids.get().toPlainString() + " " + gridsEn
                    + " but only " + leaders.get().toPlainString() + " " + leadersEn)));
        }
    }

    /**
     * 农村网格规模适度（约300户） / Rural grids of moderate size (about 300 households) (《地方实践（未找到全国性规定）》网格划分常用标准（出处未识别） / Local
     * practice (no national rule found), commonly cited grid-size guideline (source not identified)).
     */
    static Rule size() {
        RuleDescriptor d = RuleTexts.describe("GRID-SIZE", RuleGroup.GRIDS, Severity.INFO,
                LegalSources.LOCAL.cite("网格划分常用标准（出处未识别）",
                        "commonly cited grid-size guideline (source not identified)", Confidence.D),
                ParameterSpec.of("maxHouseholds", "300", "户", "households", false));
        return Rule.of(d, (r, ctx, out) -> {
            int max = ctx.parameter(d, "maxHouseholds").intValueExact();
            boolean any = out.eachApplicable(r.grids(), g -> g.households().isPresent(), (i, g) -> {
                SubjectRef s = SubjectRef.of(Grid.class, g.id());
                if (g.households().get() <= max) {
                    out.pass(path("grids", i, "households"), s, Evidence.of("gridId", g.id())
                            .and("households", g.households().get()));
                } else {
                    out.fail(path("grids", i, "households"), s, Evidence.of("gridId", g.id())
                            .and("households", g.households().get()).and("maxHouseholds", max));
                }
            });
            if (!any) {
                if (!r.grids().isEmpty() || declared(r, StandardFigures.GRID_LEVEL2_COUNT).isPresent()) {
                    out.insufficient("/grids", out.recordSubject(), "没有记录网格户数", "no grid has a household count",
                            Evidence.none());
                } else {
                    out.notApplicable("/grids");
                }
            }
        });
    }

    /**
     * 村级综治中心规范化建设全覆盖 / A standardised governance centre in every village (《地方实践（未找到全国性规定）》综治中心规范化建设（全国标准未核实） / Local
     * practice (no national rule found), standardised governance centres (no verified national standard)).
     */
    static Rule governanceCenters() {
        RuleDescriptor d = RuleTexts.describe("GRID-COMPREHENSIVE-CENTER", RuleGroup.GRIDS, Severity.WARNING,
                LegalSources.LOCAL.cite("综治中心规范化建设（全国标准未核实）",
                        "standardised governance centres (no verified national standard)", Confidence.D));
        return Rule.of(d, (r, ctx, out) -> {
            Optional<Integer> villages = villageCount(r);
            if (!r.governanceCenters().isEmpty() && !r.unit().grassrootsUnits().isEmpty()) {
                Set<String> withCentre = r.governanceCenters().stream()
                        .filter(ComprehensiveGovernanceCenter::standardised)
                        .flatMap(c -> c.grassrootsUnitId().stream()).collect(Collectors.toSet());
                List<GrassrootsUnit> units = r.unit().grassrootsUnits();
                for (int i = 0; i < units.size(); i++) {
                    SubjectRef s = SubjectRef.of(GrassrootsUnit.class, units.get(i).id());
                    if (withCentre.contains(units.get(i).id())) {
                        out.pass(path("unit/grassrootsUnits", i), s, Evidence.of("village", units.get(i).name()));
                    } else {
                        out.fail(path("unit/grassrootsUnits", i), s,
                                Evidence.of("what", Shortfall.NO_STANDARDISED_GOVERNANCE_CENTRE)
                                        .and("village", units.get(i).name()));
                    }
                }
                return;
            }
            Optional<BigDecimal> declaredCentres = declared(r, StandardFigures.SAFETY_VILLAGE_GOVERNANCE_CENTERS);
            if (declaredCentres.isEmpty() || villages.isEmpty()) {
                if (villages.isPresent() && villages.get() > 0) {
                    out.insufficient("/governanceCenters", out.recordSubject(), "没有综治中心的数据",
                            "no data on governance centres", Evidence.none());
                } else {
                    out.notApplicable("/governanceCenters");
                }
            } else if (declaredCentres.get().intValue() >= villages.get()) {
                out.pass("/declaredFigures", out.recordSubject(),
                        Evidence.of("centres", declaredCentres.get().toPlainString()).and("villages", villages.get())
                                .and("source", "declared"));
            } else {
                out.fail("/declaredFigures", out.recordSubject(),
                        Evidence.of("what", Shortfall.TOO_FEW_CENTRES)
                                .and("centres", declaredCentres.get().toPlainString()).and("villages", villages.get()));
            }
        });
    }

    /**
     * 雪亮工程：监控联网率100%、完好率不低于98% / Sharp Eyes: 100% networked, at least 98% in service
     * (《关于加强公共安全视频监控建设联网应用工作的若干意见》（发改高技〔2015〕996号）二 / Opinions on public-security video surveillance networking
     * (Sharp Eyes) (发改高技〔2015〕996号), §2).
     */
    static Rule sharpEyes() {
        RuleDescriptor d = RuleTexts.describe("GRID-XUELIANG", RuleGroup.GRIDS, Severity.INFO,
                LegalSources.VIDEO_SURVEILLANCE_OPINIONS.cite("二", "§2", Confidence.B),
                ParameterSpec.of("networkedPercent", "100", "%", "%", true),
                ParameterSpec.of("operationalPercent", "98", "%", "%", true));
        return Rule.of(d, (r, ctx, out) -> {
            List<SurveillanceCamera> cams = r.cameras();
            if (cams.isEmpty()) {
                boolean declaredAny = r.declaredFigures().stream()
                        .anyMatch(f -> f.concept().equals(StandardFigures.CAMERAS_TOTAL)
                        || StandardFigures.CAMERAS_TOTAL.sumOf().contains(f.concept().id()));
                if (declaredAny) {
                    out.insufficient("/cameras", out.recordSubject(), "报告只声明了监控数量，没有联网和完好状态",
                            "the report gives camera counts only, not their network or working state", Evidence.none());
                } else {
                    out.notApplicable("/cameras");
                }
                return;
            }
            Ratio networked = Ratio.of(cams.stream().filter(SurveillanceCamera::networked).count(), cams.size());
            Ratio working = Ratio.of(cams.stream().filter(SurveillanceCamera::operational).count(), cams.size());
            check(out, networked, ctx.parameter(d, "networkedPercent"), "联网率", "networked rate");
            check(out, working, ctx.parameter(d, "operationalPercent"), "完好率", "in-service rate");
        });
    }

    private static void check(FindingCollector out, Ratio ratio, BigDecimal target, String zh, String en) {
        if (ratio.atLeast(target)) {
            out.pass("/cameras", out.recordSubject(), Evidence.of("measure", en).and("rate", ratio.toString()));
        } else {
            out.fail("/cameras", out.recordSubject(), Evidence.of("what", Wording.of(zh, en))
                    .and("rate", ratio.toString()).and("target", target.toPlainString()));
        }
    }

    /**
     * 辖区治安巡逻每周达到承诺次数 / Security patrols every week as often as committed (《地方实践（未找到全国性规定）》乡镇自我承诺（国宝乡：一周两次） / Local
     * practice (no national rule found), the unit's own commitment (Guobao: twice a week)).
     */
    static Rule patrols() {
        RuleDescriptor d = RuleTexts.describe("GRID-PATROL", RuleGroup.GRIDS, Severity.INFO,
                LegalSources.LOCAL.cite("乡镇自我承诺（国宝乡：一周两次）",
                        "the unit's own commitment (Guobao: twice a week)", Confidence.D),
                ParameterSpec.of("perWeek", "2", "次/周", "per week", false));
        return Rule.of(d, (r, ctx, out) -> {
            int target = ctx.parameter(d, "perWeek").intValue();
            java.util.Map<LocalDate, Long> byWeek = r.patrols().stream().filter(p ->
                    p.kind() == PatrolKind.SECURITY_PATROL)
                    .collect(Collectors.groupingBy(p -> p.patrolledOn().with(java.time.DayOfWeek.MONDAY),
                    Collectors.counting()));
            if (!byWeek.isEmpty()) {
                LocalDate yearEnd = LocalDate.of(r.year(), 12, 31);
                LocalDate end = ctx.asOf().isBefore(yearEnd) ? ctx.asOf() : yearEnd;
                int weeks = 0;
                int below = 0;
                LocalDate first = null;
                for (LocalDate monday = LocalDate.of(r.year(), 1, 1)
                        .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
                        !monday.plusDays(6).isAfter(end); monday = monday.plusWeeks(1)) {
                    weeks++;
                    if (byWeek.getOrDefault(monday, 0L) < target) {
                        below++;
                        first = first == null ? monday : first;
                    }
                }
                if (weeks == 0) {
                    out.notApplicable("/patrols");
                } else if (below == 0) {
                    out.pass("/patrols", out.recordSubject(), Evidence.of("weeks", weeks).and("target", target)
                            .and("source", "computed"));
                } else {
                    out.fail("/patrols", out.recordSubject(), Evidence.of("weeksBelow", below).and("weeks", weeks)
                            .and("target", target).and("firstWeek", first));
                }
                return;
            }
            Optional<BigDecimal> declaredRate = declared(r, StandardFigures.PATROL_PER_WEEK);
            if (declaredRate.isEmpty()) {
                out.notApplicable("/patrols");
            } else if (declaredRate.get().compareTo(BigDecimal.valueOf(target)) >= 0) {
                out.pass("/declaredFigures", out.recordSubject(),
                        Evidence.of("perWeek", declaredRate.get().toPlainString()).and("source", "declared"));
            } else {
                out.insufficient("/declaredFigures", out.recordSubject(),
                        "报告声明每周巡逻 {perWeek} 次，低于承诺的 {target} 次，但没有逐周记录",
                        "the report declares {perWeek} patrols a week, below the committed {target}, but gives no "
                        + "weekly log",
                        Evidence.of("perWeek", declaredRate.get().toPlainString()).and("target", target));
            }
        });
    }
}

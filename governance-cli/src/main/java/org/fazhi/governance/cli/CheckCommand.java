package org.fazhi.governance.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.JsonLocations;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.AnnualRuleOfLawReport;
import org.fazhi.governance.report.HtmlRenderer;
import org.fazhi.governance.report.MarkdownRenderer;
import org.fazhi.governance.report.SarifRenderer;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fazhi check RECORD.json}: every rule on a record. */
@Command(mixinStandardHelpOptions = true, name = "check", description = {"检查记录是否符合全部规则。", "Checks a record against every rule."})
class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif, md, html }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    Options options;

    @Parameters(paramLabel = "RECORD.json", description = "the record / 记录文件")
    Path record;

    @Option(names = "--as-of", paramLabel = "DATE", description = "check as of this date (default: the report's signing date, else 31 Dec) / 检查日期")
    LocalDate asOf;

    @Option(names = "--format", description = "text, json, sarif, md or html (default: ${DEFAULT-VALUE}) / 输出格式", defaultValue = "text")
    Format format;

    @Option(names = "--fail-on", description = "error, warning or info (default: ${DEFAULT-VALUE}): exit 1 from this severity up / 退出码 1 的阈值",
            defaultValue = "error")
    Options.FailOn failOn;

    @Override
    public Integer call() {
        RuleOfLawRecord r = Options.record(record);
        LocalDate date = Options.asOf(asOf, r);
        RuleSet rules = GovernanceRules.all();
        CheckContext context = CheckContext.of(date);
        CheckReport check = rules.evaluate(r, context);
        var out = spec.commandLine().getOut();
        switch (format) {
            case json:
                out.println(json(check));
                break;
            case sarif:
                out.println(SarifRenderer.render(check, rules, Options.uri(record), JsonLocations.index(Options.bytes(record)), options.locale()));
                break;
            case md:
            case html:
                AnnualRuleOfLawReport report = AnnualReports.build(r, check, Indicators.sheet(r, context));
                out.print(format == Format.md ? MarkdownRenderer.render(report, options.locale()) : HtmlRenderer.render(report, options.locale()));
                break;
            default:
                out.println(check.describe(options.locale()));
        }
        out.flush();
        boolean fails = !check.isPassing(failOn.severity);
        return fails ? Fazhi.FINDINGS : Fazhi.OK;
    }

    static String json(CheckReport check) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("title", check.title());
        root.put("asOf", check.asOf().toString());
        root.put("passing", check.isPassing());
        ObjectNode counts = root.putObject("outcomes");
        check.countsByOutcome().forEach((o, n) -> counts.put(o.name(), n));
        ArrayNode list = root.putArray("findings");
        for (Finding f : check.findings()) {
            if (f.outcome() == Outcome.PASS || f.outcome() == Outcome.NOT_APPLICABLE) {
                continue;
            }
            ObjectNode o = list.addObject();
            o.put("ruleId", f.ruleId());
            o.put("severity", f.severity().name());
            o.put("outcome", f.outcome().name());
            o.put("path", f.path());
            o.put("subject", f.subject().fingerprint());
            o.put("messageZh", f.messageZh());
            o.put("messageEn", f.messageEn());
            o.put("waived", f.waiver().isPresent());
        }
        return GovernanceJson.write(root);
    }
}

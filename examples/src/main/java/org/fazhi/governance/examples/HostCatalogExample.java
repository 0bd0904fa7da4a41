package org.fazhi.governance.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.indicators.IndicatorResult;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.FigureCatalog;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;

/**
 * 自定义数字目录示例 / A province registers figure concepts of its own (its app's request counts and
 * satisfaction rate) and reads, audits and reports a subdistrict record that uses them next to standard
 * ones. The record is synthetic; it plants two impossibilities for the audit to find.
 */
public final class HostCatalogExample {
    private HostCatalogExample() {}

    /** The standard catalog extended with the province's concepts from {@code zhejiang-figures.json}. */
    public static FigureCatalog provinceCatalog() {
        return FigureCatalog.standard().extend(readConcepts("/zhejiang-figures.json"));
    }

    private static List<FigureConcept> readConcepts(String resource) {
        try (InputStream in = HostCatalogExample.class.getResourceAsStream(resource)) {
            return FigureCatalog.readConcepts(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example record, read against the province's catalog. */
    public static RuleOfLawRecord load() {
        try (InputStream in = HostCatalogExample.class.getResourceAsStream("/host-catalog-example.json")) {
            return GovernanceJson.readRecord(in.readAllBytes(), provinceCatalog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        QuietLogs.apply();
        FigureCatalog catalog = provinceCatalog();
        System.out.println("目录 / catalog: " + catalog.size() + " concepts (" + FigureCatalog.standard().size() + " standard + "
                + (catalog.size() - FigureCatalog.standard().size()) + " of the province)");
        try {
            GovernanceJson.readRecord(new String(HostCatalogExample.class.getResourceAsStream("/host-catalog-example.json").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (InvalidRecordException e) {
            System.out.println("without the province's catalog / 未登记省级目录时:\n  " + e.violations().get(0).message(Locale.CHINESE)
                    + "\n  " + e.violations().get(0).message(Locale.ENGLISH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RuleOfLawRecord record = load();
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        IndicatorSheet sheet = Indicators.sheet(record, asOf);
        System.out.println("\n声明数字 / declared figures:");
        for (IndicatorResult r : sheet.results()) {
            if (r.declared().isPresent()) {
                System.out.printf("  %-34s %-10s %s%n", r.id() + r.declared().get().channel().map(c -> " @" + c).orElse(""), r.display(), r.zh());
            }
        }
        CheckReport check = GovernanceRules.all().evaluate(record, asOf);
        System.out.println("\n审核 / audit:");
        check.failures().stream().filter(f -> f.ruleId().startsWith("FIG-"))
                .forEach(f -> System.out.println("  " + f.ruleId() + " " + f.path() + "\n    " + f.messageZh() + "\n    " + f.messageEn()));
        long fig = check.failures().stream().map(Finding::ruleId).filter(id -> id.startsWith("FIG-")).count();
        System.out.println("\n" + fig + " 个数字不可能成立 / " + fig + " figure(s) that cannot be right");
    }
}

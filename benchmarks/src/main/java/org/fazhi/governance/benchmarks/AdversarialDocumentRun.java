package org.fazhi.governance.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.HtmlRenderer;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.GovernanceRules;

/**
 * 对抗性文档 / Adversarial 10 MB documents, read, validated and checked: the scale run behind the
 * {@code Adversarial 10 MB document} line of {@code RESULTS.md}. Each shape fills one document of
 * {@value #TARGET_BYTES} bytes with one kind of attack on the cross-field checks, the violation list or the
 * rules (a 173,000-grid parent chain and a cycle as long, a duplicate id or dangling reference in every
 * element, a constraint broken in each of 266,000 elements, ten strings at the length limit, and valid
 * documents with a 177,000-grid fan-out, or with 50,000 penalty cases, 64,000 tickets or 43,000 normative
 * documents whose periods run from 1949 to 2100, the widest the dates allow). Each is timed
 * {@value #RUNS} times in one JVM: reading (parse and validation), then, for a valid document, the check of
 * every rule; indicators and the HTML report are timed apart.
 *
 * <p>{@code java -Xmx2g -cp benchmarks/target/benchmarks.jar org.fazhi.governance.benchmarks.AdversarialDocumentRun [shape…]}
 */
public final class AdversarialDocumentRun {
    static final int TARGET_BYTES = 10_000_000;
    static final int RUNS = 3;
    private static final CheckContext CONTEXT = CheckContext.of(LocalDate.of(2023, 12, 31));
    private static final String UNIT = "\"unit\":{\"name\":\"对抗乡\",\"level\":\"TOWNSHIP\",\"grassrootsUnits\":[{\"id\":\"v1\",\"name\":\"一村\","
            + "\"kind\":\"VILLAGE\"}]},\"year\":2023";

    private AdversarialDocumentRun() {}

    /** One kind of adversarial document. */
    private static final class Shape {
        final String name;
        final String head;
        final IntFunction<String> element;
        final IntFunction<String> tail;

        Shape(String name, String head, IntFunction<String> element, String tail) {
            this(name, head, element, n -> tail);
        }

        Shape(String name, String head, IntFunction<String> element, IntFunction<String> tail) {
            this.name = name;
            this.head = head;
            this.element = element;
            this.tail = tail;
        }

        /** The document: head, then elements (comma-separated) until it is about {@link #TARGET_BYTES} long, then the tail. */
        byte[] document() {
            StringBuilder sb = new StringBuilder(TARGET_BYTES + 4096).append(head);
            int bytes = utf8(head) + 200;
            int count = 0;
            for (int i = 0; bytes < TARGET_BYTES; i++) {
                String e = (i == 0 ? "" : ",") + element.apply(i);
                int n = utf8(e);
                if (bytes + n > TARGET_BYTES) {
                    break;
                }
                sb.append(e);
                bytes += n;
                count++;
            }
            return sb.append(tail.apply(count)).toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static List<Shape> shapes() {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape("grid-parent-chain", "{" + UNIT + ",\"grids\":[",
                i -> "{\"id\":\"g" + i + "\",\"name\":\"G\",\"level\":" + (i == 0 ? 1 : 2) + (i == 0 ? "" : ",\"parentId\":\"g" + (i - 1) + "\"") + "}", "]}"));
        shapes.add(new Shape("grid-cycle", "{" + UNIT + ",\"grids\":[",
                i -> "{\"id\":\"g" + i + "\",\"name\":\"G\",\"level\":2,\"parentId\":\"g" + (i + 1) + "\"}",
                n -> ",{\"id\":\"g" + n + "\",\"name\":\"G\",\"level\":2,\"parentId\":\"g0\"}]}"));
        shapes.add(new Shape("duplicate-ids", "{" + UNIT + ",\"people\":[", i -> "{\"id\":\"p\",\"name\":\"同名\"}", "]}"));
        shapes.add(new Shape("dangling-references", "{" + UNIT + ",\"gridAssignments\":[",
                i -> "{\"gridId\":\"nogrid" + i + "\",\"personId\":\"nobody" + i + "\",\"role\":\"GRID_LEADER\"}", "]}"));
        shapes.add(new Shape("constraint-in-every-element", "{" + UNIT + ",\"grids\":[",
                i -> "{\"id\":\"g" + i + "\",\"name\":\" \",\"level\":1}", "]}"));
        shapes.add(new Shape("megabyte-strings", "{" + UNIT + ",\"people\":[",
                i -> "{\"id\":\"p" + i + "\",\"name\":\"" + "x".repeat(GovernanceJson.MAX_STRING_LENGTH - 1_000) + "\"}", "]}"));
        shapes.add(new Shape("valid-grid-fan-out", "{" + UNIT + ",\"grids\":[",
                i -> i == 0 ? "{\"id\":\"hub\",\"name\":\"中心\",\"level\":1,\"grassrootsUnitId\":\"v1\"}"
                        : "{\"id\":\"s" + i + "\",\"name\":\"组\",\"level\":2,\"parentId\":\"hub\"}", "]}"));
        shapes.add(new Shape("valid-penalty-cases", "{" + UNIT + ",\"people\":[{\"id\":\"p1\",\"name\":\"甲\"},{\"id\":\"p2\",\"name\":\"乙\"}],"
                + "\"enforcementOfficers\":[{\"id\":\"o1\",\"personId\":\"p1\"},{\"id\":\"o2\",\"personId\":\"p2\"}],"
                + "\"powerList\":[{\"id\":\"pw1\",\"name\":\"处罚\",\"category\":\"PENALTY\",\"responsibleBody\":\"执法队\"}],\"enforcementCases\":[",
                i -> "{\"id\":\"c" + i + "\",\"kind\":\"PENALTY\",\"powerItemId\":\"pw1\",\"filedOn\":\"1949-01-01\",\"decidedOn\":\"2100-12-31\","
                        + "\"officers\":[{\"officerId\":\"o1\",\"certificateShown\":true},{\"officerId\":\"o2\",\"certificateShown\":true}]}", "]}"));
        shapes.add(new Shape("valid-century-long-tickets", "{" + UNIT + ",\"hotlineTickets\":[",
                i -> "{\"id\":\"t" + i + "\",\"channel\":\"12345\",\"receivedOn\":\"1949-01-01\",\"dueOn\":\"2100-12-31\",\"respondedOn\":\"2100-12-31\","
                        + "\"closedOn\":\"2100-12-31\",\"grassrootsUnitId\":\"v1\"}", "]}"));
        shapes.add(new Shape("valid-century-long-reviews", "{" + UNIT + ",\"normativeDocuments\":[",
                i -> "{\"id\":\"n" + i + "\",\"title\":\"文件\",\"majorImpactOnRights\":true,\"steps\":["
                        + "{\"step\":\"PUBLIC_CONSULTATION\",\"startedOn\":\"1949-01-01\",\"completedOn\":\"2100-12-31\"},"
                        + "{\"step\":\"LEGALITY_REVIEW\",\"startedOn\":\"1949-01-01\",\"completedOn\":\"2100-12-31\"}]}", "]}"));
        return shapes;
    }

    /**
     * Runs every shape, or the ones named.
     *
     * @param args shape names; none for all
     */
    public static void main(String[] args) {
        List<String> only = List.of(args);
        double worst = 0;
        String worstShape = "";
        for (Shape shape : shapes()) {
            if (!only.isEmpty() && !only.contains(shape.name)) {
                continue;
            }
            byte[] doc = shape.document();
            double best = Double.MAX_VALUE;
            double first = 0;
            String outcome = "";
            for (int run = 0; run < RUNS; run++) {
                long t0 = System.nanoTime();
                RuleOfLawRecord record = null;
                try {
                    record = GovernanceJson.readRecord(doc);
                } catch (InvalidRecordException e) {
                    outcome = "refused, " + e.violations().size() + " violations listed: " + e.violations().get(e.violations().size() - 1).en();
                }
                long read = System.nanoTime();
                if (record != null) {
                    CheckReport check = GovernanceRules.all().evaluate(record, CONTEXT);
                    long checked = System.nanoTime();
                    IndicatorSheet sheet = Indicators.sheet(record, CONTEXT);
                    String html = HtmlRenderer.render(AnnualReports.build(record, check, sheet), Locale.SIMPLIFIED_CHINESE);
                    long reported = System.nanoTime();
                    outcome = String.format("valid, read %.2f s, check %.2f s (%,d findings, %d rule errors); indicators + HTML report %.2f s (%,d chars)",
                            (read - t0) / 1e9, (checked - read) / 1e9, check.findings().size(), check.ruleErrors().size(),
                            (reported - checked) / 1e9, html.length());
                    read = checked;
                }
                double secs = (read - t0) / 1e9;
                first = run == 0 ? secs : first;
                best = Math.min(best, secs);
            }
            System.out.printf(Locale.ROOT, "%-28s %,11d bytes  read+validate+check: first %.2f s, best of %d %.2f s  (%s)%n",
                    shape.name, doc.length, first, RUNS, best, outcome);
            if (first > worst) {
                worst = first;
                worstShape = shape.name;
            }
        }
        System.out.printf(Locale.ROOT, "worst first run: %.2f s (%s)%n", worst, worstShape);
    }
}

package org.fazhi.governance.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.Rule;
import org.fazhi.governance.rules.RuleDescriptor;
import org.fazhi.governance.rules.RuleSet;

/**
 * SARIF 2.1.0 / Renders findings as a SARIF log so that CI tools can show them.
 *
 * <p>Each rule becomes a reporting descriptor (id, names, citation and remediation as help text,
 * default level from its severity). Each failure becomes a result of kind {@code fail} at the level of
 * its severity; each undecidable check a result of kind {@code review}; a waived failure carries a
 * suppression with the waiver's reason. Passing and not-applicable findings are left out unless asked
 * for. Locations are the record file plus the JSON Pointer as a logical location. Deterministic.
 */
public final class SarifRenderer {
    private SarifRenderer() {}

    /**
     * Renders the failures and undecidable checks.
     *
     * @param check the check report
     * @param rules the rule set that produced it
     * @param artifactUri the record file the locations point into, e.g. {@code guobao-2023.json}
     * @param locale the language of the messages
     * @return the SARIF JSON text
     */
    public static String render(CheckReport check, RuleSet rules, String artifactUri, Locale locale) {
        return render(check, rules, artifactUri, locale, false);
    }

    /**
     * Renders the findings.
     *
     * @param check the check report
     * @param rules the rule set that produced it
     * @param artifactUri the record file
     * @param locale the language
     * @param includePass whether to include passing and not-applicable findings
     * @return the SARIF JSON text
     */
    public static String render(CheckReport check, RuleSet rules, String artifactUri, Locale locale, boolean includePass) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Fazhi");
        driver.put("informationUri", "https://github.com/fazhi/fazhi/blob/main/docs/rules.md");
        driver.put("semanticVersion", "0.1.0");
        ArrayNode descriptors = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule r : rules.rules()) {
            RuleDescriptor d = r.descriptor();
            index.put(d.id(), index.size());
            ObjectNode rd = descriptors.addObject();
            rd.put("id", d.id());
            rd.put("name", d.nameEn().replaceAll("[^A-Za-z0-9]+", " ").trim().replace(' ', '-'));
            rd.putObject("shortDescription").put("text", d.name(locale));
            rd.putObject("fullDescription").put("text", d.nameZh() + " / " + d.nameEn());
            rd.putObject("help").put("text", d.citation().text(locale) + "\n" + (Text.zh(locale) ? d.remediationZh() : d.remediationEn()));
            rd.putObject("defaultConfiguration").put("level", d.severity().sarifLevel());
            ObjectNode props = rd.putObject("properties");
            props.put("group", d.group().name());
            props.put("confidence", d.citation().confidence().name());
        }
        ArrayNode results = run.putArray("results");
        for (Finding x : check.findings()) {
            boolean interesting = x.outcome() == Outcome.FAIL || x.outcome() == Outcome.INSUFFICIENT_DATA;
            if (!interesting && !includePass) {
                continue;
            }
            ObjectNode res = results.addObject();
            res.put("ruleId", x.ruleId());
            if (index.containsKey(x.ruleId())) {
                res.put("ruleIndex", index.get(x.ruleId()));
            }
            switch (x.outcome()) {
                case FAIL:
                    res.put("kind", "fail");
                    res.put("level", x.severity().sarifLevel());
                    break;
                case INSUFFICIENT_DATA:
                    res.put("kind", "review");
                    res.put("level", "note");
                    break;
                case PASS:
                    res.put("kind", "pass");
                    res.put("level", "none");
                    break;
                default:
                    res.put("kind", "notApplicable");
                    res.put("level", "none");
            }
            res.putObject("message").put("text", x.message(locale));
            ObjectNode loc = res.putArray("locations").addObject();
            loc.putObject("physicalLocation").putObject("artifactLocation").put("uri", artifactUri);
            loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", x.path().isEmpty() ? "/" : x.path()).put("kind", "object");
            ObjectNode props = res.putObject("properties");
            props.put("subject", x.subject().fingerprint());
            x.evidence().forEach(props::put);
            x.waiver().ifPresent(w -> {
                ObjectNode s = res.putArray("suppressions").addObject();
                s.put("kind", "external");
                s.put("status", "accepted");
                s.put("justification", w.reason() + " (" + w.approvedBy() + ", until " + w.expires() + ")");
            });
        }
        return GovernanceJson.write(root);
    }
}

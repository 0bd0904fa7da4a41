package org.fazhi.governance.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.JsonLocations;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.Rule;
import org.fazhi.governance.rules.RuleDescriptor;
import org.fazhi.governance.rules.RuleSet;

/**
 * SARIF 2.1.0 / Renders findings as a SARIF log that code-scanning tools accept.
 *
 * <p>Each rule becomes a reporting descriptor (id, names, citation and remediation as help text,
 * default level from its severity). Each failure becomes a result of kind {@code fail} at the level of
 * its severity; each undecidable check a result of kind {@code review}; passing and not-applicable
 * findings ({@code pass}, {@code notApplicable}) only when asked for. As SARIF §3.27.10 requires, every
 * result whose kind is not {@code fail} has level {@code none}. A waived failure carries a suppression
 * with the waiver's reason.
 *
 * <p>Every result is placed in the record file: its artifact location is the file's URI relative to the
 * base id {@value #SRCROOT} (declared in {@code originalUriBaseIds}), and its region is the line and
 * column of the value its JSON Pointer names, taken from a {@link JsonLocations} index of the same bytes
 * (a pointer to an absent value is placed at its nearest present ancestor). The JSON Pointer is also
 * given as a logical location.
 *
 * <p>Each result has a fingerprint ({@code fingerprints["fazhi/v1"]}) that stays the same from run to
 * run while the rule and the subject stay the same: the SHA-256 of the rule id and the subject's
 * fingerprint, with the JSON Pointer (and then an ordinal) added only where a rule reports one subject
 * more than once. The rule's evidence is kept apart, under {@code properties.evidence}, so it can never
 * replace the subject. Deterministic.
 */
public final class SarifRenderer {
    /** The base id that artifact URIs are relative to: the folder the record's path starts from. */
    public static final String SRCROOT = "SRCROOT";
    /** The key of the fingerprint in each result's {@code fingerprints}. */
    public static final String FINGERPRINT = "fazhi/v1";
    /** The schema URI written as {@code $schema}: the OASIS SARIF 2.1.0 schema (errata 01). */
    public static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private SarifRenderer() {}

    /**
     * Renders the failures and undecidable checks.
     *
     * @param check the check report
     * @param rules the rule set that produced it
     * @param artifactUri the record file's path relative to {@value #SRCROOT}, with {@code /} separators,
     *     e.g. {@code examples/src/main/resources/guobao-2023.json}
     * @param locations the index of the record file's bytes ({@link JsonLocations#index(byte[])})
     * @param locale the language of the messages
     * @return the SARIF JSON text
     * @throws IllegalArgumentException if {@code artifactUri} is absolute or not a path
     */
    public static String render(CheckReport check, RuleSet rules, String artifactUri, JsonLocations locations, Locale locale) {
        return render(check, rules, artifactUri, locations, locale, false);
    }

    /**
     * Renders the findings.
     *
     * @param check the check report
     * @param rules the rule set that produced it
     * @param artifactUri the record file's path relative to {@value #SRCROOT}
     * @param locations the index of the record file's bytes
     * @param locale the language
     * @param includePass whether to include passing and not-applicable findings
     * @return the SARIF JSON text
     * @throws IllegalArgumentException if {@code artifactUri} is absolute or not a path
     */
    public static String render(CheckReport check, RuleSet rules, String artifactUri, JsonLocations locations, Locale locale, boolean includePass) {
        String uri = relativeUri(artifactUri);
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", SCHEMA_URI);
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
            rd.putObject("help").put("text", d.citation().text(locale) + "\n" + (Bilingual.isChinese(locale) ? d.remediationZh() : d.remediationEn()));
            rd.putObject("defaultConfiguration").put("level", d.severity().sarifLevel());
            ObjectNode props = rd.putObject("properties");
            props.put("group", d.group().code());
            props.put("confidence", d.citation().confidence().name());
        }
        ObjectNode base = run.putObject("originalUriBaseIds").putObject(SRCROOT);
        base.putObject("description").put("text", Text.pick(locale, "记录文件路径的起点（通常是代码仓库的根目录）",
                "Where the record file's path starts (usually the root of the repository)"));
        ObjectNode artifact = run.putArray("artifacts").addObject();
        artifact.putObject("location").put("uri", uri).put("uriBaseId", SRCROOT);
        artifact.put("mimeType", "application/json");
        artifact.put("encoding", "UTF-8");
        artifact.put("sourceLanguage", "json");
        run.put("columnKind", "utf16CodeUnits");

        List<Finding> shown = new ArrayList<>();
        for (Finding x : check.findings()) {
            boolean interesting = x.outcome() == Outcome.FAIL || x.outcome() == Outcome.INSUFFICIENT_DATA;
            if (interesting || includePass) {
                shown.add(x);
            }
        }
        List<String> fingerprints = fingerprints(shown);
        ArrayNode results = run.putArray("results");
        for (int n = 0; n < shown.size(); n++) {
            Finding x = shown.get(n);
            ObjectNode res = results.addObject();
            res.put("ruleId", x.ruleId());
            if (index.containsKey(x.ruleId())) {
                res.put("ruleIndex", index.get(x.ruleId()));
            }
            res.put("kind", kind(x.outcome()));
            res.put("level", x.outcome() == Outcome.FAIL ? x.severity().sarifLevel() : "none");
            res.putObject("message").put("text", x.message(locale));
            ObjectNode loc = res.putArray("locations").addObject();
            ObjectNode physical = loc.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri).put("uriBaseId", SRCROOT).put("index", 0);
            JsonLocations.Span span = locations.find(x.path());
            physical.putObject("region").put("startLine", span.startLine()).put("startColumn", span.startColumn())
                    .put("endLine", span.endLine()).put("endColumn", span.endColumn());
            loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", x.path().isEmpty() ? "/" : x.path()).put("kind", "object");
            res.putObject("fingerprints").put(FINGERPRINT, fingerprints.get(n));
            ObjectNode props = res.putObject("properties");
            props.put("subject", x.subject().fingerprint());
            if (!x.evidence().isEmpty()) {
                ObjectNode evidence = props.putObject("evidence");
                x.evidence().forEach(evidence::put);
            }
            x.waiver().ifPresent(w -> {
                ObjectNode s = res.putArray("suppressions").addObject();
                s.put("kind", "external");
                s.put("status", "accepted");
                s.put("justification", w.reason() + " (" + w.approvedBy() + ", until " + w.expires() + ")");
            });
        }
        return GovernanceJson.write(root);
    }

    private static String kind(Outcome outcome) {
        switch (outcome) {
            case FAIL:
                return "fail";
            case INSUFFICIENT_DATA:
                return "review";
            case PASS:
                return "pass";
            default:
                return "notApplicable";
        }
    }

    /**
     * One fingerprint per finding: rule and subject; the path too where that pair repeats; then an
     * ordinal where even rule, subject and path repeat.
     */
    static List<String> fingerprints(List<Finding> findings) {
        Map<String, Integer> bySubject = new HashMap<>();
        findings.forEach(x -> bySubject.merge(x.ruleId() + "\u0000" + x.subject().fingerprint(), 1, Integer::sum));
        List<String> keys = new ArrayList<>();
        for (Finding x : findings) {
            String k = x.ruleId() + "\u0000" + x.subject().fingerprint();
            keys.add(bySubject.get(k) > 1 ? k + "\u0000" + x.path() : k);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            int nth = seen.merge(k, 1, Integer::sum);
            out.add(sha256(nth == 1 ? k : k + "\u0000#" + nth));
        }
        return out;
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(64);
            for (byte b : d) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The path as a relative URI reference: forward slashes, percent-encoded, no scheme, no leading slash. */
    static String relativeUri(String path) {
        String p = path.replace('\\', '/');
        if (p.isBlank() || p.startsWith("/") || p.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw new IllegalArgumentException("artifact URI '" + path + "' must be a path relative to " + SRCROOT + ", e.g. data/guobao-2023.json"
                    + " / 记录文件路径“" + path + "”须为相对于 " + SRCROOT + " 的相对路径，例如 data/guobao-2023.json");
        }
        try {
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("artifact URI '" + path + "' is not a path / 记录文件路径“" + path + "”无效", e);
        }
    }
}

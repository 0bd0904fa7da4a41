package org.fazhi.governance.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 规则文字 / The words of the library's own rules, kept in one reviewed resource, {@code rule-texts.json} beside
 * this type: for each rule id its name, subject, failure template, remediation and example, in Chinese and in
 * English. The logic, the legal citation, the scope and the parameters of a rule stay in its code, as the
 * arguments of {@link #describe}.
 *
 * <p>The resource is read once, when the class loads; a missing resource or a malformed entry (an unknown or
 * missing field, a blank text, a duplicate id) stops the class from loading with a message that names the rule
 * id and the field. Host rules do not use this type: they build their descriptor with
 * {@link RuleDescriptor#builder()}.
 */
final class RuleTexts {
    /** The resource, beside this type. */
    static final String RESOURCE = "rule-texts.json";

    /** The fields of an entry, in the order they are written. */
    static final List<String> FIELDS = List.of("nameZh", "nameEn", "subjectZh", "subjectEn", "failZh", "failEn",
            "remediationZh", "remediationEn", "exampleZh", "exampleEn");

    private static final Map<String, Map<String, String>> TEXTS = load(RESOURCE);

    private RuleTexts() {}

    /**
     * The descriptor of a standard rule that judges the whole record, its texts filled in from the resource.
     *
     * @param id the rule id, which must have an entry in the resource
     * @param group the group
     * @param severity the severity of a failure
     * @param citation the legal citation
     * @param parameters the rule's parameters with their defaults, if it has any
     * @return the descriptor
     * @throws IllegalArgumentException if the resource has no entry for the id
     */
    static RuleDescriptor describe(String id, RuleGroup group, Severity severity, LegalCitation citation,
            ParameterSpec... parameters) {
        return describe(id, group, RuleScope.RECORD, severity, citation, parameters);
    }

    /**
     * The descriptor of a standard rule with a scope, its texts filled in from the resource.
     *
     * @param id the rule id, which must have an entry in the resource
     * @param group the group
     * @param scope what the rule judges on its own, e.g. {@link RuleScope#ENFORCEMENT_CASE}
     * @param severity the severity of a failure
     * @param citation the legal citation
     * @param parameters the rule's parameters with their defaults, if it has any
     * @return the descriptor
     * @throws IllegalArgumentException if the resource has no entry for the id
     */
    static RuleDescriptor describe(String id, RuleGroup group, RuleScope scope, Severity severity,
            LegalCitation citation, ParameterSpec... parameters) {
        Map<String, String> t = TEXTS.get(id);
        if (t == null) {
            throw new IllegalArgumentException(RESOURCE + " has no entry for rule " + id
                    + " / 规则 " + id + " 缺少文字");
        }
        return RuleDescriptor.builder().id(id).group(group).scope(scope).severity(severity).citation(citation)
                .nameZh(t.get("nameZh")).nameEn(t.get("nameEn"))
                .subjectZh(t.get("subjectZh")).subjectEn(t.get("subjectEn"))
                .failZh(t.get("failZh")).failEn(t.get("failEn"))
                .remediationZh(t.get("remediationZh")).remediationEn(t.get("remediationEn"))
                .exampleZh(t.get("exampleZh")).exampleEn(t.get("exampleEn"))
                .addParameters(parameters)
                .build();
    }

    /** The rule ids that have an entry, in the order of the resource. */
    static Set<String> ids() {
        return TEXTS.keySet();
    }

    /**
     * Reads and checks a resource beside this type.
     *
     * @param resource the resource name
     * @return the entries by rule id, each a map of {@link #FIELDS} to non-blank texts
     * @throws IllegalStateException if the resource is missing or malformed
     */
    static Map<String, Map<String, String>> load(String resource) {
        try (InputStream in = RuleTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing beside " + RuleTexts.class.getName()
                        + " / 缺少规则文字资源 " + resource);
            }
            return read(resource, in);
        } catch (IOException e) {
            throw new IllegalStateException(resource + " cannot be read / 规则文字资源无法读取: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks the entries of a resource.
     *
     * @param resource the resource name, for messages
     * @param in its content, UTF-8 JSON
     * @return the entries by rule id, in the order of the resource
     * @throws IOException if it is not JSON or names a rule id twice
     * @throws IllegalStateException naming the rule id and field of the first malformed entry
     */
    static Map<String, Map<String, String>> read(String resource, InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return parse(resource, json.readTree(in));
    }

    private static Map<String, Map<String, String>> parse(String resource, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalStateException(resource + " must be a JSON object keyed by rule id"
                    + " / 规则文字资源应为以规则编号为键的对象");
        }
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            JsonNode entry = e.getValue();
            if (!entry.isObject()) {
                throw malformed(resource, id, "", "is not an object", "不是对象");
            }
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    throw malformed(resource, id, name, "is not a field of a rule's texts " + FIELDS,
                            "不是规则文字的字段");
                }
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String name : FIELDS) {
                JsonNode v = entry.get(name);
                if (v == null) {
                    throw malformed(resource, id, name, "is missing", "缺失");
                }
                if (!v.isTextual() || v.asText().isBlank()) {
                    throw malformed(resource, id, name, "must be a text that is not blank", "应为非空文字");
                }
                fields.put(name, v.asText());
            }
            texts.put(id, Map.copyOf(fields));
        }
        return Collections.unmodifiableMap(texts);
    }

    private static IllegalStateException malformed(String resource, String id, String field, String en, String zh) {
        String where = field.isEmpty() ? "" : " field " + field;
        String whereZh = field.isEmpty() ? "" : "的 " + field + " ";
        return new IllegalStateException(resource + ": rule " + id + where + " " + en + " / " + resource + "：规则 "
                + id + " " + whereZh + zh);
    }
}

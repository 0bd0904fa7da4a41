package org.fazhi.governance.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.lang.reflect.Method;
import java.util.Optional;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;

/**
 * JSON Schema / The JSON Schema (draft 2020-12) of the record, generated from the model types and their
 * Jakarta constraints with victools jsonschema-generator.
 *
 * <p>The model's attributes are its Immutables accessors; an attribute is required when the generated
 * implementation marks it {@code @JsonProperty(required = true)}. Identifier types are strings. The
 * schema describes structure and single-field constraints; cross-field invariants (dates in order,
 * references) are checked by the library itself.
 *
 * <p>Every type and property carries its meaning in Chinese and English (from
 * {@code record-properties.properties}, kept complete by a test); an attribute with a default
 * ({@code @Value.Default}) states it as {@code default}, and a list or set that may be left out defaults
 * to {@code []}. Enumerations list each code with its Chinese and English name. Every {@code pattern} is
 * anchored ({@code ^…$}), since Bean Validation matches a whole value while JSON Schema searches.
 */
public final class RecordSchema {
    private RecordSchema() {}

    /** The schema of {@link RuleOfLawRecord}, as indented JSON. */
    public static String generate() {
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.FLATTENED_ENUMS)
                .without(Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.PUBLIC_NONSTATIC_FIELDS)
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
        b.forFields().withIgnoreCheck(f -> true);
        b.forMethods().withIgnoreCheck(m -> !m.getArgumentTypes().isEmpty() || m.getRawMember().getAnnotation(JsonProperty.class) == null
                && implementationMethod(m.getDeclaringType().getErasedType(), m.getName()).map(x -> x.getAnnotation(JsonProperty.class) == null)
                        .orElse(true));
        b.forMethods().withRequiredCheck(m -> implementationMethod(m.getDeclaringType().getErasedType(), m.getName())
                .map(x -> x.getAnnotation(JsonProperty.class)).map(JsonProperty::required).orElse(false));
        b.forMethods().withPropertyNameOverrideResolver(m -> Optional.ofNullable(m.getRawMember().getAnnotation(JsonProperty.class))
                .map(JsonProperty::value).filter(v -> !v.isEmpty()).orElse(m.getDeclaredName().replace("()", "")));
        b.forMethods().withDescriptionResolver(m -> m.isFakeContainerItemScope() ? null
                : MEANINGS.getProperty(m.getDeclaringType().getErasedType().getSimpleName() + "." + jsonName(m.getRawMember())));
        b.forMethods().withDefaultResolver(m -> m.isFakeContainerItemScope() ? null : defaultOf(m.getRawMember()));
        b.forTypesInGeneral().withDescriptionResolver(scope -> typeDescription(scope.getType().getErasedType()));
        b.forTypesInGeneral().withTypeAttributeOverride((node, scope, ctx) -> {
            Class<?> t = scope.getType().getErasedType();
            if (t.getPackageName().equals("org.fazhi.governance.model") && (t.getSimpleName().endsWith("Code") || t.getSimpleName().endsWith("Number"))) {
                node.removeAll();
                node.put("type", "string");
                node.put("description", typeDescription(t));
            }
        });
        b.forTypesInGeneral().withCustomDefinitionProvider((type, ctx) -> {
            Class<?> t = type.getErasedType();
            if (t == java.time.LocalDate.class) {
                ObjectNode n = ctx.getGeneratorConfig().createObjectNode();
                n.put("type", "string");
                n.put("format", "date");
                return new com.github.victools.jsonschema.generator.CustomDefinition(n);
            }
            if (t == org.fazhi.governance.model.figure.FigureConcept.class) {
                // A concept is written as its id; the reader checks it against the figure catalog.
                ObjectNode n = ctx.getGeneratorConfig().createObjectNode();
                n.put("type", "string");
                n.put("pattern", "^[a-z][A-Za-z0-9]*(\\.[a-z0-9][A-Za-z0-9]*){1,4}$");
                n.put("description", "数字目录中的概念编号 / the id of a figure-catalog concept, e.g. hotline.ticketsHandled");
                return new com.github.victools.jsonschema.generator.CustomDefinition(n);
            }
            if (t == Optional.class) {
                return new com.github.victools.jsonschema.generator.CustomDefinition(
                        ctx.createDefinitionReference(type.getTypeParameters().get(0)), com.github.victools.jsonschema.generator.CustomDefinition.DefinitionType.INLINE,
                        com.github.victools.jsonschema.generator.CustomDefinition.AttributeInclusion.NO);
            }
            return null;
        });
        ObjectNode schema = new SchemaGenerator(b.build()).generateSchema(RuleOfLawRecord.class);
        schema.put("title", "法治政府建设记录 / Rule-of-law government record (Fazhi)");
        stripParentheses(schema);
        anchorPatterns(schema);
        return GovernanceJson.write(schema);
    }

    /** Meanings of the model's types and properties: {@code Type} and {@code Type.property}, "中文 / English". */
    private static final java.util.Properties MEANINGS = meanings();

    private static java.util.Properties meanings() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader in = new java.io.InputStreamReader(RecordSchema.class.getResourceAsStream("record-properties.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The meaning of a record property in Chinese and English, e.g. {@code 结案日期 / Date closed.}.
     *
     * @param type the model type's simple name, e.g. {@code EnforcementCase}
     * @param property the JSON property name, e.g. {@code closedOn}
     * @return the meaning, or empty if the model has no such property
     */
    static Optional<String> meaning(String type, String property) {
        return Optional.ofNullable(MEANINGS.getProperty(type + "." + property));
    }

    private static String jsonName(Method m) {
        return Optional.ofNullable(m.getAnnotation(JsonProperty.class)).map(JsonProperty::value).filter(v -> !v.isEmpty()).orElse(m.getName());
    }

    private static String typeDescription(Class<?> t) {
        String text = MEANINGS.getProperty(t.getSimpleName());
        if (text == null) {
            return null;
        }
        if (t.isEnum() && org.fazhi.governance.model.base.Bilingual.class.isAssignableFrom(t)) {
            StringBuilder sb = new StringBuilder(text).append(" 取值 / values: ");
            Object[] constants = t.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                org.fazhi.governance.model.base.Bilingual c = (org.fazhi.governance.model.base.Bilingual) constants[i];
                sb.append(i == 0 ? "" : "; ").append(((Enum<?>) constants[i]).name()).append(" = ").append(c.zh()).append(" / ").append(c.en());
            }
            return sb.append('.').toString();
        }
        return text;
    }

    /**
     * The default of an attribute: the value of its {@code @Value.Default} method, invoked on a stand-in with
     * no attributes (a default that reads other attributes has none to state), or {@code []} for a list or set.
     */
    private static Object defaultOf(Method m) {
        if (m.isDefault()) {
            Class<?> type = m.getDeclaringClass();
            Object standIn = java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                throw new IllegalStateException("a default reads " + method.getName());
            });
            try {
                Object value = java.lang.invoke.MethodHandles.privateLookupIn(type, java.lang.invoke.MethodHandles.lookup())
                        .unreflectSpecial(m, type).bindTo(standIn).invoke();
                return value == null ? null : GovernanceJson.newMapper().valueToTree(value);
            } catch (Throwable e) {
                return null;
            }
        }
        if (java.util.Collection.class.isAssignableFrom(m.getReturnType())) {
            return GovernanceJson.newMapper().createArrayNode();
        }
        return null;
    }

    /** JSON Schema searches a pattern anywhere in the value; Bean Validation matches the whole value. */
    private static void anchorPatterns(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode o = (ObjectNode) node;
            com.fasterxml.jackson.databind.JsonNode pattern = o.get("pattern");
            if (pattern != null && pattern.isTextual()) {
                String p = pattern.asText();
                o.put("pattern", p.startsWith("^") && p.endsWith("$") ? p : "^(?:" + p + ")$");
            }
            o.forEach(RecordSchema::anchorPatterns);
        } else if (node != null && node.isArray()) {
            node.forEach(RecordSchema::anchorPatterns);
        }
    }

    /** Property names are the accessor names without "()", as Jackson writes them. */
    private static void stripParentheses(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode o = (ObjectNode) node;
            com.fasterxml.jackson.databind.JsonNode props = o.get("properties");
            if (props instanceof ObjectNode) {
                ObjectNode renamed = o.objectNode();
                props.fields().forEachRemaining(e -> renamed.set(e.getKey().replace("()", ""), e.getValue()));
                o.set("properties", renamed);
            }
            com.fasterxml.jackson.databind.JsonNode required = o.get("required");
            if (required instanceof com.fasterxml.jackson.databind.node.ArrayNode) {
                com.fasterxml.jackson.databind.node.ArrayNode r = o.arrayNode();
                required.forEach(x -> r.add(x.asText().replace("()", "")));
                o.set("required", r);
            }
            o.forEach(RecordSchema::stripParentheses);
        } else if (node != null && node.isArray()) {
            node.forEach(RecordSchema::stripParentheses);
        }
    }

    /** The generated implementation's accessor, which carries Jackson's view of the attribute. */
    private static Optional<Method> implementationMethod(Class<?> declaring, String name) {
        try {
            Class<?> impl = Class.forName(declaring.getPackageName() + ".Immutable" + declaring.getSimpleName());
            return Optional.of(impl.getDeclaredMethod(name));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}

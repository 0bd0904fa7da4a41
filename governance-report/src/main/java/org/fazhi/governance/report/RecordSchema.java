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
        b.forTypesInGeneral().withTypeAttributeOverride((node, scope, ctx) -> {
            Class<?> t = scope.getType().getErasedType();
            if (t.getPackageName().equals("org.fazhi.governance.model") && (t.getSimpleName().endsWith("Code") || t.getSimpleName().endsWith("Number"))) {
                node.removeAll();
                node.put("type", "string");
                node.put("description", t.getSimpleName());
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
        return GovernanceJson.write(schema);
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

package org.fazhi.governance.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.base.PersonalData;

/**
 * 证据 / The named values that decided a finding, in the order they were given: an immutable value built
 * with {@link #of} and {@link #and}, e.g. {@code Evidence.of("caseId", c.id()).and("officers", 1)}.
 *
 * <p>A value is recorded as its string form ({@link String#valueOf}), masked when it looks like a
 * resident identity number or a phone number ({@link PersonalData#mask(String)}). A {@link Bilingual} enum
 * value is a choice of wording (a rule's enum of problems, a model enum such as a case kind): the Chinese
 * message template is filled with its Chinese text, the English one with its English text, and the evidence
 * records only the constant's name, a stable code, never the English sentence; its own {@code {placeholders}}
 * are filled from the other values.
 *
 * <p>Names must be non-empty Java identifiers and distinct; the {@linkplain #RESERVED reserved names},
 * which renderers write beside the evidence, are refused.
 */
public final class Evidence {
    /**
     * 保留名称 / Names a finding's evidence may not use: renderers write them beside the evidence
     * ({@code subject} is the subject's fingerprint, {@code figure} the audited figure of a text review).
     */
    public static final Set<String> RESERVED = Set.of("subject", "figure");

    private static final Evidence NONE = new Evidence(Map.of());
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** Values by name, in order: a String or a Bilingual. */
    private final Map<String, Object> values;

    private Evidence(Map<String, Object> values) {
        this.values = values;
    }

    /** No evidence. */
    public static Evidence none() {
        return NONE;
    }

    /**
     * Evidence of one value.
     *
     * @param name the name a message template uses in braces, e.g. {@code caseId}
     * @param value the value; a {@link Bilingual} enum is a choice of wording, anything else is recorded as a string
     * @return the evidence
     * @throws IllegalArgumentException if the name is not an identifier or is {@linkplain #RESERVED reserved}, or
     *     the value is a {@link Bilingual} that is not an enum constant
     */
    public static Evidence of(String name, Object value) {
        return NONE.and(name, value);
    }

    /**
     * This evidence and one more value.
     *
     * @param name a name not given yet
     * @param value the value; a {@link Bilingual} enum is a choice of wording, anything else is recorded as a string
     * @return the larger evidence; this one is unchanged
     * @throws IllegalArgumentException if the name is not an identifier, is {@linkplain #RESERVED reserved}
     *     or was given already, or the value is a {@link Bilingual} that is not an enum constant
     */
    public Evidence and(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("证据名称“" + name + "”应为字母开头的标识符 / evidence name '" + name
                    + "' must be an identifier starting with a letter");
        }
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("证据名称“" + name + "”为保留名称（" + String.join("、", RESERVED)
                    + "），报告在证据旁写入同名字段，请另取名称 / evidence name '" + name + "' is reserved (" + String.join(", ", RESERVED)
                    + "): renderers write a field of that name beside the evidence; choose another name");
        }
        if (values.containsKey(name)) {
            throw new IllegalArgumentException("证据名称“" + name + "”重复 / evidence name '" + name + "' is given twice");
        }
        if (value instanceof Bilingual && !(value instanceof Enum) && !(value instanceof Wording)) {
            throw new IllegalArgumentException("证据“" + name + "”的双语值应为枚举常量（措辞选项），否则请给出字符串 / evidence '"
                    + name + "': a Bilingual value must be an enum constant (a choice of wording); give anything else"
                    + " as a string");
        }
        Map<String, Object> more = new LinkedHashMap<>(values);
        more.put(name, value instanceof Bilingual ? value : String.valueOf(value));
        return new Evidence(Collections.unmodifiableMap(more));
    }

    /**
     * This evidence and all of another's, in order.
     *
     * @param more evidence whose names are not given yet
     * @return the larger evidence; this one is unchanged
     * @throws IllegalArgumentException if a name is given in both
     */
    public Evidence and(Evidence more) {
        Evidence all = this;
        for (Map.Entry<String, Object> e : more.values.entrySet()) {
            all = all.and(e.getKey(), e.getValue());
        }
        return all;
    }

    /** The names, in order. */
    public Set<String> names() {
        return values.keySet();
    }

    /**
     * The evidence as a finding records it: each value as a string, masked; a wording enum as its constant's
     * name (its stable code); a wording worked out while checking as its language-neutral record, if it has one
     * (pure message text fills the messages only).
     *
     * @return names to values, in order
     */
    Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof Enum) {
                map.put(k, ((Enum<?>) v).name());
            } else if (v instanceof String) {
                map.put(k, PersonalData.mask((String) v));
            } else if (v instanceof Wording) {
                ((Wording) v).recorded().ifPresent(code -> map.put(k, PersonalData.mask(code)));
            }
        });
        return map;
    }

    /**
     * Fills a message template's {@code {name}} placeholders: a {@link Bilingual} value with its text in the
     * language, its own placeholders then filled as well; other values with their string form. Placeholders
     * of names not given stay as they are.
     *
     * @param template the template
     * @param locale the template's language
     * @return the message
     */
    String fill(String template, Locale locale) {
        String out = template;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof Bilingual) {
                out = out.replace("{" + e.getKey() + "}", ((Bilingual) e.getValue()).label(locale));
            }
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof String) {
                out = out.replace("{" + e.getKey() + "}", PersonalData.mask((String) e.getValue()));
            }
        }
        return out;
    }

    /**
     * The {@code {name}} placeholders of a message template, in order of appearance.
     *
     * @param template the template
     * @return the names
     */
    static List<String> placeholders(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Override
    public boolean equals(Object o) {
        // the order is part of the value
        return o instanceof Evidence && List.copyOf(((Evidence) o).values.entrySet())
                .equals(List.copyOf(values.entrySet()));
    }

    @Override
    public int hashCode() {
        return List.copyOf(values.entrySet()).hashCode();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}

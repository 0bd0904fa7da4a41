package org.fazhi.governance.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;

/**
 * Puts a JSON Pointer into a record in words for the Chinese report: {@code /enforcementCases/3/officers}
 * becomes 执法案件 › 第 4 项 › 出场执法人员, and a declared figure is named by its concept
 * ({@code /declaredFigures/13} → 报告中声明的数字 › 第 14 项（满意率）). The names are the properties'
 * meanings from the record schema.
 */
final class RecordPaths {
    private RecordPaths() {}

    static String describeZh(String pointer, RuleOfLawRecord record) {
        if (pointer.isEmpty() || pointer.equals("/")) {
            return "整份记录";
        }
        List<String> words = new ArrayList<>();
        Class<?> type = RuleOfLawRecord.class;
        Object value = record;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (segment.matches("[0-9]+")) {
                int index = Integer.parseInt(segment);
                value = value instanceof List && index < ((List<?>) value).size() ? ((List<?>) value).get(index) : null;
                words.add("第 " + (index + 1) + " 项" + (value instanceof DeclaredFigure ? "（" + ((DeclaredFigure) value).concept().zh() + "）" : ""));
                continue;
            }
            Optional<Method> accessor = accessor(type, segment);
            String name = type == null ? null : RecordSchema.meaning(type.getSimpleName(), segment).map(RecordPaths::zhPart).orElse(null);
            words.add(name == null ? "“" + segment + "”" : name);
            if (accessor.isEmpty()) {
                type = null;
                value = null;
                continue;
            }
            type = elementType(accessor.get().getGenericReturnType());
            value = value == null ? null : invoke(accessor.get(), value);
        }
        return String.join(" › ", words);
    }

    private static String zhPart(String meaning) {
        int slash = meaning.indexOf(" / ");
        return (slash < 0 ? meaning : meaning.substring(0, slash)).trim();
    }

    private static Optional<Method> accessor(Class<?> type, String jsonName) {
        if (type == null) {
            return Optional.empty();
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0) {
                JsonProperty p = m.getAnnotation(JsonProperty.class);
                String name = p != null && !p.value().isEmpty() ? p.value() : m.getName();
                if (name.equals(jsonName)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** The type a path goes on into: the element of a list, set or optional; the type itself otherwise. */
    private static Class<?> elementType(Type t) {
        if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw) || raw == Optional.class) {
                return elementType(p.getActualTypeArguments()[0]);
            }
            return raw;
        }
        return t instanceof Class ? (Class<?>) t : null;
    }

    private static Object invoke(Method m, Object target) {
        try {
            Object v = m.invoke(target);
            return v instanceof Optional ? ((Optional<?>) v).orElse(null) : v;
        } catch (IllegalAccessException | InvocationTargetException | IllegalArgumentException e) {
            return null;
        }
    }
}

package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.base.InvalidRecordException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.fazhi.governance.model.internal.ConsistencyValidator;
import org.fazhi.governance.model.internal.SelfChecking;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * 模型校验器 / Validates model values against their constraints and invariants, in Chinese and
 * English at once.
 *
 * <p>Bootstrapping Bean Validation is expensive, so the validator is built once per JVM and shared:
 * {@link #shared()} is thread-safe. Every violation names the JSON path of its field. At most
 * {@value #MAX_VIOLATIONS} violations are listed, the first in document order; one more, at the root with the
 * code {@code validation.truncated}, then says how many were left out, so that a document broken in every
 * one of its 100,000 elements is reported as fast as one broken once.
 */
public final class RecordValidator {
    /** 最多列出的错误数 / Most violations listed; the rest are counted. */
    public static final int MAX_VIOLATIONS = 1_000;
    /** Message key of the violation that carries the count of the inconsistencies one value did not list. */
    static final String OMITTED_KEY = ConsistencyValidator.OMITTED_KEY;

    private static final class Holder {
        static final RecordValidator INSTANCE = new RecordValidator();
    }

    private final ValidatorFactory zhFactory;
    private final ValidatorFactory enFactory;
    private final Validator zh;
    private final Validator en;
    private final FastValidator fast;

    private RecordValidator() {
        this.zhFactory = factory(Locale.SIMPLIFIED_CHINESE);
        this.enFactory = factory(Locale.ENGLISH);
        this.zh = zhFactory.getValidator();
        this.en = enFactory.getValidator();
        this.fast = new FastValidator(enFactory);
    }

    private static ValidatorFactory factory(Locale locale) {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .getterPropertySelectionStrategy(new AccessorPropertyStrategy())
                .defaultLocale(locale)
                .buildValidatorFactory();
    }

    /** The validator of this JVM, built on first use. */
    public static RecordValidator shared() {
        return Holder.INSTANCE;
    }

    /**
     * Every violation of the value's constraints and invariants, in document order of their paths: the first
     * {@value #MAX_VIOLATIONS}, then, if there were more, one {@code validation.truncated} violation at the
     * root that counts the rest.
     *
     * @param value any model value, not null
     * @return the violations, empty when the value is valid
     */
    public List<Violation> validate(Object value) {
        Objects.requireNonNull(value, "value");
        List<Keyed> english = sorted(en.validate(value));
        if (english.isEmpty()) {
            return List.of();
        }
        List<Keyed> chinese = sorted(zh.validate(value));
        List<Violation> out = new ArrayList<>(Math.min(english.size(), MAX_VIOLATIONS + 1));
        long omitted = 0;
        for (int i = 0; i < english.size(); i++) {
            Keyed e = english.get(i);
            if (e.code.equals(OMITTED_KEY)) {
                HibernateConstraintViolation<?> carrier = e.violation.unwrap(HibernateConstraintViolation.class);
                omitted += carrier.getDynamicPayload(Long.class);
            } else if (out.size() < MAX_VIOLATIONS) {
                String zhMessage = i < chinese.size() ? chinese.get(i).violation.getMessage() : e.violation.getMessage();
                out.add(Violation.of(e.path, e.code, zhMessage, e.violation.getMessage()));
            } else {
                omitted++;
            }
        }
        if (omitted > 0) {
            out.add(Violation.of("", "validation.truncated",
                    "另有 " + omitted + " 处错误未列出（只列出文档中的前 " + MAX_VIOLATIONS + " 处）",
                    omitted + " more violation(s) not listed (only the first " + MAX_VIOLATIONS + " in document order are)"));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the value if it is valid, or throws with every violation.
     *
     * @param value any model value, not null
     * @param <T> its type
     * @return the same value
     * @throws InvalidRecordException listing every violation
     */
    public <T> T requireValid(T value) {
        List<Violation> violations = validate(value);
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(violations);
        }
        return value;
    }

    /**
     * A violation with its sort keys, which must order the Chinese and the English violations alike: path and
     * code computed once, then the order in which an invariant was found broken, then, only for what still
     * ties, the rejected value's text.
     */
    private static final class Keyed implements Comparable<Keyed> {
        final ConstraintViolation<Object> violation;
        final String path;
        final String order;
        final String code;
        final int found;
        private String value;

        Keyed(ConstraintViolation<Object> violation) {
            this.violation = violation;
            this.path = jsonPointer(violation.getPropertyPath());
            this.order = documentOrder(path);
            this.code = code(violation);
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            Integer index = hibernate.getDynamicPayload(Integer.class);
            this.found = index == null ? -1 : index;
        }

        String value() {
            if (value == null) {
                Object invalid = violation.getInvalidValue();
                value = String.valueOf(invalid instanceof SelfChecking ? "" : invalid);
            }
            return value;
        }

        @Override
        public int compareTo(Keyed o) {
            int c = order.compareTo(o.order);
            if (c == 0) {
                c = code.compareTo(o.code);
            }
            if (c == 0) {
                c = Integer.compare(found, o.found);
            }
            return c != 0 ? c : value().compareTo(o.value());
        }
    }

    private static List<Keyed> sorted(Set<ConstraintViolation<Object>> set) {
        List<Keyed> list = new ArrayList<>(set.size());
        for (ConstraintViolation<Object> v : set) {
            list.add(new Keyed(v));
        }
        java.util.Collections.sort(list);
        return list;
    }

    /** Document order of JSON Pointers: token by token, list indices by number ({@code /grids/9} before {@code /grids/10}). */
    static int comparePaths(String a, String b) {
        return documentOrder(a).compareTo(documentOrder(b));
    }

    /**
     * A key whose string order is the document order of the pointer: each list index (a token of digits
     * without a leading zero) is padded to ten digits, so that plain comparison puts {@code /grids/9} before
     * {@code /grids/10}.
     */
    private static String documentOrder(String pointer) {
        StringBuilder sb = new StringBuilder(pointer.length() + 16);
        int i = 0;
        while (i < pointer.length()) {
            int end = pointer.indexOf('/', i + 1);
            end = end < 0 ? pointer.length() : end;
            boolean index = end - i >= 2 && (end - i == 2 || pointer.charAt(i + 1) != '0');
            for (int k = i + 1; index && k < end; k++) {
                index = pointer.charAt(k) >= '0' && pointer.charAt(k) <= '9';
            }
            sb.append('/');
            if (index) {
                for (int pad = end - i - 1; pad < 10; pad++) {
                    sb.append('0');
                }
            }
            sb.append(pointer, i + 1, end);
            i = end;
        }
        return sb.toString();
    }

    /**
     * 快速路径 / As {@link #requireValid}, but first through the {@link FastValidator} derived from the same
     * constraint metadata: a value it accepts is returned at once, any other goes to Hibernate Validator for
     * the full bilingual violations. Same result, faster for the valid values of a stream.
     *
     * @param value one entity, not null
     * @param <T> its type
     * @return the same value
     * @throws InvalidRecordException listing every violation
     */
    <T> T requireValidQuickly(T value) {
        return fast.accepts(Objects.requireNonNull(value, "value")) ? value : requireValid(value);
    }

    /**
     * Whether the fast check alone accepts the value (for the property test that holds it to Hibernate Validator).
     *
     * @param value any model value
     * @return true if certainly valid
     */
    boolean acceptsQuickly(Object value) {
        return fast.accepts(value);
    }

    private static String code(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            return key.startsWith("jakarta.validation.constraints.")
                    ? "constraint." + key.substring("jakarta.validation.constraints.".length()).replace(".message", "")
                    : key;
        }
        return "constraint";
    }

    /**
     * Converts a Bean Validation property path to a JSON Pointer.
     *
     * @param path the path, e.g. {@code grids[3].parentId}
     * @return the pointer, e.g. {@code /grids/3/parentId}
     */
    static String jsonPointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                sb.append('/').append(node.getIndex() != null ? node.getIndex() : escape(String.valueOf(node.getKey())));
            }
            String name = node.getName();
            boolean named = name != null && !name.startsWith("<")
                    && node.getKind() != jakarta.validation.ElementKind.BEAN
                    && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT;
            if (named) {
                sb.append('/').append(escape(name));
            }
        }
        return sb.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}

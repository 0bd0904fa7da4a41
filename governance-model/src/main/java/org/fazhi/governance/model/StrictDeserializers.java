package org.fazhi.governance.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 严格绑定 / The deserializers behind {@link GovernanceModule}'s guards: every number, date, text and set
 * of the model passes through one of them, so that no value the rest of the library cannot handle gets
 * past binding. Each refusal is a {@link BindingException} that Jackson fills with the JSON path.
 * Package-private.
 */
final class StrictDeserializers {
    private StrictDeserializers() {}

    /**
     * Whether a decimal number is within the model's bounds: at most {@link GovernanceModule#MAX_INTEGER_DIGITS}
     * digits before the decimal point, at most {@link GovernanceModule#MAX_DECIMAL_PLACES} significant digits
     * after it, and written with no more decimal places than a number may have characters (which only a zero
     * with a huge negative exponent, {@code 0e-999999999}, could otherwise exceed).
     */
    static boolean withinBounds(BigDecimal value) {
        if (value.scale() > GovernanceJson.MAX_NUMBER_LENGTH) {
            return false;
        }
        if ((long) value.precision() - value.scale() > GovernanceModule.MAX_INTEGER_DIGITS) {
            return false;
        }
        return value.stripTrailingZeros().scale() <= GovernanceModule.MAX_DECIMAL_PLACES;
    }

    /** Whether a date lies in the model's range, {@link GovernanceModule#EARLIEST_DATE} to {@link GovernanceModule#LATEST_DATE}. */
    static boolean withinRange(LocalDate date) {
        return !date.isBefore(GovernanceModule.EARLIEST_DATE) && !date.isAfter(GovernanceModule.LATEST_DATE);
    }

    /** The index of the first UTF-16 code unit of the text that is half of a surrogate pair without its other half, or -1. */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** 数值界限 / Decimal numbers: parsed from their text, then held to {@link #withinBounds}. */
    static final class Decimals extends NumberDeserializers.BigDecimalDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                String text = p.getText();
                BigDecimal value;
                try {
                    value = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw outOfBounds(p, text);
                }
                if (!withinBounds(value)) {
                    throw outOfBounds(p, text);
                }
                return plain(value);
            }
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && !withinBounds(value)) {
                throw outOfBounds(p, value.toString());
            }
            return value == null ? null : plain(value);
        }

        /**
         * The same number without a negative scale: {@code 1e2} is kept as {@code 100}, the form the storage JSON
         * writes, so that a record written and read back is equal to itself ({@code BigDecimal.equals} compares
         * scales). Only the notation changes, never the value or its decimals.
         */
        private static BigDecimal plain(BigDecimal value) {
            return value.scale() < 0 ? value.setScale(0) : value;
        }

        private static BindingException outOfBounds(JsonParser p, String text) {
            String shown = text.length() > GovernanceJson.MAX_NUMBER_LENGTH ? text.substring(0, GovernanceJson.MAX_NUMBER_LENGTH) + "…" : text;
            return new BindingException(p, "json.numberOutOfBounds",
                    "数字超出允许范围：整数部分最多 " + GovernanceModule.MAX_INTEGER_DIGITS + " 位，小数部分最多 "
                            + GovernanceModule.MAX_DECIMAL_PLACES + " 位（实际为 " + shown + "）",
                    "Number out of bounds: at most " + GovernanceModule.MAX_INTEGER_DIGITS + " digits before the decimal point and "
                            + GovernanceModule.MAX_DECIMAL_PLACES + " after it (was " + shown + ")");
        }
    }

    /** 日期范围 / Dates: read by the wrapped {@code java.time} deserializer, then held to {@link #withinRange}. */
    static final class Dates extends StdScalarDeserializer<LocalDate> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;

        private final JsonDeserializer<LocalDate> delegate;

        Dates(JsonDeserializer<LocalDate> delegate) {
            super(LocalDate.class);
            this.delegate = delegate;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            if (delegate instanceof ContextualDeserializer) {
                @SuppressWarnings("unchecked")
                JsonDeserializer<LocalDate> contextual =
                        (JsonDeserializer<LocalDate>) ((ContextualDeserializer) delegate).createContextual(ctxt, property);
                return contextual == delegate ? this : new Dates(contextual);
            }
            return this;
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            LocalDate date = delegate.deserialize(p, ctxt);
            if (date != null && !withinRange(date)) {
                throw new BindingException(p, "json.dateOutOfRange",
                        "日期须在 " + GovernanceModule.EARLIEST_DATE + " 至 " + GovernanceModule.LATEST_DATE + " 之间（实际为 " + date + "）",
                        "A date must lie between " + GovernanceModule.EARLIEST_DATE + " and " + GovernanceModule.LATEST_DATE
                                + " (was " + date + ")");
            }
            return date;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /** 文本 / Text: refused when it holds half of a surrogate pair, which no UTF-8 output can carry. */
    static final class Texts extends StringDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            int at = text == null ? -1 : unpairedSurrogate(text);
            if (at >= 0) {
                String unit = String.format("U+%04X", (int) text.charAt(at));
                throw new BindingException(p, "json.surrogate",
                        "文本第 " + (at + 1) + " 个字符是不成对的代理项（" + unit + "），不是有效的 Unicode 字符",
                        "Text has an unpaired surrogate (" + unit + ") at character " + (at + 1) + "; it is not valid Unicode");
            }
            return text;
        }
    }

    /**
     * 集合去重 / Set-typed fields: a JSON array with the same element twice is refused at the second one,
     * instead of being silently shortened. The elements are read once as a list to find a duplicate, then
     * the original set deserializer reads them again from a buffer.
     */
    static final class UniqueElements extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        private final JavaType listType;

        UniqueElements(JsonDeserializer<?> setDeserializer, JavaType listType) {
            super(setDeserializer);
            this.listType = listType;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new UniqueElements(newDelegatee, listType);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                return super.deserialize(p, ctxt);
            }
            TokenBuffer copy = ctxt.bufferAsCopyOfValue(p);
            List<?> items;
            try (JsonParser list = copy.asParserOnFirstToken()) {
                items = (List<?>) ctxt.findRootValueDeserializer(listType).deserialize(list, ctxt);
            }
            Map<Object, Integer> first = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Integer earlier = first.putIfAbsent(items.get(i), i);
                if (earlier != null) {
                    BindingException e = new BindingException(p, "json.duplicateElement",
                            "元素“" + items.get(i) + "”重复（与第 " + earlier + " 项相同）：集合中每个元素只能出现一次",
                            "Duplicate element '" + items.get(i) + "' (same as item " + earlier + "): a set holds each element once");
                    e.prependPath(items, i);
                    throw e;
                }
            }
            try (JsonParser set = copy.asParserOnFirstToken()) {
                return super.deserialize(set, ctxt);
            }
        }
    }

    /** Puts {@link UniqueElements} in front of the deserializer of every set-typed field. */
    static final class SetGuard extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config, CollectionType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            if (!Set.class.isAssignableFrom(type.getRawClass())) {
                return deserializer;
            }
            JavaType listType = config.getTypeFactory().constructCollectionType(ArrayList.class, type.getContentType());
            return new UniqueElements(deserializer, listType);
        }
    }
}

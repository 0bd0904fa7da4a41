package org.fazhi.governance.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.governance.model.figure.FigureCatalog;

/**
 * 记录的 JSON 读写 / Reads and writes records as JSON, strictly and losslessly.
 *
 * <p>Reading rejects, with a path-named bilingual {@link InvalidRecordException}: malformed or
 * non-UTF-8 bytes, empty input, duplicate keys, unknown properties, unknown enum names, numbers where
 * text belongs and text where numbers belong, fractions where whole numbers belong, missing required
 * fields, oversized or too deeply nested documents, invalid identifiers, and then every constraint and
 * invariant of the model. Nothing is coerced or dropped. Class names from input are never used (no
 * polymorphic typing). Writing then reading a record gives an equal record. Thread-safe.
 */
public final class GovernanceJson {
    /** Deepest nesting accepted; the model needs fewer than 12 levels. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;

    private static final ObjectMapper MAPPER = newMapper();
    private static final ObjectMapper EXPORT_MAPPER = newMapper().registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("FazhiMasking")
            .addSerializer(ResidentIdNumber.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase(ResidentIdNumber.class) {
                private static final long serialVersionUID = 1L;

                @Override
                public String valueToString(Object value) {
                    return ((ResidentIdNumber) value).masked();
                }
            })
            .addSerializer(PhoneNumber.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase(PhoneNumber.class) {
                private static final long serialVersionUID = 1L;

                @Override
                public String valueToString(Object value) {
                    return ((PhoneNumber) value).masked();
                }
            }));
    private static final java.util.concurrent.ConcurrentMap<Class<?>, com.fasterxml.jackson.databind.ObjectReader> READERS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

    private GovernanceJson() {}

    /**
     * A new mapper configured the way the library reads and writes records. Each call returns a fresh
     * mapper the caller may reconfigure.
     *
     * @return a strict mapper with the {@link GovernanceModule}
     */
    public static JsonMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new GovernanceModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build());
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        return mapper;
    }

    /**
     * Reads and validates a record.
     *
     * @param json the document itself (to read a file, use {@link #readRecord(Path)})
     * @return the valid record
     * @throws InvalidRecordException listing every problem found; if the text looks like a file path rather
     *     than JSON, saying so
     */
    public static RuleOfLawRecord readRecord(String json) {
        String t = json.strip();
        if (!t.isEmpty() && t.charAt(0) != '{' && t.charAt(0) != '[' && t.indexOf('\n') < 0 && looksLikePath(t)) {
            throw new InvalidRecordException(List.of(Violation.of("", "json.pathGiven",
                    "readRecord(String) 读取的是 JSON 文本，而“" + t + "”像是文件路径；读取文件请用 GovernanceJson.readRecord(Path.of(\"" + t + "\"))",
                    "readRecord(String) reads JSON text, and '" + t + "' looks like a file path; to read a file use GovernanceJson.readRecord(Path.of(\""
                            + t + "\"))")));
        }
        return readRecord(json.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean looksLikePath(String t) {
        if (t.matches("(?i).*\\.jsonl?$") || t.contains("/") || t.contains("\\")) {
            return true;
        }
        try {
            return Files.exists(Path.of(t));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Reads and validates a record from a file.
     *
     * @param file a UTF-8 JSON file
     * @return the valid record
     * @throws InvalidRecordException listing every problem found
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RuleOfLawRecord readRecord(Path file) {
        try {
            return readRecord(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates a record from a stream, which is read to its end but not closed.
     *
     * @param in UTF-8 JSON
     * @return the valid record
     * @throws InvalidRecordException listing every problem found
     */
    public static RuleOfLawRecord readRecord(InputStream in) {
        try {
            return readRecord(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates a record from UTF-8 bytes.
     *
     * @param utf8 the document
     * @return the valid record
     * @throws InvalidRecordException listing every problem found
     */
    public static RuleOfLawRecord readRecord(byte[] utf8) {
        return readRecord(utf8, FigureCatalog.standard());
    }

    /**
     * Reads and validates a record whose declared figures are keyed by a host's catalog: the standard
     * concepts and the host's own ({@link FigureCatalog#extend}). A key the catalog does not hold is
     * rejected at its JSON path with the nearest known keys.
     *
     * @param utf8 the document
     * @param catalog the catalog to resolve figure keys against
     * @return the valid record
     * @throws InvalidRecordException listing every problem found
     */
    public static RuleOfLawRecord readRecord(byte[] utf8, FigureCatalog catalog) {
        requireUtf8(utf8);
        RuleOfLawRecord record;
        Problems problems = new Problems();
        try {
            record = MAPPER.readerFor(RuleOfLawRecord.class).withAttribute(FigureKeyBinding.CATALOG, catalog).withHandler(problems).readValue(utf8);
        } catch (IOException e) {
            throw problems.with(translate(e));
        }
        problems.throwIfAny();
        return RecordValidator.shared().requireValid(record);
    }

    /**
     * Reads and validates a record file whose declared figures are keyed by a host's catalog.
     *
     * @param file a UTF-8 JSON file
     * @param catalog the catalog to resolve figure keys against
     * @return the valid record
     * @throws InvalidRecordException listing every problem found
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RuleOfLawRecord readRecord(Path file, FigureCatalog catalog) {
        try {
            return readRecord(Files.readAllBytes(file), catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Binds JSON to any model type without running Bean Validation (structure errors still throw).
     *
     * @param utf8 the document
     * @param type the model type
     * @param <T> the type
     * @return the bound value
     * @throws InvalidRecordException if the document is not well-formed or does not fit the type
     */
    public static <T> T read(byte[] utf8, Class<T> type) {
        requireUtf8(utf8);
        Problems problems = new Problems();
        T value;
        try {
            value = MAPPER.readerFor(type).withHandler(problems).readValue(new ByteArrayInputStream(utf8));
        } catch (IOException e) {
            throw problems.with(translate(e));
        }
        problems.throwIfAny();
        return value;
    }

    /**
     * Binds one entity (a line of JSON Lines) and validates it: structure errors and constraint violations
     * both come back as one {@link InvalidRecordException}, with paths relative to the entity.
     *
     * <p>Validation takes a fast path (快速校验): a check derived once per type from the same constraint
     * metadata accepts a valid entity without Hibernate Validator's per-value bookkeeping; only an entity it
     * does not accept is validated in full, so the violations, and their Chinese and English messages, are
     * those of {@link RecordValidator#validate}.
     *
     * @param utf8 the bytes of one JSON value
     * @param offset where the value starts
     * @param length its length in bytes
     * @param type the model type, e.g. {@code HotlineTicket.class}
     * @param <T> the type
     * @return the valid entity
     * @throws InvalidRecordException listing every problem found
     */
    public static <T> T readValid(byte[] utf8, int offset, int length, Class<T> type) {
        T value;
        com.fasterxml.jackson.databind.ObjectReader reader = READERS.computeIfAbsent(type, MAPPER::readerFor);
        try {
            value = reader.readValue(utf8, offset, length);
        } catch (IOException e) {
            // the fast path stops at the first problem; a bad line is read again to report all of them
            Problems problems = new Problems();
            try {
                reader.withHandler(problems).readValue(utf8, offset, length);
            } catch (IOException again) {
                throw problems.with(translate(again));
            }
            problems.throwIfAny();
            throw translate(e);
        }
        // a valid entity passes the check derived from its constraint metadata; only the others meet Hibernate Validator
        return RecordValidator.shared().requireValidQuickly(value);
    }

    /**
     * Writes a record as indented JSON that {@link #readRecord(String)} reads back equal. Personal data
     * is written raw: this is the storage form, the explicit raw export. For anything shown to people or
     * handed to other systems use {@link #writeForExport(Object)}.
     *
     * @param value a record or any model value
     * @return the JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model value could not be written as JSON / 模型值无法写成 JSON", e);
        }
    }

    /**
     * Writes a model value as indented JSON for export to people or other systems: resident identity
     * numbers and phone numbers are masked ({@code 35**************3X}, {@code 138******78}). Such JSON
     * cannot be read back as a record; use {@link #write(Object)} for storage.
     *
     * @param value a record or any model value
     * @return the JSON text with personal data masked
     */
    public static String writeForExport(Object value) {
        try {
            return EXPORT_MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model value could not be written as JSON / 模型值无法写成 JSON", e);
        }
    }

    /**
     * Writes a model value as one line of compact JSON, for JSON Lines (no trailing newline).
     *
     * @param value an entity such as a {@code HotlineTicket}
     * @return the JSON text on one line
     */
    public static String writeLine(Object value) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model value could not be written as JSON / 模型值无法写成 JSON", e);
        }
    }

    private static void requireUtf8(byte[] bytes) {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidRecordException(List.of(Violation.of("", "json.empty", "输入为空，不是 JSON 文档", "Input is empty, not a JSON document")));
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new InvalidRecordException(List.of(Violation.of("", "json.encoding", "输入不是有效的 UTF-8 编码", "Input is not valid UTF-8")));
        }
    }

    /**
     * Turns a Jackson failure into the library's bad-input exception, keeping the JSON path.
     *
     * @param e the failure
     * @return the exception to throw
     */
    static InvalidRecordException translate(IOException e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof StreamConstraintsException || t instanceof com.fasterxml.jackson.core.JsonParseException) {
                return translate((IOException) t);
            }
        }
        if (e instanceof StreamConstraintsException) {
            return single("", "json.limit", "文档超出安全限制（嵌套深度 " + MAX_NESTING_DEPTH + "、字符串长度 " + MAX_STRING_LENGTH
                    + "、数字长度 " + MAX_NUMBER_LENGTH + "）：" + original(e),
                    "Document exceeds a safety limit (nesting depth " + MAX_NESTING_DEPTH + ", string length "
                            + MAX_STRING_LENGTH + ", number length " + MAX_NUMBER_LENGTH + "): " + original(e));
        }
        if (!(e instanceof JsonMappingException)) {
            String where = e instanceof JacksonException && ((JacksonException) e).getLocation() != null
                    ? " (line " + ((JacksonException) e).getLocation().getLineNr() + ", column "
                            + ((JacksonException) e).getLocation().getColumnNr() + ")"
                    : "";
            String whereZh = where.isEmpty() ? "" : "（第 " + ((JacksonException) e).getLocation().getLineNr() + " 行，第 "
                    + ((JacksonException) e).getLocation().getColumnNr() + " 列）";
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                return single("", "json.duplicateKey", "JSON 中有重复的键" + whereZh + "：" + original(e),
                        "JSON has a duplicate key" + where + ": " + original(e));
            }
            return single("", "json.malformed", "JSON 格式错误" + whereZh, "Malformed JSON" + where);
        }
        JsonMappingException m = (JsonMappingException) e;
        String path = pointer(m.getPath());
        if (m instanceof UnrecognizedPropertyException) {
            String name = ((UnrecognizedPropertyException) m).getPropertyName();
            return single(path, "json.unknownProperty", "未知字段“" + name + "”", "Unknown property '" + name + "'");
        }
        if (m instanceof InvalidFormatException && ((InvalidFormatException) m).getTargetType() != null
                && ((InvalidFormatException) m).getTargetType().isEnum()) {
            return new InvalidRecordException(List.of(unknownEnum(path, ((InvalidFormatException) m).getTargetType(), ((InvalidFormatException) m).getValue())));
        }
        if (m instanceof ValueInstantiationException || m.getCause() instanceof IllegalArgumentException
                || m.getCause() instanceof IllegalStateException || m.getCause() instanceof NullPointerException) {
            Throwable cause = m.getCause();
            if (cause instanceof InvalidIdentifierException) {
                InvalidIdentifierException id = (InvalidIdentifierException) cause;
                return single(path, id.code(), id.message(java.util.Locale.CHINESE), id.message(java.util.Locale.ENGLISH));
            }
            if (cause instanceof IllegalStateException && cause.getMessage() != null) {
                Matcher missing = MISSING.matcher(cause.getMessage());
                if (missing.find()) {
                    List<Violation> out = new ArrayList<>();
                    for (String name : missing.group(1).split(",\\s*")) {
                        out.add(Violation.of(path + "/" + name, "json.missing", "缺少必填字段“" + name + "”", "Missing required property '" + name + "'"));
                    }
                    return new InvalidRecordException(out);
                }
            }
            if (cause instanceof NullPointerException) {
                return single(path, "json.null", "不允许为 null 的值为 null", "A value that must not be null is null");
            }
        }
        if (m.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException || String.valueOf(m.getOriginalMessage()).contains("out of range of")) {
            return single(path, "json.outOfRange", "数值超出此字段允许的范围", "Number out of range for this field");
        }
        if (m instanceof MismatchedInputException && String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")) {
            return single("", "json.trailing", "文档结束后还有多余内容", "Extra content after the end of the document");
        }
        if (m instanceof InvalidNullException) {
            return single(path, "json.null", "不允许为 null", "Must not be null");
        }
        if (m instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) m).getTargetType();
            String t = target == null ? "value" : describeType(target);
            String tZh = target == null ? "值" : describeTypeZh(target);
            return single(path, "json.wrongType", "类型错误：此处应为" + tZh, "Wrong type: expected " + t + " here");
        }
        return single(path, "json.invalid", "无法读取此值：" + m.getOriginalMessage(), "Cannot read this value: " + m.getOriginalMessage());
    }

    private static Violation unknownEnum(String path, Class<?> type, Object value) {
        String allowed = java.util.Arrays.toString(type.getEnumConstants());
        return Violation.of(path, "json.unknownEnum", "未知的代码“" + value + "”，允许的值为 " + allowed,
                "Unknown code '" + value + "'; allowed values are " + allowed);
    }

    /**
     * Collects the problems Jackson can read past, unknown properties and unknown enum codes, so that one
     * reading reports all of them: an unknown property is skipped and an unknown code stands in as the
     * enum's first constant until reading ends, when the collected problems are thrown together.
     */
    private static final class Problems extends com.fasterxml.jackson.databind.deser.DeserializationProblemHandler {
        private final List<Violation> found = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(com.fasterxml.jackson.databind.DeserializationContext ctxt, JsonParser p,
                com.fasterxml.jackson.databind.JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            // at a scalar the context is the object, named by the property; at an object or array it is the new
            // container, whose path ends with the property too
            String path = p.getParsingContext().pathAsPointer().toString();
            found.add(Violation.of(path, "json.unknownProperty", "未知字段“" + propertyName + "”", "Unknown property '" + propertyName + "'"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(com.fasterxml.jackson.databind.DeserializationContext ctxt, Class<?> targetType, String value,
                String failureMsg) {
            if (targetType.isEnum() && targetType.getEnumConstants().length > 0) {
                found.add(unknownEnum(ctxt.getParser().getParsingContext().pathAsPointer().toString(), targetType, value));
                return targetType.getEnumConstants()[0];
            }
            return NOT_HANDLED;
        }

        /** The problems collected so far plus the one that stopped reading (unless it only follows from a stand-in). */
        InvalidRecordException with(InvalidRecordException stop) {
            if (found.isEmpty()) {
                return stop;
            }
            List<Violation> all = new ArrayList<>(found);
            for (Violation v : stop.violations()) {
                boolean consequence = v.code().equals("json.invalid") || found.stream().anyMatch(f -> f.path().equals(v.path()));
                if (!consequence) {
                    all.add(v);
                }
            }
            return new InvalidRecordException(all);
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidRecordException(found);
            }
        }
    }

    private static String original(IOException e) {
        String m = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        return m == null ? "" : m;
    }

    private static String describeType(Class<?> t) {
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class) {
            return "a number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "text";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(t)) {
            return "a date (yyyy-MM-dd)";
        }
        if (java.util.Collection.class.isAssignableFrom(t)) {
            return "a list";
        }
        return "an object (" + modelName(t) + ")";
    }

    private static String describeTypeZh(Class<?> t) {
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "整数";
        }
        if (Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class) {
            return "数字";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true 或 false";
        }
        if (t == String.class) {
            return "文本";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(t)) {
            return "日期（yyyy-MM-dd）";
        }
        if (java.util.Collection.class.isAssignableFrom(t)) {
            return "列表";
        }
        return "对象（" + modelName(t) + "）";
    }

    /** The model type's name for messages: ImmutableGrid and its Json delegate are both "Grid". */
    private static String modelName(Class<?> t) {
        Class<?> c = t.getSimpleName().equals("Json") && t.getEnclosingClass() != null ? t.getEnclosingClass() : t;
        return c.getSimpleName().replace("Immutable", "");
    }

    private static InvalidRecordException single(String path, String code, String zh, String en) {
        return new InvalidRecordException(List.of(Violation.of(path, code, zh, en)));
    }

    private static String pointer(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            } else if (r.getFieldName() != null) {
                sb.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }

    /** Jackson's parser feature set used for reading JSON Lines elsewhere in the library. */
    static JsonParser parser(InputStream in) throws IOException {
        return MAPPER.createParser(in);
    }
}

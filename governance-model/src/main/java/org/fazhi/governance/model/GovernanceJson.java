package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.base.InvalidRecordException;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
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
 * fields, {@code null} where a value or a list element belongs, oversized or too deeply nested documents,
 * numbers and dates outside the bounds of {@link GovernanceModule}, duplicate elements of sets, text
 * that is not valid Unicode, invalid identifiers, and then every constraint and invariant of the model.
 * Nothing is coerced or dropped. Every error names its JSON path; errors of the JSON text itself (bad
 * syntax, a duplicate key, a limit exceeded) also give the line and column. Class names from input are
 * never used (no polymorphic typing). Writing then reading a record gives an equal record. Thread-safe.
 *
 * <p>输入界限 / Input limits: a document of at most {@value #MAX_DOCUMENT_BYTES} bytes, nesting at most
 * {@value #MAX_NESTING_DEPTH} deep, strings of at most {@value #MAX_STRING_LENGTH} characters, numbers of
 * at most {@value #MAX_NUMBER_LENGTH} characters; the value bounds are listed on {@link GovernanceModule};
 * at most {@value RecordValidator#MAX_VIOLATIONS} violations are listed, then a count of the rest.
 */
public final class GovernanceJson {
    /** Deepest nesting accepted; the model needs fewer than 12 levels. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /**
     * Largest document accepted, in bytes (32 MiB): room for a township year with tens of thousands of
     * cases and tickets (10,000 cases and 50,000 tickets take 22 MB indented); larger volumes belong in the
     * JSON Lines streaming checker, one entity per line.
     */
    public static final int MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

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
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .build();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
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
     * @param file a UTF-8 JSON file of at most {@link #MAX_DOCUMENT_BYTES} bytes
     * @return the valid record
     * @throws InvalidRecordException listing every problem found, or saying the file is too large (before
     *     reading it)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RuleOfLawRecord readRecord(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                throw tooLarge(size);
            }
            return readRecord(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates a record from a stream, which is read to its end (but no further than one byte
     * past {@link #MAX_DOCUMENT_BYTES}) and not closed.
     *
     * @param in UTF-8 JSON
     * @return the valid record
     * @throws InvalidRecordException listing every problem found, or saying the document is too large
     */
    public static RuleOfLawRecord readRecord(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                throw tooLarge(bytes.length);
            }
            return readRecord(bytes);
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
        if (utf8.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge(utf8.length);
        }
        requireUtf8(utf8);
        Problems problems = new Problems();
        RuleOfLawRecord record = bind(READERS.computeIfAbsent(RuleOfLawRecord.class, MAPPER::readerFor).withAttribute(FigureKeyBinding.CATALOG, catalog)
                .withHandler(problems), utf8, 0, utf8.length, RuleOfLawRecord.class, problems);
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
        if (utf8.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge(utf8.length);
        }
        requireUtf8(utf8);
        Problems problems = new Problems();
        return bind(READERS.computeIfAbsent(type, MAPPER::readerFor).withHandler(problems), utf8, 0, utf8.length, type, problems);
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
        com.fasterxml.jackson.databind.ObjectReader reader = READERS.computeIfAbsent(type, MAPPER::readerFor);
        T value;
        try {
            value = bind(reader, utf8, offset, length, type, null);
        } catch (InvalidRecordException first) {
            // the fast path stops at the first problem; a bad line is read again to report all of them
            Problems problems = new Problems();
            bind(reader.withHandler(problems), utf8, offset, length, type, problems);
            throw first;
        }
        // a valid entity passes the check derived from its constraint metadata; only the others meet Hibernate Validator
        return RecordValidator.shared().requireValidQuickly(value);
    }

    /**
     * Binds one JSON value with its own parser, so that a failure of the JSON text itself can be placed by
     * the parser's position; {@code null} as the whole value is refused like any other wrong type.
     */
    private static <T> T bind(com.fasterxml.jackson.databind.ObjectReader reader, byte[] utf8, int offset, int length, Class<T> type,
            Problems problems) {
        JsonParser opened;
        try {
            opened = reader.createParser(utf8, offset, length);
        } catch (IOException e) {
            throw translate(e, null); // Jackson refuses input over the document length before parsing it
        }
        try (JsonParser parser = opened) {
            try {
                T value = reader.readValue(parser);
                if (problems != null) {
                    problems.throwIfAny();
                }
                if (value == null) {
                    throw single("", "json.null", "JSON 值为 null，此处应为一个对象（" + modelName(type) + "）",
                            "The JSON value is null; an object (" + modelName(type) + ") is expected");
                }
                return value; // the reader itself refuses trailing tokens (FAIL_ON_TRAILING_TOKENS)
            } catch (IOException e) {
                throw problems == null ? translate(e, parser) : problems.with(translate(e, parser));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a parser over bytes in memory failed to close", e);
        }
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
     * Writes a model value as one line of compact JSON, for JSON Lines (no trailing newline). Like
     * {@link #write(Object)}, this is the raw storage form: resident identity numbers and phone numbers are
     * written unmasked, so that the line reads back equal; never show it to people or hand it to systems
     * that should not hold personal data ({@link #writeForExport(Object)} masks them).
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
     * @param parser the parser that read the document, or null if it could not be created (a document over the
     *     length limit); a failure of the JSON text itself (bad syntax, a duplicate key, a limit exceeded) is placed
     *     where the parser stood when it failed
     * @return the exception to throw
     */
    static InvalidRecordException translate(IOException e, JsonParser parser) {
        if (e instanceof BindingException) {
            BindingException b = (BindingException) e;
            return single(pointer(b.getPath()), b.code(), b.zh(), b.en());
        }
        IOException text = e instanceof JsonMappingException ? textFailure(e) : e;
        if (text != null) {
            if (parser == null) {
                return limit("", original(text), null);
            }
            String path = parserPath(parser);
            JsonLocation at = text instanceof JacksonException && ((JacksonException) text).getLocation() != null
                    ? ((JacksonException) text).getLocation()
                    : parser.currentTokenLocation();
            if (text instanceof StreamConstraintsException) {
                // a name too long is refused before it becomes the current name: the path is the object being read
                return limit(original(text).startsWith("Name length") ? parserPath(parser.getParsingContext().getParent()) : path, original(text), at);
            }
            String message = original(text);
            if (message.startsWith("Duplicate field")) {
                String name = message.substring(message.indexOf('\'') + 1, Math.max(message.indexOf('\'') + 1, message.lastIndexOf('\'')));
                return single(path, "json.duplicateKey", "JSON 中的键“" + name + "”重复" + where(at, true),
                        "Duplicate key '" + name + "' in the JSON" + where(at, false));
            }
            return single(path, "json.malformed", "JSON 格式错误" + where(at, true), "Malformed JSON" + where(at, false));
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
                || m.getCause() instanceof IllegalStateException) {
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

    /** The failure of the JSON text itself (syntax, duplicate key, a stream limit) among the causes of a mapping failure, or null. */
    private static IOException textFailure(IOException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException || t instanceof com.fasterxml.jackson.core.JsonParseException) {
                return (IOException) t;
            }
        }
        return null;
    }

    /** One {@code json.limit} violation, saying which limit in both languages. */
    private static InvalidRecordException limit(String path, String message, JsonLocation at) {
        String zh;
        String en;
        String where = path;
        if (message.startsWith("String value length")) {
            zh = "字符串超过 " + MAX_STRING_LENGTH + " 个字符的上限";
            en = "String longer than the limit of " + MAX_STRING_LENGTH + " characters";
        } else if (message.startsWith("Number value length")) {
            zh = "数字超过 " + MAX_NUMBER_LENGTH + " 个字符的上限";
            en = "Number longer than the limit of " + MAX_NUMBER_LENGTH + " characters";
        } else if (message.startsWith("Document nesting depth")) {
            zh = "嵌套超过 " + MAX_NESTING_DEPTH + " 层的上限";
            en = "Nesting deeper than the limit of " + MAX_NESTING_DEPTH + " levels";
        } else if (message.startsWith("Document length")) {
            where = "";
            zh = "文档超过 " + MAX_DOCUMENT_BYTES + " 字节的上限";
            en = "Document larger than the limit of " + MAX_DOCUMENT_BYTES + " bytes";
        } else if (message.startsWith("Name length")) {
            zh = "此对象中有字段名超过长度上限";
            en = "A property name in this object is longer than the limit";
        } else {
            zh = "文档超出安全限制：" + message;
            en = "Document exceeds a safety limit: " + message;
        }
        return single(where, "json.limit", zh + where(at, true), en + where(at, false));
    }

    private static InvalidRecordException tooLarge(long bytes) {
        return single("", "json.limit", "文档有 " + bytes + " 字节，超过 " + MAX_DOCUMENT_BYTES + " 字节的上限",
                "Document of " + bytes + " bytes is larger than the limit of " + MAX_DOCUMENT_BYTES + " bytes");
    }

    /** {@code "（第 3 行，第 7 列）"} or {@code " (line 3, column 7)"}; empty when the position is unknown. */
    private static String where(JsonLocation at, boolean zh) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return zh ? "（第 " + at.getLineNr() + " 行，第 " + at.getColumnNr() + " 列）"
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** The JSON Pointer of where the parser stands: the property or element it is reading. */
    private static String parserPath(JsonParser parser) {
        return parserPath(parser.getParsingContext());
    }

    /** The JSON Pointer of a parsing context: its property or element, and those of the contexts around it. */
    private static String parserPath(JsonStreamContext context) {
        java.util.ArrayDeque<String> tokens = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                tokens.addFirst("/" + c.getCurrentName().replace("~", "~0").replace("/", "~1"));
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                tokens.addFirst("/" + c.getCurrentIndex());
            }
        }
        return String.join("", tokens);
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
}

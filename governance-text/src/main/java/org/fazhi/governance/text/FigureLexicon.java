package org.fazhi.governance.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.figure.FigureCatalog;

/**
 * 数字词表 / The wording that identifies a catalog concept in a report: for each concept, the phrases
 * that name it ("满意率", "诉求件"), the words the sentence must hold for the phrase to count ("12345",
 * "热线"), the words that rule it out, the totals it is usually part of, and assertions that imply a
 * figure without a number.
 *
 * <p>The library ships the {@linkplain #standard() standard lexicon} for the standard catalog; a host adds
 * phrases for its own concepts (or more phrases for standard ones) with {@link #extend} and a file in the
 * same format ({@link #read(Path)}):
 *
 * <pre>{@code
 * {"entries": [
 *   {"concept": "hotline.satisfactionRate", "phrases": ["满意率"], "context": ["12345", "热线", "诉求"]},
 *   {"concept": "disputes.mediatedSuccessfully", "phrases": ["调解成功"], "partOf": ["disputes.screened"]},
 *   {"concept": "legalAdvisers.townshipCovered", "pattern": "(乡|镇|街道)及(下属)?.{0,6}村.{0,12}法律顾问", "value": 1}
 * ]}
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class FigureLexicon {
    private static final String STANDARD_RESOURCE = "standard-lexicon.json";
    private static final Set<String> FIELDS = Set.of("concept", "phrases", "context", "not", "partOf", "base", "pattern", "value", "comment");

    private static final class Standard {
        static final FigureLexicon INSTANCE = load();

        private static FigureLexicon load() {
            try (InputStream in = FigureLexicon.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the standard figure lexicon resource is missing / 缺少标准数字词表资源");
                }
                return new FigureLexicon(readEntries(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * 词条 / The wording of one concept.
     *
     * @param concept the catalog concept's id
     * @param phrases the phrases that name it next to a number
     * @param context words of which the sentence must hold one (none: any sentence)
     * @param not words none of which the sentence may hold
     * @param partOf the concepts of the totals it is part of when one is stated before it in the sentence
     * @param base for a rate: the concepts of the counts it is over, preferred to the nearest count of its area
     * @param pattern a regular expression whose match implies the figure without a number
     * @param value the implied value, with {@code pattern}
     */
    public record Entry(String concept, List<String> phrases, List<String> context, List<String> not, List<String> partOf,
            List<String> base, Optional<Pattern> pattern, Optional<BigDecimal> value) {
        /**
         * Checks and copies.
         *
         * @throws IllegalArgumentException naming the concept and the problem, in English and Chinese
         */
        public Entry {
            if (concept == null || concept.isBlank()) {
                throw new IllegalArgumentException("a lexicon entry needs a concept / 词条缺少数字概念");
            }
            phrases = List.copyOf(phrases);
            context = List.copyOf(context);
            not = List.copyOf(not);
            partOf = List.copyOf(partOf);
            base = List.copyOf(base);
            if (phrases.isEmpty() && pattern.isEmpty()) {
                throw new IllegalArgumentException("lexicon entry " + concept + " has neither phrases nor a pattern / 词条 " + concept + " 既无短语也无模式");
            }
            if (pattern.isPresent() != value.isPresent()) {
                throw new IllegalArgumentException("lexicon entry " + concept + " needs both pattern and value / 词条 " + concept + " 的 pattern 与 value 须同时给出");
            }
            if (phrases.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("lexicon entry " + concept + " has a blank phrase / 词条 " + concept + " 含空短语");
            }
        }

        /**
         * An entry with phrases only.
         *
         * @param concept the concept id
         * @param phrases the phrases
         * @return the entry
         */
        public static Entry of(String concept, String... phrases) {
            return new Entry(concept, List.of(phrases), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
        }

        /**
         * This entry, counted only in sentences holding one of these words.
         *
         * @param words the context words
         * @return a new entry
         */
        public Entry inContext(String... words) {
            return new Entry(concept, phrases, List.of(words), not, partOf, base, pattern, value);
        }
    }

    private final List<Entry> entries;

    private FigureLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** 标准词表 / The lexicon of the standard catalog, shipped as a resource; loaded once, shared. */
    public static FigureLexicon standard() {
        return Standard.INSTANCE;
    }

    /**
     * A lexicon of exactly these entries.
     *
     * @param entries the entries
     * @return the lexicon
     */
    public static FigureLexicon of(List<Entry> entries) {
        return new FigureLexicon(entries);
    }

    /**
     * This lexicon and more entries (a host's phrases for its own or the standard concepts).
     *
     * @param more the entries
     * @return a new lexicon; this one is unchanged
     */
    public FigureLexicon extend(List<Entry> more) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(more);
        return new FigureLexicon(all);
    }

    /** 词条 / Every entry, in order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Checks that every concept and total the lexicon names is in a catalog.
     *
     * @param catalog the catalog
     * @return this lexicon
     * @throws IllegalArgumentException naming the unknown key with the nearest known ones, in English and Chinese
     */
    public FigureLexicon requireKnown(FigureCatalog catalog) {
        for (Entry e : entries) {
            catalog.require(e.concept());
            e.partOf().forEach(catalog::require);
            e.base().forEach(catalog::require);
        }
        return this;
    }

    /**
     * Reads entries from a lexicon file in the format above.
     *
     * @param file a UTF-8 JSON file
     * @return the entries, in file order
     * @throws InvalidRecordException naming the JSON path of every problem, in Chinese and English
     */
    public static List<Entry> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readEntries(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read / 无法读取", e);
        }
    }

    /**
     * Reads entries from a lexicon document; the stream is read to its end but not closed.
     *
     * @param in UTF-8 JSON
     * @return the entries, in document order
     * @throws InvalidRecordException naming the JSON path of every problem, in Chinese and English
     */
    public static List<Entry> readEntries(InputStream in) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in.readAllBytes());
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException(List.of(Violation.of("", "lexicon.malformed", "数字词表不是有效的 JSON", "The figure lexicon is not valid JSON")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode list = root == null ? null : root.get("entries");
        if (list == null || !list.isArray()) {
            throw new InvalidRecordException(List.of(Violation.of("/entries", "lexicon.noEntries", "数字词表应有 entries 数组",
                    "The figure lexicon needs an 'entries' array")));
        }
        List<Violation> problems = new ArrayList<>();
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/entries/" + i;
            JsonNode n = list.get(i);
            if (!n.isObject()) {
                problems.add(Violation.of(at, "lexicon.notObject", "应为对象", "Expected an object"));
                continue;
            }
            for (Iterator<String> names = n.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    problems.add(Violation.of(at + "/" + name, "lexicon.unknownProperty", "未知字段“" + name + "”", "Unknown property '" + name + "'"));
                }
            }
            Optional<Pattern> pattern = Optional.empty();
            if (n.hasNonNull("pattern")) {
                try {
                    pattern = Optional.of(Pattern.compile(n.get("pattern").asText()));
                } catch (PatternSyntaxException e) {
                    problems.add(Violation.of(at + "/pattern", "lexicon.badPattern", "不是有效的正则表达式：" + e.getDescription(),
                            "Not a valid regular expression: " + e.getDescription()));
                }
            }
            Optional<BigDecimal> value = n.hasNonNull("value") && n.get("value").isNumber() ? Optional.of(n.get("value").decimalValue())
                    : Optional.empty();
            try {
                out.add(new Entry(n.path("concept").asText(""), strings(n, "phrases", at, problems), strings(n, "context", at, problems),
                        strings(n, "not", at, problems), strings(n, "partOf", at, problems), strings(n, "base", at, problems), pattern, value));
            } catch (IllegalArgumentException e) {
                String[] both = String.valueOf(e.getMessage()).split(" / ", 2);
                problems.add(Violation.of(at, "lexicon.invalidEntry", both.length == 2 ? both[1] : both[0], both[0]));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return List.copyOf(out);
    }

    private static List<String> strings(JsonNode n, String name, String at, List<Violation> problems) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.add(Violation.of(at + "/" + name, "lexicon.notArray", "应为字符串数组", "Expected an array of strings"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : v) {
            out.add(s.asText());
        }
        return out;
    }

    @Override
    public String toString() {
        return "FigureLexicon[" + entries.size() + " entries]";
    }
}

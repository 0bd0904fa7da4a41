package org.fazhi.governance.model.figure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.base.Violation;

/**
 * 数字目录 / The catalog of figure concepts a record may declare (XBRL's <em>taxonomy</em>).
 *
 * <p>The library ships the {@linkplain #standard() standard catalog}: what township reports across
 * China publish, each concept with its source. A province or county platform {@linkplain #extend
 * extends} it with concepts of its own, written in Java with {@link FigureConcept#builder()} or read
 * from a JSON file in the format of the standard catalog ({@link #readConcepts(Path)}); the reader
 * then binds records against the extended catalog ({@code GovernanceJson.reader(catalog)}), and a key
 * nobody registered is rejected with the nearest known keys.
 *
 * <p>Invariants, checked when a catalog is made: ids are unique (the same concept twice is allowed, two
 * different definitions under one id are not); every {@code sumOf}, {@code numerator} and {@code base}
 * names a concept of the catalog; parts have the quantity of their total; numerators and bases are not
 * rates; no total is, directly or through other totals, a part of itself. Immutable and thread-safe.
 */
public final class FigureCatalog {
    private static final String STANDARD_RESOURCE = "standard-figures.json";
    private static final Set<String> FIELDS = Set.of("id", "zh", "en", "unit", "section", "countsZh", "countsEn", "sourceZh", "sourceEn",
            "sumOf", "numerator", "base");

    private static final class Standard {
        static final FigureCatalog INSTANCE = load();

        private static FigureCatalog load() {
            try (InputStream in = FigureCatalog.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the standard figure catalog resource is missing / 缺少标准数字目录资源");
                }
                return of(readConcepts(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<String, FigureConcept> byId;

    private FigureCatalog(Map<String, FigureConcept> byId) {
        this.byId = byId;
    }

    /**
     * 标准目录 / The standard catalog the library ships: loaded once, shared, immutable.
     *
     * @return the standard catalog
     */
    public static FigureCatalog standard() {
        return Standard.INSTANCE;
    }

    /**
     * A catalog of exactly these concepts.
     *
     * @param concepts the concepts
     * @return the catalog
     * @throws IllegalArgumentException naming the conflicting id or dangling relation, in English and Chinese
     */
    public static FigureCatalog of(Collection<FigureConcept> concepts) {
        Map<String, FigureConcept> map = new LinkedHashMap<>();
        for (FigureConcept c : concepts) {
            FigureConcept before = map.putIfAbsent(c.id(), c);
            if (before != null && !before.equals(c)) {
                throw new IllegalArgumentException("figure concept " + c.id() + " is registered twice with different definitions / 数字概念 "
                        + c.id() + " 被以不同的定义注册了两次");
            }
        }
        for (FigureConcept c : map.values()) {
            for (String part : c.sumOf()) {
                FigureConcept p = related(map, c, "sumOf", part);
                if (!p.unit().isCompatibleWith(c.unit())) {
                    throw new IllegalArgumentException("part " + part + " of " + c.id() + " is measured in " + p.unit().en() + ", the total in "
                            + c.unit().en() + " / 合计 " + c.id() + " 的组成部分 " + part + " 的单位是" + p.unit().zh() + "，合计的单位是" + c.unit().zh());
                }
            }
            for (Optional<String> ref : List.of(c.numerator(), c.base())) {
                if (ref.isPresent() && related(map, c, "numerator/base", ref.get()).isRate()) {
                    throw new IllegalArgumentException("the numerator or base " + ref.get() + " of " + c.id() + " is itself a rate / 比率 "
                            + c.id() + " 的分子或分母 " + ref.get() + " 本身是比率");
                }
            }
        }
        for (FigureConcept c : map.values()) {
            requireAcyclic(map, c, new ArrayList<>());
        }
        return new FigureCatalog(Map.copyOf(map));
    }

    private static FigureConcept related(Map<String, FigureConcept> map, FigureConcept c, String relation, String id) {
        FigureConcept target = map.get(id);
        if (target == null) {
            throw new IllegalArgumentException("figure concept " + c.id() + " names " + id + " in " + relation + ", which is not in the catalog / 数字概念 "
                    + c.id() + " 的 " + relation + " 引用了目录中不存在的 " + id);
        }
        return target;
    }

    private static void requireAcyclic(Map<String, FigureConcept> map, FigureConcept c, List<String> trail) {
        if (trail.contains(c.id())) {
            throw new IllegalArgumentException("figure totals form a cycle: " + String.join(" → ", trail) + " → " + c.id()
                    + " / 数字合计关系形成循环：" + String.join(" → ", trail) + " → " + c.id());
        }
        trail.add(c.id());
        for (String part : c.sumOf()) {
            requireAcyclic(map, map.get(part), trail);
        }
        trail.remove(trail.size() - 1);
    }

    /**
     * This catalog and more concepts: how a host registers its own. Concepts already here are kept;
     * the same id with another definition is an error.
     *
     * @param more the host's concepts
     * @return a new catalog; this one is unchanged
     * @throws IllegalArgumentException naming a conflict or dangling relation, in English and Chinese
     */
    public FigureCatalog extend(Collection<FigureConcept> more) {
        List<FigureConcept> all = new ArrayList<>(byId.values());
        all.addAll(more);
        return of(all);
    }

    /**
     * The concept with an id.
     *
     * @param id e.g. {@code hotline.ticketsHandled}
     * @return the concept, or empty if nobody registered it
     */
    public Optional<FigureConcept> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The concept with an id, which must be registered.
     *
     * @param id e.g. {@code hotline.ticketsHandled}
     * @return the concept
     * @throws IllegalArgumentException with the nearest known ids when nobody registered it
     */
    public FigureConcept require(String id) {
        FigureConcept c = byId.get(id);
        if (c == null) {
            throw new IllegalArgumentException(unknownMessage(id, Locale.ENGLISH) + " / " + unknownMessage(id, Locale.CHINESE));
        }
        return c;
    }

    /**
     * Whether the catalog holds this very concept (same id and definition).
     *
     * @param concept a concept
     * @return true if registered here
     */
    public boolean contains(FigureConcept concept) {
        return concept.equals(byId.get(concept.id()));
    }

    /** Every concept, ordered by section and then id. */
    public List<FigureConcept> concepts() {
        return byId.values().stream().sorted(Comparator.comparing(FigureConcept::section).thenComparing(FigureConcept::id))
                .collect(Collectors.toUnmodifiableList());
    }

    /** How many concepts the catalog holds. */
    public int size() {
        return byId.size();
    }

    /**
     * The registered ids nearest to an unknown one ("did you mean …"): at most three, closest first.
     *
     * @param id an id nobody registered
     * @return the suggestions, possibly empty
     */
    public List<String> suggestions(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, id.length() / 4);
        return byId.keySet().stream()
                .map(k -> Map.entry(k, distance(lower, k.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= limit || lastSegment(e.getKey()).equalsIgnoreCase(lastSegment(id)))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).collect(Collectors.toList());
    }

    /**
     * The message for an id nobody registered, with the suggestions.
     *
     * @param id the unknown id
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the message
     */
    public String unknownMessage(String id, Locale locale) {
        List<String> near = suggestions(id);
        boolean zh = Bilingual.isChinese(locale);
        String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
        if (zh) {
            return "未登记的数字键“" + shown + "”" + (near.isEmpty() ? "；请先在数字目录中登记该概念" : "；是否指 " + String.join("、", near) + "？");
        }
        return "unknown figure key '" + shown + "'" + (near.isEmpty() ? "; register the concept in the figure catalog first"
                : "; did you mean " + String.join(", ", near) + "?");
    }

    private static String lastSegment(String id) {
        return id.substring(id.lastIndexOf('.') + 1);
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Reads concepts from a catalog file: {@code {"concepts": [{"id": …, "zh": …, "en": …, "unit": …,
     * "section": …, "countsZh": …, "countsEn": …, "sourceZh": …, "sourceEn": …, "sumOf": […],
     * "numerator": …, "base": …}]}}, the format of the standard catalog.
     *
     * @param file a UTF-8 JSON file
     * @return the concepts, in file order
     * @throws InvalidRecordException naming the JSON path of every problem, in Chinese and English
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<FigureConcept> readConcepts(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readConcepts(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads concepts from a catalog document; the stream is read to its end but not closed.
     *
     * @param in UTF-8 JSON in the format of {@link #readConcepts(Path)}
     * @return the concepts, in document order
     * @throws InvalidRecordException naming the JSON path of every problem, in Chinese and English
     */
    public static List<FigureConcept> readConcepts(InputStream in) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in.readAllBytes());
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException(List.of(Violation.of("", "catalog.malformed", "数字目录不是有效的 JSON", "The figure catalog is not valid JSON")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Violation> problems = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("concepts");
        if (list == null || !list.isArray()) {
            throw new InvalidRecordException(List.of(Violation.of("/concepts", "catalog.noConcepts", "数字目录应有 concepts 数组",
                    "The figure catalog needs a 'concepts' array")));
        }
        List<FigureConcept> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/concepts/" + i;
            JsonNode n = list.get(i);
            if (!(n instanceof ObjectNode)) {
                problems.add(Violation.of(at, "catalog.notObject", "应为对象", "Expected an object"));
                continue;
            }
            int before = problems.size();
            for (Iterator<String> names = n.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    problems.add(Violation.of(at + "/" + name, "catalog.unknownProperty", "未知字段“" + name + "”", "Unknown property '" + name + "'"));
                }
            }
            FigureConcept.Builder b = FigureConcept.builder();
            b.id(text(n, "id", at, problems)).zh(text(n, "zh", at, problems)).en(text(n, "en", at, problems))
                    .counts(text(n, "countsZh", at, problems), text(n, "countsEn", at, problems))
                    .source(text(n, "sourceZh", at, problems), text(n, "sourceEn", at, problems));
            String unit = text(n, "unit", at, problems);
            String section = text(n, "section", at, problems);
            try {
                b.unit(unit == null ? null : FigureUnit.valueOf(unit));
            } catch (IllegalArgumentException e) {
                String allowed = java.util.Arrays.toString(FigureUnit.values());
                problems.add(Violation.of(at + "/unit", "catalog.unknownUnit", "未知的单位“" + unit + "”，允许的值为 " + allowed,
                        "Unknown unit '" + unit + "'; allowed values are " + allowed));
            }
            try {
                b.section(section == null ? null : FigureSection.valueOf(section));
            } catch (IllegalArgumentException e) {
                String allowed = java.util.Arrays.toString(FigureSection.values());
                problems.add(Violation.of(at + "/section", "catalog.unknownSection", "未知的领域“" + section + "”，允许的值为 " + allowed,
                        "Unknown section '" + section + "'; allowed values are " + allowed));
            }
            JsonNode sum = n.get("sumOf");
            if (sum != null) {
                List<String> parts = new ArrayList<>();
                if (!sum.isArray()) {
                    problems.add(Violation.of(at + "/sumOf", "catalog.notArray", "应为键的数组", "Expected an array of keys"));
                } else {
                    for (JsonNode p : sum) {
                        parts.add(p.asText());
                    }
                }
                b.sumOf(parts);
            }
            optionalText(n, "numerator", at, problems).ifPresent(b::numerator);
            optionalText(n, "base", at, problems).ifPresent(b::base);
            if (problems.size() == before) {
                try {
                    out.add(b.build());
                } catch (IllegalArgumentException e) {
                    String[] both = String.valueOf(e.getMessage()).split(" / ", 2);
                    problems.add(Violation.of(at, "catalog.invalidConcept", both.length == 2 ? both[1] : both[0], both[0]));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return List.copyOf(out);
    }

    private static String text(JsonNode n, String name, String at, List<Violation> problems) {
        JsonNode v = n.get(name);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(Violation.of(at + "/" + name, "catalog.missing", "缺少必填的文本字段“" + name + "”", "Missing required text property '" + name + "'"));
            return null;
        }
        return v.asText();
    }

    private static Optional<String> optionalText(JsonNode n, String name, String at, List<Violation> problems) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            problems.add(Violation.of(at + "/" + name, "catalog.wrongType", "应为文本", "Expected text"));
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    @Override
    public String toString() {
        return "FigureCatalog[" + byId.size() + " concepts]";
    }
}

package org.fazhi.governance.model.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.fazhi.governance.model.GovernanceJson;
import org.quicktheories.core.Gen;

/**
 * 对抗性输入 / Documents an attacker or a careless upstream system could send: valid generated records
 * (from {@link ModelGenerators#records()}) with one or two attacks applied, so that fuzzing reaches the
 * values the binding, the rules, the indicators and the reports must survive. The attacks:
 * <ul>
 *   <li>null and near-empty documents ({@code null}, {@code [null]}, {@code {}});</li>
 *   <li>extreme numbers: huge and tiny exponents ({@code 1e999999999}, {@code 1e-999999999},
 *       {@code 0e-999999999}, exponents beyond any {@code BigDecimal}), 19 to 38 digits, 11 decimals;</li>
 *   <li>extreme dates ({@code +999999999-12-31}, {@code -999999999-01-01}, 1948, 2101, 29 February) and
 *       reversed or year-spanning date pairs;</li>
 *   <li>long grid chains and cycles, wide fan-outs (one grid with thousands of children, one case with
 *       thousands of officers, a township with thousands of villages) and huge arrays of copied elements,
 *       with or without duplicate ids (up to {@value #MAX_ELEMENTS} elements);</li>
 *   <li>control characters, markup, direction overrides and emoji in text; lone, reversed and
 *       half surrogates as JSON escapes;</li>
 *   <li>the structural mutations: fields dropped, types changed, values out of range, keys duplicated,
 *       bytes flipped, documents cut.</li>
 * </ul>
 * Published in the model's test jar, so that the binding's fuzz test and the whole-pipeline fuzz test of the
 * examples draw from the same attacks.
 */
public final class AdversarialInputs {
    /** Most elements a chain, fan-out or array attack adds. */
    public static final int MAX_ELEMENTS = 2_000;

    private static final ObjectMapper TREE = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("[+-]?[0-9]{4,9}-[0-9]{2}-[0-9]{2}");
    private static final String SURROGATE = "\u0001surrogate\u0001";

    private static final List<String> NULLISH = List.of("null", " null\n", "[null]", "{}", "[]", "\"null\"", "0", "true", "{\"unit\":null,\"year\":2023}");
    private static final List<String> NUMBERS = List.of("1e999999999", "1e-999999999", "-1e999999999", "0e999999999", "0e-999999999",
            "1e9999999999", "1E+2147483648", "-0", "1e-11", "0.00000000001", "123456789012345678.9", "1234567890123456789",
            "99999999999999999999999999999999999999", "9.9999999999", "999999999999999999", "2147483648", "-2147483649",
            "9223372036854775808", "1e18", "1e17", "100.0000000000", "1e2", "0.5", "-1");
    private static final List<String> DATES = List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "1948-12-31", "1949-01-01",
            "2100-12-31", "2101-01-01", "9999-12-31", "2023-02-29", "2024-02-29", "+10000-01-01", "1970-01-01", "2000-01-01");
    private static final List<String> TEXTS = List.of("\u0000", "a\u0001b\u001fc", "\u007f", "\u2028\u2029", "\ufeff乡", "\t\n\r",
            "<script>alert(1)</script>", "&amp; &lt;", "\"quoted\" \\ back", "😀𠀀", "\u202eevil", "]]>", "' OR 1=1 --", " ", "x".repeat(5_000),
            "350526199001011234", "13812345678", "${jndi:ldap://x}", "{{7*7}}", "%s%n");
    private static final List<String> SURROGATES = List.of("\\ud800", "\\udc00", "a\\udc00\\ud800b", "\\ud83d", "\\ud83d\\ude00",
            "\\ud83dx", "\\udfff\\udfff");

    private AdversarialInputs() {}

    /** Adversarial documents: a generated record's storage JSON with one or two attacks applied. */
    public static Gen<byte[]> documents() {
        Gen<String> records = ModelGenerators.records().map(GovernanceJson::write);
        Gen<Long> seeds = longs().all();
        return in -> {
            String json = records.generate(in);
            return attack(json, new Random(seeds.generate(in)));
        };
    }

    /**
     * Applies one or two attacks chosen by the random source to a record's JSON.
     *
     * @param json a record's JSON
     * @param rnd the random source
     * @return the document, as UTF-8 bytes (a byte-flip attack may make them invalid UTF-8)
     */
    public static byte[] attack(String json, Random rnd) {
        String out = json;
        int attacks = 1 + (rnd.nextInt(4) == 0 ? 1 : 0);
        for (int i = 0; i < attacks; i++) {
            switch (rnd.nextInt(11)) {
                case 0:
                    return NULLISH.get(rnd.nextInt(NULLISH.size())).getBytes(StandardCharsets.UTF_8);
                case 1:
                    out = tree(out, t -> extremeNumber(t, rnd));
                    break;
                case 2:
                    out = tree(out, t -> extremeDate(t, rnd));
                    break;
                case 3:
                    out = tree(out, t -> reversedOrSpanningDates(t, rnd));
                    break;
                case 4:
                    out = tree(out, t -> longChain(t, rnd));
                    break;
                case 5:
                    out = tree(out, t -> wideFanOut(t, rnd));
                    break;
                case 6:
                    out = tree(out, t -> hugeArray(t, rnd));
                    break;
                case 7:
                    out = tree(out, t -> text(t, rnd, TEXTS.get(rnd.nextInt(TEXTS.size()))));
                    break;
                case 8:
                    out = tree(out, t -> text(t, rnd, SURROGATE))
                            .replace(escaped(SURROGATE), SURROGATES.get(rnd.nextInt(SURROGATES.size())));
                    break;
                default:
                    return structural(out, rnd);
            }
        }
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The structural mutations of a record's JSON: a field dropped, its type changed or its value pushed out
     * of range, bytes flipped, the document cut, a key duplicated.
     *
     * @param json a record's JSON
     * @param rnd the random source
     * @return the mutated bytes
     */
    public static byte[] structural(String json, Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0:
            case 1:
            case 2:
                return tree(json, t -> {
                    List<ObjectNode> objects = objects(t);
                    ObjectNode target = objects.get(rnd.nextInt(objects.size()));
                    List<String> names = new ArrayList<>();
                    target.fieldNames().forEachRemaining(names::add);
                    if (names.isEmpty()) {
                        target.put("unexpected", 1);
                        return;
                    }
                    String name = names.get(rnd.nextInt(names.size()));
                    switch (rnd.nextInt(7)) {
                        case 0: target.remove(name); break;
                        case 1: target.set(name, F.textNode("x" + rnd.nextInt())); break;
                        case 2: target.set(name, F.numberNode(rnd.nextBoolean() ? -rnd.nextInt(1000) : Long.MAX_VALUE)); break;
                        case 3: target.set(name, F.nullNode()); break;
                        case 4: target.set(name, F.arrayNode().add(1)); break;
                        case 5: target.set(name, F.numberNode(rnd.nextDouble() * 1e6)); break;
                        default: target.set(name, F.booleanNode(rnd.nextBoolean()));
                    }
                }).getBytes(StandardCharsets.UTF_8);
            case 3: {
                byte[] b = json.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 1 + rnd.nextInt(4); i++) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
                return b;
            }
            case 4:
                return Arrays.copyOf(json.getBytes(StandardCharsets.UTF_8), rnd.nextInt(json.length()));
            default: {
                int at = json.indexOf("\"year\"");
                return (json.substring(0, at) + "\"year\" : 2022, " + json.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static void extremeNumber(ObjectNode root, Random rnd) {
        String text = NUMBERS.get(rnd.nextInt(NUMBERS.size()));
        JsonNode value = parsesAsBigDecimal(text) ? F.numberNode(new BigDecimal(text)) : F.rawValueNode(new RawValue(text));
        JsonNode figures = root.path("declaredFigures");
        if (rnd.nextBoolean() && figures.isArray() && figures.size() > 0) {
            ObjectNode figure = (ObjectNode) figures.get(rnd.nextInt(figures.size()));
            figure.set("value", value);
            figure.put("unit", List.of("COUNT", "PERCENT", "TIMES_PER_WEEK").get(rnd.nextInt(3)));
            return;
        }
        List<Slot> numbers = slots(root, JsonNode::isNumber);
        if (numbers.isEmpty()) {
            root.set("year", value);
        } else {
            numbers.get(rnd.nextInt(numbers.size())).set(value);
        }
    }

    private static boolean parsesAsBigDecimal(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void extremeDate(ObjectNode root, Random rnd) {
        List<Slot> dates = slots(root, n -> n.isTextual() && DATE.matcher(n.asText()).matches());
        if (dates.isEmpty()) {
            return;
        }
        boolean all = rnd.nextInt(5) == 0;
        for (Slot s : all ? dates : List.of(dates.get(rnd.nextInt(dates.size())))) {
            s.set(F.textNode(DATES.get(rnd.nextInt(DATES.size()))));
        }
    }

    /** Swaps two dates of one object (a period that ends before it starts), or spreads them over the whole allowed range. */
    private static void reversedOrSpanningDates(ObjectNode root, Random rnd) {
        List<ObjectNode> withDates = new ArrayList<>();
        for (ObjectNode o : objects(root)) {
            int n = 0;
            for (Iterator<JsonNode> it = o.elements(); it.hasNext();) {
                JsonNode v = it.next();
                n += v.isTextual() && DATE.matcher(v.asText()).matches() ? 1 : 0;
            }
            if (n >= 2) {
                withDates.add(o);
            }
        }
        if (withDates.isEmpty()) {
            return;
        }
        boolean span = rnd.nextBoolean();
        for (ObjectNode o : rnd.nextInt(4) == 0 ? withDates : List.of(withDates.get(rnd.nextInt(withDates.size())))) {
            List<String> names = new ArrayList<>();
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && DATE.matcher(e.getValue().asText()).matches()) {
                    names.add(e.getKey());
                }
            });
            if (span) {
                for (int i = 0; i < names.size(); i++) {
                    o.put(names.get(i), i == 0 ? "1949-01-01" : "2100-12-31");
                }
            } else {
                String first = o.get(names.get(0)).asText();
                o.put(names.get(0), o.get(names.get(1)).asText());
                o.put(names.get(1), first);
            }
        }
    }

    /** A chain of grids, each the parent of the next, with consistent, random or cyclic levels and parents. */
    private static void longChain(ObjectNode root, Random rnd) {
        int n = 1 + rnd.nextInt(MAX_ELEMENTS);
        int shape = rnd.nextInt(3);
        ArrayNode grids = root.withArray("grids");
        for (int i = 0; i < n; i++) {
            ObjectNode g = grids.addObject();
            g.put("id", "chain" + i);
            g.put("name", "链" + i);
            int level = shape == 0 ? Math.min(9, 1 + i) : 1 + rnd.nextInt(9);
            g.put("level", level);
            if (i > 0 || shape == 2) {
                g.put("parentId", "chain" + (i > 0 ? i - 1 : n - 1));
            }
        }
    }

    private static void wideFanOut(ObjectNode root, Random rnd) {
        int n = 1 + rnd.nextInt(MAX_ELEMENTS);
        switch (rnd.nextInt(3)) {
            case 0: {
                ArrayNode grids = root.withArray("grids");
                grids.addObject().put("id", "hub").put("name", "中心网格").put("level", 1);
                for (int i = 0; i < n; i++) {
                    grids.addObject().put("id", "spoke" + i).put("name", "组" + i).put("level", 2).put("parentId", "hub");
                }
                break;
            }
            case 1: {
                JsonNode cases = root.path("enforcementCases");
                if (cases.isArray() && cases.size() > 0) {
                    ArrayNode officers = ((ObjectNode) cases.get(0)).withArray("officers");
                    for (int i = 0; i < n; i++) {
                        officers.addObject().put("officerId", "o0").put("certificateShown", rnd.nextBoolean());
                    }
                }
                break;
            }
            default: {
                ArrayNode units = ((ObjectNode) root.get("unit")).withArray("grassrootsUnits");
                ArrayNode tickets = root.withArray("hotlineTickets");
                for (int i = 0; i < n; i++) {
                    units.addObject().put("id", "wide" + i).put("name", "村" + i).put("kind", "VILLAGE");
                    tickets.addObject().put("id", "wide-t" + i).put("channel", "12345").put("receivedOn", "2023-03-01")
                            .put("grassrootsUnitId", "wide" + i);
                }
            }
        }
    }

    /** Copies the first element of one of the record's lists many times, with fresh or repeated ids. */
    private static void hugeArray(ObjectNode root, Random rnd) {
        List<ArrayNode> arrays = new ArrayList<>();
        root.fields().forEachRemaining(e -> {
            if (e.getValue().isArray() && e.getValue().size() > 0) {
                arrays.add((ArrayNode) e.getValue());
            }
        });
        if (arrays.isEmpty()) {
            return;
        }
        ArrayNode target = arrays.get(rnd.nextInt(arrays.size()));
        int n = 1 + rnd.nextInt(MAX_ELEMENTS);
        boolean freshIds = rnd.nextInt(4) != 0;
        JsonNode first = target.get(0);
        for (int i = 0; i < n; i++) {
            JsonNode copy = first.deepCopy();
            if (freshIds && copy.isObject() && copy.has("id")) {
                ((ObjectNode) copy).put("id", copy.get("id").asText() + "-copy" + i);
            }
            target.add(copy);
        }
    }

    private static void text(ObjectNode root, Random rnd, String text) {
        List<Slot> texts = slots(root, n -> n.isTextual() && !DATE.matcher(n.asText()).matches());
        if (texts.isEmpty()) {
            return;
        }
        Slot s = texts.get(rnd.nextInt(texts.size()));
        s.set(F.textNode(rnd.nextBoolean() ? text : s.get().asText() + text));
    }

    private static String escaped(String text) {
        try {
            String quoted = TREE.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies a change to the JSON tree; a document an earlier attack made unreadable as a tree stays as it is. */
    private static String tree(String json, java.util.function.Consumer<ObjectNode> change) {
        JsonNode root;
        try {
            root = TREE.readTree(json);
        } catch (IOException | RuntimeException unreadable) {
            return json;
        }
        if (!(root instanceof ObjectNode)) {
            return json;
        }
        change.accept((ObjectNode) root);
        try {
            return TREE.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place in the tree that holds a value: a property of an object or an element of an array. */
    private static final class Slot {
        final JsonNode parent;
        final String name;
        final int index;

        Slot(JsonNode parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        JsonNode get() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static List<Slot> slots(JsonNode root, java.util.function.Predicate<JsonNode> which) {
        List<Slot> out = new ArrayList<>();
        walk(root, (parent, slot) -> {
            if (which.test(slot.get())) {
                out.add(slot);
            }
        });
        return out;
    }

    private static void walk(JsonNode node, BiConsumer<JsonNode, Slot> visit) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                visit.accept(node, new Slot(node, e.getKey(), -1));
                walk(e.getValue(), visit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit.accept(node, new Slot(node, null, i));
                walk(node.get(i), visit);
            }
        }
    }

    private static List<ObjectNode> objects(JsonNode root) {
        List<ObjectNode> out = new ArrayList<>();
        if (root instanceof ObjectNode) {
            out.add((ObjectNode) root);
        }
        walk(root, (parent, slot) -> {
            if (slot.get() instanceof ObjectNode) {
                out.add((ObjectNode) slot.get());
            }
        });
        return out;
    }
}

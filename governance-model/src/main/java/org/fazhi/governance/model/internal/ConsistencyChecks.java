package org.fazhi.governance.model.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.fazhi.governance.model.RecordValidator;

/**
 * 一致性检查收集器 / Collects the broken invariants of one {@link SelfChecking} value.
 *
 * <p>Each method checks one kind of invariant and, when it is broken, records a failure with the
 * path of the offending field relative to the checked value and a message key of
 * {@code ValidationMessages}. At most {@link RecordValidator#MAX_VIOLATIONS} failures are kept; the rest
 * are only counted ({@link #omitted()}), so that a value broken in every element costs no more to report
 * than one broken a thousand times. Not thread-safe; one instance per validation call.
 */
public final class ConsistencyChecks {
    /** One recorded failure: path nodes, message key and message parameters. */
    static final class Failure {
        final List<PathNode> path;
        final String key;
        final Map<String, Object> params;

        Failure(List<PathNode> path, String key, Map<String, Object> params) {
            this.path = path;
            this.key = key;
            this.params = params;
        }
    }

    /** A property name, with the index of the element when the property is a list. */
    static final class PathNode {
        final String name;
        final Integer index;

        PathNode(String name, Integer index) {
            this.name = name;
            this.index = index;
        }
    }

    private final List<Failure> failures = new ArrayList<>();
    private final int keep;
    private long omitted;

    ConsistencyChecks() {
        this(RecordValidator.MAX_VIOLATIONS);
    }

    ConsistencyChecks(int keep) {
        this.keep = keep;
    }

    List<Failure> failures() {
        return failures;
    }

    /** Failures found beyond the ones kept. */
    long omitted() {
        return omitted;
    }

    /**
     * Requires {@code earlier <= later} when both are present; the failure sits on {@code laterName}.
     *
     * @param earlierName property name of the earlier date
     * @param earlier the earlier date, may be absent
     * @param laterName property name of the later date
     * @param later the later date, may be absent
     */
    public void datesInOrder(String earlierName, Optional<LocalDate> earlier, String laterName, Optional<LocalDate> later) {
        if (earlier.isPresent() && later.isPresent() && later.get().isBefore(earlier.get())) {
            fail(List.of(new PathNode(laterName, null)), "fazhi.dates.order",
                    params("earlier", earlierName, "later", laterName, "earlierValue", earlier.get(), "laterValue", later.get()));
        }
    }

    /**
     * Requires {@code part <= total}; the failure sits on {@code partName}.
     *
     * @param partName property name of the part
     * @param part the part
     * @param totalName property name of the total
     * @param total the total
     */
    public void notGreater(String partName, long part, String totalName, long total) {
        if (part > total) {
            fail(List.of(new PathNode(partName, null)), "fazhi.part.exceedsTotal",
                    params("part", partName, "partValue", part, "total", totalName, "totalValue", total));
        }
    }

    /**
     * Requires every element of {@code listName} to have a different id.
     *
     * @param listName property name of the list
     * @param items the list
     * @param idName property name of the id within an element
     * @param id how to read the id
     * @param <T> element type
     * @return the set of ids seen, for reference checks
     */
    public <T> Set<String> uniqueIds(String listName, List<T> items, String idName, Function<T, String> id) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            Integer first = seen.putIfAbsent(value, i);
            if (first != null) {
                fail(List.of(new PathNode(listName, null), new PathNode(idName, i)), "fazhi.id.duplicate",
                        params("id", value, "first", "/" + listName + "/" + first));
            }
        }
        return seen.keySet();
    }

    /**
     * Requires every reference of the elements of {@code listName} to name a known id.
     *
     * @param listName property name of the list holding the references
     * @param items the list
     * @param refName property name of the reference within an element
     * @param refs how to read the references of one element (none, one or several)
     * @param known the ids that exist
     * @param targetName the list that should hold the referenced id, for the message
     * @param <T> element type
     */
    public <T> void references(
            String listName, List<T> items, String refName, Function<T, ? extends Collection<String>> refs,
            Set<String> known, String targetName) {
        for (int i = 0; i < items.size(); i++) {
            for (String ref : refs.apply(items.get(i))) {
                if (!known.contains(ref)) {
                    fail(List.of(new PathNode(listName, null), new PathNode(refName, i)), "fazhi.reference.missing",
                            params("ref", ref, "target", targetName));
                }
            }
        }
    }

    /**
     * Records a failure at a nested path: {@code (list, index)} pairs then a property name.
     *
     * @param listName the list holding the element
     * @param index the element's index
     * @param property the offending property of the element
     * @param key message key in {@code ValidationMessages}
     * @param parameters message parameters as alternating names and values
     */
    public void failAt(String listName, int index, String property, String key, Object... parameters) {
        fail(List.of(new PathNode(listName, null), new PathNode(property, index)), key, params(parameters));
    }

    /**
     * Records a failure two lists deep: {@code list[index].innerList[innerIndex].property}.
     *
     * @param listName the outer list
     * @param index index in the outer list
     * @param innerList the inner list of that element
     * @param innerIndex index in the inner list
     * @param property the offending property of the inner element
     * @param key message key in {@code ValidationMessages}
     * @param parameters message parameters as alternating names and values
     */
    public void failAt(String listName, int index, String innerList, int innerIndex, String property, String key, Object... parameters) {
        fail(List.of(new PathNode(listName, null), new PathNode(innerList, index), new PathNode(property, innerIndex)), key, params(parameters));
    }

    /**
     * Records a failure on a property of the checked value itself.
     *
     * @param property the offending property
     * @param key message key in {@code ValidationMessages}
     * @param parameters message parameters as alternating names and values
     */
    public void fail(String property, String key, Object... parameters) {
        fail(List.of(new PathNode(property, null)), key, params(parameters));
    }

    private void fail(List<PathNode> path, String key, Map<String, Object> params) {
        if (failures.size() < keep) {
            failures.add(new Failure(path, key, params));
        } else {
            omitted++;
        }
    }

    private static Map<String, Object> params(Object... nameValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            map.put((String) nameValues[i], nameValues[i + 1]);
        }
        return map;
    }
}

package org.fazhi.governance.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 程序顺序图 / The order of a statutory procedure as "must precede" edges between its steps.
 *
 * <p>Steps that a case skips (conditional steps such as expert assessment or a hearing) are simply
 * absent: the graph is closed transitively, so "drafting before legality review" is still checked when
 * the public participation between them is missing. An edge is checked as: the earlier step ends no
 * later than the later step starts (strict edges: ends before it starts). Reusable for any procedure
 * (重大行政决策, 规范性文件, 行政处罚). Immutable and thread-safe. Internal machinery of the rules (this package is
 * not exported).
 *
 * @param <E> the enum of steps
 */
public final class ProcedureGraph<E extends Enum<E>> {
    /** 顺序错误 / Two steps out of order. */
    public static final class OrderViolation<E> {
        private final E earlier;
        private final E later;
        private final LocalDate earlierEnds;
        private final LocalDate laterStarts;

        OrderViolation(E earlier, E later, LocalDate earlierEnds, LocalDate laterStarts) {
            this.earlier = earlier;
            this.later = later;
            this.earlierEnds = earlierEnds;
            this.laterStarts = laterStarts;
        }

        /** The step that must come first. */
        public E earlier() {
            return earlier;
        }

        /** The step that came too early. */
        public E later() {
            return later;
        }

        /** When the first step ended. */
        public LocalDate earlierEnds() {
            return earlierEnds;
        }

        /** When the second step started. */
        public LocalDate laterStarts() {
            return laterStarts;
        }

        @Override
        public String toString() {
            return earlier + " (" + earlierEnds + ") must precede " + later + " (" + laterStarts + ")";
        }
    }

    private final Class<E> type;
    private final Map<E, Set<E>> after;
    private final Map<E, Set<E>> strictlyAfter;

    private ProcedureGraph(Class<E> type, Map<E, Set<E>> after, Map<E, Set<E>> strictlyAfter) {
        this.type = type;
        this.after = after;
        this.strictlyAfter = strictlyAfter;
    }

    /**
     * A builder for a procedure over an enum of steps.
     *
     * @param type the enum
     * @param <E> the enum type
     * @return the builder
     */
    public static <E extends Enum<E>> Builder<E> builder(Class<E> type) {
        return new Builder<>(type);
    }

    /** Builder of a {@link ProcedureGraph}. */
    public static final class Builder<E extends Enum<E>> {
        private final Class<E> type;
        private final Map<E, Set<E>> edges;
        private final Map<E, Set<E>> strict;

        Builder(Class<E> type) {
            this.type = Objects.requireNonNull(type);
            this.edges = new EnumMap<>(type);
            this.strict = new EnumMap<>(type);
        }

        /**
         * Declares that {@code first} ends no later than {@code then} starts.
         *
         * @param first the earlier step
         * @param then the later step
         * @return this builder
         */
        public Builder<E> mustPrecede(E first, E then) {
            edges.computeIfAbsent(first, k -> EnumSet.noneOf(type)).add(then);
            return this;
        }

        /**
         * Declares that {@code first} ends strictly before {@code then} starts (a different day).
         *
         * @param first the earlier step
         * @param then the later step
         * @return this builder
         */
        public Builder<E> mustStrictlyPrecede(E first, E then) {
            mustPrecede(first, then);
            strict.computeIfAbsent(first, k -> EnumSet.noneOf(type)).add(then);
            return this;
        }

        /**
         * Declares a chain: each step must precede the next.
         *
         * @param steps the steps in order
         * @return this builder
         */
        @SafeVarargs
        public final Builder<E> chain(E... steps) {
            for (int i = 0; i + 1 < steps.length; i++) {
                mustPrecede(steps[i], steps[i + 1]);
            }
            return this;
        }

        /**
         * The graph, closed transitively.
         *
         * @return the graph
         * @throws IllegalStateException if the edges form a cycle
         */
        public ProcedureGraph<E> build() {
            Map<E, Set<E>> closure = new EnumMap<>(type);
            for (E e : type.getEnumConstants()) {
                Set<E> reach = EnumSet.noneOf(type);
                List<E> stack = new ArrayList<>(edges.getOrDefault(e, Set.of()));
                while (!stack.isEmpty()) {
                    E n = stack.remove(stack.size() - 1);
                    if (reach.add(n)) {
                        stack.addAll(edges.getOrDefault(n, Set.of()));
                    }
                }
                if (reach.contains(e)) {
                    throw new IllegalStateException("procedure steps form a cycle through " + e + " / 程序环节存在循环：" + e);
                }
                closure.put(e, reach);
            }
            return new ProcedureGraph<>(type, closure, new EnumMap<>(strict.isEmpty() ? new EnumMap<>(type) : strict));
        }
    }

    /**
     * The pairs of present steps that are out of order.
     *
     * @param start when each step started, empty for a step not taken
     * @param end when each step ended (its start if it has no end)
     * @return the violations, in step order; empty when the order is lawful
     */
    public List<OrderViolation<E>> violations(java.util.function.Function<E, Optional<LocalDate>> start,
            java.util.function.Function<E, Optional<LocalDate>> end) {
        List<OrderViolation<E>> out = new ArrayList<>();
        for (E a : type.getEnumConstants()) {
            Optional<LocalDate> aEnd = end.apply(a).or(() -> start.apply(a));
            if (aEnd.isEmpty()) {
                continue;
            }
            for (E b : after.get(a)) {
                Optional<LocalDate> bStart = start.apply(b);
                if (bStart.isEmpty()) {
                    continue;
                }
                boolean strictEdge = strictlyAfter.getOrDefault(a, Set.of()).contains(b);
                if (aEnd.get().isAfter(bStart.get()) || strictEdge && aEnd.get().isEqual(bStart.get())) {
                    out.add(new OrderViolation<>(a, b, aEnd.get(), bStart.get()));
                }
            }
        }
        return out;
    }
}

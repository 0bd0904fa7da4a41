package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.base.InvalidRecordException;

import org.fazhi.governance.model.internal.SelfChecking;
import org.fazhi.governance.model.internal.ConsistencyValidator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * 快速校验 / The check derived from the constraint metadata accepts exactly the values Hibernate Validator
 * finds nothing wrong with, and a line read through it gives the same violations as before.
 */
public class FastValidatorTest {
    private static final RecordValidator VALIDATOR = RecordValidator.shared();

    /** Runs the property and returns how many examples were valid, so that neither side is left untested. */
    private static <T> int agreement(Gen<T> gen, int examples) {
        AtomicInteger valid = new AtomicInteger();
        qt().withExamples(examples).withShrinkCycles(200).forAll(gen).checkAssert(value -> {
            boolean hibernate = VALIDATOR.validate(value).isEmpty();
            assertThat(VALIDATOR.acceptsQuickly(value)).as("fast path on %s (Hibernate Validator: %s)", value, VALIDATOR.validate(value))
                    .isEqualTo(hibernate);
            if (hibernate) {
                valid.incrementAndGet();
            }
        });
        return valid.get();
    }

    @Test
    void tickets_fast_path_accepts_exactly_what_hibernate_validator_accepts() {
        int valid = agreement(ModelGenerators.streamedTickets(), 3000);
        assertThat(valid).isBetween(600, 2400);
    }

    @Test
    void cases_fast_path_accepts_exactly_what_hibernate_validator_accepts() {
        int valid = agreement(ModelGenerators.streamedCases(), 3000);
        assertThat(valid).isBetween(600, 2400);
    }

    @Test
    void readValid_gives_the_same_violations_with_and_without_the_fast_path() {
        qt().withExamples(500).forAll(ModelGenerators.streamedTickets()).checkAssert(t -> {
            byte[] line = GovernanceJson.writeLine(t).getBytes(StandardCharsets.UTF_8);
            List<Violation> expected = VALIDATOR.validate(t);
            List<Violation> actual;
            try {
                actual = GovernanceJson.readValid(line, 0, line.length, HotlineTicket.class) == null ? null : List.of();
            } catch (InvalidRecordException e) {
                actual = e.violations();
            }
            assertThat(actual).isEqualTo(expected);
        });
        qt().withExamples(500).forAll(ModelGenerators.streamedCases()).checkAssert(c -> {
            byte[] line = GovernanceJson.writeLine(c).getBytes(StandardCharsets.UTF_8);
            List<Violation> expected = VALIDATOR.validate(c);
            List<Violation> actual;
            try {
                actual = GovernanceJson.readValid(line, 0, line.length, EnforcementCase.class) == null ? null : List.of();
            } catch (InvalidRecordException e) {
                actual = e.violations();
            }
            assertThat(actual).isEqualTo(expected);
        });
    }

    /** A bean with every standard constraint the fast path knows, on values on both sides of each limit. */
    public interface Sample {
        @NotNull @Size(min = 2, max = 5)
        String code();

        @NotBlank
        String name();

        @Pattern(regexp = "[a-z]+", flags = Pattern.Flag.CASE_INSENSITIVE)
        String word();

        @Min(3) @Max(9)
        Long count();

        @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("99.95")
        BigDecimal share();

        @PositiveOrZero
        Integer spare();

        @Positive
        BigInteger big();

        @Negative
        Short below();

        @NegativeOrZero
        Byte tiny();

        @NotEmpty
        List<@NotBlank String> tags();

        Optional<@Size(max = 3) String> note();

        Map<@NotBlank String, @Min(1) Integer> weights();

        @AssertTrue
        Boolean agreed();

        @Null
        String unused();

        @Valid
        Child child();

        List<@Valid Child> children();
    }

    /** A cascaded bean. */
    public interface Child {
        @NotBlank
        String id();

        @Max(2)
        Integer depth();
    }

    private static final class SampleValue implements Sample {
        private final Object[] v;

        SampleValue(Object[] v) {
            this.v = v;
        }

        @Override
        public String code() {
            return (String) v[0];
        }

        @Override
        public String name() {
            return (String) v[1];
        }

        @Override
        public String word() {
            return (String) v[2];
        }

        @Override
        public Long count() {
            return (Long) v[3];
        }

        @Override
        public BigDecimal share() {
            return (BigDecimal) v[4];
        }

        @Override
        public Integer spare() {
            return (Integer) v[5];
        }

        @Override
        public BigInteger big() {
            return (BigInteger) v[6];
        }

        @Override
        public Short below() {
            return (Short) v[7];
        }

        @Override
        public Byte tiny() {
            return (Byte) v[8];
        }

        @SuppressWarnings("unchecked")
        @Override
        public List<String> tags() {
            return (List<String>) v[9];
        }

        @SuppressWarnings("unchecked")
        @Override
        public Optional<String> note() {
            return (Optional<String>) v[10];
        }

        @SuppressWarnings("unchecked")
        @Override
        public Map<String, Integer> weights() {
            return (Map<String, Integer>) v[11];
        }

        @Override
        public Boolean agreed() {
            return (Boolean) v[12];
        }

        @Override
        public String unused() {
            return (String) v[13];
        }

        @Override
        public Child child() {
            return (Child) v[14];
        }

        @SuppressWarnings("unchecked")
        @Override
        public List<Child> children() {
            return (List<Child>) v[15];
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(v);
        }
    }

    private static Child child(String id, Integer depth) {
        return new Child() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Integer depth() {
                return depth;
            }

            @Override
            public String toString() {
                return "Child[" + id + ", " + depth + "]";
            }
        };
    }

    /** Each property is valid nine times in ten, so that about one sample in five has no violation at all. */
    private static Gen<Sample> samples() {
        Gen<Integer> pick = integers().between(0, 99);
        List<List<Supplier<Object>>> choices = new ArrayList<>();
        choices.add(List.of(() -> "ab", () -> "abcde", () -> "abc", () -> "a", () -> "abcdef", () -> null));
        choices.add(List.of(() -> "名", () -> " x ", () -> "n", () -> " ", () -> "\u3000", () -> null));
        choices.add(List.of(() -> "Abc", () -> "abc", () -> null, () -> "ab1", () -> "", () -> "a b"));
        choices.add(List.of(() -> 3L, () -> 9L, () -> 5L, () -> 2L, () -> 10L, () -> null));
        choices.add(List.of(() -> new BigDecimal("0.51"), () -> new BigDecimal("99.950"), () -> null, () -> new BigDecimal("0.5"),
                () -> new BigDecimal("99.951"), () -> new BigDecimal("-1E+3")));
        choices.add(List.of(() -> 0, () -> 7, () -> null, () -> -1, () -> Integer.MIN_VALUE, () -> -7));
        choices.add(List.of(() -> BigInteger.ONE, () -> BigInteger.TEN.pow(30), () -> null, () -> BigInteger.ZERO, () -> BigInteger.TEN.negate(),
                () -> BigInteger.ZERO));
        choices.add(List.of(() -> (short) -1, () -> Short.MIN_VALUE, () -> null, () -> (short) 0, () -> (short) 1, () -> (short) 0));
        choices.add(List.of(() -> (byte) 0, () -> (byte) -128, () -> null, () -> (byte) 1, () -> (byte) 127, () -> (byte) 1));
        choices.add(List.of(() -> List.of("a"), () -> List.of("a", "b"), () -> List.of("c"), () -> List.of(), () -> List.of("a", " "),
                () -> null));
        choices.add(List.of(Optional::empty, () -> Optional.of("abc"), () -> null, () -> Optional.of("abcd"), () -> Optional.of("法治政府"),
                () -> Optional.of("abcd")));
        choices.add(List.of(() -> Map.of("k", 1), Map::of, () -> null, () -> Map.of(" ", 1), () -> Map.of("k", 0), () -> mapWithNullValue()));
        choices.add(List.of(() -> true, () -> null, () -> true, () -> false, () -> false, () -> false));
        choices.add(List.of(() -> null, () -> null, () -> null, () -> "", () -> "x", () -> " "));
        choices.add(List.of(() -> null, () -> child("a", 1), () -> child("b", null), () -> child(" ", 1), () -> child("a", 3), () -> child(null, 0)));
        choices.add(List.of(List::of, () -> List.of(child("a", 2)), () -> null, () -> List.of(child("", 1)), () -> List.of(child("a", 9)),
                () -> List.of(child("a", 1), child("b", 5))));
        return in -> {
            Object[] v = new Object[choices.size()];
            for (int i = 0; i < v.length; i++) {
                int p = pick.generate(in);
                // nine in ten valid (the first three choices), one in ten from the invalid or edge ones
                int k = p < 90 ? p % 3 : 3 + p % 3;
                v[i] = choices.get(i).get(k).get();
            }
            return new SampleValue(v);
        };
    }

    private static Map<String, Integer> mapWithNullValue() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("k", null);
        return m;
    }

    @Test
    void every_standard_constraint_it_knows_agrees_with_hibernate_validator_at_its_limits() {
        int valid = agreement(samples(), 4000);
        assertThat(valid).isGreaterThan(100);
    }

    /** A constraint whose validator needs the clock. */
    public interface Event {
        @Past
        LocalDate on();
    }

    /** Constraints beyond the sample's: an e-mail address, a bound on a double. */
    public interface Contact {
        @Email
        String email();

        @Max(10)
        Double score();
    }

    private static Contact contact(String email, Double score) {
        return new Contact() {
            @Override
            public String email() {
                return email;
            }

            @Override
            public Double score() {
                return score;
            }
        };
    }

    @Test
    void a_validator_that_needs_a_clock_leaves_its_values_to_hibernate_validator() {
        Event event = new Event() {
            @Override
            public LocalDate on() {
                return LocalDate.of(2000, 1, 1);
            }
        };
        assertThat(VALIDATOR.validate(event)).isEmpty();
        assertThat(VALIDATOR.acceptsQuickly(event)).isFalse();
    }

    @Test
    void any_other_constraint_is_decided_by_the_validator_hibernate_validator_would_pick() {
        assertThat(VALIDATOR.acceptsQuickly(contact("a@example.org", 1.5))).isTrue();
        assertThat(VALIDATOR.acceptsQuickly(contact("not an address", 1.5))).isFalse();
        assertThat(VALIDATOR.acceptsQuickly(contact("a@example.org", 10.5))).isFalse();
        assertThat(VALIDATOR.acceptsQuickly(contact(null, Double.NaN))).isEqualTo(VALIDATOR.validate(contact(null, Double.NaN)).isEmpty());
        assertThat(FastValidator.validatedType(org.hibernate.validator.internal.constraintvalidators.bv.size.SizeValidatorForCharSequence.class))
                .isEqualTo(CharSequence.class);
        assertThat(FastValidator.validatedType(ConsistencyValidator.class)).isEqualTo(SelfChecking.class);
    }

    @Test
    void a_broken_invariant_is_refused_through_the_validator_of_its_class_level_constraint() {
        HotlineTicket t = HotlineTicket.builder().id("t1").channel("12345").receivedOn(LocalDate.of(2023, 5, 2))
                .closedOn(LocalDate.of(2023, 5, 1)).build();
        assertThat(VALIDATOR.acceptsQuickly(t)).isFalse();
        assertThat(VALIDATOR.acceptsQuickly(t.withClosedOn(LocalDate.of(2023, 5, 3)))).isTrue();
        assertThat(VALIDATOR.acceptsQuickly(null)).isFalse();
    }
}

package org.fazhi.governance.model;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.fazhi.governance.model.internal.Consistent;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorInitializationContext;
import org.hibernate.validator.spi.scripting.ScriptEvaluator;

/**
 * 快速校验 / A fast first check of a model value against its Bean Validation constraints, derived once per
 * type from Hibernate Validator's own constraint metadata and run by Hibernate Validator's own constraint
 * validators, so that it cannot drift from the annotations.
 *
 * <p>It answers only "certainly valid" ({@code true}) or "not known to be valid" ({@code false}). The caller
 * hands every value it does not accept to Hibernate Validator, which finds the violations and words them in
 * Chinese and English; this check never words a violation, so it can make validation faster but never
 * different. The property test {@code FastValidatorTest} asserts that, for generated valid and invalid
 * hotline tickets and enforcement cases (and a sample bean with every common standard constraint at its
 * limits), it accepts exactly the values Hibernate Validator finds nothing wrong with.
 *
 * <p>What Hibernate Validator does per value (build a validation context, a property path and a value
 * context per node, look metadata up per class and group, collect violations into a set) is done here once
 * per class: it reads the {@link BeanDescriptor} ({@link Validator#getConstraintsForClass}) and keeps, in the
 * {@link Default} group,
 *
 * <ul>
 *   <li>the constraints of each constrained property, read through the property's public accessor
 *       {@code name()} (as the model's {@code AccessorPropertyStrategy} tells Hibernate Validator to), then the
 *       class-level constraints such as {@link Consistent};
 *   <li>for each constraint, its composing constraints and the {@link ConstraintValidator} Hibernate Validator
 *       would pick for the declared type (of the validators its descriptor lists, the one of the most specific
 *       validated type), made by the factory's {@link ConstraintValidatorFactory} and initialised once;
 *   <li>the constraints and cascades ({@code @Valid}) of the elements of {@link Optional}, {@link Iterable}
 *       and {@link Map} values (an empty {@code Optional} gives its element constraints null, as Hibernate
 *       Validator does), and cascades into other beans, by their runtime class.
 * </ul>
 *
 * <p>A validator is called with a context that refuses every use: one that returns true without touching it
 * has found the value valid; one that touches it (to word or place a violation) sends the value to Hibernate
 * Validator. Whatever else it cannot decide leaves the value to Hibernate Validator too: a validator that
 * needs a clock or a script engine (the temporal constraints, {@code @ScriptAssert}), no validator or several
 * equally specific ones for the declared type, group sequences, group conversions and value unwrapping.
 * Thread-safe (constraint validators are, by the Bean Validation contract).
 */
final class FastValidator {
    /** A test of one value; the value may be null. */
    @FunctionalInterface
    interface Check {
        boolean test(Object value);
    }

    /** Never accepts: the value goes to Hibernate Validator. */
    private static final Check UNDECIDED = v -> false;
    private static final Check ALWAYS = v -> true;

    private final Validator metadata;
    private final ConstraintValidatorFactory validators;
    private final ClassValue<Check> beans = new ClassValue<>() {
        @Override
        protected Check computeValue(Class<?> type) {
            try {
                return bean(type);
            } catch (RuntimeException e) {
                // metadata Hibernate Validator refuses, or an accessor that cannot be reached: leave it to the validator
                return UNDECIDED;
            }
        }
    };

    /**
     * A fast validator over the metadata of a factory.
     *
     * @param factory the factory whose validator reads the constraint metadata and whose constraint
     *     validator factory makes the validators of custom constraints
     */
    FastValidator(ValidatorFactory factory) {
        this.metadata = factory.getValidator();
        this.validators = factory.getConstraintValidatorFactory();
    }

    /**
     * Whether the value certainly breaks no constraint of the {@link Default} group.
     *
     * @param value any model value
     * @return true if it is valid; false if it is not, or if this check cannot tell
     */
    boolean accepts(Object value) {
        return value != null && beans.get(value.getClass()).test(value);
    }

    private Check bean(Class<?> type) {
        if (redefinesDefaultGroup(type)) {
            return UNDECIDED;
        }
        BeanDescriptor bean = metadata.getConstraintsForClass(type);
        List<Check> checks = new ArrayList<>();
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
            checks.add(property(type, p));
        }
        for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
            if (inDefaultGroup(c)) {
                checks.add(constraint(c, type));
            }
        }
        return all(checks);
    }

    private Check property(Class<?> type, PropertyDescriptor p) {
        Method method = accessor(type, p.getPropertyName());
        if (method == null || !p.getGroupConversions().isEmpty()) {
            return UNDECIDED;
        }
        MethodHandle getter;
        try {
            getter = MethodHandles.publicLookup().unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            return UNDECIDED;
        }
        // the type the accessor returns, which is what the constraints see (not the type of a field behind it)
        Class<?> declared = method.getReturnType();
        List<Check> checks = new ArrayList<>();
        for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
            if (!inDefaultGroup(c)) {
                continue;
            }
            boolean unwrapped = c.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP
                    || c.getValueUnwrapping() == ValidateUnwrappedValue.DEFAULT
                            && (declared == OptionalInt.class || declared == OptionalLong.class || declared == OptionalDouble.class);
            checks.add(unwrapped ? UNDECIDED : constraint(c, declared));
        }
        for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
            checks.add(container(e));
        }
        if (p.isCascaded()) {
            checks.add(this::cascade);
        }
        Check value = all(checks);
        if (value == UNDECIDED || value == ALWAYS) {
            return value;
        }
        return new PropertyCheck(getter, checks);
    }

    /** {@code @Valid} on a bean: its own constraints; a container here is the legacy form, left to the validator. */
    private boolean cascade(Object v) {
        if (v == null) {
            return true;
        }
        if (v instanceof Iterable || v instanceof Map || v instanceof Optional || v.getClass().isArray()) {
            return false;
        }
        return beans.get(v.getClass()).test(v);
    }

    private Check container(ContainerElementTypeDescriptor e) {
        if (!e.getGroupConversions().isEmpty()) {
            return UNDECIDED;
        }
        List<Check> checks = new ArrayList<>();
        for (ConstraintDescriptor<?> c : e.getConstraintDescriptors()) {
            if (inDefaultGroup(c)) {
                checks.add(c.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP ? UNDECIDED : constraint(c, e.getElementClass()));
            }
        }
        for (ContainerElementTypeDescriptor inner : e.getConstrainedContainerElementTypes()) {
            checks.add(container(inner));
        }
        if (e.isCascaded()) {
            checks.add(this::cascade);
        }
        Check element = all(checks);
        Class<?> type = e.getContainerClass();
        Integer index = e.getTypeArgumentIndex();
        if (type == Optional.class) {
            // Hibernate Validator hands the element constraints null for an empty Optional
            return v -> v == null || element.test(((Optional<?>) v).orElse(null));
        }
        if (Iterable.class.isAssignableFrom(type) && index != null && index == 0) {
            return v -> {
                if (v == null) {
                    return true;
                }
                for (Object x : (Iterable<?>) v) {
                    if (!element.test(x)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (Map.class.isAssignableFrom(type) && index != null && (index == 0 || index == 1)) {
            boolean keys = index == 0;
            return v -> {
                if (v == null) {
                    return true;
                }
                for (Object x : keys ? ((Map<?, ?>) v).keySet() : ((Map<?, ?>) v).values()) {
                    if (!element.test(x)) {
                        return false;
                    }
                }
                return true;
            };
        }
        return UNDECIDED;
    }

    /**
     * A constraint on values of a declared type: its composing constraints and its own validator, all of which
     * must pass.
     */
    private Check constraint(ConstraintDescriptor<?> c, Class<?> declared) {
        List<Check> parts = new ArrayList<>();
        for (ConstraintDescriptor<?> composing : c.getComposingConstraints()) {
            parts.add(constraint(composing, declared));
        }
        if (!c.getConstraintValidatorClasses().isEmpty()) {
            parts.add(validator(c, declared));
        } else if (parts.isEmpty()) {
            // no validator and nothing composed: Hibernate Validator decides what that means
            parts.add(UNDECIDED);
        }
        return all(parts);
    }

    /**
     * The constraint's own validator for the declared type, chosen as Hibernate Validator chooses it: of the
     * validators whose validated type the declared type (boxed) is assignable to, the one of the most
     * specific type; none, or several equally specific, leave the value to Hibernate Validator. It is made by
     * the factory's {@link ConstraintValidatorFactory} and initialised as Hibernate Validator initialises it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Check validator(ConstraintDescriptor<?> c, Class<?> declared) {
        Class<?> type = box(declared);
        Map<Class<?>, Class<?>> candidates = new LinkedHashMap<>();
        for (Class<?> v : (List<Class<?>>) (List) c.getConstraintValidatorClasses()) {
            Class<?> validated = validatedType(v);
            if (validated != null && validated.isAssignableFrom(type)) {
                candidates.put(v, validated);
            }
        }
        List<Map.Entry<Class<?>, Class<?>>> specific = new ArrayList<>();
        for (Map.Entry<Class<?>, Class<?>> e : candidates.entrySet()) {
            // drop a validator whose type is a supertype of another candidate's
            if (candidates.values().stream().noneMatch(o -> o != e.getValue() && e.getValue().isAssignableFrom(o))) {
                specific.add(e);
            }
        }
        if (specific.size() != 1) {
            return UNDECIDED;
        }
        Map.Entry<Class<?>, Class<?>> chosen = specific.get(0);
        Class<?> validated = chosen.getValue();
        ConstraintValidator validator;
        try {
            validator = validators.getInstance((Class) chosen.getKey());
            if (validator instanceof HibernateConstraintValidator) {
                ((HibernateConstraintValidator) validator).initialize(c, InitializationContext.INSTANCE);
            } else {
                validator.initialize(c.getAnnotation());
            }
        } catch (RuntimeException e) {
            // it needs what this check does not give (a clock, a script engine): Hibernate Validator decides
            return UNDECIDED;
        }
        return new ValidatorCheck(validator, validated, validator.getClass().getName().startsWith(BUILT_IN));
    }

    /** The package of Hibernate Validator's own validators of the standard constraints. */
    private static final String BUILT_IN = "org.hibernate.validator.internal.constraintvalidators.";

    /**
     * One constraint validator on one value. Hibernate Validator's own validators of the standard constraints
     * decide from the value alone (those that need a clock are refused at initialisation), so a text one of
     * them accepted a moment ago is accepted again without running it: a stream repeats its channels,
     * categories and village ids line after line. One entry, racy but safe: a reader sees null or some text
     * that was accepted, and strings are immutable.
     */
    private static final class ValidatorCheck implements Check {
        private final ConstraintValidator<?, Object> validator;
        private final Class<?> validated;
        private final boolean remembers;
        private String last;

        @SuppressWarnings("unchecked")
        ValidatorCheck(ConstraintValidator<?, ?> validator, Class<?> validated, boolean remembers) {
            this.validator = (ConstraintValidator<?, Object>) validator;
            this.validated = validated;
            this.remembers = remembers;
        }

        @Override
        public boolean test(Object v) {
            if (remembers && v instanceof String && v.equals(last)) {
                return true;
            }
            if (v != null && !validated.isInstance(v)) {
                return false;
            }
            boolean valid;
            try {
                valid = validator.isValid(v, RefusingContext.INSTANCE);
            } catch (RuntimeException e) {
                // the validator wanted to word or place a violation, or failed: Hibernate Validator will say which
                return false;
            }
            if (valid && remembers && v instanceof String) {
                last = (String) v;
            }
            return valid;
        }
    }

    /** A property: its value read once through the accessor, then every check of it in turn. */
    private static final class PropertyCheck implements Check {
        private final MethodHandle getter;
        private final Check[] checks;

        PropertyCheck(MethodHandle getter, List<Check> checks) {
            this.getter = getter;
            this.checks = checks.stream().filter(c -> c != ALWAYS).toArray(Check[]::new);
        }

        @Override
        public boolean test(Object bean) {
            Object v;
            try {
                v = (Object) getter.invokeExact(bean);
            } catch (Throwable t) {
                return false;
            }
            for (Check c : checks) {
                if (!c.test(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Class<?> box(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        return MethodType.methodType(t).wrap().returnType();
    }

    /**
     * The type a validator class validates, {@code T} of its {@code ConstraintValidator<A, T>}, following type
     * variables through its superclasses and interfaces; null if that is not a class.
     */
    static Class<?> validatedType(Class<?> validator) {
        return validatedType(validator, Map.of());
    }

    private static Class<?> validatedType(Type t, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> inner = bindings;
        if (t instanceof ParameterizedType) {
            ParameterizedType pt = (ParameterizedType) t;
            raw = (Class<?>) pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            TypeVariable<?>[] params = raw.getTypeParameters();
            inner = new HashMap<>();
            for (int i = 0; i < params.length; i++) {
                Type arg = args[i];
                while (arg instanceof TypeVariable && bindings.containsKey(arg)) {
                    arg = bindings.get(arg);
                }
                inner.put(params[i], arg);
            }
            if (raw == ConstraintValidator.class) {
                Type validated = inner.get(params[1]);
                if (validated instanceof Class) {
                    return (Class<?>) validated;
                }
                if (validated instanceof ParameterizedType) {
                    return (Class<?>) ((ParameterizedType) validated).getRawType();
                }
                // an array of a type variable, an unbound variable or a wildcard: not a class to test values against
                return null;
            }
        } else if (t instanceof Class) {
            raw = (Class<?>) t;
        } else {
            return null;
        }
        List<Type> supers = new ArrayList<>(List.of(raw.getGenericInterfaces()));
        if (raw.getGenericSuperclass() != null) {
            supers.add(raw.getGenericSuperclass());
        }
        for (Type s : supers) {
            Class<?> found = validatedType(s, inner);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The public accessor {@code name()}, from a public type of the hierarchy so that it can be called from here. */
    private static Method accessor(Class<?> type, String name) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!seen.add(c)) {
                continue;
            }
            try {
                Method m = c.getDeclaredMethod(name);
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(c.getModifiers())) {
                    MethodHandles.publicLookup().unreflect(m);
                    return m;
                }
            } catch (NoSuchMethodException | IllegalAccessException e) {
                // not declared here, or not reachable from here: look further up
            }
            todo.addAll(List.of(c.getInterfaces()));
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
        }
        return null;
    }

    private static boolean inDefaultGroup(ConstraintDescriptor<?> c) {
        return c.getGroups().contains(Default.class);
    }

    /** A class (or a supertype) that redefines its default group with a sequence is left to the validator. */
    private static boolean redefinesDefaultGroup(Class<?> type) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (c.isAnnotationPresent(GroupSequence.class)
                    || c.isAnnotationPresent(org.hibernate.validator.group.GroupSequenceProvider.class)) {
                return true;
            }
            todo.addAll(List.of(c.getInterfaces()));
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
        }
        return false;
    }

    private static Check all(List<Check> checks) {
        List<Check> kept = new ArrayList<>();
        for (Check c : checks) {
            if (c == UNDECIDED) {
                return UNDECIDED;
            }
            if (c != ALWAYS) {
                kept.add(c);
            }
        }
        if (kept.isEmpty()) {
            return ALWAYS;
        }
        if (kept.size() == 1) {
            return kept.get(0);
        }
        Check[] array = kept.toArray(new Check[0]);
        return v -> {
            for (Check c : array) {
                if (!c.test(v)) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * What validators with Hibernate Validator's richer initialisation get: shared data is made afresh; a clock,
     * a temporal tolerance or a script engine is refused, so a validator that needs one leaves its values to
     * Hibernate Validator.
     */
    private static final class InitializationContext implements HibernateConstraintValidatorInitializationContext {
        static final InitializationContext INSTANCE = new InitializationContext();

        @Override
        public ScriptEvaluator getScriptEvaluatorForLanguage(String languageName) {
            throw RefusingContext.REFUSED;
        }

        @Override
        public ClockProvider getClockProvider() {
            throw RefusingContext.REFUSED;
        }

        @Override
        public Duration getTemporalValidationTolerance() {
            throw RefusingContext.REFUSED;
        }

        @Override
        public <C> C getSharedData(Class<C> type) {
            throw RefusingContext.REFUSED;
        }

        @Override
        public <C, V extends C> C getSharedData(Class<C> type, Supplier<V> createIfNotPresent) {
            return createIfNotPresent.get();
        }
    }

    /**
     * The context validators get: a validator that returns true without touching it has found the value valid; any use of it (to word or place a violation) throws, and the value goes to Hibernate
     * Validator, which gives the validator its real context.
     */
    private static final class RefusingContext implements ConstraintValidatorContext {
        static final RefusingContext INSTANCE = new RefusingContext();

        /** Thrown on any use; no stack trace, since it only steers the value to the full validator. */
        private static final class Refused extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Refused() {
                super("left to Hibernate Validator", null, false, false);
            }
        }

        static final Refused REFUSED = new Refused();

        @Override
        public void disableDefaultConstraintViolation() {
            throw REFUSED;
        }

        @Override
        public String getDefaultConstraintMessageTemplate() {
            throw REFUSED;
        }

        @Override
        public ClockProvider getClockProvider() {
            throw REFUSED;
        }

        @Override
        public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
            throw REFUSED;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw REFUSED;
        }
    }
}

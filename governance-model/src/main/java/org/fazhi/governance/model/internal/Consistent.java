package org.fazhi.governance.model.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 跨字段一致性约束 / Class-level constraint: the {@link SelfChecking} invariants of the type hold.
 *
 * <p>Each broken invariant becomes its own violation at the path of the offending field, with the
 * message chosen by the invariant (see {@link ConsistencyChecks}).
 */
@Documented
@Constraint(validatedBy = ConsistencyValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Consistent {
    /** Fallback message template; each invariant supplies its own. */
    String message() default "{fazhi.consistent}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}

package org.fazhi.governance.model.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.Map;
import org.fazhi.governance.model.RecordValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Runs {@link SelfChecking#checkConsistency} and turns its failures into violations: at most
 * {@link RecordValidator#MAX_VIOLATIONS}, each carrying its order as an {@code Integer} dynamic payload, then
 * one more that carries the count of the rest as a {@code Long}, which {@link RecordValidator} folds into
 * its own count of what it did not list.
 */
public final class ConsistencyValidator implements ConstraintValidator<Consistent, SelfChecking> {
    /** Message key of the violation that carries the count of the inconsistencies one value did not list. */
    public static final String OMITTED_KEY = "fazhi.violations.omitted";

    @Override
    public boolean isValid(SelfChecking value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConsistencyChecks checks = new ConsistencyChecks();
        value.checkConsistency(checks);
        if (checks.failures().isEmpty() && checks.omitted() == 0) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (int i = 0; i < checks.failures().size(); i++) {
            ConsistencyChecks.Failure failure = checks.failures().get(i);
            for (Map.Entry<String, Object> p : failure.params.entrySet()) {
                hibernate.addMessageParameter(p.getKey(), p.getValue());
            }
            // the order in which the invariant was found broken: the same in every language, so that the Chinese
            // and English violations of one path and code pair up even when their messages hash differently
            hibernate.withDynamicPayload(i);
            addViolation(hibernate.buildConstraintViolationWithTemplate("{" + failure.key + "}"), failure);
        }
        if (checks.omitted() > 0) {
            hibernate.addMessageParameter("count", checks.omitted());
            hibernate.withDynamicPayload(checks.omitted());
            hibernate.buildConstraintViolationWithTemplate("{" + OMITTED_KEY + "}").addConstraintViolation();
        }
        return false;
    }

    private static void addViolation(ConstraintViolationBuilder builder, ConsistencyChecks.Failure failure) {
        Object node = builder;
        for (ConsistencyChecks.PathNode p : failure.path) {
            NodeBuilderCustomizableContext next;
            if (node instanceof ConstraintViolationBuilder) {
                next = ((ConstraintViolationBuilder) node).addPropertyNode(p.name);
            } else if (node instanceof NodeBuilderCustomizableContext) {
                next = ((NodeBuilderCustomizableContext) node).addPropertyNode(p.name);
            } else if (node instanceof NodeBuilderDefinedContext) {
                next = ((NodeBuilderDefinedContext) node).addPropertyNode(p.name);
            } else {
                next = ((NodeContextBuilder) node).addPropertyNode(p.name);
            }
            node = p.index == null ? next : next.inIterable().atIndex(p.index);
        }
        if (node instanceof NodeBuilderCustomizableContext) {
            ((NodeBuilderCustomizableContext) node).addConstraintViolation();
        } else if (node instanceof NodeBuilderDefinedContext) {
            ((NodeBuilderDefinedContext) node).addConstraintViolation();
        } else {
            ((ConstraintViolationBuilder) node).addConstraintViolation();
        }
    }
}

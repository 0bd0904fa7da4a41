package org.fazhi.governance.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Runs {@link SelfChecking#checkConsistency} and turns its failures into violations. */
public final class ConsistencyValidator implements ConstraintValidator<Consistent, SelfChecking> {
    @Override
    public boolean isValid(SelfChecking value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConsistencyChecks checks = new ConsistencyChecks();
        value.checkConsistency(checks);
        if (checks.failures().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (int i = 0; i < checks.failures().size(); i++) {
            ConsistencyChecks.Failure failure = checks.failures().get(i);
            for (Map.Entry<String, Object> p : failure.params.entrySet()) {
                hibernate.addMessageParameter(p.getKey(), p.getValue());
            }
            // the failure's place in the check order: two failures on one path with one code (closedOn before both
            // receivedOn and respondedOn) sort by it, so the Chinese and English runs pair up message by message
            hibernate.withDynamicPayload(i);
            addViolation(hibernate.buildConstraintViolationWithTemplate("{" + failure.key + "}"), failure);
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

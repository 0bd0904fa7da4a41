package org.fazhi.governance.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see {@code name()}-style accessors as properties; without it every
 * property constraint of the model would be silently ignored.
 */
final class AccessorPropertyStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> EXCLUDED = Set.of("toString", "hashCode", "getClass", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        if (executable.getParameterTypes().length != 0
                || executable.getReturnType() == void.class
                || EXCLUDED.contains(executable.getName())) {
            return Optional.empty();
        }
        return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        return List.of(propertyName);
    }
}

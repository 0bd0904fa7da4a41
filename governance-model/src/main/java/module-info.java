/**
 * 法治政府建设数据模型 / The Fazhi model: immutable value types of a township's rule-of-law work, their bilingual
 * Bean Validation and their strict JSON binding.
 *
 * <p>Every package but {@code internal} is API. The {@code internal} package holds the machinery of the
 * cross-field checks and the shared Immutables style; it is exported only to the modules of this library that
 * compile against it and to Hibernate Validator, which instantiates the {@code Consistent} validator.
 */
module org.fazhi.governance.model {
    // compile-only: Immutables' annotations and the annotations its generated code carries
    requires static org.immutables.value.annotations;
    requires static java.compiler;
    requires static com.google.errorprone.annotations;

    requires transitive com.google.common;
    requires transitive jakarta.validation;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.guava;
    requires org.hibernate.validator;
    // Hibernate Validator only has `requires static jakarta.el`; without this line EL is absent under java -m
    requires jakarta.el;

    exports org.fazhi.governance.model;
    exports org.fazhi.governance.model.base;
    exports org.fazhi.governance.model.decision;
    exports org.fazhi.governance.model.enforcement;
    exports org.fazhi.governance.model.figure;
    exports org.fazhi.governance.model.grid;
    exports org.fazhi.governance.model.leadership;
    exports org.fazhi.governance.model.legal;
    exports org.fazhi.governance.model.service;

    // FazhiStyle is compiled against by the value types of rules and report; Hibernate Validator instantiates
    // ConsistencyValidator, the validator of the class-level @Consistent constraint
    exports org.fazhi.governance.model.internal to
            org.fazhi.governance.rules,
            org.fazhi.governance.report,
            org.hibernate.validator;

    // Jackson calls the package-private Json delegates and @JsonCreator factories of the generated Immutable*
    // classes; Hibernate Validator reads the constraints through them
    opens org.fazhi.governance.model to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.fazhi.governance.model.decision to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.fazhi.governance.model.enforcement to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.fazhi.governance.model.figure to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.fazhi.governance.model.grid to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.fazhi.governance.model.leadership to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.fazhi.governance.model.legal to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.fazhi.governance.model.service to com.fasterxml.jackson.databind, org.hibernate.validator;
}

package org.fazhi.governance.model;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * Jackson 模块 / The Jackson module of the Fazhi model, registrable like {@code JavaTimeModule}.
 *
 * <p>Registers the {@code java.time}, {@code Optional} and Guava collection support the model needs
 * (as {@link #getDependencies() dependencies}, so a mapper that already has them is not disturbed).
 * The model's own types carry their bindings as annotations. For a mapper set up the way the library
 * reads and writes records (strict: unknown properties, coercions and duplicate keys are errors), use
 * {@link GovernanceJson#newMapper()}.
 */
public final class GovernanceModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public GovernanceModule() {
        super("FazhiGovernanceModule", new Version(0, 1, 0, "SNAPSHOT", "org.fazhi", "governance-model"));
        addSerializer(org.fazhi.governance.model.figure.FigureConcept.class, new FigureKeyBinding.Serializer());
        addDeserializer(org.fazhi.governance.model.figure.FigureConcept.class, new FigureKeyBinding.Deserializer());
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule(), new Jdk8Module(), new GuavaModule());
    }
}

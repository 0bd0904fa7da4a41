package org.fazhi.governance.model;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Jackson 模块 / The Jackson module of the Fazhi model, registrable like {@code JavaTimeModule}.
 *
 * <p>Registers the {@code java.time}, {@code Optional} and Guava collection support the model needs
 * (as {@link #getDependencies() dependencies}, so a mapper that already has them is not disturbed).
 * The model's own types carry their bindings as annotations. For a mapper set up the way the library
 * reads and writes records (strict: unknown properties, coercions and duplicate keys are errors), use
 * {@link GovernanceJson#newMapper()}.
 *
 * <p>输入界限 / The module also guards binding itself, so that no value the rules, indicators and reports
 * cannot handle reaches the model. Each refusal names the JSON path, in Chinese and English:
 * <ul>
 *   <li>every decimal number has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and
 *       at most {@value #MAX_DECIMAL_PLACES} significant digits after it ({@code 1e999999999} and
 *       {@code 1e-999999999} are refused; {@code json.numberOutOfBounds});</li>
 *   <li>every date lies between {@link #EARLIEST_DATE} (1949-01-01, the founding year of the PRC, before
 *       which no record of this model can date) and {@link #LATEST_DATE} (2100-12-31, the last year a
 *       record may describe) ({@code json.dateOutOfRange});</li>
 *   <li>no text holds half of a UTF-16 surrogate pair, which no UTF-8 output could carry
 *       ({@code json.surrogate});</li>
 *   <li>no set-typed field holds the same element twice, which a set would otherwise drop without a word
 *       ({@code json.duplicateElement}).</li>
 * </ul>
 */
public final class GovernanceModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Most digits a decimal number may have before its decimal point (below 10<sup>18</sup>). */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Most significant digits a decimal number may have after its decimal point. */
    public static final int MAX_DECIMAL_PLACES = 10;
    /** 最早日期 / The earliest date any field of the model may hold. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1949, 1, 1);
    /** 最晚日期 / The latest date any field of the model may hold. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /** Creates the module. */
    public GovernanceModule() {
        super("FazhiGovernanceModule", new Version(0, 1, 0, "SNAPSHOT", "org.fazhi", "governance-model"));
        addSerializer(org.fazhi.governance.model.figure.FigureConcept.class, new FigureKeyBinding.Serializer());
        addDeserializer(org.fazhi.governance.model.figure.FigureConcept.class, new FigureKeyBinding.Deserializer());
        addDeserializer(BigDecimal.class, new StrictDeserializers.Decimals());
        addDeserializer(LocalDate.class, new StrictDeserializers.Dates(LocalDateDeserializer.INSTANCE));
        addDeserializer(String.class, new StrictDeserializers.Texts());
        setDeserializerModifier(new StrictDeserializers.SetGuard());
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule(), new Jdk8Module(), new GuavaModule());
    }
}

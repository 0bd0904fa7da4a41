package org.fazhi.governance.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * 法治模型值类型的统一风格 / The one Immutables style of every Fazhi value type.
 *
 * <p>Generated {@code Immutable*} classes stay package-private; callers use the abstract type's
 * {@code builder()} and never name generated code. Collections are Guava immutable collections.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        depluralize = true,
        depluralizeDictionary = {"person:people", "figure:figures", "member:members"},
        defaults = @Value.Immutable(copy = true),
        allParameters = false,
        forceJacksonPropertyNames = false,
        jacksonIntegration = true)
public @interface FazhiStyle {}

package org.fazhi.governance.rules;

import org.fazhi.governance.model.base.Bilingual;

/**
 * 双语标签 / An enum of this library whose Chinese and English labels are kept in one place,
 * {@code labels.properties} beside this type ({@code Type.CONSTANT.zh}, {@code Type.CONSTANT.en}), instead of
 * two fields, a constructor and two accessors in every enum.
 *
 * <p>Public so that {@link #zh()} and {@link #en()} of the public enums can be called by reflection (template
 * engines, expression languages); implemented by the library's own enums only, whose labels that file holds.
 */
public interface Labelled extends Bilingual {
    /** The constant's name, as {@link Enum#name()}. */
    String name();

    @Override
    default String zh() {
        return LabelFile.label(this, "zh");
    }

    @Override
    default String en() {
        return LabelFile.label(this, "en");
    }
}

/**
 * 基础 / What every other package of the model builds on: bilingual labels ({@link
 * org.fazhi.governance.model.base.Bilingual}), the problems reading finds ({@link
 * org.fazhi.governance.model.base.Violation}, {@link org.fazhi.governance.model.base.InvalidRecordException}) and the
 * masking of personal data ({@link org.fazhi.governance.model.base.PersonalData}). It depends on no other package
 * of the library, so the model's packages form no cycle.
 */
package org.fazhi.governance.model.base;

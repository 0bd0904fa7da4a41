package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.base.InvalidRecordException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * 绑定错误 / A value the strict binding refuses (a number or date out of its range, a duplicate set
 * element, text that is not valid Unicode), with its code and bilingual reason.
 *
 * <p>It is a {@link JsonMappingException}, so Jackson prepends the JSON path as it travels up through
 * the enclosing objects and lists; {@link GovernanceJson#translate} turns it into one {@link Violation}
 * at that path. Package-private: callers only ever see {@link InvalidRecordException}.
 */
final class BindingException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String zh;
    private final String en;

    BindingException(JsonParser parser, String code, String zh, String en) {
        super(parser, en + " / " + zh);
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    /** Stable code of the kind of error. */
    String code() {
        return code;
    }

    /** 中文说明. */
    String zh() {
        return zh;
    }

    /** English reason. */
    String en() {
        return en;
    }
}

package org.fazhi.governance.examples;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The example programs print their results and nothing else: Hibernate Validator's version line goes to
 * java.util.logging at INFO, so its loggers are set to WARNING before anything validates. (The library
 * itself configures no logging; a host keeps its own.)
 */
final class QuietLogs {
    /** Held so that java.util.logging, which keeps loggers weakly, does not drop the level. */
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    private QuietLogs() {}

    static void apply() {
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    }
}

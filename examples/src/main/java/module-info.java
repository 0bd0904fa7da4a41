/** 示例 / Runnable examples of the Fazhi library, from the Guobao township record to a county roll-up. */
module org.fazhi.governance.examples {
    requires org.fazhi.governance.report;
    requires java.logging;

    exports org.fazhi.governance.examples;
    exports org.fazhi.governance.examples.synthetic;
}

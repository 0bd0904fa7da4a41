/** 法治命令行 / The {@code fazhi} command line: check, report, indicators, audit, stream and schema. */
module org.fazhi.governance.cli {
    requires org.fazhi.governance.report;
    requires org.fazhi.governance.text;
    requires info.picocli;
    requires java.logging;

    exports org.fazhi.governance.cli;

    // picocli reads the @Command, @Option and @Parameters fields and methods of the commands reflectively
    opens org.fazhi.governance.cli to info.picocli;
}

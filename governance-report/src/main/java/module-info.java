/**
 * 法治政府建设年度报告 / The Fazhi annual report: built from a record, its findings and its indicators, and
 * rendered as Markdown, HTML, JSON and SARIF; plus the JSON Schema of the record.
 */
module org.fazhi.governance.report {
    requires static org.immutables.value.annotations;
    requires static java.compiler;
    requires static com.google.errorprone.annotations;

    requires transitive org.fazhi.governance.rules;
    requires com.github.victools.jsonschema.generator;
    requires com.github.victools.jsonschema.module.jakarta.validation;
    requires com.fasterxml.classmate; // RecordSchema resolves the types victools hands it

    exports org.fazhi.governance.report;

    // Jackson writes the report's Immutables values through their generated Json delegates
    opens org.fazhi.governance.report to com.fasterxml.jackson.databind;
}

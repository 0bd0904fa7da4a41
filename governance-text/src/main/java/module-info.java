/**
 * 报告文本审核 / The Fazhi text audit: the figures a report's text declares (from plain text, HTML, Word or PDF),
 * checked against the record.
 */
module org.fazhi.governance.text {
    requires static org.immutables.value.annotations;
    requires static java.compiler;
    requires static com.google.errorprone.annotations;

    requires transitive org.fazhi.governance.rules;
    requires org.jsoup;
    requires org.apache.poi.ooxml;
    requires org.apache.pdfbox;

    exports org.fazhi.governance.text;
}

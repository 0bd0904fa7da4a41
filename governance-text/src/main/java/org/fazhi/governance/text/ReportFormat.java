package org.fazhi.governance.text;

import java.nio.file.Path;
import java.util.Locale;
import org.fazhi.governance.model.base.Bilingual;

/** 报告文件格式 / The formats a published report is read from. */
public enum ReportFormat implements Bilingual {
    /** 纯文本 / plain text ({@code .txt}), UTF-8. */
    TEXT("纯文本", "plain text", false),
    /** Markdown ({@code .md}), UTF-8. */
    MARKDOWN("Markdown", "Markdown", false),
    /** 网页 / HTML ({@code .html}, {@code .htm}): the text of the page, positions in the page source. */
    HTML("网页", "HTML", false),
    /** Word 文档 / Word ({@code .docx}): the text of its paragraphs and tables. */
    DOCX("Word 文档", "Word document", true),
    /** PDF: the text of its pages, lines of a paragraph joined. */
    PDF("PDF", "PDF", true);

    private final String zh;
    private final String en;
    private final boolean binary;

    ReportFormat(String zh, String en, boolean binary) {
        this.zh = zh;
        this.en = en;
        this.binary = binary;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /**
     * Whether the file is not text: positions then refer to the text extracted from it, which
     * {@link ReportText#artifactText()} holds and a SARIF log should point into.
     */
    public boolean isBinary() {
        return binary;
    }

    /**
     * The format of a file, from its extension.
     *
     * @param file a report file
     * @return the format
     * @throws IllegalArgumentException naming the file and the supported extensions, in English and Chinese
     */
    public static ReportFormat of(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        switch (ext) {
            case "txt": case "text": return TEXT;
            case "md": case "markdown": return MARKDOWN;
            case "html": case "htm": case "xhtml": return HTML;
            case "docx": return DOCX;
            case "pdf": return PDF;
            default:
                throw new IllegalArgumentException(file + ": unsupported report format '" + ext + "'; use .txt, .md, .html, .docx or .pdf / "
                        + file + "：不支持的报告格式“" + ext + "”，请使用 .txt、.md、.html、.docx 或 .pdf");
        }
    }
}

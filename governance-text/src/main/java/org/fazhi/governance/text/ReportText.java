package org.fazhi.governance.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * 报告原文 / The text of a published report, read from plain text, Markdown, HTML, Word or PDF, with
 * the way back from every character of the text to its place in the file.
 *
 * <p>{@link #text()} is what the extractor reads. {@link #artifactText()} is the text positions point
 * into: the file's own characters for plain text, Markdown and HTML (for HTML the page source, so a SARIF
 * viewer opens the page at the right line), the extracted text for Word and PDF (a binary file has no
 * lines; write {@code artifactText()} next to the file and point a SARIF log there). Plain text and
 * Markdown are read as UTF-8, else as GB18030 (GBK), as many government files are. Immutable.
 */
public final class ReportText {
    /** The largest report file read: 64 MiB. */
    public static final long MAX_BYTES = 64L << 20;

    private final String name;
    private final ReportFormat format;
    private final String text;
    private final String artifact;
    private final int[] toArtifact;
    private final int[] lineStarts;
    private final int[] pageStarts;

    private ReportText(String name, ReportFormat format, String text, String artifact, int[] toArtifact, int[] pageStarts) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.text = text;
        this.artifact = artifact;
        this.toArtifact = toArtifact;
        this.pageStarts = pageStarts;
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < artifact.length(); i++) {
            if (artifact.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /**
     * Reads a report file; the format comes from the extension.
     *
     * @param file a {@code .txt}, {@code .md}, {@code .html}, {@code .docx} or {@code .pdf} file
     * @return the report text
     * @throws IllegalArgumentException for an unsupported extension, a file too large, or a Word or PDF
     *     file that cannot be read, naming the file, in English and Chinese
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ReportText read(Path file) {
        ReportFormat format = ReportFormat.of(file);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IllegalArgumentException(file + ": " + size + " bytes is larger than the " + MAX_BYTES + " a report may have / " + file
                        + "：文件大小 " + size + " 字节，超过报告上限 " + MAX_BYTES + " 字节");
            }
            return of(file.toString(), format, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read / 无法读取：" + e.getMessage(), e);
        }
    }

    /**
     * A report from the bytes of a file.
     *
     * @param name the file name or address positions are reported for
     * @param format the format
     * @param content the file's bytes
     * @return the report text
     * @throws IllegalArgumentException if a Word or PDF file cannot be read, naming it, in English and Chinese
     */
    public static ReportText of(String name, ReportFormat format, byte[] content) {
        switch (format) {
            case TEXT:
            case MARKDOWN:
                return plain(name, format, decode(content));
            case HTML:
                return html(name, decode(content));
            case DOCX:
                return docx(name, content);
            default:
                return pdf(name, content);
        }
    }

    /**
     * A plain-text or Markdown report from its characters.
     *
     * @param name the file name positions are reported for
     * @param format {@link ReportFormat#TEXT} or {@link ReportFormat#MARKDOWN}
     * @param text the text
     * @return the report text
     */
    public static ReportText plain(String name, ReportFormat format, String text) {
        if (format != ReportFormat.TEXT && format != ReportFormat.MARKDOWN) {
            throw new IllegalArgumentException(name + ": " + format + " is not a text format / 不是文本格式");
        }
        String t = text.startsWith("\ufeff") ? " " + text.substring(1) : text;
        return new ReportText(name, format, t, t, null, null);
    }

    /**
     * An HTML report from its source: the text of the page (title and body, no scripts or styles), every
     * character mapped back to the page source, entities included.
     *
     * @param name the file name or address
     * @param html the page source
     * @return the report text
     */
    public static ReportText html(String name, String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Builder b = new Builder();
        Element title = doc.head().selectFirst("title");
        NodeVisitor visitor = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    Node parent = node.parent();
                    String tag = parent instanceof Element ? ((Element) parent).normalName() : "";
                    if (!tag.equals("script") && !tag.equals("style") && !tag.equals("noscript")) {
                        appendTextNode(b, html, (TextNode) node);
                    }
                } else if (node instanceof Element && isBlock((Element) node)) {
                    b.breakLine(node.sourceRange().startPos());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    Element e = (Element) node;
                    if (isBlock(e)) {
                        b.breakLine(e.endSourceRange().isTracked() ? e.endSourceRange().startPos() : -1);
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        b.append(' ', -1);
                    }
                }
            }
        };
        if (title != null) {
            title.traverse(visitor);
            b.breakLine(-1);
        }
        doc.body().traverse(visitor);
        return new ReportText(name, ReportFormat.HTML, b.text(), html, b.map(), null);
    }

    private static boolean isBlock(Element e) {
        switch (e.normalName()) {
            case "p": case "div": case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "li": case "tr": case "table":
            case "section": case "article": case "header": case "footer": case "br": case "title": case "blockquote": case "pre":
            case "dd": case "dt": case "ul": case "ol": case "hr":
                return true;
            default:
                return false;
        }
    }

    /** Appends a text node, mapping each decoded character to its place in the page source. */
    private static void appendTextNode(Builder b, String html, TextNode node) {
        String whole = node.getWholeText();
        if (!node.sourceRange().isTracked()) {
            for (int j = 0; j < whole.length(); j++) {
                b.append(whole.charAt(j), -1);
            }
            return;
        }
        int i = node.sourceRange().startPos();
        int rawEnd = Math.min(html.length(), node.sourceRange().endPos());
        int j = 0;
        while (j < whole.length()) {
            char c = whole.charAt(j);
            if (i < rawEnd && html.charAt(i) == '&') {
                int semi = html.indexOf(';', i);
                if (semi > i && semi < rawEnd && semi - i <= 32) {
                    String decoded = Parser.unescapeEntities(html.substring(i, semi + 1), false);
                    if (!decoded.isEmpty() && whole.startsWith(decoded, j) && !decoded.equals(html.substring(i, semi + 1))) {
                        for (int k = 0; k < decoded.length(); k++) {
                            b.append(soft(decoded.charAt(k)), i);
                        }
                        j += decoded.length();
                        i = semi + 1;
                        continue;
                    }
                }
            }
            b.append(soft(c), i < rawEnd ? i : rawEnd - 1);
            i++;
            j++;
        }
    }

    private static char soft(char c) {
        return c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }

    /**
     * A Word report: the text of its paragraphs and table rows, one per line.
     *
     * @param name the file name
     * @param content the {@code .docx} bytes
     * @return the report text; positions refer to that text
     * @throws IllegalArgumentException if the bytes are not a Word document, naming the file
     */
    public static ReportText docx(String name, byte[] content) {
        StringBuilder sb = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph) {
                    line(sb, ((XWPFParagraph) e).getText());
                } else if (e instanceof XWPFTable) {
                    for (XWPFTableRow row : ((XWPFTable) e).getRows()) {
                        StringBuilder cells = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.append(cells.length() == 0 ? "" : "\t").append(cell.getText().replace('\n', ' '));
                        }
                        line(sb, cells.toString());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, "Word", e);
        }
        String t = sb.toString();
        return new ReportText(name, ReportFormat.DOCX, t, t, null, null);
    }

    private static void line(StringBuilder sb, String s) {
        String t = s.replace('\r', ' ').replace('\n', ' ').strip();
        if (!t.isEmpty()) {
            sb.append(t).append('\n');
        }
    }

    /**
     * A PDF report: the text of its pages, with the lines of a paragraph joined (a line ends a paragraph
     * when it ends a sentence or is much shorter than the page's lines).
     *
     * @param name the file name
     * @param content the PDF bytes
     * @return the report text; positions refer to that text, with page numbers
     * @throws IllegalArgumentException if the bytes are not a readable PDF, naming the file
     */
    public static ReportText pdf(String name, byte[] content) {
        StringBuilder sb = new StringBuilder();
        int[] pages;
        try (PDDocument doc = Loader.loadPDF(content)) {
            int n = doc.getNumberOfPages();
            pages = new int[n];
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            for (int p = 1; p <= n; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages[p - 1] = sb.length();
                joinLines(sb, stripper.getText(doc));
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, "PDF", e);
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
        String t = sb.toString();
        return new ReportText(name, ReportFormat.PDF, t, t, null, pages);
    }

    private static void joinLines(StringBuilder sb, String page) {
        String[] lines = page.split("\n");
        int longest = 0;
        for (String l : lines) {
            longest = Math.max(longest, l.strip().length());
        }
        for (String raw : lines) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                char prev = sb.charAt(sb.length() - 1);
                if (isAsciiLetter(prev) && isAsciiLetter(l.charAt(0))) {
                    sb.append(' ');
                }
            }
            sb.append(l);
            boolean ends = "。！？；：!?;:".indexOf(l.charAt(l.length() - 1)) >= 0 || l.length() < longest * 0.6;
            if (ends) {
                sb.append('\n');
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static IllegalArgumentException unreadable(String name, String kind, Exception e) {
        String zhKind = kind.equals("Word") ? "Word 文档" : kind;
        return new IllegalArgumentException(name + ": not a readable " + kind + " file (" + e.getMessage() + ") / " + name + "：无法读取的"
                + zhKind + "文件（" + e.getMessage() + "）", e);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    /** 名称 / The file name or address positions are reported for. */
    public String name() {
        return name;
    }

    /** 格式 / The format read. */
    public ReportFormat format() {
        return format;
    }

    /** 文本 / The text the extractor reads. */
    public String text() {
        return text;
    }

    /**
     * 定位文本 / The text positions point into: the file itself for plain text, Markdown and HTML, the
     * extracted text for Word and PDF.
     */
    public String artifactText() {
        return artifact;
    }

    /** Whether line breaks in {@link #text()} always end a block (HTML, Word, PDF) rather than wrap a line. */
    boolean hardBreaks() {
        return format == ReportFormat.HTML || format.isBinary();
    }

    /**
     * Where a range of {@link #text()} is in the artifact.
     *
     * @param start the first character's offset in the text
     * @param end the offset after the last character
     * @return the span in the artifact, with lines, columns and page
     * @throws IndexOutOfBoundsException if the range is not within the text
     */
    public TextSpan locate(int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        int a = artifactOffset(start);
        int lastChar = end > start ? artifactOffset(end - 1) : a;
        int b = end > start ? Math.max(a + 1, lastChar + 1) : a;
        int line = lineOf(a);
        int endLine = lineOf(Math.max(a, b - 1));
        int page = 0;
        if (pageStarts != null) {
            for (int p = 0; p < pageStarts.length && pageStarts[p] <= start; p++) {
                page = p + 1;
            }
        }
        return new TextSpan(a, b, line, a - lineStarts[line - 1] + 1, endLine, Math.max(a, b - 1) - lineStarts[endLine - 1] + 2, page);
    }

    private int artifactOffset(int textOffset) {
        if (toArtifact == null) {
            return textOffset;
        }
        for (int i = textOffset; i >= 0; i--) {
            if (toArtifact[i] >= 0) {
                return toArtifact[i];
            }
        }
        return 0;
    }

    private int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    @Override
    public String toString() {
        return "ReportText[" + name + ", " + format + ", " + text.length() + " chars]";
    }

    /** Builds a text with its map to the source; {@code -1} maps to the nearest mapped character before. */
    private static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] map = new int[1024];

        void append(char c, int sourceOffset) {
            if (sb.length() == map.length) {
                map = Arrays.copyOf(map, map.length * 2);
            }
            map[sb.length()] = sourceOffset;
            sb.append(c);
        }

        void breakLine(int sourceOffset) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                append('\n', sourceOffset);
            }
        }

        String text() {
            return sb.toString();
        }

        int[] map() {
            return Arrays.copyOf(map, sb.length());
        }
    }
}

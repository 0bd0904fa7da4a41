package org.fazhi.governance.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Word and PDF test inputs, made in code from a text (no binary file is committed).
 *
 * <p>The PDF uses a Type 0 font that is not embedded (as many government PDFs name 宋体 without embedding
 * it) with a ToUnicode map, so its text extracts on any machine, with or without Chinese fonts.
 */
final class TestDocuments {
    private static final int LINE = 40;

    private TestDocuments() {}

    /** The paragraphs of a Markdown text, without heading marks and blank lines. */
    static List<String> paragraphs(String markdown) {
        List<String> out = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            String t = line.replaceFirst("^#+\\s*", "").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** A .docx with one paragraph per paragraph of the text, and a table after the first. */
    static byte[] docx(List<String> paragraphs, String[][] table) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < paragraphs.size(); i++) {
                doc.createParagraph().createRun().setText(paragraphs.get(i));
                if (i == 0 && table != null) {
                    XWPFTable t = doc.createTable(table.length, table[0].length);
                    for (int r = 0; r < table.length; r++) {
                        for (int c = 0; c < table[r].length; c++) {
                            t.getRow(r).getCell(c).setText(table[r][c]);
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with the paragraphs wrapped at 40 characters a line, 50 lines a page. */
    static byte[] pdf(List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); i += LINE) {
                lines.add(p.substring(i, Math.min(p.length(), i + LINE)));
            }
        }
        Map<Character, Integer> cids = new LinkedHashMap<>();
        for (String l : lines) {
            for (char c : l.toCharArray()) {
                cids.putIfAbsent(c, cids.size() + 1);
            }
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSDictionary font = type0(doc, cids);
            for (int start = 0; start < lines.size(); start += 50) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources res = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                res.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(res);
                PDStream content = new PDStream(doc);
                try (OutputStream os = content.createOutputStream()) {
                    StringBuilder sb = new StringBuilder();
                    int y = 800;
                    for (String l : lines.subList(start, Math.min(lines.size(), start + 50))) {
                        sb.append("BT /F1 12 Tf 50 ").append(y).append(" Td <");
                        for (char c : l.toCharArray()) {
                            sb.append(String.format("%04X", cids.get(c)));
                        }
                        sb.append("> Tj ET\n");
                        y -= 15;
                    }
                    os.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(content);
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static COSDictionary type0(PDDocument doc, Map<Character, Integer> cids) throws IOException {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "SimSun");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (int v : new int[] {0, -141, 1000, 859}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 859);
        descriptor.setInt(COSName.DESCENT, -141);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, "SimSun");
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        cidFont.setName(COSName.CID_TO_GID_MAP, "Identity");
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSStream toUnicode = doc.getDocument().createCOSStream();
        try (OutputStream os = toUnicode.createOutputStream()) {
            os.write(cmap(cids).getBytes(StandardCharsets.US_ASCII));
        }
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "SimSun");
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, toUnicode);
        return font;
    }

    private static String cmap(Map<Character, Integer> cids) {
        StringBuilder sb = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n"
                + "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Character, Integer>> all = new ArrayList<>(cids.entrySet());
        for (int i = 0; i < all.size(); i += 100) {
            List<Map.Entry<Character, Integer>> block = all.subList(i, Math.min(all.size(), i + 100));
            sb.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Character, Integer> e : block) {
                sb.append(String.format("<%04X> <%04X>%n", e.getValue(), (int) e.getKey()));
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString();
    }
}

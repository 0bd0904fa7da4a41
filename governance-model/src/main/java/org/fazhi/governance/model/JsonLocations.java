package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.base.InvalidRecordException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 位置索引 / Where each value of a JSON document stands in its text: a JSON Pointer maps to the line and
 * column where the value starts and ends.
 *
 * <p>Built from the same bytes a record is read from ({@link #index(byte[])}), in one streaming pass
 * beside the reading path, which stays unchanged. It lets a finding's path ({@code /hotlineTickets/3/closedOn})
 * be shown as a place in the file, as SARIF regions and editors want. Lines and columns are 1-based;
 * columns count UTF-16 code units (a Chinese character counts 1), SARIF's default {@code columnKind}.
 * A pointer to something the document does not hold resolves to its nearest ancestor that it does
 * ({@link #find(String)}), so every pointer has a place. Immutable and thread-safe.
 */
public final class JsonLocations {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Map<String, Span> spans;

    private JsonLocations(Map<String, Span> spans) {
        this.spans = Map.copyOf(spans);
    }

    /**
     * Where a value starts and ends: {@code startLine:startColumn} is its first character,
     * {@code endLine:endColumn} the position just after its last one (SARIF's exclusive end column).
     */
    public static final class Span {
        private final String pointer;
        private final int startLine;
        private final int startColumn;
        private final int endLine;
        private final int endColumn;

        Span(String pointer, int startLine, int startColumn, int endLine, int endColumn) {
            this.pointer = pointer;
            this.startLine = startLine;
            this.startColumn = startColumn;
            this.endLine = endLine;
            this.endColumn = endColumn;
        }

        /** The JSON Pointer of the value this span covers ({@code ""} for the whole document). */
        public String pointer() {
            return pointer;
        }

        /** First line of the value, from 1. */
        public int startLine() {
            return startLine;
        }

        /** Column of its first character, from 1. */
        public int startColumn() {
            return startColumn;
        }

        /** Line of its last character. */
        public int endLine() {
            return endLine;
        }

        /** Column just after its last character. */
        public int endColumn() {
            return endColumn;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Span)) {
                return false;
            }
            Span s = (Span) o;
            return s.pointer.equals(pointer) && s.startLine == startLine && s.startColumn == startColumn && s.endLine == endLine
                    && s.endColumn == endColumn;
        }

        @Override
        public int hashCode() {
            return Objects.hash(pointer, startLine, startColumn, endLine, endColumn);
        }

        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + "@" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
        }
    }

    /**
     * Indexes a JSON document.
     *
     * @param utf8 the document's bytes, as given to {@link GovernanceJson#readRecord(byte[])}
     * @return the index of every value in it
     * @throws InvalidRecordException if the bytes are not one well-formed JSON value, with the line and
     *     column where reading stopped
     */
    public static JsonLocations index(byte[] utf8) {
        // A character-based parser, so that columns count characters rather than UTF-8 bytes.
        String text = new String(utf8, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = " " + text.substring(1);
        }
        Map<String, Span> spans = new HashMap<>();
        JsonParser opened;
        try {
            opened = FACTORY.createParser(text);
        } catch (IOException e) {
            throw GovernanceJson.translate(e, null);
        }
        try (JsonParser p = opened) {
            Deque<String> containers = new ArrayDeque<>();
            Deque<JsonLocation> starts = new ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    String pointer = containers.pop();
                    JsonLocation start = starts.pop();
                    JsonLocation end = p.currentLocation();
                    spans.put(pointer, new Span(pointer, start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr()));
                    continue;
                }
                String pointer = p.getParsingContext().pathAsPointer().toString();
                JsonLocation start = p.currentTokenLocation();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    containers.push(pointer);
                    starts.push(start);
                } else {
                    p.finishToken();
                    JsonLocation end = p.currentLocation();
                    spans.put(pointer, new Span(pointer, start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr()));
                }
            }
        } catch (IOException e) {
            throw GovernanceJson.translate(e, opened);
        }
        if (spans.isEmpty()) {
            throw new InvalidRecordException(List.of(Violation.of("", "json.empty", "输入为空，不是 JSON 文档", "Input is empty, not a JSON document")));
        }
        return new JsonLocations(spans);
    }

    /**
     * The span of exactly this pointer.
     *
     * @param pointer a JSON Pointer such as {@code /declaredFigures/13}; {@code ""} or {@code "/"} is the
     *     whole document
     * @return its span, or empty if the document holds no value there
     */
    public java.util.Optional<Span> get(String pointer) {
        return java.util.Optional.ofNullable(spans.get(normal(pointer)));
    }

    /**
     * The span of a pointer, or of its nearest ancestor the document holds: a finding about a missing
     * {@code /report/publishedOn} is placed at {@code /report}. Never empty, since the document itself
     * always has a span.
     *
     * @param pointer a JSON Pointer
     * @return the span of the pointer or its nearest ancestor
     */
    public Span find(String pointer) {
        String p = normal(pointer);
        while (true) {
            Span s = spans.get(p);
            if (s != null) {
                return s;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return spans.get("");
            }
            p = p.substring(0, slash);
        }
    }

    /** How many values the document holds, containers included. */
    public int size() {
        return spans.size();
    }

    private static String normal(String pointer) {
        return pointer == null || pointer.equals("/") ? "" : pointer;
    }

    @Override
    public String toString() {
        return "JsonLocations[" + spans.size() + " values]";
    }
}

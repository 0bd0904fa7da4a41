package org.fazhi.governance.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 行读取器 / Lines come out the same whether they lie within one read of the stream or span several. */
class LineReaderTest {
    /** A stream that hands out at most {@code step} bytes per read, so that lines span reads. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<String> read(InputStream in, int max) throws IOException {
        LineReader r = new LineReader(in, max);
        List<String> out = new ArrayList<>();
        while (r.next()) {
            out.add(r.tooLong() ? "<too long>" : (r.isBlank() ? "<blank>" : "") + new String(r.buffer(), r.offset(), r.length(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void lines_within_a_read_and_across_reads_are_the_same() throws IOException {
        String big = "法".repeat(15_000);
        String text = "{\"a\":1}\r\n\n  \r\n" + big + "\r\n" + "x".repeat(70_000) + "\n{\"b\":\"名\"}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> expected = List.of("{\"a\":1}", "<blank>", "<blank>  ", big, "<too long>", "{\"b\":\"名\"}");
        assertThat(read(new ByteArrayInputStream(bytes), 60_000)).containsExactlyElementsOf(expected);
        for (int step : new int[] {1, 2, 3, 7, 8, 9, 4096}) {
            assertThat(read(trickle(bytes, step), 60_000)).as("reads of %d bytes", step).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void a_line_over_the_limit_is_flagged_within_a_read_and_across_reads() throws IOException {
        byte[] bytes = ("0123456789\nabc\n").getBytes(StandardCharsets.UTF_8);
        assertThat(read(new ByteArrayInputStream(bytes), 5)).containsExactly("<too long>", "abc");
        assertThat(read(trickle(bytes, 3), 5)).containsExactly("<too long>", "abc");
        assertThat(read(new ByteArrayInputStream(new byte[0]), 5)).isEmpty();
        assertThat(read(new ByteArrayInputStream("\r\n".getBytes(StandardCharsets.UTF_8)), 5)).containsExactly("<blank>");
    }

    @Test
    void the_newline_search_finds_the_first_newline_at_every_offset() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(19);
        for (int n = 0; n < 40; n++) {
            byte[] b = new byte[n];
            for (int trial = 0; trial < 200; trial++) {
                for (int i = 0; i < n; i++) {
                    // mostly bytes next to '\n' in value (0x09, 0x0B, 0x8A, 0xFF), some '\n'
                    int k = rnd.nextInt(12);
                    b[i] = (byte) (k == 0 ? '\n' : k < 4 ? 0x09 : k < 7 ? 0x0B : k < 9 ? 0x8A : k < 10 ? 0xFF : 'x');
                }
                int from = n == 0 ? 0 : rnd.nextInt(n + 1);
                int expected = from;
                while (expected < n && b[expected] != '\n') {
                    expected++;
                }
                assertThat(LineReader.newline(b, from, n)).as("n=%d from=%d", n, from).isEqualTo(expected);
            }
        }
    }
}

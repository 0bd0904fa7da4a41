package org.fazhi.governance.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.model.GovernanceJson;

/** JSON Lines of synthetic hotline tickets, in memory or generated lazily so that no data touches disk. */
public final class SyntheticStreams {
    private SyntheticStreams() {}

    /**
     * Tickets as JSON Lines bytes.
     *
     * @param n how many
     * @param seed the seed
     * @param villages villages v0.. they refer to
     * @return the bytes
     */
    public static byte[] tickets(int n, long seed, int villages) {
        SplittableRandom rnd = new SplittableRandom(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * 260);
        for (int i = 0; i < n; i++) {
            out.writeBytes(GovernanceJson.writeLine(SyntheticCounty.ticket(rnd, "t" + i, villages)).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /**
     * An input stream that generates {@code n} ticket lines on demand, holding one line at a time.
     *
     * @param n how many lines
     * @param seed the seed
     * @param villages villages v0.. they refer to
     * @return the stream
     */
    public static InputStream lazyTickets(long n, long seed, int villages) {
        SplittableRandom rnd = new SplittableRandom(seed);
        return new InputStream() {
            private long produced;
            private byte[] line = new byte[0];
            private int pos;

            private boolean fill() {
                if (pos < line.length) {
                    return true;
                }
                if (produced >= n) {
                    return false;
                }
                line = (GovernanceJson.writeLine(SyntheticCounty.ticket(rnd, "t" + produced, villages)) + "\n").getBytes(StandardCharsets.UTF_8);
                pos = 0;
                produced++;
                return true;
            }

            @Override
            public int read() {
                return fill() ? line[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int total = 0;
                while (total < len && fill()) {
                    int k = Math.min(len - total, line.length - pos);
                    System.arraycopy(line, pos, b, off + total, k);
                    pos += k;
                    total += k;
                }
                return total == 0 ? -1 : total;
            }
        };
    }
}

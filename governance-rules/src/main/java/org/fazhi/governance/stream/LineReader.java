package org.fazhi.governance.stream;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * 行读取器 / Reads '\n'-terminated lines of bytes; drops a trailing '\r'. A line that lies within the chunk
 * read from the stream is handed out in place ({@link #buffer()} from {@link #offset()}); only a line that
 * spans two reads is copied, into one reused buffer. Either stays valid until the next {@link #next()}. Not
 * thread-safe.
 */
final class LineReader {
    private final InputStream in;
    private final int max;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[1024];
    private byte[] buffer = line;
    private int offset;
    private int length;
    private boolean tooLong;
    private boolean eof;

    LineReader(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /** Reads the next line; false at the end of the stream. */
    boolean next() throws IOException {
        if (eof) {
            return false;
        }
        buffer = line;
        offset = 0;
        length = 0;
        tooLong = false;
        boolean any = false;
        boolean spanning = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk, 0, chunk.length);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    eof = true;
                    chunkLen = 0;
                    return any;
                }
            }
            any = true;
            int start = chunkPos;
            int end = newline(chunk, start, chunkLen);
            if (end < chunkLen && !spanning) {
                // the whole line is in this chunk: no copy
                chunkPos = end + 1;
                if (end - start > max) {
                    tooLong = true;
                } else {
                    buffer = chunk;
                    offset = start;
                    length = end - start;
                    dropCarriageReturn();
                }
                return true;
            }
            spanning = true;
            append(start, end - start);
            chunkPos = end;
            if (end < chunkLen) {
                chunkPos++;
                dropCarriageReturn();
                return true;
            }
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The index of the first '\n' in {@code b[from, to)}, or {@code to}: eight bytes at a time (a byte equal to
     * '\n' becomes zero after the xor, and the lowest zero byte sets the lowest high bit of the test word).
     */
    static int newline(byte[] b, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long zero = (x - LOW_BITS) & ~x & HIGH_BITS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return to;
    }

    private void dropCarriageReturn() {
        if (length > 0 && buffer[offset + length - 1] == '\r' && !tooLong) {
            length--;
        }
    }

    private void append(int from, int n) {
        if (tooLong || n == 0) {
            return;
        }
        if (length + n > max) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + n > line.length) {
            byte[] bigger = new byte[Math.min(max, Math.max(line.length * 2, length + n))];
            System.arraycopy(line, 0, bigger, 0, length);
            line = bigger;
            buffer = line;
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    /** The bytes of the line, from {@link #offset()}. */
    byte[] buffer() {
        return buffer;
    }

    /** Where the line starts in {@link #buffer()}. */
    int offset() {
        return offset;
    }

    /** The line's length in bytes, without '\n' or a trailing '\r'. */
    int length() {
        return length;
    }

    /** True if the line was longer than the limit (its bytes are then not kept). */
    boolean tooLong() {
        return tooLong;
    }

    boolean isBlank() {
        for (int i = offset; i < offset + length; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}

package org.fazhi.governance.rules.stream;

import java.io.IOException;
import java.io.InputStream;

/** Reads '\n'-terminated lines of bytes into one reused buffer; drops a trailing '\r'. Not thread-safe. */
final class LineReader {
    private final InputStream in;
    private final int max;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[1024];
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
        length = 0;
        tooLong = false;
        boolean any = false;
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
            while (chunkPos < chunkLen && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            append(start, chunkPos - start);
            if (chunkPos < chunkLen) {
                chunkPos++;
                if (length > 0 && line[length - 1] == '\r' && !tooLong) {
                    length--;
                }
                return true;
            }
        }
    }

    private void append(int from, int n) {
        if (tooLong || n == 0) {
            return;
        }
        if (length + n > max) {
            tooLong = true;
            return;
        }
        if (length + n > line.length) {
            byte[] bigger = new byte[Math.min(max, Math.max(line.length * 2, length + n))];
            System.arraycopy(line, 0, bigger, 0, length);
            line = bigger;
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    byte[] buffer() {
        return line;
    }

    int length() {
        return length;
    }

    boolean tooLong() {
        return tooLong;
    }

    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}

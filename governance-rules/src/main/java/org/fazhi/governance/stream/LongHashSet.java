package org.fazhi.governance.stream;

/** An open-addressing set of 64-bit hashes with a size limit; no boxing. Not thread-safe. */
final class LongHashSet {
    private static final long EMPTY = 0L;
    private long[] slots = new long[1024];
    private int size;
    private boolean hasZero;
    private final int limit;
    /** The fold of the last {@link #fetch}, never read: it only keeps the reads. */
    @SuppressWarnings("unused")
    private long fetched;

    LongHashSet(int limit) {
        this.limit = limit;
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    boolean isFull() {
        return size() >= limit;
    }

    /** Adds a value; returns false if it was already present. */
    boolean add(long v) {
        if (v == EMPTY) {
            boolean was = hasZero;
            hasZero = true;
            return !was;
        }
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (mix(v) & mask);
        while (slots[i] != EMPTY) {
            if (slots[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
        return true;
    }

    boolean contains(long v) {
        if (v == EMPTY) {
            return hasZero;
        }
        int mask = slots.length - 1;
        int i = (int) (mix(v) & mask);
        while (slots[i] != EMPTY) {
            if (slots[i] == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /**
     * Reads the slots the first {@code n} values hash to, so that a batch of lookups waits for memory once
     * rather than once per value; the reads are kept (folded into a field) so the compiler cannot drop them.
     */
    void fetch(long[] values, int n) {
        long[] s = slots;
        int mask = s.length - 1;
        long folded = 0;
        for (int i = 0; i < n; i++) {
            folded ^= s[(int) (mix(values[i]) & mask)];
        }
        fetched = folded;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static long mix(long v) {
        v ^= v >>> 33;
        v *= 0xff51afd7ed558ccdL;
        v ^= v >>> 33;
        return v;
    }

    /** 64-bit FNV-1a hash of a string's UTF-16 units. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Override
    public String toString() {
        return "LongHashSet[size=" + size() + ", capacity=" + slots.length + "]";
    }
}

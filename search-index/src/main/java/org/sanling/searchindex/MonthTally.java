package org.sanling.searchindex;

import java.nio.charset.StandardCharsets;

/**
 * The documents of one kind created in one month ({@link SearchDocument#MONTH_ZONE}), as the index and the
 * database it mirrors each count them: how many, and the sum (modulo 2<sup>64</sup>) of {@link #digest} over
 * their ids and stamps. The sum does not depend on order, so each side adds its items as it reads them; equal
 * tallies mean the same ids with the same stamps, but for a chance of about 2<sup>-64</sup>. Immutable.
 */
public record MonthTally(long count, long checksum) {

    public static final MonthTally NONE = new MonthTally(0, 0);

    /** This tally with one more item. */
    public MonthTally plus(String id, long stamp) {
        return new MonthTally(count + 1, checksum + digest(id, stamp));
    }

    /** A 64-bit digest of a document's id (its UTF-8 bytes) and stamp; part of this class's contract. */
    public static long digest(String id, long stamp) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return digest(bytes, 0, bytes.length, stamp);
    }

    /** {@link #digest(String, long)} of the id's UTF-8 bytes {@code bytes[offset, offset + length)}. */
    static long digest(byte[] bytes, int offset, int length, long stamp) {
        long hash = 0xcbf29ce484222325L; // FNV-1a
        for (int i = offset; i < offset + length; i++) {
            hash ^= bytes[i] & 0xff;
            hash *= 0x100000001b3L;
        }
        return mix(hash ^ mix(stamp + 0x9e3779b97f4a7c15L));
    }

    /** SplitMix64's finaliser: every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

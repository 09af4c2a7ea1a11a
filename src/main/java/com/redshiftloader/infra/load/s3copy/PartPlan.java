package com.redshiftloader.infra.load.s3copy;

import java.util.OptionalInt;

/**
 * How a file is cut into COPY parts. Redshift loads one part per slice at a time, so when the slice count is known
 * the number of parts is a multiple of it: the source is cut at equal byte offsets into {@code slices × k} parts,
 * {@code k} chosen so that a part stays near the target compressed size (gzip of CSV shrinks it about
 * {@value #ASSUMED_RATIO}-fold). Without a slice count, parts are cut by compressed size alone.
 *
 * @param parts the number of parts to cut by source offset, or 0 to cut by compressed size
 * @param stride source bytes per part when cutting by offset
 */
record PartPlan(int parts, long stride) {

    static final int ASSUMED_RATIO = 4;

    static PartPlan of(long sourceBytes, long targetCompressedBytes, OptionalInt slices) {
        if (slices.isEmpty() || sourceBytes <= 0) {
            return new PartPlan(0, 0);
        }
        int count = slices.getAsInt();
        long estimated = sourceBytes / ASSUMED_RATIO;
        long rounds = Math.max(1, ceilDiv(estimated, (long) count * targetCompressedBytes));
        long parts = Math.min(rounds * count, Integer.MAX_VALUE);
        return new PartPlan((int) parts, Math.max(1, ceilDiv(sourceBytes, parts)));
    }

    boolean bySourceOffset() {
        return parts > 0;
    }

    /** Whether the part being written ends once {@code sourceBytesRead} are consumed (the last part never does). */
    boolean partEnds(int partsFinished, long sourceBytesRead) {
        return bySourceOffset() && partsFinished < parts - 1 && sourceBytesRead >= stride * (partsFinished + 1L);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}

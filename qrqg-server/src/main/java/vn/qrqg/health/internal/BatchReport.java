package vn.qrqg.health.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the items of a batch or an import as they are pushed, and keeps their results: all of
 * them for a batch, the first {@value #MAX_LISTED} rejected ones for an import (which may hold
 * millions of lines).
 */
final class BatchReport {
    static final int MAX_LISTED = 100;

    /** The answer to a batch push: every item's result, in order. */
    record Batch(int created, int existing, int rejected, List<HealthRecordPush.ItemResult> items) {
    }

    /** The answer to a bulk import: counts, and the first rejected items. */
    record Import(int created, int existing, int rejectedCount, List<HealthRecordPush.ItemResult> rejected) {
    }

    private final boolean keepAll;
    private final List<HealthRecordPush.ItemResult> kept = new ArrayList<>();
    private int created;
    private int existing;
    private int rejected;

    private BatchReport(boolean keepAll) {
        this.keepAll = keepAll;
    }

    static BatchReport forBatch() {
        return new BatchReport(true);
    }

    static BatchReport forImport() {
        return new BatchReport(false);
    }

    void add(HealthRecordPush.ItemResult result) {
        switch (result.status()) {
            case CREATED -> created++;
            case EXISTING -> existing++;
            default -> rejected++;
        }
        if (keepAll || (result.rejected() && kept.size() < MAX_LISTED)) {
            kept.add(result);
        }
    }

    Batch batch() {
        return new Batch(created, existing, rejected, List.copyOf(kept));
    }

    Import imported() {
        return new Import(created, existing, rejected, List.copyOf(kept));
    }
}

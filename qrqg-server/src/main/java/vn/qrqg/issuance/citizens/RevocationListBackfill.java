package vn.qrqg.issuance.citizens;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.issuance.QrRevocationLists;

/**
 * Lists the versions superseded before the revocation lists existed (migration V37 marked them
 * {@code listed = false}): their ids need the normalised signature, which SQL does not compute.
 * Once, after start-up, in batches; idempotent, so instances that start together do no harm.
 */
@Component
class RevocationListBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(RevocationListBackfill.class);
    private static final int BATCH = 500;

    private final CitizenRecords records;
    private final QrRevocationLists lists;
    private final TransactionTemplate transactions;

    RevocationListBackfill(CitizenRecords records, QrRevocationLists lists, PlatformTransactionManager transactionManager) {
        this.records = records;
        this.lists = lists;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void listSupersededVersions() {
        int listed = 0;
        for (int done = BATCH; done == BATCH; listed += done) {
            done = transactions.execute(status -> {
                List<CitizenRecords.StoredQr> batch = records.unlisted(BATCH);
                for (CitizenRecords.StoredQr qr : batch) {
                    lists.add(qr.kid(), List.of(qr.fullText(), qr.maskedText()), false);
                    records.markListed(qr);
                }
                return batch.size();
            });
        }
        if (listed > 0) {
            LOG.info("Listed {} superseded QR versions on their keys' revocation lists", listed);
        }
    }
}

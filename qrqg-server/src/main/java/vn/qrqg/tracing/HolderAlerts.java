package vn.qrqg.tracing;

import org.springframework.stereotype.Service;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.Holder;
import vn.qrqg.tracing.internal.AlertReads;

/**
 * A person's exposure alerts, for the app that holds their holder token (any certified app, no
 * scope): the API's {@code GET /api/v1/citizens/{qid}/alerts}. Newest first, withdrawn ones
 * marked; never the case nor anyone else. Each answer is audited, as read by the holder's app.
 */
@Service
public class HolderAlerts {
    private final AlertReads reads;

    HolderAlerts(AlertReads reads) {
        this.reads = reads;
    }

    /**
     * @param qid the person the call names: checked first, so that another person's QID learns nothing
     * @throws vn.qrqg.holders.NotTheHolderException when {@code qid} is not the holder's
     */
    public ExposureAlert.Page alerts(Holder holder, Qid qid) {
        holder.require(qid);
        return reads.of(holder);
    }
}

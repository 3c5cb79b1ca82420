package vn.qrqg.tracing;

import java.time.LocalDate;
import java.util.List;

/** How many confirmed cases there were, as counts only: for the risk levels (docs/risk.md). */
public interface CaseCounts {

    /**
     * @param communeCode of the case's permanent address; null when the registry named none of the
     *        current structure (then provinceCode is null too)
     */
    record Count(String communeCode, String provinceCode, long cases) {
    }

    /**
     * The cases not withdrawn whose sample was taken on one of the days {@code from} to {@code to}
     * (Vietnam dates, both included), by commune. The retention bounds how far back they go.
     */
    List<Count> sampledBetween(LocalDate from, LocalDate to);
}

package vn.qrqg.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** The levels other capabilities show (the citizen's page: their commune, the venues they visit). */
public interface RiskLevels {

    /** The levels of these communes on {@code date}, by code; codes of no commune are left out. */
    Map<String, RiskLevel> ofCommunes(Collection<String> communeCodes, LocalDate date);
}

package vn.qrqg.risk;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A province official's app acts for a province it is not limited to. */
public final class NotYourProvinceException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public NotYourProvinceException(String provinceCode) {
        super(ProblemType.NOT_YOUR_PROVINCE, "This app acts for other provinces only: it may not act for province "
                + provinceCode + ".", "the app is limited to other provinces");
        property("provinceCode", provinceCode);
    }
}

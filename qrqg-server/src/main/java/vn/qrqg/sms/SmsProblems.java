package vn.qrqg.sms;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An SMS that could not be sent, for whichever controller sent it: 503, try again later. */
@RestControllerAdvice
@Order(0)
class SmsProblems {
    static final URI SMS_UNAVAILABLE = URI.create("https://qrqg.vn/problems/sms-unavailable");
    private static final Logger LOG = LoggerFactory.getLogger(SmsProblems.class);

    @ExceptionHandler
    ProblemDetail smsUnavailable(SmsUnavailableException e) {
        LOG.warn("SMS not sent: {}", e.getMessage()); // its messages carry neither number nor text
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The text message could not be sent now; try again later.");
        problem.setType(SMS_UNAVAILABLE);
        problem.setTitle("SMS unavailable");
        return problem;
    }
}

package vn.qrqg.portal.internal;

/**
 * The API refused a call the portal made while composing its own answer (an issuance, a
 * revocation): the browser gets the API's answer unchanged, status, content type and problem.
 */
class ApiRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient LoopbackApi.Answer answer;

    ApiRefusedException(LoopbackApi.Answer answer) {
        super("the API answered " + answer.status()); // never the body: it may name personal data
        this.answer = answer;
    }

    LoopbackApi.Answer answer() {
        return answer;
    }
}

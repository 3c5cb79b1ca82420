package vn.qrqg.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.Holder;

/**
 * The person a {@code /portal/api/people/{qid}/…} request names, when they are one of the
 * signed-in account's people: the portal app as their holder, from the holder token kept for them.
 * A controller declares it as a parameter, before any body, so that a QID that is not the
 * account's gets 404 {@code not-your-person}, and a revoked token 403, before the body is read,
 * as the API refuses a bad holder token first.
 */
record OwnPerson(Qid qid, Holder holder) {

    @Override
    public String toString() {
        return "OwnPerson[" + holder + "]"; // never the QID
    }

    /** Fills an {@link OwnPerson} parameter from the session and the path's {@code {qid}}. */
    static final class Resolver implements HandlerMethodArgumentResolver {
        private final People people;

        Resolver(People people) {
            this.people = people;
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == OwnPerson.class;
        }

        @Override
        public OwnPerson resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                NativeWebRequest request, WebDataBinderFactory binderFactory) {
            PortalUser user = (PortalUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
            @SuppressWarnings("unchecked")
            Map<String, String> path = (Map<String, String>) request.getNativeRequest(HttpServletRequest.class)
                    .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            String qid = path.get("qid");
            Holder holder = people.holder(user.phone(), qid); // one of the account's people: a well-formed QID
            return new OwnPerson(new Qid(qid), holder);
        }
    }
}

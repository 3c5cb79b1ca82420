/**
 * What every capability's web layer shares: problem details (every type in
 * {@link vn.qrqg.platform.web.ProblemType}; a capability's exception extends
 * {@link vn.qrqg.platform.web.ProblemException} and {@code PlatformProblems}, the one advice,
 * answers it, Spring MVC's own errors and the unexpected; {@link vn.qrqg.platform.web.InvalidRequest}
 * for a 400), request body limits, and the OpenAPI document's description of the platform.
 */
@NamedInterface("web")
package vn.qrqg.platform.web;

import org.springframework.modulith.NamedInterface;

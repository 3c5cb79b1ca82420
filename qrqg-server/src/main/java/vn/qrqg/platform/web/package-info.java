/**
 * What every capability's web layer shares: problem details ({@link vn.qrqg.platform.web.InvalidRequest}
 * for a 400; {@code PlatformProblems} for Spring MVC's own errors and the unexpected), request
 * body limits, and the OpenAPI document's description of the platform.
 */
@NamedInterface("web")
package vn.qrqg.platform.web;

import org.springframework.modulith.NamedInterface;

/**
 * The one way the platform calls an external government system over HTTP (the population
 * registry, social insurance, the SMS gateway): {@link vn.qrqg.platform.http.ExternalService}.
 */
@NamedInterface("http")
package vn.qrqg.platform.http;

import org.springframework.modulith.NamedInterface;

/**
 * Venues: registration by the owner (confirmed by a one-time code sent through the SMS port),
 * the venue QR (FORMATS.md §2) and its printable poster, and the owner's staff scanners. This
 * package is the capability's API ({@link vn.qrqg.venues.Venues}); {@code internal} is private.
 *
 * <h2>Who may call what</h2>
 * <ul>
 * <li>Anyone: {@code POST /api/v1/venues/registrations}, {@code POST
 * /api/v1/venues/registrations/{id}/confirm}, {@code GET /api/v1/venues/{venueCode}} and its
 * {@code poster.pdf}. Abuse is bounded by the code's attempts and life and by registrations per
 * phone and hour ({@link vn.qrqg.venues.VenuesProperties}).</li>
 * <li>The venue's owner, with the opaque owner token given on confirmation as
 * {@code Authorization: Bearer}: {@code /api/v1/venues/{venueCode}/staff/**}, for that venue
 * only. A security filter chain of its own, ordered before the API's (which takes every bearer
 * token for a JWT), checks it.</li>
 * </ul>
 * A staff scanner is a client of the clients capability, certified at once, scope
 * {@code checkin:venue}, bound to its venue ({@code CallingClient.venueCode()}).
 */
package vn.qrqg.venues;

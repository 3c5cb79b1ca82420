/**
 * The change feed (docs/feed.md, issue 21): what changed for the people a certified app holds a
 * holder token for, in one ordered feed per app, so that every app shows the same, current QR
 * and card without polling each person. Other capabilities' events ({@code QrIssued},
 * {@code HealthRecordsChanged}, {@code CardChanged}, {@code AlertIssued}, …) are written as
 * pending in the transaction that makes the change; a sequencer, one at a time across instances,
 * numbers them and writes one item per app that is to see it; apps read theirs with
 * {@code GET /api/v1/feed} (scope {@code feed:read}), long-polling when nothing is new. Items are
 * sealed at rest and dropped past the retention. This package is the capability's API;
 * {@code internal} is private.
 */
package vn.qrqg.feed;

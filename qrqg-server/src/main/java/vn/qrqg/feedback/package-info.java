/**
 * Citizens' feedback (docs/feedback.md): a person reports a problem through any app holding their
 * holder token ({@link vn.qrqg.feedback.HolderFeedback}), officials of the province it concerns
 * (scope {@code feedback:handle}) answer it, and {@link vn.qrqg.feedback.FeedbackAnswered} tells
 * whoever listens. The text, the answer, the person and the photo are sealed; a report is dropped
 * whole past its retention. This package is the capability's API; {@code internal} is private.
 */
package vn.qrqg.feedback;

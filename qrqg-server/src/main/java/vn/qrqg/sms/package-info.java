/**
 * SMS: the one way the platform sends text messages (one-time codes today), behind the port
 * {@link vn.qrqg.sms.SmsGateway}. Two adapters, chosen by {@code qrqg.sms.gateway}:
 * {@code reference} keeps every message in the table {@code sms_outbox}, which operators read at
 * {@code GET /api/v1/admin/sms-outbox} (development, tests, a pilot without a gateway);
 * {@code http} hands them to a real SMS gateway (docs/sms.md, "The HTTP contract").
 * Phone numbers are {@link vn.qrqg.sms.PhoneNumber}s and never reach a log line.
 */
package vn.qrqg.sms;

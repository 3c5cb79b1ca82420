/**
 * Declarations: a person's health declarations (symptoms, contact with a confirmed case, places
 * visited in the last 14 days) and domestic travel declarations (from and to as official
 * province and commune codes, transport, vehicle, seat, times), sent by the person's app with
 * their holder token. The person lists their own; health officers (scope {@code health:read})
 * query them by person, or travels by vehicle and day, the input of co-travel tracing. Every
 * answer is audited before it goes out. Declarations are kept for {@code qrqg.declarations.retention}
 * (30 days, Regulation 733): answers never include older ones, and daily partitions past it
 * are dropped whole.
 * This package is the capability's API; {@code internal} is private.
 */
package vn.qrqg.declarations;

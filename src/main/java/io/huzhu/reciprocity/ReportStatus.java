package io.huzhu.reciprocity;

/** An "I helped" report: waiting for the requester, confirmed (booked), disputed, rejected by admins, or lapsed. */
enum ReportStatus {
    PENDING,
    CONFIRMED,
    DISPUTED,
    REJECTED,
    LAPSED
}

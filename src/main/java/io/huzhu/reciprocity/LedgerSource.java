package io.huzhu.reciprocity;

/** What a ledger entry rests on: an assist Huzhu saw, or an external-link report the requester confirmed. */
enum LedgerSource {
    HUZHU_ASSIST,
    CONFIRMED_LINK
}

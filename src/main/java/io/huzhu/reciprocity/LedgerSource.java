package io.huzhu.reciprocity;

/**
 * What a ledger entry rests on: an assist Huzhu saw, an external-link report the requester confirmed, or risk
 * control voiding (a reversal: the entry takes one credit back) or restoring a Huzhu assist. An entry always names
 * the helper as creditor and the helped member as debtor; {@link #sign()} says which way it moves them.
 */
enum LedgerSource {
    HUZHU_ASSIST,
    CONFIRMED_LINK,
    ASSIST_VOIDED,
    ASSIST_RESTORED;

    int sign() {
        return this == ASSIST_VOIDED ? -1 : 1;
    }
}

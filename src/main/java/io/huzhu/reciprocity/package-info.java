/**
 * Reciprocity and fairness (C6): the help ledger per group (double-entry, like a time bank), posting policies, help
 * requests with helped/confirmed reports for external links, and the fair help queue.
 */
@NullMarked
package io.huzhu.reciprocity;

import org.jspecify.annotations.NullMarked;

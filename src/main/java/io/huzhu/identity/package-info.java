/**
 * Accounts, login, bearer tokens, roles, account status, trust and credit level.
 */
@NullMarked
package io.huzhu.identity;

import org.jspecify.annotations.NullMarked;

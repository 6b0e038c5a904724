package io.huzhu.identity;

/** Active accounts may write; restricted accounts may only read; banned accounts may not sign in. */
public enum AccountStatus {
    ACTIVE,
    RESTRICTED,
    BANNED
}

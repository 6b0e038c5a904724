package io.huzhu.identity;

/** Platform roles. Group roles (owner, admin, member) belong to the group module. */
public enum Role {
    MEMBER,
    OPERATOR,
    ADMIN
}

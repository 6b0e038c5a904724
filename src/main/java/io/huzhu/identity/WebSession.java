package io.huzhu.identity;

/**
 * The web app's session: the same opaque bearer token as the API, kept in an {@code HttpOnly} cookie that scripts
 * cannot read, plus a readable CSRF cookie that the app echoes in a header on every write (double submit). A
 * request authenticated by the session cookie may write only with a matching header; a request with an
 * {@code Authorization} header needs none (no browser sends one by itself).
 */
public final class WebSession {

    /** HttpOnly, SameSite=Lax: holds the bearer token. */
    public static final String SESSION_COOKIE = "huzhu_session";

    /** Readable by the app's scripts, SameSite=Strict: a random value unrelated to the token. */
    public static final String CSRF_COOKIE = "huzhu_csrf";

    /** The header in which the app echoes the CSRF cookie. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private WebSession() {}
}

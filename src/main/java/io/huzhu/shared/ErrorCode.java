package io.huzhu.shared;

/**
 * Stable error codes. The name is the {@code code} member of every problem detail and never changes meaning;
 * clients and the web app key their messages on it.
 */
public enum ErrorCode {
    // request shape
    MALFORMED_REQUEST(400, "The request could not be read: a body, path or query value is malformed"),
    BAD_REQUEST(400, "The request could not be understood"),
    REQUEST_REJECTED(400, "The request path is not allowed"),
    NOT_ACCEPTABLE(406, "This resource is only available as JSON"),
    VALIDATION_FAILED(400, "Some fields are invalid"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported content type"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_FOUND(404, "Not found"),
    IDEMPOTENCY_KEY_INVALID(400, "The Idempotency-Key header is invalid"),
    IDEMPOTENCY_KEY_REUSED(422, "This Idempotency-Key was used for a different request"),
    IDEMPOTENCY_IN_PROGRESS(409, "A request with this Idempotency-Key is still being processed"),
    DEVICE_ID_INVALID(400, "The X-Device-Id header must be 1 to 128 visible characters"),
    RATE_LIMITED(429, "Too many requests"),
    // identity
    UNAUTHENTICATED(401, "Authentication required"),
    BAD_CREDENTIALS(401, "Wrong username or password"),
    TOKEN_INVALID(401, "The token is invalid, expired or revoked"),
    FORBIDDEN(403, "You may not do this"),
    CSRF_INVALID(403, "The page's security token is missing or stale; reload the page"),
    ACCOUNT_RESTRICTED(403, "The account is restricted to reading"),
    ACCOUNT_BANNED(403, "The account is banned"),
    USERNAME_TAKEN(409, "The username is taken"),
    USER_NOT_FOUND(404, "No such user"),
    // campaigns
    CAMPAIGN_NOT_FOUND(404, "No such campaign"),
    CAMPAIGN_NOT_DRAFT(409, "Only a draft campaign can be changed this way"),
    CAMPAIGN_NOT_PUBLISHED(409, "The campaign is not published"),
    CAMPAIGN_NOT_RUNNING(409, "The campaign is not running now"),
    CAMPAIGN_ENDED(409, "The campaign has ended"),
    OUT_OF_STOCK(409, "No stock or budget left for new tasks"),
    // tasks
    TASK_NOT_FOUND(404, "No such task"),
    NOT_ELIGIBLE(403, "Not eligible for this campaign"),
    ACTIVE_TASK_LIMIT(409, "Too many active tasks (on this campaign, or above your own limit)"),
    SUCCESS_LIMIT(409, "The success limit for this campaign is reached"),
    TASK_NOT_OPEN(409, "The task is no longer open"),
    TASK_EXPIRED(409, "The task has expired"),
    SELF_ASSIST(403, "You cannot assist your own task"),
    ALREADY_ASSISTED(409, "You have already assisted this task"),
    HELPER_DAILY_LIMIT(409, "Daily assist limit reached"),
    HELPER_CAMPAIGN_LIMIT(409, "Assist limit for this campaign reached"),
    HELPER_INITIATOR_LIMIT(409, "Assist limit for this member reached"),
    NOT_TASK_OWNER(403, "Only the member who started the task may do this"),
    TASK_NOT_SUCCEEDED(409, "The task has not succeeded"),
    ALREADY_CLAIMED(409, "The reward was already claimed"),
    CLAIM_WINDOW_CLOSED(409, "The claim window has closed"),
    SETTLEMENT_NOT_ALLOWED(409, "This campaign does not allow settling an expired task"),
    TASK_NOT_EXPIRED(409, "Only an expired task can be settled"),
    ALREADY_SETTLED(409, "The task was already settled"),
    CLAIM_ON_HOLD(409, "Some assists of this task are under review; the reward can be claimed once they are decided"),
    // groups
    GROUP_NOT_FOUND(404, "No such group, or you are not a member"),
    INVITE_CODE_INVALID(404, "No group has this invite code"),
    GROUP_FULL(409, "The group is full"),
    BANNED_FROM_GROUP(403, "You are banned from this group"),
    ALREADY_MEMBER(409, "Already a member of this group"),
    GROUP_ROLE_REQUIRED(403, "Your role in this group does not allow this"),
    NOT_ON_YOURSELF(403, "You cannot do this to yourself"),
    MEMBER_PROTECTED(403, "Admins cannot act on the owner or on other admins"),
    MEMBER_NOT_FOUND(404, "No such member in this group"),
    JOIN_REQUEST_NOT_FOUND(404, "No such join request"),
    OWNER_CANNOT_LEAVE(409, "The owner must transfer ownership before leaving"),
    MEMBER_MUTED(403, "You are muted in this group"),
    GROUP_ITEM_NOT_FOUND(404, "No such announcement or tip"),
    // feed
    LINK_NOT_ALLOWED(422, "This link is not allowed here"),
    NOT_YOUR_TASK(403, "Only the member who started a task may post it for help"),
    CONTENT_REJECTED(422, "The text cannot be posted as written"),
    NEW_MEMBER_POST_LIMIT(429, "New members may post only a few messages a day"),
    // reciprocity
    POLICY_HELP_FIRST(409, "Help other members of this group before posting"),
    POLICY_DAILY_POSTS(409, "Daily help post limit of this group reached"),
    HELP_REQUEST_NOT_FOUND(404, "No such help request"),
    HELP_REQUEST_NOT_OPEN(409, "The help request is no longer open"),
    NOT_EXTERNAL_LINK(409, "Only external-link requests take help reports"),
    SELF_HELP(409, "You cannot report help on your own request"),
    ALREADY_REPORTED(409, "You already reported help on this request"),
    HELP_REPORT_NOT_FOUND(404, "No such help report"),
    HELP_REPORT_NOT_PENDING(409, "The help report is no longer waiting for this decision"),
    NOT_REQUESTER(403, "Only the member who posted the request may do this"),
    // moderation
    MESSAGE_NOT_FOUND(404, "No such message in this group"),
    ALREADY_REPORTED_TARGET(409, "You already reported this message or member"),
    MESSAGE_STATE_CONFLICT(409, "The message is not in a state this action applies to"),
    AUDIT_ENTRY_NOT_FOUND(404, "No such audit entry"),
    NOT_APPEALABLE(409, "This entry cannot be appealed"),
    NOT_AFFECTED_MEMBER(403, "Only the member the action was taken against may appeal it"),
    APPEAL_ALREADY_OPEN(409, "An appeal against this action is already open"),
    APPEAL_NOT_FOUND(404, "No such appeal"),
    APPEAL_ALREADY_DECIDED(409, "The appeal was already decided"),
    APPEAL_OWN_ACTION(403, "The moderator who acted cannot decide the appeal; another admin or the owner will"),
    NO_INDEPENDENT_REVIEWER(409, "No admin other than the moderator who acted can decide this appeal"),
    // risk control
    RISK_DENIED(403, "This assist was refused by risk control"),
    RISK_CASE_NOT_FOUND(404, "No such risk case"),
    RISK_CASE_DECIDED(409, "The risk case was already decided"),
    RISK_APPEAL_NOT_FOUND(404, "No such appeal"),
    RISK_APPEAL_DECIDED(409, "The appeal was already decided"),
    RISK_APPEAL_OPEN(409, "You already have an open appeal on this case"),
    RISK_APPEAL_OWN_DECISION(403, "The operator who decided the case cannot decide its appeal; another operator will"),
    NOT_AFFECTED_BY_CASE(403, "Only a member whose assists or tasks the case affects may appeal it"),
    // guardrails (issue 14a)
    ON_BREAK(409, "You are taking a break: no new tasks or help posts until it ends"),
    SPENDING_LIMIT(409, "This would exceed your monthly spending limit"),
    COOLING_OFF(409, "A big purchase waits for a second confirmation"),
    HELP_POST_LIMIT(409, "Your daily limit of help posts is reached"),
    BUSY(503, "The server is busy; retry shortly"),
    INTERNAL_ERROR(500, "Unexpected error"),
    // notifications and webhooks (issue 14, notifications half)
    NOTIFICATION_NOT_FOUND(404, "No such notification"),
    NOTIFICATION_KIND_MANDATORY(422, "Security and moderation notices cannot be turned off"),
    WEBHOOK_NOT_FOUND(404, "No such webhook subscription"),
    WEBHOOK_DELIVERY_NOT_FOUND(404, "No such webhook delivery"),
    WEBHOOK_URL_REFUSED(422, "This address cannot receive webhooks"),
    WEBHOOK_LIMIT(409, "This group has as many webhook subscriptions as it may have"),
    GROUP_OWNER_REQUIRED(403, "Only the group's owner may do this"),
    // analytics (issue 16)
    ANALYTICS_QUERY(
            400, "from and to must be ISO dates, from not after to, at most 400 days apart; format json or csv");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The code for a status the container or the framework chose (an error page, a rejected request). */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> BUSY;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}

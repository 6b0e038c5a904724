package io.huzhu.reciprocity;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.GroupId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The help queue, the ledger and the posting policy of a group. Membership is checked by each service. */
@RestController
@Tag(name = "Reciprocity")
class ReciprocityController {

    private static final int MAX_PAGE = 100;
    private final HelpQueue queue;
    private final LedgerViews ledger;
    private final Policies policies;
    private final Standings standings;

    ReciprocityController(HelpQueue queue, LedgerViews ledger, Policies policies, Standings standings) {
        this.queue = queue;
        this.ledger = ledger;
        this.policies = policies;
        this.standings = standings;
    }

    record Items<T>(List<T> items) {}

    record PolicyBody(
            @Nullable Integer helpBeforePost,
            @Nullable Integer maxPostsPerDay,
            @Nullable Integer balanceFloor) {}

    @GetMapping("/api/groups/{id}/help-queue")
    @Operation(summary = "The open requests I can help with next, in fair order")
    Items<HelpQueue.Item> helpQueue(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return new Items<>(queue.of(GroupId.of(id), user.id()));
    }

    @GetMapping("/api/groups/{id}/standing")
    @Operation(
            summary = "My standing: give and take, members I owe help, and whether a help post would be accepted now",
            description = "The same posting rules the feed applies to help posts, so a client explains them before"
                    + " a post is refused. The balance floor never refuses a post; it lowers the post's priority.")
    Standings.Standing standing(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return standings.of(GroupId.of(id), user.id());
    }

    @GetMapping("/api/groups/{id}/ledger")
    @Operation(summary = "Help given and received by every member of the group")
    Items<LedgerViews.MemberBalance> ledger(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return new Items<>(ledger.group(GroupId.of(id), user.id()));
    }

    @GetMapping("/api/groups/{id}/ledger/me")
    @Operation(summary = "My balance, my history (newest first) and who helped me that I have not helped back")
    LedgerViews.Mine mine(
            @PathVariable UUID id,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable UUID cursor,
            @RequestParam(defaultValue = "20") int limit) {
        return ledger.mine(GroupId.of(id), user.id(), cursor, Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    @GetMapping("/api/groups/{id}/policies")
    PostingPolicy policies(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return policies.get(GroupId.of(id), user.id());
    }

    @PutMapping("/api/groups/{id}/policies")
    @Operation(summary = "Set the posting policy (owner only); 0 or null switches a rule off")
    PostingPolicy setPolicies(
            @PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, @RequestBody PolicyBody body) {
        PostingPolicy policy = PostingPolicy.validated(
                body.helpBeforePost() == null ? 0 : body.helpBeforePost(),
                body.maxPostsPerDay() == null ? 0 : body.maxPostsPerDay(),
                body.balanceFloor());
        return policies.set(GroupId.of(id), user.id(), policy);
    }
}

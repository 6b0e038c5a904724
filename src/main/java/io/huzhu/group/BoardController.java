package io.huzhu.group;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.GroupId;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/groups/{id}")
@Tag(name = "Group announcements and tips")
class BoardController {

    private final Board board;

    BoardController(Board board) {
        this.board = board;
    }

    record ItemRequest(
            @Nullable String title,
            @Nullable String body,
            @Nullable Boolean pinned) {}

    @PostMapping("/announcements")
    @ResponseStatus(HttpStatus.CREATED)
    GroupViews.Item announce(
            @PathVariable UUID id, @RequestBody ItemRequest request, @AuthenticationPrincipal CurrentUser user) {
        return post(id, ItemKind.ANNOUNCEMENT, request, user);
    }

    @GetMapping("/announcements")
    List<GroupViews.Item> announcements(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return board.list(new GroupId(id), user.id(), ItemKind.ANNOUNCEMENT);
    }

    @DeleteMapping("/announcements/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAnnouncement(
            @PathVariable UUID id, @PathVariable UUID itemId, @AuthenticationPrincipal CurrentUser user) {
        board.delete(new GroupId(id), user.id(), ItemKind.ANNOUNCEMENT, itemId);
    }

    @PostMapping("/tips")
    @ResponseStatus(HttpStatus.CREATED)
    GroupViews.Item tip(
            @PathVariable UUID id, @RequestBody ItemRequest request, @AuthenticationPrincipal CurrentUser user) {
        return post(id, ItemKind.TIP, request, user);
    }

    @GetMapping("/tips")
    List<GroupViews.Item> tips(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return board.list(new GroupId(id), user.id(), ItemKind.TIP);
    }

    @DeleteMapping("/tips/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTip(@PathVariable UUID id, @PathVariable UUID itemId, @AuthenticationPrincipal CurrentUser user) {
        board.delete(new GroupId(id), user.id(), ItemKind.TIP, itemId);
    }

    private GroupViews.Item post(UUID id, ItemKind kind, ItemRequest request, CurrentUser user) {
        return board.post(
                new GroupId(id),
                user.id(),
                kind,
                request.title() == null ? "" : request.title(),
                request.body() == null ? "" : request.body(),
                Boolean.TRUE.equals(request.pinned()));
    }
}

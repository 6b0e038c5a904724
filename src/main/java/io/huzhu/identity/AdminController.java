package io.huzhu.identity;

import io.huzhu.shared.UserId;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform administration: roles and account status. */
@RestController
@RequestMapping("/api/admin/users/{id}")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration")
class AdminController {

    private final Accounts accounts;

    AdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    record RoleRequest(@NotNull Role role) {}

    record StatusRequest(
            @NotNull AccountStatus status,
            @Nullable @Size(max = 500) String reason) {}

    @GetMapping
    AccountView get(@PathVariable UUID id) {
        return accounts.get(new UserId(id));
    }

    @PostMapping("/roles")
    AccountView grant(@PathVariable UUID id, @Valid @RequestBody RoleRequest request) {
        return accounts.grantRole(new UserId(id), request.role());
    }

    @PostMapping("/status")
    AccountView status(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
        return accounts.changeStatus(new UserId(id), request.status(), request.reason());
    }
}

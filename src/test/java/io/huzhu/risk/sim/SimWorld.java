package io.huzhu.risk.sim;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a simulated week produces, in event form: accounts with their ground truth, and the timed events risk
 * control would see (registrations, sign-ins, task starts, joins, paid-help findings, assist attempts). Honest
 * behaviour and attacks write here; the simulation replays it in time order through the production gate and
 * detectors.
 */
public final class SimWorld {

    /** Ground truth of an account or an assist: honest, or the attack it belongs to. */
    public static final String HONEST = "HONEST";

    public record Account(UserId id, String label, Instant registeredAt, String device, String address) {}

    public sealed interface Event permits Register, SignIn, TaskStart, Join, PaidHelp, Attempt {
        Instant at();
    }

    public record Register(UserId user, Instant at, String device, String address) implements Event {}

    public record SignIn(UserId user, Instant at, String device, String address) implements Event {}

    public record TaskStart(TaskId task, UserId initiator, Instant at, String device, String address)
            implements Event {}

    public record Join(UserId user, GroupId group, Instant at) implements Event {}

    public record PaidHelp(UserId author, Instant at) implements Event {}

    public record Attempt(
            TaskId task, UserId helper, UserId initiator, Instant at, String device, String address, String label)
            implements Event {}

    public final Instant start;
    public final Map<UserId, Account> accounts = new HashMap<>();
    public final List<Event> events = new ArrayList<>();
    private final java.util.Random ids;

    public SimWorld(Instant start, long seed) {
        this.start = start;
        this.ids = new java.util.Random(seed ^ 0x5DEECE66DL);
    }

    /** Ids from the seed too, so a seed always replays the same week (detectors break ties by id). */
    public java.util.UUID id() {
        return new java.util.UUID(ids.nextLong(), ids.nextLong());
    }

    public Account account(String label, Instant registeredAt, String device, String address) {
        Account account = new Account(new UserId(id()), label, registeredAt, device, address);
        accounts.put(account.id(), account);
        events.add(new Register(account.id(), registeredAt, device, address));
        return account;
    }

    public void signIn(Account a, Instant at) {
        events.add(new SignIn(a.id(), at, a.device(), a.address()));
    }

    public TaskId startTask(Account initiator, Instant at) {
        TaskId task = new TaskId(id());
        events.add(new TaskStart(task, initiator.id(), at, initiator.device(), initiator.address()));
        return task;
    }

    public void join(Account a, GroupId group, Instant at) {
        events.add(new Join(a.id(), group, at));
    }

    public void paidHelp(Account a, Instant at) {
        events.add(new PaidHelp(a.id(), at));
    }

    public void attempt(
            TaskId task, Account helper, UserId initiator, Instant at, String device, String address, String label) {
        events.add(new Attempt(task, helper.id(), initiator, at, device, address, label));
    }
}

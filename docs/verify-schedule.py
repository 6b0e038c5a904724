#!/usr/bin/env python3
"""Recompute and verify a Huzhu task's cut schedule (specification: docs/cut-schedule.md).

Standard library only. Independent of the Java implementation: it follows the written specification.

Verify a finished task, with the values shown on its timeline (GET /api/tasks/{id}/timeline):

    python3 docs/verify-schedule.py \\
        --task-id 0191f3a0-0000-7000-8000-000000000001 \\
        --seed 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f \\
        --commitment <the commitment published when the task started> \\
        --amount 10000 --min-assists 5 --max-assists 8 --min-cut 1 \\
        --cuts 593,731,4710,1723,1208,1035

Exit status: 0 when every check passes, 1 when a check fails, 2 on bad arguments.
Run with --self-test to check this script against the golden vectors of the specification.
"""

import argparse
import hashlib
import re
import sys

DRAW_DOMAIN = b"huzhu/cut-schedule/v1|"
COMMITMENT_DOMAIN = "huzhu/commitment/v1|"
WEIGHT_SPREAD = 1000
SEED_BYTES = 32
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def draws(seed, task_id):
    """Draw j: the first 8 bytes, big-endian unsigned, of SHA-256(seed || domain || taskId || "|" || int64be(j))."""
    prefix = bytes(seed) + DRAW_DOMAIN + task_id.encode("utf-8") + b"|"
    j = 0
    while True:
        digest = hashlib.sha256(prefix + j.to_bytes(8, "big")).digest()
        yield int.from_bytes(digest[:8], "big")
        j += 1


def derive(seed, task_id, amount, min_assists, max_assists, min_cut):
    """The list of cuts, or ValueError for impossible terms."""
    if min_cut < 1 or min_assists < 1 or max_assists < min_assists or max_assists * min_cut > amount:
        raise ValueError(
            "impossible schedule: amount=%d assists=%d..%d minCut=%d" % (amount, min_assists, max_assists, min_cut))
    draw = draws(seed, task_id)
    if min_assists == max_assists:
        count = min_assists  # no draw is consumed
    else:
        count = min_assists + next(draw) % (max_assists - min_assists + 1)
    extra = amount - count * min_cut
    weights = [(1 + next(draw) % WEIGHT_SPREAD) * (count - i) for i in range(count)]
    total = sum(weights)
    cuts = []
    remainders = []
    for w in weights:
        quotient, remainder = divmod(extra * w, total)  # exact: extra * w may exceed 64 bits
        cuts.append(min_cut + quotient)
        remainders.append(remainder)
    left = amount - sum(cuts)  # 0 <= left < count
    order = sorted(range(count), key=lambda i: (-remainders[i], i))  # largest remainder first, then earlier assist
    for i in order[:left]:
        cuts[i] += 1
    return cuts


def commitment(task_id, seed_hex):
    """Lower-case hex SHA-256 of "huzhu/commitment/v1|" + taskId + "|" + seedHex (seed in lower-case hex)."""
    return hashlib.sha256((COMMITMENT_DOMAIN + task_id + "|" + seed_hex).encode("utf-8")).hexdigest()


def encode(cuts):
    """Storage form: one unsigned LEB128 varint per cut."""
    out = bytearray()
    for cut in cuts:
        while cut >= 0x80:
            out.append((cut & 0x7F) | 0x80)
            cut >>= 7
        out.append(cut)
    return bytes(out)


def decode(data):
    cuts, value, shift = [], 0, 0
    for b in data:
        value |= (b & 0x7F) << shift
        if b & 0x80:
            shift += 7
        else:
            cuts.append(value)
            value, shift = 0, 0
    if shift:
        raise ValueError("truncated schedule encoding")
    return cuts


GOLDEN_SEED_HEX = bytes(range(32)).hex()
GOLDEN_TASK_ID = "0191f3a0-0000-7000-8000-000000000001"
# (label, amount, minAssists, maxAssists, minCut, expected cuts) -- the same vectors as CutScheduleUnitTests.
GOLDEN = [
    ("bargain 100.00 -> 0.00, 5..8 assists, min cut 0.01", 10000, 5, 8, 1,
     [593, 731, 4710, 1723, 1208, 1035]),
    ("cash target 123.45, exactly 10 assists, min cut 1.00", 12345, 10, 10, 100,
     [1848, 423, 524, 3095, 1352, 1196, 1604, 1206, 699, 398]),
    ("assist count 7", 7, 7, 7, 1,
     [1, 1, 1, 1, 1, 1, 1]),
    ("large amount 1,000,000,000.00, 1..3 assists, min cut 0.01", 100000000000, 1, 3, 1,
     [16771653544, 16535433071, 66692913385]),
]
GOLDEN_COMMITMENT = "7d22a1a4393a73484a2fde234a890f3182723fdb3cf134974fb8ce5762509efe"
GOLDEN_BARGAIN_ENCODING = "d104db05e624bb0db8098b08"


def self_test():
    seed = bytes.fromhex(GOLDEN_SEED_HEX)
    print("seed:    ", GOLDEN_SEED_HEX)
    print("task id: ", GOLDEN_TASK_ID)
    c = commitment(GOLDEN_TASK_ID, GOLDEN_SEED_HEX)
    ok = c == GOLDEN_COMMITMENT
    print("%-4s commitment: %s" % ("ok" if ok else "FAIL", c))
    e = encode(GOLDEN[0][5]).hex()
    good = e == GOLDEN_BARGAIN_ENCODING
    ok = ok and good
    print("%-4s encoding of the first schedule: %s" % ("ok" if good else "FAIL", e))
    for label, amount, lo, hi, min_cut, expected in GOLDEN:
        cuts = derive(seed, GOLDEN_TASK_ID, amount, lo, hi, min_cut)
        good = cuts == expected and sum(cuts) == amount and decode(encode(cuts)) == cuts
        ok = ok and good
        print("%-4s %s: %s" % ("ok" if good else "FAIL", label, cuts))
    return ok


def parse_cuts(text):
    return [int(part) for part in re.split(r"[\s,]+", text.strip()) if part]


def from_timeline(args):
    """Fills the arguments from a timeline JSON document: the task, its schedule parameters and its assists."""
    import json
    text = sys.stdin.read() if args.timeline == "-" else open(args.timeline, encoding="utf-8").read()
    timeline = json.loads(text)
    task, schedule = timeline["task"], timeline["schedule"]
    if not task.get("seed"):
        sys.exit("The task has not ended yet: its seed is revealed when it ends. Commitment: "
                 + task["seedCommitment"])
    args.task_id, args.seed, args.commitment = task["id"], task["seed"], task["seedCommitment"]
    args.amount, args.min_assists = schedule["amount"], schedule["minAssists"]
    args.max_assists, args.min_cut = schedule["maxAssists"], schedule["minCut"]
    assists = [e for e in timeline["entries"] if e["type"] == "ASSIST"]
    args.cuts = ",".join(str(e["cut"]) for e in assists)
    # Timelines since risk control (section 13) give each assist its schedule slot and whether it counts.
    if assists and all("slot" in e for e in assists):
        args.slots = ",".join(str(e["slot"]) for e in assists)
        args.statuses = ",".join(e.get("status", "COUNTED") for e in assists)
    args.succeeded = task.get("status") in ("SUCCEEDED", "CLAIMED")


def check_assists(cuts, args):
    """Every assist's cut is its slot's; counting assists hold distinct slots; a success holds them all."""
    observed = parse_cuts(args.cuts)
    slots = parse_cuts(args.slots) if getattr(args, "slots", None) else list(range(len(observed)))
    statuses = args.statuses.split(",") if getattr(args, "statuses", None) else ["COUNTED"] * len(observed)
    if not (len(slots) == len(statuses) == len(observed)):
        print("FAIL --cuts, --slots and --statuses name different numbers of assists")
        return False
    ok = True
    held = set()
    for k, (cut, slot, status) in enumerate(zip(observed, slots, statuses), start=1):
        if not 0 <= slot < len(cuts):
            print("FAIL assist %d holds slot %d, the schedule has %d" % (k, slot, len(cuts)))
            ok = False
            continue
        if cut != cuts[slot]:
            print("FAIL assist %d cut %d, slot %d of the schedule says %d" % (k, cut, slot, cuts[slot]))
            ok = False
        if status.strip() != "VOIDED":
            if slot in held:
                print("FAIL assist %d counts in slot %d, which another counting assist holds" % (k, slot))
                ok = False
            held.add(slot)
    voided = sum(1 for s in statuses if s.strip() == "VOIDED")
    if getattr(args, "succeeded", False) and len(held) != len(cuts):
        print("FAIL the task succeeded but only %d of %d slots are held by counting assists" % (len(held), len(cuts)))
        ok = False
    if ok:
        state = "complete" if len(held) == len(cuts) else "%d of %d slots held" % (len(held), len(cuts))
        extra = ", %d voided" % voided if voided else ""
        print("ok   every assist's cut matches its slot of the schedule (%s%s)" % (state, extra))
    return ok


def main(argv):
    parser = argparse.ArgumentParser(description="Recompute a Huzhu cut schedule and verify a task against it.")
    parser.add_argument("--self-test", action="store_true", help="check the golden vectors of the specification")
    parser.add_argument("--task-id", help="the task id (canonical lower-case UUID)")
    parser.add_argument("--seed", help="the revealed seed: 64 hex characters")
    parser.add_argument("--commitment", help="the commitment published when the task started (checked if given)")
    parser.add_argument("--amount", type=int, help="what the cuts add up to: cents, or assists for an assist count")
    parser.add_argument("--min-assists", type=int, help="fewest assists of the terms")
    parser.add_argument("--max-assists", type=int, help="most assists of the terms")
    parser.add_argument("--min-cut", type=int, help="smallest cut of the terms (1 for an assist count)")
    parser.add_argument("--cuts", help="the cuts of the task's assists in order, comma- or space-separated "
                                       "(checked if given; may be fewer than the schedule if the task did not succeed)")
    parser.add_argument("--slots", help="the schedule slot of each assist, in the same order as --cuts (section 13;"
                                        " without it, assist k holds slot k)")
    parser.add_argument("--statuses", help="COUNTED, UNDER_REVIEW or VOIDED for each assist, in the same order")
    parser.add_argument("--succeeded", action="store_true", help="the task reached its target: every slot must be"
                                                                 " held by a counting assist")
    parser.add_argument("--all", action="store_true", help="print every cut of a schedule of more than 100")
    parser.add_argument("--timeline", help="a task timeline as returned by GET /api/tasks/{id}/timeline (a file, "
                                           "or - for standard input); supplies every other argument")
    args = parser.parse_args(argv)
    if args.timeline is not None:
        from_timeline(args)

    if args.self_test:
        return 0 if self_test() else 1

    missing = [name for name in ("task_id", "seed", "amount", "min_assists", "max_assists", "min_cut")
               if getattr(args, name) is None]
    if missing:
        parser.error("missing: " + ", ".join("--" + name.replace("_", "-") for name in missing))
    # The canonical forms are lower case (the commitment hashes them as text), so pasted upper case is accepted.
    task_id = args.task_id.strip().lower()
    seed_hex = args.seed.strip().lower()
    if not UUID_RE.match(task_id):
        parser.error("--task-id must be a UUID such as 0191f3a0-0000-7000-8000-000000000001")
    if not re.fullmatch(r"[0-9a-f]{%d}" % (2 * SEED_BYTES), seed_hex):
        parser.error("--seed must be %d hex characters" % (2 * SEED_BYTES))

    ok = True
    if args.commitment is not None:
        expected = commitment(task_id, seed_hex)
        published = args.commitment.strip().lower()
        good = published == expected
        ok = ok and good
        print("%-4s commitment: published %s, recomputed %s" % ("ok" if good else "FAIL", published, expected))
    try:
        cuts = derive(bytes.fromhex(seed_hex), task_id, args.amount, args.min_assists, args.max_assists,
                      args.min_cut)
    except ValueError as e:
        print("FAIL", e)
        return 1
    print("schedule: %d assists, total %d, smallest cut %d, largest cut %d"
          % (len(cuts), sum(cuts), min(cuts), max(cuts)))
    shown = cuts if args.all or len(cuts) <= 100 else cuts[:20]
    print("cuts:", ",".join(str(c) for c in shown) + ("" if shown is cuts else ",... (--all prints every cut)"))

    if args.cuts is not None:
        ok = check_assists(cuts, args) and ok
    print("VERIFIED" if ok else "NOT VERIFIED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

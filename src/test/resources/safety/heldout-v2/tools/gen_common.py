# Shared helpers for the heldout-v2 generators. All numbers are synthetic.
import random
import string

PHONE_PREFIXES = ["130", "131", "133", "135", "136", "137", "138", "139", "147", "150",
                  "151", "152", "155", "157", "158", "159", "166", "173", "176", "177",
                  "178", "180", "181", "183", "185", "186", "187", "188", "189", "191",
                  "193", "195", "198", "199"]

REGIONS = ["110101", "110105", "120101", "130102", "210102", "310104", "310115", "320102",
           "330106", "340104", "350203", "360102", "370102", "410105", "420111", "430104",
           "440106", "440305", "450103", "500103", "510107", "520102", "530102", "610113"]

BANK_BINS = ["622202", "622848", "621700", "622588", "621483", "623058", "622260",
             "621226", "622700", "621661", "622609", "625965"]

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check_char(body17):
    s = sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS))
    return ID_CHECK[s % 11]


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def phone(self):
        return self.r.choice(PHONE_PREFIXES) + self.digits(8)

    def id_card(self, want_x=None):
        while True:
            year = self.r.randint(1958, 2005)
            month = self.r.randint(1, 12)
            mdays = [31, 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28,
                     31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            day = self.r.randint(1, mdays)
            body = self.r.choice(REGIONS) + "%04d%02d%02d" % (year, month, day) + self.digits(3)
            full = body + id_check_char(body)
            if want_x is None or (full[-1] == "X") == want_x:
                return full

    def bank(self, length=None):
        length = length or self.r.choice([16, 19, 19, 16, 18, 17])
        partial = self.r.choice(BANK_BINS) + self.digits(length - 7)
        return luhn_complete(partial)

    def qq(self):
        # avoid 11-digit values that would also be valid mobile numbers
        while True:
            v = self.digits(self.r.randint(5, 11), first_nonzero=True)
            if not (len(v) == 11 and v[0] == "1" and v[1] in "3456789"):
                return v

    def wechat(self):
        stems = ["xiaomei", "lanlan", "tom", "amy", "jie", "dabao", "yuyu", "mumu", "kk",
                 "sunny", "leo", "nini", "a", "zz", "chen", "wang", "li", "happy", "bear",
                 "kiki", "tangtang", "qiqi", "momo", "haha", "coco", "star", "wx", "m"]
        seps = ["", "_", "-", ""]
        while True:
            s = self.r.choice(stems)
            if self.r.random() < 0.4:
                s = s.capitalize()
            s += self.r.choice(seps)
            s += self.r.choice([self.digits(self.r.randint(2, 6)),
                                self.r.choice(stems) + self.digits(self.r.randint(1, 4)),
                                "".join(self.r.choice(string.ascii_lowercase) for _ in range(3)) + self.digits(3)])
            if 6 <= len(s) <= 20 and s[0].isalpha():
                return s

    def code(self, n=8, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write("# " + h + "\n")
        for label, msg in rows:
            assert "\t" not in msg and "\n" not in msg and "\r" not in msg, msg
            assert "\u2028" not in msg and "\u2029" not in msg and "\x85" not in msg
            f.write(label + "\t" + msg + "\n")

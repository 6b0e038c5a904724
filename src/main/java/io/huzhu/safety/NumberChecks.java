package io.huzhu.safety;

/**
 * The checks that make a digit sequence an ID number or a bank card: the GB 11643 region, birth date and check
 * character, and the Luhn sum. Digits are values 0–9, {@link #X} for a trailing check character X.
 */
final class NumberChecks {

    static final int X = 10;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] CHECK = {1, 0, X, 9, 8, 7, 6, 5, 4, 3, 2};

    private NumberChecks() {}

    /** An 18-character resident ID at {@code s}: region, check character and a birth date not after {@code today}. */
    static boolean id18(int[] v, int s, int today) {
        if (!region(v, s)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            if (v[s + i] == X) {
                return false;
            }
            sum += v[s + i] * WEIGHTS[i];
        }
        return CHECK[sum % 11] == v[s + 17]
                && date(number(v, s + 6, 4), number(v, s + 10, 2), number(v, s + 12, 2), today);
    }

    /** A legacy 15-digit ID at {@code s}: region and a 19xx birth date. */
    static boolean id15(int[] v, int s, int today) {
        return region(v, s) && date(1900 + number(v, s + 6, 2), number(v, s + 8, 2), number(v, s + 10, 2), today);
    }

    /** The first two digits name a province-level region (GB 11643). */
    static boolean region(int[] v, int s) {
        int r = v[s] * 10 + v[s + 1];
        return (r >= 11 && r <= 15)
                || (r >= 21 && r <= 23)
                || (r >= 31 && r <= 37)
                || (r >= 41 && r <= 46)
                || (r >= 50 && r <= 54)
                || (r >= 61 && r <= 65)
                || r == 71
                || r == 81
                || r == 82;
    }

    /** A real calendar date from 1900 to {@code today} (yyyymmdd). */
    static boolean date(int year, int month, int day, int today) {
        if (year < 1900 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        int max = switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= max && year * 10000 + month * 100 + day <= today;
    }

    static boolean luhn(int[] v, int s, int e) {
        int sum = 0;
        boolean twice = false;
        for (int i = e - 1; i >= s; i--) {
            int d = v[i];
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    static boolean repetitive(int[] v, int s, int e) {
        for (int i = s + 1; i < e; i++) {
            if (v[i] != v[s]) {
                return false;
            }
        }
        return true;
    }

    private static int number(int[] v, int s, int len) {
        int n = 0;
        for (int i = s; i < s + len; i++) {
            if (v[i] > 9) {
                return -1;
            }
            n = n * 10 + v[i];
        }
        return n;
    }
}

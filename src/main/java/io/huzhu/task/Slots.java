package io.huzhu.task;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The storage form of a task's released slots: ascending slot numbers as unsigned LEB128 varints of their gaps
 * (the first gap from -1), null when there are none. A 100,000-cut schedule with every slot released takes 100 KB.
 */
final class Slots {

    private static final int[] NONE = new int[0];

    private Slots() {}

    static byte @Nullable [] encode(int[] ascending) {
        if (ascending.length == 0) {
            return null;
        }
        var out = new ByteArrayOutputStream(ascending.length + 4);
        int previous = -1;
        for (int slot : ascending) {
            int gap = slot - previous - 1;
            if (gap < 0) {
                throw new IllegalArgumentException(
                        "slots must be ascending and distinct: " + Arrays.toString(ascending));
            }
            while ((gap & ~0x7F) != 0) {
                out.write((gap & 0x7F) | 0x80);
                gap >>>= 7;
            }
            out.write(gap);
            previous = slot;
        }
        return out.toByteArray();
    }

    static int[] decode(byte @Nullable [] bytes) {
        if (bytes == null || bytes.length == 0) {
            return NONE;
        }
        int[] slots = new int[bytes.length];
        int n = 0;
        int previous = -1;
        int value = 0;
        int shift = 0;
        for (byte b : bytes) {
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                previous = previous + 1 + value;
                slots[n++] = previous;
                value = 0;
                shift = 0;
            } else {
                shift += 7;
            }
        }
        return Arrays.copyOf(slots, n);
    }
}

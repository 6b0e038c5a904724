package io.huzhu.risk.detect;

import java.util.List;

/** One detector: a pure function from a window's signals to findings. */
public interface Detector {

    /** The stable name shown in cases and settings. */
    String name();

    List<Finding> detect(Snapshot snapshot);
}

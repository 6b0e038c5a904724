package io.huzhu.risk;

import java.util.List;

/** The assists of one transaction; risk control records them in that same transaction. */
public interface AssistSignals {

    List<? extends AssistSignal> signals();
}

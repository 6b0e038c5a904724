package io.huzhu.guardrails;

import java.util.List;

/** The assists of one transaction (the task feature's event implements this), for the monthly summary. */
public interface AssistTally {

    List<? extends AssistFact> assistFacts();
}

/**
 * Risk control (风控, C10): the inline gate in the assist path ({@link io.huzhu.risk.RiskGate}), the signals it
 * learns from other modules' events (assists, registrations, sign-ins, task starts, group joins, paid-help
 * findings), the detectors that scan the assist graph every few minutes (sub-package {@code detect}), the cases an
 * operator confirms or dismisses, the members' appeals and the audit log. A gate: it imports no feature module.
 * Features call it and implement its signal interfaces ({@link io.huzhu.risk.AssistSignal} and friends); it tells
 * them its decisions by events ({@link io.huzhu.risk.AssistStatesChanged}). See {@code docs/risk.md}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity"})
package io.huzhu.risk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

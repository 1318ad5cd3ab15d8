using System.Collections.Generic;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// The fault switches armed for the coming requests: what <c>POST /admin/faults</c> sets, and what a
    /// test sets in-process through <see cref="PaymentHostServer.Faults"/>. A rule acts on the requests
    /// it applies to, in the order armed, until its count runs out or <see cref="Clear"/>. The
    /// per-request <c>X-Fault</c> header works beside these rules and never changes them. Thread-safe.
    /// </summary>
    public sealed class FaultSwitchboard
    {
        private readonly object gate = new object();
        private readonly List<ArmedRule> rules = new List<ArmedRule>();
        private readonly List<FaultHold> holds = new List<FaultHold>();

        /// <summary>The armed rules, oldest first, each with its remaining count.</summary>
        public IReadOnlyList<FaultRule> Armed
        {
            get
            {
                lock (gate)
                {
                    var snapshot = new List<FaultRule>(rules.Count);
                    foreach (ArmedRule armed in rules)
                    {
                        snapshot.Add(new FaultRule(armed.Rule.Kind, armed.Rule.Value, armed.Remaining, armed.Rule.Operation));
                    }

                    return snapshot;
                }
            }
        }

        /// <summary>Arms a rule for the coming requests.</summary>
        /// <param name="rule">The rule; its <see cref="FaultRule.Count"/> is how many requests it acts on.</param>
        public void Arm(FaultRule rule)
        {
            System.ArgumentNullException.ThrowIfNull(rule);
            lock (gate)
            {
                rules.Add(new ArmedRule(rule));
            }
        }

        /// <summary>Disarms every rule and releases every <see cref="FaultHold"/>.</summary>
        public void Clear()
        {
            List<FaultHold> released;
            lock (gate)
            {
                rules.Clear();
                released = new List<FaultHold>(holds);
                holds.Clear();
            }

            foreach (FaultHold hold in released)
            {
                hold.Release();
            }
        }

        /// <summary>
        /// In-process only: holds the next request of <paramref name="operation"/> after the host has accepted
        /// it (a POST's idempotency key is then in flight) and before it is processed, until
        /// <see cref="FaultHold.Release"/>. Lets a test see <c>409 request_in_progress</c> without timing.
        /// </summary>
        /// <param name="operation">The operation whose next request to hold.</param>
        /// <returns>The hold, to await its arrival and to release it.</returns>
        public FaultHold Hold(HostOperation operation)
        {
            var hold = new FaultHold(operation);
            lock (gate)
            {
                holds.Add(hold);
            }

            return hold;
        }

        /// <summary>Takes one use of the oldest armed rule of a fault that acts on an operation.</summary>
        /// <param name="kind">The fault.</param>
        /// <param name="operation">The operation of the request.</param>
        /// <param name="value">The rule's value.</param>
        /// <returns><see langword="true"/> when a rule acted; its count is then one lower.</returns>
        internal bool TryTake(FaultKind kind, HostOperation operation, out long? value)
        {
            lock (gate)
            {
                for (int index = 0; index < rules.Count; index++)
                {
                    ArmedRule armed = rules[index];
                    if (armed.Rule.Kind != kind || !FaultKinds.AppliesTo(kind, operation)
                        || (armed.Rule.Operation != null && armed.Rule.Operation.Value != operation))
                    {
                        continue;
                    }

                    value = armed.Rule.Value;
                    if (armed.Remaining != null)
                    {
                        armed.Remaining--;
                        if (armed.Remaining == 0)
                        {
                            rules.RemoveAt(index);
                        }
                    }

                    return true;
                }
            }

            value = null;
            return false;
        }

        /// <summary>Takes the oldest hold waiting for an operation, if any.</summary>
        /// <param name="operation">The operation of the request.</param>
        /// <returns>The hold, or <see langword="null"/>.</returns>
        internal FaultHold? TakeHold(HostOperation operation)
        {
            lock (gate)
            {
                for (int index = 0; index < holds.Count; index++)
                {
                    if (holds[index].Operation == operation)
                    {
                        FaultHold hold = holds[index];
                        holds.RemoveAt(index);
                        return hold;
                    }
                }
            }

            return null;
        }

        private sealed class ArmedRule
        {
            public ArmedRule(FaultRule rule)
            {
                Rule = rule;
                Remaining = rule.Count;
            }

            public FaultRule Rule { get; }

            public int? Remaining { get; set; }
        }
    }
}

using System.Collections.Generic;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// The faults that may act on one request: those of its <c>X-Fault</c> header first, each acting once,
    /// then the armed rules of the <see cref="FaultSwitchboard"/>.
    /// </summary>
    internal sealed class RequestFaults
    {
        private readonly List<FaultRule> fromHeader;
        private readonly FaultSwitchboard switchboard;
        private readonly HostOperation operation;

        public RequestFaults(List<FaultRule> fromHeader, FaultSwitchboard switchboard, HostOperation operation)
        {
            this.fromHeader = fromHeader;
            this.switchboard = switchboard;
            this.operation = operation;
        }

        /// <summary>Takes a fault for this request, from the header or else from the switchboard.</summary>
        public bool TryTake(FaultKind kind, out long? value)
        {
            for (int index = 0; index < fromHeader.Count; index++)
            {
                if (fromHeader[index].Kind == kind)
                {
                    value = fromHeader[index].Value;
                    fromHeader.RemoveAt(index);
                    return true;
                }
            }

            return switchboard.TryTake(kind, operation, out value);
        }

        /// <summary>Takes a fault that carries no value.</summary>
        public bool TryTake(FaultKind kind) => TryTake(kind, out _);
    }
}

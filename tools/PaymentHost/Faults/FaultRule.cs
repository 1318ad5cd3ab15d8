using System;
using System.Globalization;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// One fault switch: what to do, with which value, for how many requests and on which operation.
    /// Immutable; <see cref="FaultSwitchboard.Armed"/> reports the remaining count in <see cref="Count"/>.
    /// </summary>
    public sealed class FaultRule
    {
        /// <summary>Creates a fault rule and checks it.</summary>
        /// <param name="kind">The fault.</param>
        /// <param name="value">Its value (see <see cref="FaultKinds.TryValidateValue"/>).</param>
        /// <param name="count">How many requests it acts on (at least 1), or <see langword="null"/> until cleared.</param>
        /// <param name="operation">The only operation it acts on, or <see langword="null"/> for every operation it applies to.</param>
        /// <exception cref="ArgumentException">The value, count or operation does not fit the fault.</exception>
        public FaultRule(FaultKind kind, long? value = null, int? count = null, HostOperation? operation = null)
        {
            if (!FaultKinds.TryValidateValue(kind, value, out string error))
            {
                throw new ArgumentException(error, nameof(value));
            }

            if (count != null && count < 1)
            {
                throw new ArgumentException("count must be at least 1, or omitted for 'until cleared'", nameof(count));
            }

            if (operation != null && !FaultKinds.AppliesTo(kind, operation.Value))
            {
                throw new ArgumentException(FaultKinds.WireName(kind) + " never acts on " + HostOperations.WireName(operation.Value), nameof(operation));
            }

            Kind = kind;
            Value = value;
            Count = count;
            Operation = operation;
        }

        /// <summary>The fault.</summary>
        public FaultKind Kind { get; }

        /// <summary>Milliseconds for delay and approve-after-timeout, the status for error-5xx, else <see langword="null"/>.</summary>
        public long? Value { get; }

        /// <summary>How many more requests the rule acts on; <see langword="null"/> means until cleared.</summary>
        public int? Count { get; }

        /// <summary>The only operation the rule acts on; <see langword="null"/> means every operation it applies to.</summary>
        public HostOperation? Operation { get; }

        /// <summary>Reads the <c>name[=value]</c> form of the <c>X-Fault</c> header, such as <c>delay=200</c>.</summary>
        /// <param name="text">One fault, without commas.</param>
        /// <param name="rule">The rule, acting on one request.</param>
        /// <param name="error">Why the text is refused.</param>
        /// <returns><see langword="true"/> when the text names a fault with a fitting value.</returns>
        public static bool TryParse(string text, out FaultRule? rule, out string error)
        {
            rule = null;
            string trimmed = (text ?? string.Empty).Trim();
            int equals = trimmed.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? trimmed : trimmed.Substring(0, equals).Trim();
            if (!FaultKinds.TryParse(name, out FaultKind kind))
            {
                error = "unknown fault '" + name + "'";
                return false;
            }

            long? value = null;
            if (equals >= 0)
            {
                if (!long.TryParse(trimmed.AsSpan(equals + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long parsed))
                {
                    error = "the value of " + name + " is not a whole number";
                    return false;
                }

                value = parsed;
            }

            if (!FaultKinds.TryValidateValue(kind, value, out error))
            {
                return false;
            }

            rule = new FaultRule(kind, value, 1, null);
            return true;
        }

        /// <summary>The rule as <c>name[=value]</c>, then the count and the operation when set.</summary>
        /// <returns>For example <c>error-5xx=503 x2 on authorize</c>.</returns>
        public override string ToString()
        {
            string text = FaultKinds.WireName(Kind);
            if (Value != null)
            {
                text += "=" + Value.Value.ToString(CultureInfo.InvariantCulture);
            }

            if (Count != null)
            {
                text += " x" + Count.Value.ToString(CultureInfo.InvariantCulture);
            }

            if (Operation != null)
            {
                text += " on " + HostOperations.WireName(Operation.Value);
            }

            return text;
        }
    }
}

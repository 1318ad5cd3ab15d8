using System;

namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// A <see cref="SimulatedFlash"/> lost power: thrown by the mutation at which the power was cut and
    /// by every later call until <see cref="SimulatedFlash.PowerOn"/>. It stands for the moment the real
    /// terminal stops executing, so it is deliberately NOT a <see cref="Terminal.Hal.Storage.StorageException"/>:
    /// firmware that handles <c>StorageException</c> as a field condition never swallows a simulated
    /// power loss and carries on as if it had survived it. Only tests and the chaos tool catch it.
    /// </summary>
    public sealed class PowerCutException : Exception
    {
        /// <summary>Creates the exception with a default message.</summary>
        public PowerCutException()
            : base("The simulated flash has no power.")
        {
        }

        /// <summary>Creates the exception.</summary>
        /// <param name="message">Where the power was cut.</param>
        public PowerCutException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception around another one.</summary>
        /// <param name="message">Where the power was cut.</param>
        /// <param name="innerException">The exception that was in flight.</param>
        public PowerCutException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}

using System.Collections.Generic;
using Terminal.App.Technician;
using Terminal.Hal.Time;

namespace Terminal.Tests.App.Technician
{
    /// <summary>
    /// A technician gate with the real one's lockout rules (10 failures in a row lock sign-in for 30 minutes; while
    /// locked nothing is compared) and a list of every attempt in place of the event log. The lead swaps in the real
    /// implementation; the menu only knows <see cref="ITechnicianAccess"/>.
    /// </summary>
    internal sealed class FakeTechnicianAccess : ITechnicianAccess
    {
        public const int FailuresBeforeLockout = 10;
        public const long LockoutMilliseconds = 30 * 60 * 1000;

        private readonly string? pin;
        private readonly IClock clock;

        public FakeTechnicianAccess(string? pin, IClock clock)
        {
            this.pin = pin;
            this.clock = clock;
        }

        /// <summary>Gets every attempt: its channel and answer (never the secret).</summary>
        public List<string> Attempts { get; } = new();

        /// <summary>Gets how many secrets were compared (none while locked out).</summary>
        public int Comparisons { get; private set; }

        public long LockedUntilUtcMilliseconds { get; private set; }

        public bool IsLockedOut => LockedUntilUtcMilliseconds > clock.UtcNowMilliseconds;

        public int ConsecutiveFailures { get; private set; }

        public AccessResult TrySignIn(string channel, string secret)
        {
            AccessResult result = Check(secret);
            Attempts.Add(channel + " " + result);
            return result;
        }

        private AccessResult Check(string secret)
        {
            if (pin == null)
            {
                return AccessResult.NotConfigured;
            }

            if (IsLockedOut)
            {
                return AccessResult.LockedOut;
            }

            if (LockedUntilUtcMilliseconds != 0)
            {
                // The lockout ended: a fresh count.
                LockedUntilUtcMilliseconds = 0;
                ConsecutiveFailures = 0;
            }

            Comparisons++;
            if (secret == pin)
            {
                ConsecutiveFailures = 0;
                return AccessResult.Granted;
            }

            ConsecutiveFailures++;
            if (ConsecutiveFailures >= FailuresBeforeLockout)
            {
                LockedUntilUtcMilliseconds = clock.UtcNowMilliseconds + LockoutMilliseconds;
                return AccessResult.LockedOut;
            }

            return AccessResult.Refused;
        }
    }
}

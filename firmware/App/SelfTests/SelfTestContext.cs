using Terminal.App.Maintenance;
using Terminal.App.Payments;
using Terminal.App.Peripherals;
using Terminal.Core.Identity;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;
using Terminal.Core.Protocol;
using Terminal.Hal.Board;
using Terminal.Hal.Time;

namespace Terminal.App.SelfTests
{
    /// <summary>
    /// What a self-test may look at: the board (storage, platform services), the peripheral drivers, the journal,
    /// the host client, the event log and, when a technician is at the terminal, the operator prompt. Any part the
    /// terminal lacks is <c>null</c>: a test of a part that is not fitted answers SKIP. Built by the app; tests
    /// build their own over the emulators.
    /// </summary>
    public sealed class SelfTestContext
    {
        /// <summary>Gets or sets the board (storage, witness, platform services).</summary>
        public ITerminalBoard Board { get; set; }

        /// <summary>Gets or sets the clock: result time stamps, latency measurements.</summary>
        public IClock Clock { get; set; }

        /// <summary>Gets or sets the terminal's settings.</summary>
        public TerminalSettings Settings { get; set; }

        /// <summary>Gets or sets the peripheral drivers; a part not fitted is <c>null</c> inside it.</summary>
        public TerminalPeripherals Peripherals { get; set; }

        /// <summary>Gets or sets the journal; <c>null</c> when the terminal could not open it (storage alarm).</summary>
        public TransactionJournal Journal { get; set; }

        /// <summary>Gets or sets the payment flow (unknown payments, the last host answers); <c>null</c> without a host link.</summary>
        public PaymentFlow Payments { get; set; }

        /// <summary>Gets or sets the host client for echo round trips; <c>null</c> without a host link. Echo only: never a payment.</summary>
        public HostClient Host { get; set; }

        /// <summary>Gets or sets the watched host link: what the last exchange did; <c>null</c> without a host link.</summary>
        public WatchedHttpLink HostLink { get; set; }

        /// <summary>Gets or sets the event log; <c>null</c> when it could not be opened.</summary>
        public EventLog EventLog { get; set; }

        /// <summary>Gets or sets the boot and unclean-restart counters (HW-POWER, SW-MEMORY); <c>null</c> when the app keeps none.</summary>
        public ResetHistory Resets { get; set; }

        /// <summary>Gets or sets who the terminal is (terminal and merchant id); <c>null</c> when it is not provisioned (SW-CONFIG fails).</summary>
        public TerminalIdentity Identity { get; set; }

        /// <summary>Gets or sets the technician at the terminal; <c>null</c> for an unattended or console run (checks that need a person answer OPERATOR).</summary>
        public IOperatorPrompt Operator { get; set; }
    }
}

using Terminal.App.SelfTests;
using Terminal.App.Technician;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;
using Terminal.Hal.Platform;
using Terminal.Hal.Printer;
using Terminal.Hal.Time;

namespace Terminal.App.Console
{
    /// <summary>
    /// Everything a console command may use, built by the app at boot (<c>TerminalApp</c>) and by tests over a
    /// simulated board. Every member but <see cref="Clock"/> may be <c>null</c>: the command that needs it answers
    /// <c>not-available</c>. The console never reaches past this object into the app.
    /// </summary>
    public sealed class ConsoleServices
    {
        /// <summary>Gets or sets the clock: time stamps, the session idle timeout, the <c>time</c> command. Required.</summary>
        public IClock Clock { get; set; }

        /// <summary>Gets or sets the technician sign-in gate (<c>login</c>); shared with the menu, so one lockout covers both.</summary>
        public ITechnicianAccess Access { get; set; }

        /// <summary>Gets or sets the event log: the audit trail of sessions and commands, and the <c>log</c> command's source.</summary>
        public EventLog EventLog { get; set; }

        /// <summary>Gets or sets the self-test runner (<c>selftest run</c>, <c>selftest list</c>).</summary>
        public SelfTestRunner SelfTests { get; set; }

        /// <summary>Gets or sets the kept last results (<c>selftest show</c>, <c>status</c>).</summary>
        public SelfTestResultStore SelfTestResults { get; set; }

        /// <summary>Gets or sets the journal (<c>queue</c>, <c>tx</c>, the reboot guard); when <c>null</c>, <see cref="App"/>'s current journal is used.</summary>
        public TransactionJournal Journal { get; set; }

        /// <summary>Gets or sets the app, for its status and current journal; <c>null</c> in tests of single commands.</summary>
        public TerminalApp App { get; set; }

        /// <summary>Gets or sets the terminal id for <c>status</c> and the print-test slip; empty when not provisioned.</summary>
        public string TerminalId { get; set; } = string.Empty;

        /// <summary>Gets or sets the firmware version, <c>major.minor.patch</c>.</summary>
        public string FirmwareVersion { get; set; } = string.Empty;

        /// <summary>Gets or sets the app's settings object, which <c>config set</c> updates through <see cref="TerminalConfigurationStore.ApplyTo"/>; <c>null</c> to change only the store.</summary>
        public TerminalSettings Settings { get; set; }

        /// <summary>Gets or sets the whitelisted settings (<c>config get/set</c>).</summary>
        public TerminalConfigurationStore Configuration { get; set; }

        /// <summary>Gets or sets the receipt printer (<c>print-test</c>).</summary>
        public IReceiptPrinter Printer { get; set; }

        /// <summary>Gets or sets the restart control (<c>reboot</c>).</summary>
        public IRestartControl Restart { get; set; }

        /// <summary>Gets or sets the platform services (network, time source, firmware image) for <c>status</c> and <c>time</c>.</summary>
        public PlatformWiring Platform { get; set; }

        /// <summary>Gets or sets the check <c>reboot</c> makes besides the journal: whether the cashier's sale is authorizing.</summary>
        public PaymentInProgressQuery PaymentInProgress { get; set; }

        /// <summary>Gets or sets how <c>time set</c> sets the clock; <c>null</c> where the clock cannot be set from the console.</summary>
        public ClockSetter SetClock { get; set; }

        /// <summary>Gets the journal to use now: <see cref="Journal"/>, else the app's (it changes when the app boots again).</summary>
        /// <returns>The journal; <c>null</c> when none is open.</returns>
        public TransactionJournal CurrentJournal()
        {
            if (Journal != null)
            {
                return Journal;
            }

            return App == null ? null : App.Journal;
        }

        /// <summary>Tells whether a payment is authorizing: a journal transaction in that state, or the sale says so.</summary>
        /// <returns><c>true</c> when restarting now could interrupt a payment.</returns>
        public bool IsPaymentAuthorizing()
        {
            PaymentInProgressQuery query = PaymentInProgress;
            if (query != null && query())
            {
                return true;
            }

            TransactionJournal journal = CurrentJournal();
            if (journal == null)
            {
                return false;
            }

            for (int i = 0; i < journal.LiveTransactionCount; i++)
            {
                if (journal.GetTransaction(i).State == TransactionState.Authorizing)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

using Terminal.App.Payments;
using Terminal.App.Receipts;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Drivers.CardReader.Pn532;
using Terminal.Drivers.Printer.EscPos;

namespace Terminal.App
{
    /// <summary>The application's settings; the same object type on the device and in the simulator.</summary>
    public sealed class TerminalSettings
    {
        /// <summary>Gets or sets the journal's limits.</summary>
        public JournalSettings Journal { get; set; } = JournalSettings.CreateDefault();

        /// <summary>Gets or sets the firmware version sent to the host (major.minor.patch); the host announces the minimum it accepts.</summary>
        public string FirmwareVersion { get; set; } = "1.0.0";

        /// <summary>Gets or sets the payment flow's limits and timings.</summary>
        public PaymentFlowSettings Payments { get; set; } = PaymentFlowSettings.CreateDefault();

        /// <summary>Gets or sets when the batch settles by itself.</summary>
        public SettlementSettings Settlement { get; set; } = SettlementSettings.CreateDefault();

        /// <summary>Gets or sets the host client's timeout per request, in milliseconds.</summary>
        public int HostTimeoutMilliseconds { get; set; } = 30000;

        /// <summary>Gets or sets how often <see cref="TerminalApp.Run"/> retries undelivered items, in milliseconds.</summary>
        public int DeliveryIntervalMilliseconds { get; set; } = 2000;

        /// <summary>Gets or sets how often <see cref="TerminalApp.Run"/> polls the cashier's desk, in milliseconds: the keypad's scan period (its debouncing needs 10 ms or less).</summary>
        public int CashierPollIntervalMilliseconds { get; set; } = 5;

        /// <summary>Gets or sets the language of the screens and receipts: Simplified Chinese unless a technician switches it.</summary>
        public CashierLanguage Language { get; set; } = CashierLanguage.SimplifiedChinese;

        /// <summary>Gets or sets the receipt printer driver's settings (58 mm, status timeouts, cut).</summary>
        public EscPosPrinterSettings Printer { get; set; } = EscPosPrinterSettings.CreateDefault();

        /// <summary>Gets or sets what the receipts show and the local time offset they print in.</summary>
        public ReceiptSettings Receipts { get; set; } = ReceiptSettings.CreateDefault();

        /// <summary>Gets or sets the NFC reader driver's settings.</summary>
        public Pn532Settings CardReader { get; set; } = new Pn532Settings();

        /// <summary>Creates the defaults for the reference terminal.</summary>
        /// <returns>A new settings object.</returns>
        public static TerminalSettings CreateDefault()
        {
            return new TerminalSettings();
        }
    }
}

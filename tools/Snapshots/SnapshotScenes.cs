using System.Collections.Generic;
using System.Linq;
using Terminal.App.Payments;
using Terminal.App.Screens;

namespace Terminal.Tools.Snapshots;

/// <summary>
/// Every screen of the terminal with representative data, shared by the snapshot tool (which writes the
/// reference PNGs) and ScreenSnapshotTests (which compares against them), so both render exactly the same.
/// </summary>
public static class SnapshotScenes
{
    /// <summary>The terminal id every scene's footer shows.</summary>
    public const string TerminalId = "T0012345";

    /// <summary>The amount of the sample sale: ¥128.50.</summary>
    public const long AmountMinorUnits = 12850;

    /// <summary>The sample sale's journal transaction number.</summary>
    public const uint TransactionSequence = 123;

    /// <summary>The merchant QR content of the sample QR sale (the shape the payment host returns).</summary>
    public const string QrContent = "https://qr.pay.example.cn/o/T0012345-000123?amount=128.50&sig=5f2c9a";

    /// <summary>Gets every scene, in the order the README lists the screens.</summary>
    public static IReadOnlyList<SnapshotScene> All { get; } = new[]
    {
        new SnapshotScene("idle", p => p.ShowIdle()),
        new SnapshotScene("idle-offline", p =>
        {
            p.SetStatus(networkUp: false, queueDepth: 3, SelfTestVerdict.Fail);
            p.ShowIdle();
        }),
        new SnapshotScene("amount-entry", p => p.ShowAmountEntry(AmountMinorUnits)),
        new SnapshotScene("amount-confirm", p => p.ShowAmountConfirmation(AmountMinorUnits)),
        new SnapshotScene("present-card", p => p.ShowPresentCard(AmountMinorUnits)),
        new SnapshotScene("merchant-qr", p => p.ShowMerchantQr(AmountMinorUnits, QrContent)),
        new SnapshotScene("scan-customer-qr", p => p.ShowScanCustomerQr(AmountMinorUnits)),
        new SnapshotScene("authorizing", p => p.ShowAuthorizing(AmountMinorUnits, 27)),
        new SnapshotScene("authorizing-cancel-requested", p =>
        {
            p.ShowAuthorizing(AmountMinorUnits, 12);
            p.ShowCancelRequested();
        }),
        new SnapshotScene("approved", p =>
        {
            p.ShowAuthorizing(AmountMinorUnits, 27);
            p.Show(Outcome(PaymentOutcomeKind.Approved, isLate: false, "00", string.Empty));
        }),
        new SnapshotScene("declined", p =>
        {
            p.ShowAuthorizing(AmountMinorUnits, 27);
            p.Show(Outcome(PaymentOutcomeKind.Declined, isLate: false, "51", string.Empty));
        }),
        new SnapshotScene("declined-clock", p =>
        {
            p.ShowAuthorizing(AmountMinorUnits, 27);
            p.Show(Outcome(PaymentOutcomeKind.Declined, isLate: false, "C1", "SW-CLOCK"));
        }),
        new SnapshotScene("unknown", p =>
        {
            p.ShowAuthorizing(AmountMinorUnits, 0);
            p.Show(Outcome(PaymentOutcomeKind.Unknown, isLate: false, string.Empty, "TX-UNKNOWN"));
        }),
        new SnapshotScene("unknown-offer-cancel", p =>
        {
            p.ShowAuthorizing(AmountMinorUnits, 0);
            p.Show(Outcome(PaymentOutcomeKind.Unknown, isLate: false, string.Empty, "TX-UNKNOWN"));
            p.OfferToCancelUnknown();
        }),
        new SnapshotScene("late-confirmation", p =>
        {
            p.ShowAuthorizing(AmountMinorUnits, 0);
            p.Show(Outcome(PaymentOutcomeKind.Unknown, isLate: false, string.Empty, "TX-UNKNOWN"));
            p.Show(Outcome(PaymentOutcomeKind.Approved, isLate: true, "00", string.Empty));
        }),
        new SnapshotScene("cancelled", p =>
        {
            p.ShowAuthorizing(AmountMinorUnits, 0);
            p.Show(Outcome(PaymentOutcomeKind.Cancelled, isLate: false, string.Empty, string.Empty));
        }),
        new SnapshotScene("refused", p =>
        {
            p.ShowPresentCard(AmountMinorUnits);
            p.Show(Outcome(PaymentOutcomeKind.Refused, isLate: false, string.Empty, "TX-PENDING"));
        }),
        new SnapshotScene("error-printer-paper-out", p => p.ShowError("HW-PRINTER", FaultDetail.PaperOut)),
        new SnapshotScene("technician-menu", p => p.ShowTechnicianMenu(MenuLabels(ScreenText.For(p.Language)), 2)),
    };

    /// <summary>Sample technician menu entries: a self-test per failure cause, in the presenter's language.</summary>
    /// <param name="text">The language's texts.</param>
    /// <returns>The labels.</returns>
    public static string[] MenuLabels(ScreenText text)
    {
        string[] ids = { "HW-DISPLAY", "HW-PRINTER", "HW-KEYPAD", "HW-CARD", "HW-SCANNER", "NET-LINK", "NET-GATEWAY", "TX-PENDING", "SW-CLOCK", "SW-CONFIG" };
        return ids.Select(id => text.CauseName(id)).ToArray();
    }

    /// <summary>An outcome as the payment flow returns it for the sample sale.</summary>
    public static PaymentOutcome Outcome(PaymentOutcomeKind kind, bool isLate, string responseCode, string causeId) =>
        new(kind, TransactionSequence, isLate, responseCode, "(the flow's English sentence)", string.Empty, causeId);
}

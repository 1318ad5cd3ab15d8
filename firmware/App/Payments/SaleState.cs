namespace Terminal.App.Payments
{
    /// <summary>Where a sale stands on the terminal's screen.</summary>
    public enum SaleState
    {
        /// <summary>No sale: waiting for the cashier to type an amount.</summary>
        Idle = 0,

        /// <summary>The cashier is typing the amount.</summary>
        AmountEntry = 1,

        /// <summary>The amount is shown for confirmation before the card is asked for.</summary>
        Confirm = 2,

        /// <summary>Waiting for the customer's card.</summary>
        WaitingForCard = 3,

        /// <summary>The authorization is under way: keys are ignored, Cancel is remembered.</summary>
        Authorizing = 4,

        /// <summary>Approved.</summary>
        Approved = 5,

        /// <summary>Declined, with the reason and the next step.</summary>
        Declined = 6,

        /// <summary>Outcome unknown: "Checking the result. Do not pay again." Never failed.</summary>
        Unknown = 7,

        /// <summary>The terminal refused to start the payment; nothing was sent.</summary>
        Refused = 8,

        /// <summary>Cancelled; any charge will be reversed.</summary>
        Cancelled = 9,

        /// <summary>Showing the merchant's QR code; waiting for the customer to pay with a wallet app.</summary>
        ShowingQr = 10,
    }
}

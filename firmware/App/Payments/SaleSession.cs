namespace Terminal.App.Payments
{
    /// <summary>
    /// One card sale from the cashier's first key to the result on screen, with the guards against
    /// the operator errors the field reports:
    /// <list type="bullet">
    /// <item>an amount above the terminal's limit cannot be typed;</item>
    /// <item>the amount is shown for confirmation before the card is asked for;</item>
    /// <item>function keys never act during a sale, and no key acts while authorizing;</item>
    /// <item>Cancel pressed while authorizing is honoured afterwards: an unknown payment is
    /// cancelled, an approved one reversed, so no orphan charge is left;</item>
    /// <item>an unknown payment holds the screen ("do not pay again") until it is resolved or the
    /// cashier cancels it, so a second payment for the same sale cannot be started.</item>
    /// <item>the customer pays by card, by scanning the merchant's QR code, or by showing a wallet
    /// code to the scanner; a shown QR code is polled until paid or closed, and Cancel while it is
    /// shown cancels the order with a reversal, so a payment made at the last second is undone.</item>
    /// </list>
    /// Keys may arrive from the keypad's thread while a payment is being authorized; every member
    /// is safe to call from two threads.
    /// </summary>
    public sealed class SaleSession
    {
        private const int MaximumDigits = 12;

        private readonly PaymentFlow _flow;
        private readonly PaymentFlowSettings _settings;
        private readonly object _gate = new object();
        private bool _cancelRequested;

        /// <summary>Creates a session in <see cref="SaleState.Idle"/>.</summary>
        /// <param name="flow">The payment flow that takes the payment.</param>
        /// <param name="settings">The same settings the flow uses (amount limit, currency).</param>
        public SaleSession(PaymentFlow flow, PaymentFlowSettings settings)
        {
            _flow = flow;
            _settings = settings;
            Prompt = "Enter amount";
        }

        /// <summary>Gets where the sale stands.</summary>
        public SaleState State { get; private set; }

        /// <summary>Gets the amount typed so far, in minor units.</summary>
        public long AmountMinorUnits { get; private set; }

        /// <summary>Gets the outcome of the payment once there is one; <c>null</c> before.</summary>
        public PaymentOutcome Outcome { get; private set; }

        /// <summary>Gets the line the screen shows for the current state.</summary>
        public string Prompt { get; private set; }

        /// <summary>Handles one key.</summary>
        /// <param name="key">The key.</param>
        /// <returns><c>true</c> when the key acted; <c>false</c> when it was ignored.</returns>
        public bool Press(SaleKey key)
        {
            lock (_gate)
            {
                if (key == SaleKey.Function && State != SaleState.Idle)
                {
                    return false;
                }

                switch (State)
                {
                    case SaleState.Idle:
                    case SaleState.AmountEntry:
                        return EnterAmount(key);
                    case SaleState.Confirm:
                        return Confirm(key);
                    case SaleState.WaitingForCard:
                        if (key == SaleKey.Cancel)
                        {
                            Reset();
                            return true;
                        }

                        return false;
                    case SaleState.Authorizing:
                        if (key == SaleKey.Cancel)
                        {
                            _cancelRequested = true;
                            Prompt = "Cancel requested: the payment will be undone if it goes through.";
                            return true;
                        }

                        return false;
                    case SaleState.ShowingQr:
                    case SaleState.Unknown:
                        if (key == SaleKey.Cancel)
                        {
                            PaymentOutcome cancelled = _flow.Cancel(Outcome.TransactionSequence);
                            if (cancelled != null)
                            {
                                ShowOutcome(cancelled);
                            }

                            return true;
                        }

                        return false;
                    default:
                        if (key == SaleKey.Ok || key == SaleKey.Cancel)
                        {
                            Reset();
                            return true;
                        }

                        return false;
                }
            }
        }

        /// <summary>
        /// The customer presented a card: authorize the confirmed amount. Blocks while the host is
        /// asked. Ignored unless the session is waiting for a card.
        /// </summary>
        /// <param name="card">The reader's data; its amount is ignored (the confirmed amount is used).</param>
        /// <returns>The outcome; <c>null</c> when no card was expected.</returns>
        public PaymentOutcome PresentCard(CardSale card)
        {
            long amount;
            if (!TryBeginAuthorizing("Authorizing. Please wait.", out amount))
            {
                return null;
            }

            CardSale sale = new CardSale();
            sale.AmountMinorUnits = amount;
            sale.MerchantReference = card.MerchantReference;
            sale.CardLast4 = card.CardLast4;
            sale.CardBrand = card.CardBrand;
            sale.EntryMode = card.EntryMode;
            sale.ReaderPayload = card.ReaderPayload;

            // Outside the lock: the keypad's thread may press Cancel meanwhile.
            return FinishAuthorizing(_flow.Pay(sale));
        }

        /// <summary>
        /// The cashier chose a QR payment the customer scans: the order is created at the host and
        /// its code shown (<see cref="QrContent"/>). Then call <see cref="PollQr"/> every few seconds.
        /// Ignored unless the session is waiting for a card or code.
        /// </summary>
        /// <param name="merchantReference">The merchant's order reference.</param>
        /// <returns>The outcome (awaiting the customer, or final); <c>null</c> when no payment was expected.</returns>
        public PaymentOutcome ShowMerchantQr(string merchantReference)
        {
            long amount;
            if (!TryBeginAuthorizing("Creating the QR order. Please wait.", out amount))
            {
                return null;
            }

            return FinishAuthorizing(_flow.PayByMerchantQr(amount, merchantReference));
        }

        /// <summary>
        /// The scanner read the customer's wallet code: authorize the confirmed amount with it, like
        /// a card. Ignored unless the session is waiting for a card or code.
        /// </summary>
        /// <param name="merchantReference">The merchant's order reference.</param>
        /// <param name="scannedCode">The text the scanner read.</param>
        /// <returns>The outcome; <c>null</c> when no payment was expected.</returns>
        public PaymentOutcome PresentCustomerQr(string merchantReference, string scannedCode)
        {
            long amount;
            if (!TryBeginAuthorizing("Authorizing. Please wait.", out amount))
            {
                return null;
            }

            return FinishAuthorizing(_flow.PayByCustomerQr(amount, merchantReference, scannedCode));
        }

        /// <summary>
        /// While a QR code is shown: asks the flow about the order (it polls the host no more often
        /// than its interval, and closes the order when the window ends) and shows what it found.
        /// </summary>
        /// <returns>The outcome; <c>null</c> when no QR code is shown.</returns>
        public PaymentOutcome PollQr()
        {
            uint sequence;
            lock (_gate)
            {
                if (State != SaleState.ShowingQr)
                {
                    return null;
                }

                sequence = Outcome.TransactionSequence;
            }

            // Outside the lock: the keypad's Cancel must not wait for the host.
            PaymentOutcome outcome = _flow.PollQr(sequence);
            lock (_gate)
            {
                bool stillShown = State == SaleState.ShowingQr && Outcome.TransactionSequence == sequence;
                if (stillShown && outcome != null && outcome.Kind != PaymentOutcomeKind.AwaitingCustomer)
                {
                    ShowOutcome(outcome);
                }

                return outcome;
            }
        }

        /// <summary>Gets the text to encode as the QR code on screen while <see cref="State"/> is <see cref="SaleState.ShowingQr"/>; empty otherwise.</summary>
        public string QrContent
        {
            get { return State == SaleState.ShowingQr && Outcome != null ? Outcome.QrContent : string.Empty; }
        }

        /// <summary>
        /// Refreshes an unknown payment's screen once the flow resolved it (by a status inquiry,
        /// after a reboot or when the network returned): the late result replaces "checking".
        /// </summary>
        /// <param name="resolved">An outcome from <see cref="PaymentFlow.ResolveUnknown"/>.</param>
        /// <returns><c>true</c> when it was this session's payment.</returns>
        public bool Resolve(PaymentOutcome resolved)
        {
            lock (_gate)
            {
                if (State != SaleState.Unknown || resolved == null || Outcome == null || resolved.TransactionSequence != Outcome.TransactionSequence)
                {
                    return false;
                }

                ShowOutcome(resolved);
                return true;
            }
        }

        /// <summary>Formats minor units as "12.50" without custom format strings (nanoFramework has none).</summary>
        /// <param name="amountMinorUnits">The amount.</param>
        /// <returns>The text.</returns>
        public static string FormatAmount(long amountMinorUnits)
        {
            long whole = amountMinorUnits / 100;
            long fraction = amountMinorUnits % 100;
            return whole.ToString() + "." + (fraction < 10 ? "0" : string.Empty) + fraction.ToString();
        }

        /// <summary>Moves from waiting for a card or code to authorizing; <c>false</c> when no payment was expected.</summary>
        private bool TryBeginAuthorizing(string prompt, out long amount)
        {
            lock (_gate)
            {
                amount = AmountMinorUnits;
                if (State != SaleState.WaitingForCard)
                {
                    return false;
                }

                State = SaleState.Authorizing;
                Prompt = prompt;
                _cancelRequested = false;
                return true;
            }
        }

        /// <summary>
        /// Shows the outcome of an authorization, honouring a Cancel pressed while it ran: an
        /// approval is reversed, an unknown payment or a QR order waiting for the customer cancelled.
        /// </summary>
        private PaymentOutcome FinishAuthorizing(PaymentOutcome outcome)
        {
            lock (_gate)
            {
                if (_cancelRequested)
                {
                    PaymentOutcome undone = null;
                    if (outcome.Kind == PaymentOutcomeKind.Approved)
                    {
                        undone = _flow.ReverseApproved(outcome.TransactionSequence);
                    }
                    else if (outcome.Kind == PaymentOutcomeKind.Unknown || outcome.Kind == PaymentOutcomeKind.AwaitingCustomer)
                    {
                        undone = _flow.Cancel(outcome.TransactionSequence);
                    }

                    if (undone != null)
                    {
                        outcome = undone;
                    }
                }

                ShowOutcome(outcome);
                return outcome;
            }
        }

        private bool EnterAmount(SaleKey key)
        {
            long amount = AmountMinorUnits;
            if (key >= SaleKey.Digit0 && key <= SaleKey.Digit9)
            {
                amount = (amount * 10) + (int)key;
            }
            else if (key == SaleKey.DoubleZero)
            {
                amount *= 100;
            }
            else if (key == SaleKey.Backspace)
            {
                amount /= 10;
            }
            else if (key == SaleKey.Clear)
            {
                amount = 0;
            }
            else if (key == SaleKey.Ok)
            {
                if (AmountMinorUnits <= 0)
                {
                    return false;
                }

                State = SaleState.Confirm;
                Prompt = "Confirm " + FormatAmount(AmountMinorUnits) + "? OK to continue, Cancel to change.";
                return true;
            }
            else if (key == SaleKey.Cancel)
            {
                Reset();
                return true;
            }
            else
            {
                return false;
            }

            if (amount > _settings.MaximumAmountMinorUnits || amount.ToString().Length > MaximumDigits)
            {
                Prompt = "Maximum amount is " + FormatAmount(_settings.MaximumAmountMinorUnits) + ".";
                return false;
            }

            AmountMinorUnits = amount;
            State = amount > 0 ? SaleState.AmountEntry : SaleState.Idle;
            Prompt = amount > 0 ? "Amount " + FormatAmount(amount) : "Enter amount";
            return true;
        }

        private bool Confirm(SaleKey key)
        {
            if (key == SaleKey.Ok)
            {
                State = SaleState.WaitingForCard;
                Prompt = "Present card for " + FormatAmount(AmountMinorUnits) + ".";
                return true;
            }

            if (key == SaleKey.Cancel || key == SaleKey.Backspace)
            {
                State = SaleState.AmountEntry;
                Prompt = "Amount " + FormatAmount(AmountMinorUnits);
                return true;
            }

            return false;
        }

        private void ShowOutcome(PaymentOutcome outcome)
        {
            Outcome = outcome;
            switch (outcome.Kind)
            {
                case PaymentOutcomeKind.Approved:
                    State = SaleState.Approved;
                    break;
                case PaymentOutcomeKind.Declined:
                    State = SaleState.Declined;
                    break;
                case PaymentOutcomeKind.Unknown:
                    State = SaleState.Unknown;
                    break;
                case PaymentOutcomeKind.Cancelled:
                    State = SaleState.Cancelled;
                    break;
                case PaymentOutcomeKind.AwaitingCustomer:
                    State = SaleState.ShowingQr;
                    break;
                default:
                    State = SaleState.Refused;
                    break;
            }

            Prompt = outcome.NextStep.Length > 0 ? outcome.Message + " " + outcome.NextStep : outcome.Message;
        }

        private void Reset()
        {
            State = SaleState.Idle;
            AmountMinorUnits = 0;
            Outcome = null;
            Prompt = "Enter amount";
            _cancelRequested = false;
        }
    }
}

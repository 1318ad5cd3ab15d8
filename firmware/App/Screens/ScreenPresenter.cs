using Terminal.App.Payments;
using Terminal.Core.Protocol;
using Terminal.Drivers.Display.Text;
using Terminal.Hal.Display;

namespace Terminal.App.Screens
{
    /// <summary>
    /// The terminal's screen: every state of a sale, the payment results, errors and the technician menu,
    /// drawn on the panel's <see cref="ICanvas"/> in Simplified Chinese (the default) or English. It is the
    /// payment flow's <see cref="IResultDisplay"/>: <see cref="Show"/> draws from RAM and writes no flash.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each call draws the new screen and presents it. Only what changed is repainted: the status bar,
    /// the footer and every text, icon and code remember what they drew, so going from "authorizing" to
    /// "approved" repaints the title, the icon and a few lines, and a countdown tick repaints one or two
    /// digits without allocating. The canvas itself sends only changed pixels to the panel.
    /// </para>
    /// <para>
    /// Safe to call from two threads (the keypad's and the payment flow's): every member takes one lock.
    /// The canvas is owned by the caller (the board creates and disposes it).
    /// </para>
    /// </remarks>
    public sealed class ScreenPresenter : IResultDisplay
    {
        private readonly object _gate = new object();
        private readonly ICanvas _canvas;
        private readonly ScreenComposer _composer;
        private readonly StatusBar _statusBar;
        private readonly Footer _footer;

        private readonly IdleScreen _idle = new IdleScreen();
        private readonly AmountEntryScreen _amountEntry = new AmountEntryScreen();
        private readonly PresentCardScreen _presentCard = new PresentCardScreen();
        private readonly ScanCustomerQrScreen _scanCustomerQr = new ScanCustomerQrScreen();
        private readonly MerchantQrScreen _merchantQr = new MerchantQrScreen();
        private readonly AuthorizingScreen _authorizing = new AuthorizingScreen();
        private readonly ApprovedScreen _approved = new ApprovedScreen();
        private readonly LateConfirmationScreen _lateConfirmation = new LateConfirmationScreen();
        private readonly DeclinedScreen _declined = new DeclinedScreen();
        private readonly UnknownScreen _unknown = new UnknownScreen();
        private readonly CancelledScreen _cancelled = new CancelledScreen();
        private readonly RefusedScreen _refused = new RefusedScreen();
        private readonly ErrorScreen _error = new ErrorScreen();
        private readonly TechnicianMenuScreen _menu = new TechnicianMenuScreen();
        private readonly TechnicianPageScreen _page = new TechnicianPageScreen();
        private readonly PinEntryScreen _pinEntry = new PinEntryScreen();

        private ScreenText _text = ScreenText.Chinese;
        private Screen _current;
        private string _terminalId = string.Empty;
        private string _terminalLine = string.Empty;
        private bool _networkUp;
        private int _queueDepth;
        private SelfTestVerdict _verdict;
        private long _saleAmountMinorUnits;
        private bool _panelAnswered = true;

        /// <summary>Creates the presenter with the terminal's font. Nothing is drawn until a Show call.</summary>
        /// <param name="canvas">The panel's canvas, <see cref="ScreenLayout.Width"/> x <see cref="ScreenLayout.Height"/>; owned by the caller.</param>
        public ScreenPresenter(ICanvas canvas)
            : this(canvas, TerminalFonts.Regular)
        {
        }

        /// <summary>Creates the presenter. Builds the icons once (a few KB of RAM). Nothing is drawn until a Show call.</summary>
        /// <param name="canvas">The panel's canvas, <see cref="ScreenLayout.Width"/> x <see cref="ScreenLayout.Height"/>; owned by the caller.</param>
        /// <param name="font">The font every text is drawn in; its glyphs must cover <see cref="ScreenText"/>.</param>
        /// <exception cref="System.ArgumentNullException">A parameter is <c>null</c>.</exception>
        /// <exception cref="System.ArgumentException">The canvas is not 240 x 320.</exception>
        public ScreenPresenter(ICanvas canvas, BitmapFont font)
        {
            if (canvas == null)
            {
                throw new System.ArgumentNullException("canvas");
            }

            if (font == null)
            {
                throw new System.ArgumentNullException("font");
            }

            if (canvas.Width != ScreenLayout.Width || canvas.Height != ScreenLayout.Height)
            {
                throw new System.ArgumentException("The screens are laid out for a 240 x 320 portrait canvas.", "canvas");
            }

            _canvas = canvas;
            ScreenCanvas screen = new ScreenCanvas(canvas, font);
            _composer = new ScreenComposer(screen);
            _composer.Text = _text;
            _statusBar = new StatusBar(screen);
            _footer = new Footer(screen);
            _statusBar.Invalidate();
            _footer.Invalidate();
            _composer.Invalidate();
            UpdateTerminalLine();
        }

        /// <summary>
        /// Gets or sets the language of every text. Setting another language repaints the whole screen at
        /// once in it; the default is <see cref="CashierLanguage.SimplifiedChinese"/>.
        /// </summary>
        public CashierLanguage Language
        {
            get
            {
                lock (_gate)
                {
                    return _text.Language;
                }
            }

            set
            {
                lock (_gate)
                {
                    ScreenText text = ScreenText.For(value);
                    if (text == _text)
                    {
                        return;
                    }

                    _text = text;
                    _composer.Text = text;
                    UpdateTerminalLine();
                    RepaintAll();
                }
            }
        }

        /// <summary>
        /// Gets whether the panel took the last update. <c>false</c> means it did not answer (failure cause
        /// HW-DISPLAY); the changes stay pending in the canvas and go out with the next update.
        /// </summary>
        public bool PanelAnswered
        {
            get
            {
                lock (_gate)
                {
                    return _panelAnswered;
                }
            }
        }

        /// <summary>
        /// Gets the words on the screen, top to bottom, one line each (status bar, body, footer): what a
        /// person reads on the panel, for the tests and the technician's console. Allocates; not for hot paths.
        /// </summary>
        public string VisibleText
        {
            get
            {
                lock (_gate)
                {
                    return _statusBar.Describe() + "\n" + _composer.Describe() + _footer.Describe();
                }
            }
        }

        /// <summary>Sets the terminal id the footer shows; repaints the footer only.</summary>
        /// <param name="terminalId">The id, ASCII (e.g. "T0012345"); <c>null</c> shows none.</param>
        public void SetTerminalId(string terminalId)
        {
            lock (_gate)
            {
                _terminalId = terminalId == null ? string.Empty : terminalId;
                UpdateTerminalLine();
                if (_current != null)
                {
                    _footer.Show(_text, _terminalLine);
                    Present();
                }
            }
        }

        /// <summary>
        /// Sets what the status bar shows. Only the items that changed are repainted, and the idle screen's
        /// words follow when it is shown.
        /// </summary>
        /// <param name="networkUp">Whether the network link to the host is up.</param>
        /// <param name="queueDepth">Results waiting in the outbound queues (0 or more; shown up to 999).</param>
        /// <param name="lastSelfTest">The last self-test's verdict.</param>
        public void SetStatus(bool networkUp, int queueDepth, SelfTestVerdict lastSelfTest)
        {
            lock (_gate)
            {
                _networkUp = networkUp;
                _queueDepth = queueDepth < 0 ? 0 : queueDepth;
                _verdict = lastSelfTest;
                if (_current == null)
                {
                    return;
                }

                _statusBar.Show(_text, _networkUp, _queueDepth, _verdict);
                if (_current == _idle)
                {
                    Compose(_idle);
                }

                Present();
            }
        }

        /// <summary>Shows the idle screen: no sale; the terminal's state in words; how to start.</summary>
        public void ShowIdle()
        {
            lock (_gate)
            {
                _saleAmountMinorUnits = 0;
                Display(_idle);
            }
        }

        /// <summary>Shows the amount being typed (SaleState.AmountEntry).</summary>
        /// <param name="amountMinorUnits">The amount so far, in minor units (0 shows ¥0.00).</param>
        public void ShowAmountEntry(long amountMinorUnits)
        {
            lock (_gate)
            {
                _saleAmountMinorUnits = amountMinorUnits;
                _amountEntry.AmountMinorUnits = amountMinorUnits;
                _amountEntry.Confirming = false;
                Display(_amountEntry);
            }
        }

        /// <summary>Shows the amount for confirmation before the card is asked for (SaleState.Confirm).</summary>
        /// <param name="amountMinorUnits">The amount, in minor units.</param>
        public void ShowAmountConfirmation(long amountMinorUnits)
        {
            lock (_gate)
            {
                _saleAmountMinorUnits = amountMinorUnits;
                _amountEntry.AmountMinorUnits = amountMinorUnits;
                _amountEntry.Confirming = true;
                Display(_amountEntry);
            }
        }

        /// <summary>Asks for the card (SaleState.WaitingForCard).</summary>
        /// <param name="amountMinorUnits">The confirmed amount, in minor units.</param>
        public void ShowPresentCard(long amountMinorUnits)
        {
            lock (_gate)
            {
                _saleAmountMinorUnits = amountMinorUnits;
                _presentCard.AmountMinorUnits = amountMinorUnits;
                Display(_presentCard);
            }
        }

        /// <summary>Asks the customer to hold their wallet's payment code to the scanner.</summary>
        /// <param name="amountMinorUnits">The confirmed amount, in minor units.</param>
        public void ShowScanCustomerQr(long amountMinorUnits)
        {
            lock (_gate)
            {
                _saleAmountMinorUnits = amountMinorUnits;
                _scanCustomerQr.AmountMinorUnits = amountMinorUnits;
                Display(_scanCustomerQr);
            }
        }

        /// <summary>Shows the merchant's payment QR code for the customer to scan (SaleState.ShowingQr).</summary>
        /// <param name="amountMinorUnits">The confirmed amount, in minor units.</param>
        /// <param name="qrContent">The text to encode (PaymentOutcome.QrContent); the same text again repaints nothing.</param>
        public void ShowMerchantQr(long amountMinorUnits, string qrContent)
        {
            lock (_gate)
            {
                _saleAmountMinorUnits = amountMinorUnits;
                ShowQrLocked(qrContent);
            }
        }

        /// <summary>Shows the authorization under way with a countdown (SaleState.Authorizing).</summary>
        /// <param name="amountMinorUnits">The amount being authorized, in minor units.</param>
        /// <param name="secondsLeft">Seconds until the authorization times out (shown 0 to 99).</param>
        public void ShowAuthorizing(long amountMinorUnits, int secondsLeft)
        {
            lock (_gate)
            {
                ShowAuthorizingLocked(amountMinorUnits, secondsLeft);
            }
        }

        /// <summary>
        /// Moves the countdown of the authorizing screen: repaints only the digits that changed and
        /// allocates nothing. Ignored when another screen is shown.
        /// </summary>
        /// <param name="secondsLeft">Seconds until the authorization times out.</param>
        public void UpdateCountdown(int secondsLeft)
        {
            lock (_gate)
            {
                TickLocked(secondsLeft);
            }
        }

        /// <summary>Says on the authorizing screen that Cancel was pressed and will be honoured (the payment is undone if it goes through).</summary>
        public void ShowCancelRequested()
        {
            lock (_gate)
            {
                if (_current != _authorizing || _authorizing.CancelRequested)
                {
                    return;
                }

                _authorizing.CancelRequested = true;
                Display(_authorizing);
            }
        }

        /// <summary>
        /// Shows a payment's outcome at once, from RAM, writing no flash: approved, late confirmation,
        /// declined with reason and next step, UNKNOWN ("do not pay again"), cancelled, refused, or the
        /// merchant's QR code. The amount shown is the current sale's; use
        /// <see cref="ShowOutcome(PaymentOutcome, long)"/> for a payment of an earlier sale.
        /// </summary>
        /// <param name="outcome">The outcome; never <c>null</c>.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="outcome"/> is <c>null</c>.</exception>
        public void Show(PaymentOutcome outcome)
        {
            lock (_gate)
            {
                ShowOutcomeLocked(outcome, _saleAmountMinorUnits);
            }
        }

        /// <summary>Shows a payment's outcome with its amount (e.g. a late confirmation after a reboot, when the sale is no longer on screen).</summary>
        /// <param name="outcome">The outcome; never <c>null</c>.</param>
        /// <param name="amountMinorUnits">The payment's amount, in minor units; 0 shows none.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="outcome"/> is <c>null</c>.</exception>
        public void ShowOutcome(PaymentOutcome outcome, long amountMinorUnits)
        {
            lock (_gate)
            {
                ShowOutcomeLocked(outcome, amountMinorUnits);
            }
        }

        /// <summary>
        /// On the UNKNOWN screen, offers the cashier to keep waiting or cancel (docs/late-approval-policy.md:
        /// after 2 minutes; the terminal never decides it by itself). Ignored on any other screen.
        /// </summary>
        public void OfferToCancelUnknown()
        {
            lock (_gate)
            {
                if (_current != _unknown || _unknown.OfferCancel)
                {
                    return;
                }

                _unknown.OfferCancel = true;
                Display(_unknown);
            }
        }

        /// <summary>Shows a fault with its cause id, name, detail and remedy (failure-causes.md).</summary>
        /// <param name="causeId">The cause id, e.g. "HW-PRINTER".</param>
        /// <param name="detail">What exactly is wrong, e.g. <see cref="FaultDetail.PaperOut"/>.</param>
        public void ShowError(string causeId, FaultDetail detail)
        {
            lock (_gate)
            {
                _error.CauseId = causeId == null ? string.Empty : causeId;
                _error.Detail = detail;
                Display(_error);
            }
        }

        /// <summary>Shows the technician menu.</summary>
        /// <param name="labels">The entries, in order (their glyphs must be in the terminal's font: add new words to <see cref="ScreenText"/>).</param>
        /// <param name="selectedIndex">The highlighted entry.</param>
        public void ShowTechnicianMenu(string[] labels, int selectedIndex)
        {
            ShowTechnicianList(null, labels, selectedIndex, null);
        }

        /// <summary>Shows a technician's list (symptoms, causes, results, transactions) in the menu's layout.</summary>
        /// <param name="title">The title; <c>null</c> for the menu's own.</param>
        /// <param name="labels">The entries, in order (words from <see cref="ScreenText"/>, ids and values ASCII).</param>
        /// <param name="selectedIndex">The highlighted entry.</param>
        /// <param name="hint">The key hint; <c>null</c> for the menu's own.</param>
        public void ShowTechnicianList(string title, string[] labels, int selectedIndex, string hint)
        {
            lock (_gate)
            {
                _menu.Labels = labels == null ? new string[0] : labels;
                _menu.SelectedIndex = selectedIndex;
                _menu.Title = title;
                _menu.Hint = hint;
                Display(_menu);
            }
        }

        /// <summary>
        /// Shows a technician's page of text: a self-test result with its remedy, a transaction, the queues, a
        /// message after an action, a self-test's question. Each paragraph wraps over the menu's rows.
        /// </summary>
        /// <param name="title">The title.</param>
        /// <param name="titleTone">The title's colour meaning.</param>
        /// <param name="paragraphs">The paragraphs, top to bottom; the presenter keeps the array.</param>
        /// <param name="tones">Each paragraph's colour meaning; <c>null</c> or short for plain text.</param>
        /// <param name="maximumRows">How many rows each paragraph may take; <c>null</c> or short for every row left.</param>
        /// <param name="hint">The key hint.</param>
        public void ShowTechnicianPage(string title, PageTone titleTone, string[] paragraphs, PageTone[] tones, int[] maximumRows, string hint)
        {
            lock (_gate)
            {
                _page.Title = title == null ? string.Empty : title;
                _page.TitleColor = ColorOf(titleTone);
                _page.Paragraphs = paragraphs == null ? new string[0] : paragraphs;
                ushort[] colors = null;
                if (tones != null)
                {
                    colors = new ushort[tones.Length];
                    for (int i = 0; i < tones.Length; i++)
                    {
                        colors[i] = ColorOf(tones[i]);
                    }
                }

                _page.Colors = colors;
                _page.MaximumRows = maximumRows;
                _page.Hint = hint == null ? string.Empty : hint;
                Display(_page);
            }
        }

        /// <summary>Shows the technician's sign-in: a star per digit typed (never a digit), and the last attempt's answer.</summary>
        /// <param name="digitCount">Digits typed so far.</param>
        /// <param name="state">What the last attempt gave.</param>
        /// <param name="failures">Failures in a row (shown with <see cref="PinEntryState.Refused"/>).</param>
        /// <param name="lockedSecondsLeft">The lockout's time left in seconds (shown with <see cref="PinEntryState.Locked"/>).</param>
        public void ShowPinEntry(int digitCount, PinEntryState state, int failures, int lockedSecondsLeft)
        {
            lock (_gate)
            {
                if (_current == _pinEntry && _pinEntry.DigitCount == digitCount && _pinEntry.State == state
                    && _pinEntry.Failures == failures && _pinEntry.LockedSecondsLeft == lockedSecondsLeft)
                {
                    return;
                }

                _pinEntry.DigitCount = digitCount;
                _pinEntry.State = state;
                _pinEntry.Failures = failures;
                _pinEntry.LockedSecondsLeft = lockedSecondsLeft;
                Display(_pinEntry);
            }
        }

        /// <summary>Moves the technician menu's highlight; repaints the rows that changed. Ignored on other screens.</summary>
        /// <param name="selectedIndex">The entry to highlight.</param>
        public void SelectMenuEntry(int selectedIndex)
        {
            lock (_gate)
            {
                if (_current != _menu)
                {
                    return;
                }

                _menu.SelectedIndex = selectedIndex;
                Display(_menu);
            }
        }

        /// <summary>
        /// Shows what a sale session stands at: idle, amount entry or confirmation, waiting for the card,
        /// authorizing, the QR code, or the outcome.
        /// </summary>
        /// <param name="session">The session.</param>
        /// <param name="secondsLeft">For the authorizing state: seconds until the authorization times out.</param>
        public void ShowSale(SaleSession session, int secondsLeft)
        {
            // No lock here: each call below takes it (no nested locking), and the session has its own.
            long amount = session.AmountMinorUnits;
            switch (session.State)
            {
                case SaleState.Idle:
                    ShowIdle();
                    break;
                case SaleState.AmountEntry:
                    ShowAmountEntry(amount);
                    break;
                case SaleState.Confirm:
                    ShowAmountConfirmation(amount);
                    break;
                case SaleState.WaitingForCard:
                    ShowPresentCard(amount);
                    break;
                case SaleState.Authorizing:
                    lock (_gate)
                    {
                        if (_current == _authorizing && _saleAmountMinorUnits == amount)
                        {
                            TickLocked(secondsLeft);
                        }
                        else
                        {
                            ShowAuthorizingLocked(amount, secondsLeft);
                        }
                    }

                    break;
                case SaleState.ShowingQr:
                    ShowMerchantQr(amount, session.QrContent);
                    break;
                default:
                    PaymentOutcome outcome = session.Outcome;
                    if (outcome != null)
                    {
                        ShowOutcome(outcome, amount);
                    }

                    break;
            }
        }

        /// <summary>
        /// Repaints the whole screen (after the panel was reset or re-plugged: its memory is lost). The
        /// canvas sends the whole frame, since the panel's content is unknown.
        /// </summary>
        public void Repaint()
        {
            lock (_gate)
            {
                RepaintAll();
            }
        }

        private static ushort ColorOf(PageTone tone)
        {
            switch (tone)
            {
                case PageTone.Information:
                    return ScreenColors.Progress;
                case PageTone.Fault:
                    return ScreenColors.Danger;
                case PageTone.Caution:
                    return ScreenColors.Caution;
                case PageTone.Done:
                    return ScreenColors.Success;
                case PageTone.Muted:
                    return ScreenColors.Muted;
                default:
                    return ScreenColors.Text;
            }
        }

        private void ShowAuthorizingLocked(long amountMinorUnits, int secondsLeft)
        {
            _saleAmountMinorUnits = amountMinorUnits;
            _authorizing.AmountMinorUnits = amountMinorUnits;
            _authorizing.SecondsLeft = secondsLeft;
            _authorizing.CancelRequested = false;
            Display(_authorizing);
        }

        private void TickLocked(int secondsLeft)
        {
            if (_current != _authorizing || secondsLeft == _authorizing.SecondsLeft)
            {
                return;
            }

            _authorizing.SecondsLeft = secondsLeft;
            _composer.Countdown(secondsLeft, ScreenColors.Progress);
            Present();
        }

        private void ShowOutcomeLocked(PaymentOutcome outcome, long amountMinorUnits)
        {
            if (outcome == null)
            {
                throw new System.ArgumentNullException("outcome");
            }

            switch (outcome.Kind)
            {
                case PaymentOutcomeKind.Approved:
                    if (outcome.IsLate)
                    {
                        _lateConfirmation.AmountMinorUnits = amountMinorUnits;
                        _lateConfirmation.TransactionSequence = outcome.TransactionSequence;
                        Display(_lateConfirmation);
                    }
                    else
                    {
                        _approved.AmountMinorUnits = amountMinorUnits;
                        _approved.TransactionSequence = outcome.TransactionSequence;
                        Display(_approved);
                    }

                    break;
                case PaymentOutcomeKind.Declined:
                    _declined.AmountMinorUnits = amountMinorUnits;
                    _declined.ResponseCode = outcome.ResponseCode == null ? string.Empty : outcome.ResponseCode;
                    Display(_declined);
                    break;
                case PaymentOutcomeKind.Unknown:
                    _unknown.AmountMinorUnits = amountMinorUnits;
                    _unknown.OfferCancel = false;
                    Display(_unknown);
                    break;
                case PaymentOutcomeKind.Cancelled:
                    _cancelled.AmountMinorUnits = amountMinorUnits;
                    Display(_cancelled);
                    break;
                case PaymentOutcomeKind.AwaitingCustomer:
                    _saleAmountMinorUnits = amountMinorUnits;
                    ShowQrLocked(outcome.QrContent);
                    break;
                default:
                    _refused.AmountMinorUnits = amountMinorUnits;
                    _refused.CauseId = outcome.CauseId == null ? string.Empty : outcome.CauseId;
                    Display(_refused);
                    break;
            }
        }

        private void ShowQrLocked(string qrContent)
        {
            _merchantQr.AmountMinorUnits = _saleAmountMinorUnits;
            _merchantQr.QrContent = qrContent == null ? string.Empty : qrContent;
            Display(_merchantQr);
        }

        /// <summary>Makes a screen the current one, draws what differs from the panel, and presents it.</summary>
        private void Display(Screen screen)
        {
            bool first = _current == null;
            _current = screen;
            if (first)
            {
                _footer.Show(_text, _terminalLine);
            }

            _statusBar.Show(_text, _networkUp, _queueDepth, _verdict);
            Compose(screen);
            Present();
        }

        private void Compose(Screen screen)
        {
            if (screen == _idle)
            {
                _idle.NetworkUp = _networkUp;
                _idle.QueueDepth = _queueDepth;
                _idle.Verdict = _verdict;
            }

            _composer.Begin(screen.Family);
            screen.Compose(_composer);
            _composer.End();
        }

        private void RepaintAll()
        {
            _statusBar.Invalidate();
            _footer.Invalidate();
            _composer.Invalidate();
            if (_current != null)
            {
                Screen current = _current;
                _current = null;
                Display(current);
            }
        }

        private void UpdateTerminalLine()
        {
            _terminalLine = _terminalId.Length > 0 ? _text.TerminalPrefix + _terminalId : string.Empty;
        }

        private void Present()
        {
            _panelAnswered = _canvas.Present();
        }
    }
}

using System;
using Terminal.App.Maintenance;
using Terminal.App.Payments;
using Terminal.App.Receipts;
using Terminal.App.Screens;
using Terminal.App.SelfTests;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;
using Terminal.Core.Protocol;
using Terminal.Hal.Keypad;
using Terminal.Hal.Platform;
using Terminal.Hal.Printer;
using Terminal.Hal.Time;

namespace Terminal.App.Technician
{
    /// <summary>Told when the technician chose a screen language, so the app can keep it (a configuration store).</summary>
    /// <param name="language">The language chosen.</param>
    public delegate void LanguageChosenHandler(CashierLanguage language);

    /// <summary>
    /// The technician menu on the terminal's own screen and keypad: sign-in with a PIN, self-tests by symptom, all
    /// or one, the results with their remedies, the printed self-test report, the last transactions, the queues,
    /// a reprint of the last receipt, the language, and a restart.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <b>Entry.</b> With the sale idle (no amount typed), press <see cref="KeyCode.Menu"/> <see cref="ChordPresses"/>
    /// times within <see cref="ChordWindowMilliseconds"/>, with no other key between. A cashier presses Menu once or
    /// not at all (it does nothing during a sale), so three quick presses are deliberate. Then the technician PIN,
    /// <see cref="MinimumPinDigits"/> digits or more, shown as stars only, checked by <see cref="ITechnicianAccess"/>
    /// (which counts failures, locks out and logs every attempt); the lockout is shown with its time left.
    /// </para>
    /// <para>
    /// <b>Keys.</b> In a list: 1..9 pick and open an entry (0 the tenth), Menu moves the highlight down, Backspace
    /// up, OK opens the highlighted one, Cancel goes back (from the main menu: signs out). On a result or a
    /// transaction: Menu the next one, Backspace the previous, OK or Cancel back to the list.
    /// </para>
    /// <para>
    /// <b>A state machine</b> driven by <see cref="HandleKey"/> (from the desk, which hands it every key while the
    /// menu is open) and <see cref="Tick"/> (the clock: the lockout countdown and the idle timeout). It never loops
    /// waiting: a self-test run blocks the call that started it, and only a self-test's question to the technician
    /// (<see cref="Operator"/>) scans the keypad while it waits. After <see cref="IdleTimeoutMilliseconds"/> without a
    /// key the technician is signed out and the cashier's idle screen comes back.
    /// </para>
    /// <para>
    /// Parts are set through properties after construction; one left <c>null</c> (no printer, no journal yet) makes
    /// its entries say "not available" instead of failing. One owner thread (the desk's) calls it.
    /// </para>
    /// </remarks>
    public sealed partial class TechnicianMenu
    {
        /// <summary>How many presses of Menu open the sign-in.</summary>
        public const int ChordPresses = 3;

        /// <summary>The time within which those presses must fall, in milliseconds.</summary>
        public const int ChordWindowMilliseconds = 2000;

        /// <summary>How long the menu stays open without a key before it signs out, in milliseconds (2 minutes).</summary>
        public const int IdleTimeoutMilliseconds = 120000;

        /// <summary>The shortest technician PIN, in digits.</summary>
        public const int MinimumPinDigits = 8;

        /// <summary>The longest technician PIN, in digits; further digits are ignored.</summary>
        public const int MaximumPinDigits = 16;

        /// <summary>The channel name given to <see cref="ITechnicianAccess.TrySignIn"/> for the log.</summary>
        public const string AccessChannel = "menu";

        /// <summary>The event-log source of the menu's maintenance actions.</summary>
        public const string LogSource = "menu";

        private readonly ScreenPresenter _screens;
        private readonly ITechnicianAccess _access;
        private readonly IClock _clock;
        private readonly char[] _pin = new char[MaximumPinDigits];
        private int _pinLength;
        private PinEntryState _pinState;
        private MenuPage _page = MenuPage.Closed;
        private MenuPage _messageReturn = MenuPage.Main;
        private long _lastKeyMonotonic;
        private int _chordPresses;
        private long _chordStartMonotonic;

        /// <summary>Creates the menu, closed.</summary>
        /// <param name="screens">The terminal's screen.</param>
        /// <param name="access">The technician sign-in gate (shared with the console).</param>
        /// <param name="clock">The terminal's clock: monotonic for timeouts, UTC for the lockout and the reports.</param>
        /// <exception cref="ArgumentNullException">A parameter is <c>null</c>.</exception>
        public TechnicianMenu(ScreenPresenter screens, ITechnicianAccess access, IClock clock)
        {
            if (screens == null || access == null || clock == null)
            {
                throw new ArgumentNullException(screens == null ? "screens" : access == null ? "access" : "clock");
            }

            _screens = screens;
            _access = access;
            _clock = clock;
            _progress = OnProgress;
        }

        /// <summary>Gets or sets the self-test runner; <c>null</c>: the test entries say "not available".</summary>
        public SelfTestRunner Runner { get; set; }

        /// <summary>
        /// Gets or sets the runner's context: during a run started here its <see cref="SelfTestContext.Operator"/> is
        /// <see cref="Operator"/>, and is put back after (a console run has nobody at the terminal).
        /// </summary>
        public SelfTestContext SelfTestContext { get; set; }

        /// <summary>Gets or sets the technician at the terminal for the checks that need a person (a <see cref="KeypadOperatorPrompt"/>).</summary>
        public IOperatorPrompt Operator { get; set; }

        /// <summary>Gets or sets where the last results are kept, shown when no run happened since boot; may be <c>null</c>.</summary>
        public SelfTestResultStore ResultStore { get; set; }

        /// <summary>Gets or sets the journal, for the queues and the restart check; <c>null</c> until it is open.</summary>
        public TransactionJournal Journal { get; set; }

        /// <summary>Gets or sets the last transactions; <c>null</c>: their entries say "not available".</summary>
        public TransactionHistory History { get; set; }

        /// <summary>Gets or sets the receipt printer, for the report and the reprint; <c>null</c> when not fitted.</summary>
        public IReceiptPrinter Printer { get; set; }

        /// <summary>Gets or sets the receipts' language and time offset (the report and the reprint follow them).</summary>
        public ReceiptSettings Receipts { get; set; } = ReceiptSettings.CreateDefault();

        /// <summary>Gets or sets the terminal id printed on the report and the reprint.</summary>
        public string TerminalId { get; set; } = string.Empty;

        /// <summary>Gets or sets the merchant id printed on the reprint.</summary>
        public string MerchantId { get; set; } = string.Empty;

        /// <summary>Gets or sets the restart control (the board's <see cref="PlatformWiring.Restart"/>); <c>null</c>: "not available".</summary>
        public IRestartControl Restart { get; set; }

        /// <summary>Gets or sets the cashier's sale, so a restart is refused while it is authorizing; may be <c>null</c>.</summary>
        public SaleSession Sale { get; set; }

        /// <summary>Gets or sets the event log the menu's maintenance actions are written to (reprint, report, language, restart); may be <c>null</c>.</summary>
        public EventLog EventLog { get; set; }

        /// <summary>
        /// Gets or sets who keeps a language choice. <c>null</c>: the choice lives in memory only (the page says so)
        /// and the terminal's configured language is back after a restart.
        /// </summary>
        public LanguageChosenHandler LanguageChosen { get; set; }

        /// <summary>Gets whether the menu is open (sign-in or signed in): the desk then hands it every key.</summary>
        public bool IsOpen
        {
            get { return _page != MenuPage.Closed; }
        }

        /// <summary>Gets whether a technician is signed in (past the PIN).</summary>
        public bool IsSignedIn
        {
            get { return _page != MenuPage.Closed && _page != MenuPage.SignIn; }
        }

        /// <summary>
        /// Takes one key press. While closed it only watches for the chord and lets every key through to the sale
        /// (returns <c>false</c>), except the press that completes the chord. While open it takes every key.
        /// </summary>
        /// <param name="key">The key pressed.</param>
        /// <param name="cashierIdle">Whether the cashier's sale is idle with no amount typed (the chord counts only then).</param>
        /// <returns><c>true</c> when the menu took the key; <c>false</c> when it belongs to the sale.</returns>
        public bool HandleKey(KeyCode key, bool cashierIdle)
        {
            long now = _clock.MonotonicMilliseconds;
            if (_page == MenuPage.Closed)
            {
                return WatchChord(key, cashierIdle, now);
            }

            _lastKeyMonotonic = now;
            switch (_page)
            {
                case MenuPage.SignIn:
                    SignInKey(key);
                    break;
                case MenuPage.Main:
                    MainKey(key);
                    break;
                case MenuPage.Symptoms:
                    SymptomsKey(key);
                    break;
                case MenuPage.Causes:
                    CausesKey(key);
                    break;
                case MenuPage.Results:
                    ResultsKey(key);
                    break;
                case MenuPage.ResultDetail:
                    ResultDetailKey(key);
                    break;
                case MenuPage.Transactions:
                    TransactionsKey(key);
                    break;
                case MenuPage.TransactionDetail:
                    TransactionDetailKey(key);
                    break;
                case MenuPage.Language:
                    LanguageKey(key);
                    break;
                case MenuPage.RestartConfirm:
                    RestartKey(key);
                    break;
                default:
                    // Queues and messages: any of OK and Cancel goes back.
                    if (key == KeyCode.Ok || key == KeyCode.Cancel)
                    {
                        Go(_page == MenuPage.Queues ? MenuPage.Main : _messageReturn);
                    }

                    break;
            }

            // A long action (a self-test run, a print) must not count against the idle time.
            _lastKeyMonotonic = _clock.MonotonicMilliseconds;
            return true;
        }

        /// <summary>
        /// Moves the menu on with the clock: the lockout's countdown on the sign-in, and the idle timeout that signs
        /// the technician out. Call it on every desk pass; while closed it returns at once and allocates nothing.
        /// </summary>
        public void Tick()
        {
            if (_page == MenuPage.Closed)
            {
                return;
            }

            if (_clock.MonotonicMilliseconds - _lastKeyMonotonic >= IdleTimeoutMilliseconds)
            {
                Close();
                return;
            }

            if (_page == MenuPage.SignIn && (_pinState == PinEntryState.Locked || _access.IsLockedOut))
            {
                ShowSignIn();
            }
        }

        /// <summary>Opens the sign-in page directly (what the chord does).</summary>
        public void OpenSignIn()
        {
            WipePin();
            _pinState = PinEntryState.Typing;
            _page = MenuPage.SignIn;
            _lastKeyMonotonic = _clock.MonotonicMilliseconds;
            ShowSignIn();
        }

        /// <summary>Signs the technician out, forgets the PIN typed, and shows the cashier's idle screen.</summary>
        public void Close()
        {
            WipePin();
            _chordPresses = 0;
            _page = MenuPage.Closed;
            _screens.ShowIdle();
        }

        private bool WatchChord(KeyCode key, bool cashierIdle, long now)
        {
            if (!cashierIdle || key != KeyCode.Menu)
            {
                _chordPresses = 0;
                return false;
            }

            if (_chordPresses == 0 || now - _chordStartMonotonic > ChordWindowMilliseconds)
            {
                _chordPresses = 1;
                _chordStartMonotonic = now;
                return false;
            }

            _chordPresses++;
            if (_chordPresses < ChordPresses)
            {
                return false;
            }

            _chordPresses = 0;
            OpenSignIn();
            return true;
        }

        private void SignInKey(KeyCode key)
        {
            if (key == KeyCode.Cancel)
            {
                Close();
                return;
            }

            if (_access.IsLockedOut)
            {
                // Nothing is typed or compared until the lockout ends.
                WipePin();
                ShowSignIn();
                return;
            }

            if (key >= KeyCode.Digit0 && key <= KeyCode.Digit9)
            {
                AppendDigit((char)('0' + (int)key));
            }
            else if (key == KeyCode.DoubleZero)
            {
                AppendDigit('0');
                AppendDigit('0');
            }
            else if (key == KeyCode.Backspace)
            {
                if (_pinLength > 0)
                {
                    _pinLength--;
                    _pin[_pinLength] = '\0';
                }
            }
            else if (key == KeyCode.Clear)
            {
                WipePin();
            }
            else if (key == KeyCode.Ok)
            {
                SubmitPin();
                return;
            }
            else
            {
                return;
            }

            _pinState = PinEntryState.Typing;
            ShowSignIn();
        }

        private void AppendDigit(char digit)
        {
            if (_pinLength < _pin.Length)
            {
                _pin[_pinLength++] = digit;
            }
        }

        private void SubmitPin()
        {
            if (_pinLength < MinimumPinDigits)
            {
                // Not an attempt: such a PIN cannot be right, so nothing is compared or counted.
                _pinState = PinEntryState.TooShort;
                ShowSignIn();
                return;
            }

            string secret = new string(_pin, 0, _pinLength);
            WipePin();
            AccessResult result = _access.TrySignIn(AccessChannel, secret);
            switch (result)
            {
                case AccessResult.Granted:
                    _mainSelected = 0;
                    Go(MenuPage.Main);
                    return;
                case AccessResult.NotConfigured:
                    _pinState = PinEntryState.NotConfigured;
                    break;
                case AccessResult.LockedOut:
                    _pinState = PinEntryState.Locked;
                    break;
                default:
                    _pinState = PinEntryState.Refused;
                    break;
            }

            ShowSignIn();
        }

        private void ShowSignIn()
        {
            if (_access.IsLockedOut)
            {
                long leftMilliseconds = _access.LockedUntilUtcMilliseconds - _clock.UtcNowMilliseconds;
                int seconds = leftMilliseconds <= 0 ? 0 : (int)((leftMilliseconds + 999) / 1000);
                _pinState = PinEntryState.Locked;
                _screens.ShowPinEntry(0, PinEntryState.Locked, _access.ConsecutiveFailures, seconds);
                return;
            }

            if (_pinState == PinEntryState.Locked)
            {
                // The lockout ended while the page was shown.
                _pinState = PinEntryState.Typing;
            }

            _screens.ShowPinEntry(_pinLength, _pinState, _access.ConsecutiveFailures, 0);
        }

        private void WipePin()
        {
            Array.Clear(_pin, 0, _pin.Length);
            _pinLength = 0;
        }

        // Moves a list's selection with the keys; true when the key opens the (new) selection.
        private static bool Navigate(KeyCode key, int count, ref int selected)
        {
            if (count <= 0)
            {
                return false;
            }

            if (key >= KeyCode.Digit1 && key <= KeyCode.Digit9)
            {
                int index = (int)key - 1;
                if (index < count)
                {
                    selected = index;
                    return true;
                }

                return false;
            }

            switch (key)
            {
                case KeyCode.Digit0:
                    if (count >= 10)
                    {
                        selected = 9;
                        return true;
                    }

                    return false;
                case KeyCode.Menu:
                    selected = (selected + 1) % count;
                    return false;
                case KeyCode.Backspace:
                    selected = (selected + count - 1) % count;
                    return false;
                case KeyCode.Ok:
                    return true;
                default:
                    return false;
            }
        }

        private void Log(string text)
        {
            EventLog log = EventLog;
            if (log == null)
            {
                return;
            }

            try
            {
                log.Append(EventKind.Maintenance, LogSource, text);
            }
            catch (Terminal.Hal.Storage.StorageException)
            {
                // The action was done; a log that cannot be written is the SW-LOG self-test's finding.
            }
        }
    }
}

using System;
using Terminal.App.Payments;
using Terminal.App.Screens;
using Terminal.App.Technician;
using Terminal.Core.Protocol;
using Terminal.Hal.CardReader;
using Terminal.Hal.Keypad;
using Terminal.Hal.Scanner;
using Terminal.Hal.Time;

namespace Terminal.App.Peripherals
{
    /// <summary>
    /// Connects what the cashier and the customer touch to the sale: key presses to <see cref="SaleSession"/>,
    /// a card on the reader or a wallet code under the scanner to the payment, and the session's state to the
    /// screen. One <see cref="Poll"/> is one pass; <c>TerminalApp.Run</c> calls it every few milliseconds, which is
    /// also the keypad's scan period.
    /// </summary>
    /// <remarks>
    /// A payment blocks the pass while the host is asked (the flow is synchronous, as nanoFramework's
    /// <c>HttpClient</c> is); a Cancel pressed meanwhile is picked up by the session when the answer returns.
    /// The card's payload is encoded for the host and the reader's buffers cleared at once: the clear card number
    /// is never kept (the reader masks it to the last four digits itself).
    /// </remarks>
    public sealed class CashierDesk
    {
        /// <summary>
        /// How often the card reader is asked for a card, in milliseconds: within the 50-200 ms the reader contract
        /// asks for. A PN532 detection is a full I2C and RF exchange; asking on every 5 ms pass would hold up the
        /// keypad's scan, and a tap lasts several hundred milliseconds anyway.
        /// </summary>
        public const int CardPollIntervalMilliseconds = 100;

        private readonly TerminalPeripherals _peripherals;
        private readonly SaleSession _sale;
        private readonly IClock _clock;
        private readonly byte[] _payload = new byte[CardRead.MaximumPayloadBytes];
        private bool _scannerStarted;
        private bool _scannerArmed;
        private int _orderNumber;
        private long _nextCardPollMilliseconds;

        // What the screen was last asked to show. It starts at the idle sale, which Boot has drawn.
        private SaleState _shownState = SaleState.Idle;
        private long _shownAmountMinorUnits;
        private PaymentOutcome _shownOutcome;
        private int _shownKeysPressed;

        /// <summary>Creates the desk, for a new session (idle) whose idle screen is already drawn.</summary>
        /// <param name="peripherals">The drivers; any of them may be <c>null</c> (not fitted).</param>
        /// <param name="sale">The cashier's sale session.</param>
        /// <param name="clock">The clock, for the keypad's debouncing and order references.</param>
        public CashierDesk(TerminalPeripherals peripherals, SaleSession sale, IClock clock)
        {
            if (peripherals == null || sale == null || clock == null)
            {
                throw new ArgumentNullException(peripherals == null ? "peripherals" : sale == null ? "sale" : "clock");
            }

            _peripherals = peripherals;
            _sale = sale;
            _clock = clock;
        }

        /// <summary>Gets how many keys were pressed since boot (stuck keys are not presses).</summary>
        public int KeysPressed { get; private set; }

        /// <summary>
        /// Gets or sets the technician menu; <c>null</c> for none. Every key press is offered to it first: it opens on
        /// its chord while the sale is idle, and while open it takes every key and the screen, and the sale waits.
        /// </summary>
        public TechnicianMenu Technician { get; set; }

        /// <summary>Gets the last card-reader outcome other than "no card", for the screen and the HW-CARD self-test.</summary>
        public CardReadOutcome LastCardOutcome { get; private set; }

        /// <summary>
        /// One pass: scan the keys and hand each press to the session; while a card or code is expected, poll the
        /// reader and the scanner and pay with what they found; while a merchant QR code is shown, ask the host
        /// about it; then show where the sale stands.
        /// </summary>
        public void Poll()
        {
            ReadKeys();
            TechnicianMenu technician = Technician;
            if (technician != null)
            {
                technician.Tick();
                if (technician.IsOpen)
                {
                    // The menu owns the screen; when it closes, the sale is drawn again whatever it was.
                    _shownKeysPressed = -1;
                    return;
                }
            }

            if (_sale.State == SaleState.WaitingForCard)
            {
                ArmScanner();
                if (!TryPayByCard())
                {
                    TryPayByWalletCode();
                }
            }
            else
            {
                DisarmScanner();
                if (_sale.State == SaleState.ShowingQr)
                {
                    _sale.PollQr();
                }
            }

            ShowSale();
        }

        /// <summary>
        /// Draws the sale only when it moved or a key was pressed. A result another path drew (a late
        /// confirmation the boot's inquiry found, one the display queue delivered) then stays until the cashier
        /// acts, instead of being painted over by the idle sale on the next pass; and a pass with nothing new
        /// draws nothing. A panel that did not take the last update is drawn to again, so it catches up.
        /// </summary>
        private void ShowSale()
        {
            ScreenPresenter screens = _peripherals.Screens;
            if (screens == null)
            {
                return;
            }

            SaleState state = _sale.State;
            long amountMinorUnits = _sale.AmountMinorUnits;
            PaymentOutcome outcome = _sale.Outcome;
            if (state == _shownState && amountMinorUnits == _shownAmountMinorUnits && outcome == _shownOutcome
                && KeysPressed == _shownKeysPressed && screens.PanelAnswered)
            {
                return;
            }

            _shownState = state;
            _shownAmountMinorUnits = amountMinorUnits;
            _shownOutcome = outcome;
            _shownKeysPressed = KeysPressed;
            screens.ShowSale(_sale, 0);
        }

        private void ReadKeys()
        {
            if (_peripherals.Keypad == null)
            {
                return;
            }

            _peripherals.Keypad.Scan(_clock.MonotonicMilliseconds);
            KeyEvent keyEvent;
            while (_peripherals.Keypad.TryReadKey(out keyEvent))
            {
                if (keyEvent.Kind == KeyEventKind.Pressed)
                {
                    // KeyCode and SaleKey share their numbers (a test keeps them in step).
                    KeysPressed++;
                    TechnicianMenu technician = Technician;
                    if (technician != null && technician.HandleKey(keyEvent.Key, _sale.State == SaleState.Idle && _sale.AmountMinorUnits == 0))
                    {
                        continue;
                    }

                    _sale.Press((SaleKey)(int)keyEvent.Key);
                }
            }
        }

        private bool TryPayByCard()
        {
            if (_peripherals.CardReader == null)
            {
                return false;
            }

            long now = _clock.MonotonicMilliseconds;
            if (now < _nextCardPollMilliseconds)
            {
                return false;
            }

            _nextCardPollMilliseconds = now + CardPollIntervalMilliseconds;
            CardRead read;
            CardReadOutcome outcome = _peripherals.CardReader.TryRead(out read);
            if (outcome == CardReadOutcome.NoCard)
            {
                return false;
            }

            LastCardOutcome = outcome;
            if (outcome != CardReadOutcome.CardRead)
            {
                return false;
            }

            CardSale card = new CardSale();
            card.MerchantReference = NextOrderReference();
            card.CardLast4 = read.Last4;
            card.CardBrand = read.BrandName;
            card.EntryMode = EntryModeOf(read.EntryMode);
            int length = read.PayloadLength;
            read.CopyPayloadTo(_payload, 0);
            card.ReaderPayload = Convert.ToBase64String(_payload, 0, length);
            Array.Clear(_payload, 0, _payload.Length);
            read.Clear();
            _sale.PresentCard(card);
            return true;
        }

        private void TryPayByWalletCode()
        {
            string code;
            if (_peripherals.Scanner != null && _scannerArmed && _peripherals.Scanner.TryReadCode(out code))
            {
                _scannerArmed = false;
                _sale.PresentCustomerQr(NextOrderReference(), code);
            }
        }

        private void ArmScanner()
        {
            if (_peripherals.Scanner == null || _scannerArmed)
            {
                return;
            }

            if (!_scannerStarted)
            {
                _scannerStarted = _peripherals.Scanner.Start() == ScannerStatus.Ok;
            }

            _scannerArmed = _scannerStarted && _peripherals.Scanner.Arm() == ScannerStatus.Ok;
        }

        private void DisarmScanner()
        {
            if (_scannerArmed)
            {
                _peripherals.Scanner.Disarm();
                _scannerArmed = false;
            }
        }

        private string NextOrderReference()
        {
            _orderNumber++;
            return "D" + (_clock.UtcNowMilliseconds / 1000).ToString() + "-" + _orderNumber.ToString();
        }

        private static CardEntryMode EntryModeOf(ReaderEntryMode mode)
        {
            switch (mode)
            {
                case ReaderEntryMode.Chip:
                    return CardEntryMode.Chip;
                case ReaderEntryMode.Magstripe:
                    return CardEntryMode.Magstripe;
                default:
                    return CardEntryMode.Contactless;
            }
        }
    }
}

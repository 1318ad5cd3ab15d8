using System;
using System.Collections.Generic;
using System.Linq;
using Terminal.App;
using Terminal.App.Maintenance;
using Terminal.App.Peripherals;
using Terminal.App.Receipts;
using Terminal.App.SelfTests;
using Terminal.App.Technician;
using Terminal.Core.Identity;
using Terminal.Core.Protocol;
using Terminal.Hal.CardReader;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Network;
using Terminal.Hal.Simulated.Printer;
using Terminal.Hal.Simulated.Time;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.Technician
{
    /// <summary>
    /// A provisioned terminal over the simulated board and the real payment host on loopback, with the technician
    /// menu wired the way TerminalApp is asked to wire it: a cashier's desk that offers keys to the menu, the menu's
    /// parts, and the transaction history tracked after every desk pass. Keys go through the emulated key matrix
    /// and the real keypad driver.
    /// </summary>
    internal sealed class TechnicianRig : IDisposable
    {
        public const string Pin = "20261123";
        public static readonly TerminalIdentity Identity = new("T0001234", "M88990001", 1795392000);

        private TechnicianRig(int seed, CashierLanguage receiptLanguage)
        {
            Host = PaymentHostServer.Start(new PaymentHostOptions());
            Link = new HttpClientLink(Host.BaseAddress);
            Board = SimulatedBoard.Create(seed);
            Board.HostLink = Link;
            TerminalSettings settings = TerminalSettings.CreateDefault();
            settings.Receipts.Language = receiptLanguage;
            App = new TerminalApp(Board, settings);
            if (!App.Provision(Identity))
            {
                throw new InvalidOperationException("provisioning failed: " + App.StatusMessage);
            }

            Access = new FakeTechnicianAccess(Pin, Board.Clock);
            History = new TransactionHistory(Board.Storage);
            History.Load();
            Context = new SelfTestContext
            {
                Board = Board,
                Clock = Board.Clock,
                Settings = settings,
                Peripherals = App.Peripherals,
                Journal = App.Journal,
                Payments = App.Payments,
            };
            Runner = new SelfTestRunner(Context, null, RigSelfTests.Create());
            Delay = new ScriptedDelay(Board.ManualClock);
            Menu = new TechnicianMenu(App.Peripherals.Screens!, Access, Board.Clock)
            {
                Runner = Runner,
                SelfTestContext = Context,
                Operator = new KeypadOperatorPrompt(App.Peripherals.Screens!, App.Peripherals.Keypad!, Board.Clock, Delay),
                Journal = App.Journal,
                History = History,
                Printer = App.Peripherals.Printer,
                Receipts = settings.Receipts,
                TerminalId = Identity.TerminalId,
                MerchantId = Identity.MerchantId,
                Restart = Board.Platform.Restart,
                Sale = App.Sale,
            };
            Desk = new CashierDesk(App.Peripherals, App.Sale!, Board.Clock) { Technician = Menu };

            // The terminal has been scanning before the first key (a key down at the first scan counts as stuck).
            Poll(10);
        }

        public PaymentHostServer Host { get; }

        public HttpClientLink Link { get; }

        public SimulatedBoard Board { get; }

        public TerminalApp App { get; }

        public FakeTechnicianAccess Access { get; }

        public TransactionHistory History { get; }

        public SelfTestContext Context { get; }

        public SelfTestRunner Runner { get; }

        public ScriptedDelay Delay { get; }

        public TechnicianMenu Menu { get; }

        public CashierDesk Desk { get; }

        public string Screen => App.Peripherals.Screens!.VisibleText;

        public List<string> Slips => Board.PrinterEmulator.Slips.Select(slip => string.Join("\n", EscPosPrinterEmulator.TextOf(slip))).ToList();

        public static TechnicianRig Create(int seed, CashierLanguage receiptLanguage = CashierLanguage.English) => new(seed, receiptLanguage);

        /// <summary>Desk passes of 5 ms, each followed by the history's look at the journal (TerminalApp's wiring).</summary>
        public void Poll(int passes)
        {
            for (int pass = 0; pass < passes; pass++)
            {
                Board.ManualClock.Advance(5);
                Desk.Poll();
                History.Track(App.Journal);
            }
        }

        /// <summary>Presses and releases keys on the matrix, 50 ms each way.</summary>
        public void Press(params KeyCode[] keys)
        {
            foreach (KeyCode key in keys)
            {
                Board.KeypadEmulator.Press(key);
                Poll(10);
                Board.KeypadEmulator.Release(key);
                Poll(10);
            }
        }

        public void TypeDigits(string digits)
        {
            foreach (char digit in digits)
            {
                Press((KeyCode)(digit - '0'));
            }
        }

        public void Chord() => Press(KeyCode.Menu, KeyCode.Menu, KeyCode.Menu);

        public void SignIn()
        {
            Chord();
            TypeDigits(Pin);
            Press(KeyCode.Ok);
        }

        /// <summary>A card sale keyed in and paid with the emulated card, then a delivery round (receipt printed, result uploaded).</summary>
        public void PayByCard(params KeyCode[] amount)
        {
            Press(amount);
            Press(KeyCode.Ok, KeyCode.Ok);
            Board.CardReaderEmulator.PresentCard(Terminal.Hal.Simulated.CardReader.EmvTestCard.Visa());
            Poll(40);
            Board.CardReaderEmulator.RemoveCard();
            Poll(5);
            App.DeliverPending();
            Press(KeyCode.Ok);
        }

        public void Dispose()
        {
            Link.Dispose();
            Host.Dispose();
        }
    }

    /// <summary>The prompt's pause: moves the clock like the simulated delay, and can press a key on the matrix after some waits (a technician answering).</summary>
    internal sealed class ScriptedDelay : IPollingDelay
    {
        private readonly ManualClock clock;
        private readonly List<(int Wait, Action Action)> script = new();

        public ScriptedDelay(ManualClock clock)
        {
            this.clock = clock;
        }

        public int Waits { get; private set; }

        /// <summary>Runs an action after the given number of further waits.</summary>
        public void After(int waits, Action action) => script.Add((Waits + waits, action));

        public void Wait(int milliseconds)
        {
            clock.Advance(milliseconds);
            Waits++;
            foreach (var step in script.Where(step => step.Wait == Waits).ToList())
            {
                step.Action();
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Terminal.App;
using Terminal.Core.Identity;
using Terminal.Core.Journal;
using Terminal.Hal.ConsoleTransport;
using Terminal.Hal.Keypad;
using Terminal.Hal.Printer;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.CardReader;
using Terminal.Hal.Simulated.Display;
using Terminal.Hal.Simulated.Network;
using Terminal.Hal.Simulated.Printer;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Simulated.Time;
using Terminal.Tools.PaymentHost;
using Terminal.Tools.Simulator.Panels;

namespace Terminal.Tools.Simulator.Rig
{
    /// <summary>
    /// The whole terminal on a PC: the device's <see cref="TerminalApp"/> on a <see cref="SimulatedBoard"/> (panel,
    /// printer, keypad, card reader and scanner emulated at their buses), talking over a switchable network to a real
    /// payment host (tools/PaymentHost, in this process or elsewhere). <see cref="Step"/> is one pass of the device's
    /// main loop; the page's and the scripts' actions (keys, a card, a code, switches, power) are methods here.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Single-threaded, like the app: one thread calls everything here (<see cref="TerminalLoop"/> in interactive
    /// mode, the script runner otherwise). The exceptions are the network and host switches
    /// (<see cref="Network"/>, <see cref="HostFaults"/>), which are outside the terminal and thread-safe, so the page
    /// can pull the network while the app is blocked waiting for the host.
    /// </para>
    /// <para>
    /// Time: the board's <see cref="ManualClock"/> is moved forward by the time <see cref="Step"/> is told has passed
    /// (real time in interactive mode, fixed 5 ms passes in scripts). The emulators move it too when the drivers wait
    /// on them; the clock then stays ahead until the passed time catches up, and never goes back.
    /// </para>
    /// <para>
    /// The loop is the one of <c>TerminalApp.Run</c>, which cannot be used as is (it sleeps in real time and never
    /// returns): poll the cashier's desk on every pass; every <c>DeliveryIntervalMilliseconds</c> serve the host and
    /// deliver, or boot again while the terminal is not ready. The network coming back calls
    /// <see cref="TerminalApp.NetworkRestored"/>, as the device's Wi-Fi layer will.
    /// </para>
    /// </remarks>
    public sealed class SimulatedTerminal : IDisposable
    {
        /// <summary>How long a key is held down for one tap, in milliseconds: well past the driver's debouncing.</summary>
        public const int KeyHoldMilliseconds = 60;

        /// <summary>How long after a key's release the next key goes down, in milliseconds.</summary>
        public const int KeyGapMilliseconds = 40;

        /// <summary>
        /// The fewest loop passes a key is held, and stays released before the next: a PC can stall the loop (JIT, GC)
        /// where the device's scan never stalls, and a key the driver scanned once would be lost to its debouncing.
        /// </summary>
        public const int KeyMinimumPasses = 8;

        /// <summary>How long a tapped card stays in the reader's field, in milliseconds.</summary>
        public const int CardInFieldMilliseconds = 600;

        private static readonly KeyCode[] NoKeys = [];

        private readonly SimulatedTerminalOptions options;
        private readonly TerminalSettings settings;
        private readonly PaymentHostServer? host;
        private readonly HttpClientLink httpLink;
        private readonly Queue<KeyCode> keys = new Queue<KeyCode>();
        private readonly long monotonicAtStart;
        private long passedMilliseconds;
        private long nextRoundMilliseconds;
        private int networkRestored;
        private KeyCode heldKey;
        private bool keyHeld;
        private long keyReleaseMilliseconds;
        private long nextKeyMilliseconds;
        private int passesSinceKeyMoved;
        private long cardRemovalMilliseconds = -1;
        private long captures;
        private long screenVersion;
        private long screenSignature = -1;
        private byte[] screenPng = [];
        private long rollVersion;
        private long rollSignature = -1;
        private IReadOnlyList<PrintedSlip> roll = [];

        /// <summary>Builds the terminal and its host; nothing runs until <see cref="Start"/>.</summary>
        /// <param name="options">How to build it.</param>
        public SimulatedTerminal(SimulatedTerminalOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            this.options = options;
            long startUtcMilliseconds = options.StartUtcMilliseconds ?? new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
            Board = new SimulatedBoard(new SimulatedFlash(2 * 1024 * 1024, options.Seed), new SimulatedIdentityWitness(), new ManualClock(startUtcMilliseconds));
            monotonicAtStart = Board.ManualClock.MonotonicMilliseconds;

            settings = TerminalSettings.CreateDefault();
            settings.Language = options.Language;
            settings.HostTimeoutMilliseconds = options.HostTimeoutMilliseconds;

            Uri hostAddress;
            if (options.HostAddress == null)
            {
                host = PaymentHostServer.Start(new PaymentHostOptions
                {
                    TimeProvider = new ClockTimeProvider(Board.ManualClock),
                    QrAutoPayMilliseconds = options.QrAutoPayMilliseconds,
                    RequestLog = options.HostRequestLog,
                });
                hostAddress = host.BaseAddress;
                HostFaults = new HostFaultSwitches(host.Faults, options.HostTimeoutMilliseconds);
            }
            else
            {
                hostAddress = options.HostAddress;
                HostFaults = new HostFaultSwitches(hostAddress, options.HostTimeoutMilliseconds);
            }

            HostAddress = hostAddress;
            httpLink = new HttpClientLink(hostAddress);
            Network = new NetworkSwitch(httpLink);
            Network.Restored += () => Interlocked.Exchange(ref networkRestored, 1);
            Board.HostLink = Network;
            App = new TerminalApp(Board, settings);
        }

        private readonly List<IConsoleListener> consoleListeners = new();

        /// <summary>Gets the simulated hardware.</summary>
        public SimulatedBoard Board { get; }

        /// <summary>Gets the running app; a new instance after every power-on.</summary>
        public TerminalApp App { get; private set; }

        /// <summary>Gets the payment host in this process, or <c>null</c> when an external one is used.</summary>
        public PaymentHostServer? EmbeddedHost => host;

        /// <summary>Gets the payment host's address.</summary>
        public Uri HostAddress { get; }

        /// <summary>Gets the network switch (thread-safe).</summary>
        public NetworkSwitch Network { get; }

        /// <summary>Gets the host's fault switches (thread-safe).</summary>
        public HostFaultSwitches HostFaults { get; }

        /// <summary>Gets whether the terminal has power.</summary>
        public bool PoweredOn { get; private set; }

        /// <summary>Gets how many times the terminal booted.</summary>
        public int Boots { get; private set; }

        /// <summary>Gets whether a key tap or a card tap is still under way (the hand has not left the terminal).</summary>
        public bool IsBusy => keyHeld || keys.Count > 0 || cardRemovalMilliseconds >= 0;

        /// <summary>
        /// Opens the debug console on a transport (e.g. a <c>TcpConsoleListener</c> on 127.0.0.1) for this app and
        /// every app after a power-on, as the device's firmware opens it at every start. Call before <see cref="Start"/>.
        /// </summary>
        /// <param name="listener">The listener; the terminal stops it when disposed.</param>
        public void AddConsoleListener(IConsoleListener listener)
        {
            ArgumentNullException.ThrowIfNull(listener);
            consoleListeners.Add(listener);
            App.AttachConsoleListener(listener);
        }

        /// <summary>Gets or sets where the self-test panel reads from.</summary>
        public ISelfTestSummarySource SelfTests { get; set; } = new KeptSelfTestSummary();

        /// <summary>Gets or sets the debug console behind the page's console panel.</summary>
        public IConsoleBridge Console { get; set; } = new PageConsoleBridge();

        /// <summary>Powers the terminal on and boots it; a blank terminal is provisioned with the options' ids.</summary>
        /// <returns>The status after boot.</returns>
        public TerminalStatus Start()
        {
            PowerOn();
            if (App.Status == TerminalStatus.NotProvisioned)
            {
                uint provisioning = (uint)(Board.ManualClock.UtcNowMilliseconds / 1000);
                App.Provision(new TerminalIdentity(options.TerminalId, options.MerchantId, provisioning));
            }

            // Kept on the flash as a salted hash, so it holds across the simulator's power cycles like on the device.
            App.SetTechnicianPin(options.TechnicianPin);
            return App.Status;
        }

        /// <summary>
        /// One pass of the device's main loop, after <paramref name="passedMilliseconds"/> of time: keys and cards
        /// move, the cashier's desk is polled, and the host round runs when it is due.
        /// </summary>
        /// <param name="passedMilliseconds">The time since the last pass, 0 or more.</param>
        public void Step(long passedMilliseconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(passedMilliseconds);
            this.passedMilliseconds += passedMilliseconds;
            long target = monotonicAtStart + this.passedMilliseconds;
            long now = Board.ManualClock.MonotonicMilliseconds;
            if (now < target)
            {
                Board.ManualClock.Advance(target - now);
                now = target;
            }

            MoveHands(now);
            if (!PoweredOn)
            {
                return;
            }

            try
            {
                if (Interlocked.Exchange(ref networkRestored, 0) == 1)
                {
                    App.NetworkRestored();
                }

                App.PollCashier();
                App.PollConsole();
                if (Board.ManualClock.MonotonicMilliseconds >= nextRoundMilliseconds)
                {
                    nextRoundMilliseconds = Board.ManualClock.MonotonicMilliseconds + settings.DeliveryIntervalMilliseconds;
                    if (App.Journal == null)
                    {
                        App.Boot();
                    }
                    else
                    {
                        App.ServiceHost();
                        App.DeliverPending();
                    }
                }
            }
            catch (PowerCutException)
            {
                PowerLost();
            }
        }

        /// <summary>Taps keys one after another, each held <see cref="KeyHoldMilliseconds"/>, through the key matrix emulator.</summary>
        /// <param name="keyCodes">The keys, in order.</param>
        public void TapKeys(params KeyCode[] keyCodes)
        {
            foreach (KeyCode key in keyCodes ?? NoKeys)
            {
                Board.KeypadEmulator.PositionOf(key); // throws now for a key the keypad does not have
                keys.Enqueue(key);
            }
        }

        /// <summary>Holds a test card in the reader's field for <see cref="CardInFieldMilliseconds"/>.</summary>
        /// <param name="card">The card.</param>
        public void TapCard(EmvTestCard card)
        {
            ArgumentNullException.ThrowIfNull(card);
            Board.CardReaderEmulator.PresentCard(card);
            cardRemovalMilliseconds = Board.ManualClock.MonotonicMilliseconds + CardInFieldMilliseconds;
        }

        /// <summary>Shows a code to the scanner.</summary>
        /// <param name="code">The code's text.</param>
        /// <returns><c>false</c> when the scanner was not looking (no sale waits for a code, or it is unplugged).</returns>
        public bool Scan(string code)
        {
            ArgumentNullException.ThrowIfNull(code);
            return Board.ScannerEmulator.IsLooking && Board.ScannerEmulator.Scan(code);
        }

        /// <summary>Sets a fault switch.</summary>
        /// <param name="faultSwitch">The switch.</param>
        /// <param name="on">Its new position.</param>
        /// <returns>An empty string, or why it could not be set (an external host refused).</returns>
        public string SetSwitch(FaultSwitch faultSwitch, bool on)
        {
            switch (faultSwitch)
            {
                case FaultSwitch.NetworkDown:
                    Network.SetDown(on);
                    return string.Empty;
                case FaultSwitch.HostSlow:
                    return HostFaults.SetSlow(on);
                case FaultSwitch.HostAnswersAfterTimeout:
                    return HostFaults.SetAnswersAfterTimeout(on);
                case FaultSwitch.PaperOut:
                    // Clearing it is loading a roll: what the printer held prints now.
                    Board.PrinterEmulator.PaperOut = on;
                    return string.Empty;
                case FaultSwitch.CoverOpen:
                    Board.PrinterEmulator.CoverOpen = on;
                    return string.Empty;
                case FaultSwitch.ReaderUnplugged:
                    Board.CardReaderEmulator.Unplugged = on;
                    return string.Empty;
                default:
                    throw new ArgumentOutOfRangeException(nameof(faultSwitch));
            }
        }

        /// <summary>Gets a fault switch's position.</summary>
        /// <param name="faultSwitch">The switch.</param>
        /// <returns>Whether it is on.</returns>
        public bool IsOn(FaultSwitch faultSwitch)
        {
            return faultSwitch switch
            {
                FaultSwitch.NetworkDown => Network.IsDown,
                FaultSwitch.HostSlow => HostFaults.Slow,
                FaultSwitch.HostAnswersAfterTimeout => HostFaults.AnswersAfterTimeout,
                FaultSwitch.PaperOut => Board.PrinterEmulator.PaperOut,
                FaultSwitch.CoverOpen => Board.PrinterEmulator.CoverOpen,
                FaultSwitch.ReaderUnplugged => Board.CardReaderEmulator.Unplugged,
                _ => throw new ArgumentOutOfRangeException(nameof(faultSwitch)),
            };
        }

        /// <summary>
        /// Cuts the power now: the flash keeps only what a cut leaves (unsynced bytes are at risk), the panel goes dark
        /// and forgets its picture, the printer and scanner lose what they held. Nothing runs until <see cref="PowerOn"/>.
        /// </summary>
        public void CutPower()
        {
            if (!PoweredOn)
            {
                return;
            }

            Board.Flash.CutPowerNow();
            PowerLost();
        }

        /// <summary>Powers the terminal on: a new app on the same board boots (identity check, journal recovery, first round).</summary>
        public void PowerOn()
        {
            if (PoweredOn)
            {
                return;
            }

            if (Board.Flash.IsPoweredOff)
            {
                Board.Flash.PowerOn();
            }

            Board.Panel.Unplugged = false;
            Board.PrinterEmulator.PowerCycle();
            Board.ScannerEmulator.PowerCycle();
            PoweredOn = true;
            Boots++;
            try
            {
                App = new TerminalApp(Board, settings);
                foreach (IConsoleListener listener in consoleListeners)
                {
                    App.AttachConsoleListener(listener);
                }

                App.Boot();
            }
            catch (PowerCutException)
            {
                PowerLost();
            }

            nextRoundMilliseconds = Board.ManualClock.MonotonicMilliseconds + settings.DeliveryIntervalMilliseconds;
        }

        /// <summary>The reset button: a power cycle (what a reset loses on the device, RAM and unsynced writes, is lost here too).</summary>
        public void Reboot()
        {
            CutPower();
            PowerOn();
        }

        /// <summary>Runs one line on the debug console.</summary>
        /// <param name="line">The line typed.</param>
        /// <returns>The console's answer.</returns>
        public string ExecuteConsole(string line)
        {
            ArgumentNullException.ThrowIfNull(line);
            if (!PoweredOn)
            {
                return "the terminal is off";
            }

            try
            {
                return Console.Execute(line, App, Board);
            }
            catch (PowerCutException)
            {
                PowerLost();
                return "POWER LOST during this command";
            }
        }

        /// <summary>Gets the journal's queue depth for one destination, or -1 when the journal is closed (off, not ready).</summary>
        /// <param name="destination">One of <see cref="Destinations"/>' single destinations.</param>
        /// <returns>The number of results waiting.</returns>
        public int QueueDepth(int destination)
        {
            return PoweredOn && App.Journal != null ? App.Journal.PendingCount(destination) : -1;
        }

        /// <summary>Gets the words on the screen, or an empty string while the terminal is off.</summary>
        /// <returns>The text, one line each.</returns>
        public string ScreenText()
        {
            return PoweredOn && Board.Panel.ShowsImage && App.Peripherals.Screens != null ? App.Peripherals.Screens.VisibleText : string.Empty;
        }

        /// <summary>Gets the cashier's sale state, or <c>Off</c> / <c>NotReady</c>.</summary>
        /// <returns>The state's name.</returns>
        public string SaleState()
        {
            if (!PoweredOn)
            {
                return "Off";
            }

            return App.Sale == null ? "NotReady" : App.Sale.State.ToString();
        }

        /// <summary>Captures what the page shows. Call on the loop thread.</summary>
        /// <returns>A new snapshot.</returns>
        public TerminalSnapshot Capture()
        {
            SimulatedSt7789 panel = Board.Panel;
            long signature = panel.PixelsWritten + (panel.Resets * 7_919L) + (panel.ShowsImage ? 1L << 40 : 0);
            if (signature != screenSignature)
            {
                screenSignature = signature;
                screenVersion++;
                screenPng = EncodeScreen(panel);
            }

            EscPosPrinterEmulator printer = Board.PrinterEmulator;
            long printed = printer.Lines.Count + (printer.Cuts * 1_000_003L);
            if (printed != rollSignature)
            {
                rollSignature = printed;
                rollVersion++;
                roll = ReadRoll(printer);
            }

            var switches = new Dictionary<string, bool>();
            foreach (FaultSwitch faultSwitch in FaultSwitches.All)
            {
                switches[FaultSwitches.NameOf(faultSwitch)] = IsOn(faultSwitch);
            }

            return new TerminalSnapshot
            {
                Version = ++captures,
                ScreenVersion = screenVersion,
                ScreenPng = screenPng,
                ScreenText = ScreenText(),
                ScreenLit = PoweredOn && panel.ShowsImage,
                SaleState = SaleState(),
                Status = PoweredOn ? App.Status.ToString() : "Off",
                StatusMessage = PoweredOn ? App.StatusMessage : string.Empty,
                QueueDepths = [QueueDepth(Destinations.Display), QueueDepth(Destinations.Printer), QueueDepth(Destinations.Host)],
                RollVersion = rollVersion,
                Roll = roll,
                Switches = switches,
                HostRequestInFlight = Network.InFlightPath,
                PoweredOn = PoweredOn,
                Boots = Boots,
                SelfTests = PoweredOn ? SelfTests.LastVerdicts(App, Board) : [],
                ClockUtc = DateTimeOffset.FromUnixTimeMilliseconds(Board.ManualClock.UtcNowMilliseconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                HostAddress = HostAddress.ToString() + (host != null ? " (in this process)" : string.Empty),
            };
        }

        /// <summary>Stops the embedded host and closes the link.</summary>
        public void Dispose()
        {
            foreach (IConsoleListener listener in consoleListeners)
            {
                listener.Stop();
            }

            httpLink.Dispose();
            host?.Dispose();
        }

        private static byte[] EncodeScreen(SimulatedSt7789 panel)
        {
            ushort[] frame = panel.ShowsImage ? panel.CopyFrame() : new ushort[panel.Width * panel.Height];
            using var png = new MemoryStream();
            PngImage.WriteRgb565(png, panel.Width, panel.Height, frame);
            return png.ToArray();
        }

        private static IReadOnlyList<PrintedSlip> ReadRoll(EscPosPrinterEmulator printer)
        {
            var slips = new List<PrintedSlip>();
            foreach (IReadOnlyList<PrintedLine> slip in printer.Slips)
            {
                slips.Add(new PrintedSlip(true, LinesOf(slip)));
            }

            if (printer.CurrentSlip.Count > 0)
            {
                slips.Add(new PrintedSlip(false, LinesOf(printer.CurrentSlip)));
            }

            return slips;
        }

        private static List<RollLine> LinesOf(IReadOnlyList<PrintedLine> slip)
        {
            var lines = new List<RollLine>(slip.Count);
            foreach (PrintedLine line in slip)
            {
                string align = line.Alignment == PrintAlignment.Center ? "center" : line.Alignment == PrintAlignment.Right ? "right" : "left";
                lines.Add(new RollLine(line.Text, align, line.Emphasized, line.WidthMultiplier, line.HeightMultiplier));
            }

            return lines;
        }

        private void PowerLost()
        {
            PoweredOn = false;
            Board.Panel.Unplugged = true;
            Board.PrinterEmulator.PowerCycle();
            if (!Board.Flash.IsPoweredOff)
            {
                Board.Flash.CutPowerNow();
            }
        }

        // The cashier's and the customer's hands: one key at a time, and the card leaves the field after a while.
        private void MoveHands(long now)
        {
            passesSinceKeyMoved++;
            if (keyHeld)
            {
                if (now >= keyReleaseMilliseconds && passesSinceKeyMoved >= KeyMinimumPasses)
                {
                    Board.KeypadEmulator.Release(heldKey);
                    keyHeld = false;
                    nextKeyMilliseconds = now + KeyGapMilliseconds;
                    passesSinceKeyMoved = 0;
                }
            }
            else if (keys.Count > 0 && now >= nextKeyMilliseconds && passesSinceKeyMoved >= KeyMinimumPasses)
            {
                heldKey = keys.Dequeue();
                Board.KeypadEmulator.Press(heldKey);
                keyHeld = true;
                keyReleaseMilliseconds = now + KeyHoldMilliseconds;
                passesSinceKeyMoved = 0;
            }

            if (cardRemovalMilliseconds >= 0 && now >= cardRemovalMilliseconds)
            {
                Board.CardReaderEmulator.RemoveCard();
                cardRemovalMilliseconds = -1;
            }
        }
    }
}

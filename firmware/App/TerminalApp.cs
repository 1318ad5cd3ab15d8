using System;
using System.Threading;
using Terminal.App.Console;
using Terminal.App.Maintenance;
using Terminal.App.Outbox;
using Terminal.App.Payments;
using Terminal.App.Peripherals;
using Terminal.App.Receipts;
using Terminal.App.Screens;
using Terminal.App.SelfTests;
using Terminal.App.Technician;
using Terminal.Core.Identity;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;
using Terminal.Core.Protocol;
using Terminal.Hal.Board;
using Terminal.Hal.ConsoleTransport;
using Terminal.Hal.Platform;
using Terminal.Hal.Storage;

namespace Terminal.App
{
    /// <summary>
    /// The terminal application: the same class on the device (handed the ESP32 board) and in the
    /// simulator (handed the simulated board). Boot checks the drive's identity, recovers the
    /// journal, and resumes every undelivered result; the rest of the app (payment flow, screens,
    /// self-tests) builds on the journal it opens.
    /// </summary>
    public sealed class TerminalApp
    {
        // 2 x 200 records of at most 256 bytes: at most 100 KB of the drive, and months of a shop's maintenance history.
        private const int EventLogRecordsPerFile = 200;

        private readonly ITerminalBoard _board;
        private readonly TerminalSettings _settings;
        private readonly IdentityGuard _identityGuard;
        private readonly IOutboxSink[] _pendingSinks = new IOutboxSink[3];
        private readonly TerminalPeripherals _peripherals;
        private SettlementReportQueue _reports;
        private CashierDesk _desk;
        private WatchedHttpLink _hostLink;
        private TransactionJournal _journal;
        private OutboxPump _pump;
        private PaymentFlow _payments;
        private SaleSession _sale;
        private HostClient _hostClient;
        private EventLog _eventLog;
        private SelfTestResultStore _selfTestResults;
        private SelfTestRunner _selfTests;
        private SelfTestContext _selfTestContext;
        private ResetHistory _resets;
        private TechnicianAccess _access;
        private TerminalConfigurationStore _configuration;
        private AlarmBoard _alarms;
        private TransactionHistory _history;
        private TechnicianMenu _menu;
        private DebugConsoleHost _console;

        /// <summary>Creates the app. Nothing touches the hardware until <see cref="Boot"/>.</summary>
        /// <param name="board">The board; the caller owns and disposes it.</param>
        /// <param name="settings">The settings.</param>
        public TerminalApp(ITerminalBoard board, TerminalSettings settings)
        {
            if (board == null || settings == null)
            {
                throw new ArgumentNullException(board == null ? "board" : "settings");
            }

            _board = board;
            _settings = settings;
            _identityGuard = new IdentityGuard(board.Storage, board.IdentityWitness);
            _peripherals = TerminalPeripherals.Create(board, settings);
            _alarms = new AlarmBoard();
            _console = new DebugConsoleHost(BuildConsoleServices());
        }

        /// <summary>Gets the peripheral drivers built from the board's wiring (screens, printer, card reader).</summary>
        public TerminalPeripherals Peripherals
        {
            get { return _peripherals; }
        }

        /// <summary>Gets the settlement reports waiting for the printer; <c>null</c> until the terminal is ready, or without a printer.</summary>
        public SettlementReportQueue SettlementReports
        {
            get { return _reports; }
        }

        /// <summary>Gets where the terminal stands.</summary>
        public TerminalStatus Status { get; private set; }

        /// <summary>Gets what the identity check found at the last boot.</summary>
        public IdentityVerdict IdentityVerdict { get; private set; }

        /// <summary>Gets what journal recovery found at the last boot; <c>null</c> when the journal was not opened.</summary>
        public RecoveryReport Recovery { get; private set; }

        /// <summary>Gets the sentence a technician reads when <see cref="Status"/> is not ready; empty otherwise.</summary>
        public string StatusMessage { get; private set; } = string.Empty;

        /// <summary>Gets the journal once the terminal is ready; <c>null</c> before.</summary>
        public TransactionJournal Journal
        {
            get { return _journal; }
        }

        /// <summary>Gets the payment flow once the terminal is ready and its board has a host link; <c>null</c> otherwise.</summary>
        public PaymentFlow Payments
        {
            get { return _payments; }
        }

        /// <summary>Gets the cashier's sale session once <see cref="Payments"/> exists; <c>null</c> otherwise.</summary>
        public SaleSession Sale
        {
            get { return _sale; }
        }

        /// <summary>Gets the event log (maintenance, self-tests, faults, resets, alarms, console, sign-ins); <c>null</c> when the drive could not open it.</summary>
        public EventLog EventLog
        {
            get { return _eventLog; }
        }

        /// <summary>Gets the self-test runner once the terminal has booted (it also runs on a terminal in storage alarm); <c>null</c> before.</summary>
        public SelfTestRunner SelfTests
        {
            get { return _selfTests; }
        }

        /// <summary>Gets the last result of every self-tested cause, kept across reboots; <c>null</c> before boot.</summary>
        public SelfTestResultStore SelfTestResults
        {
            get { return _selfTestResults; }
        }

        /// <summary>Gets the technician sign-in gate shared by the menu and the console; <c>null</c> when the drive could not load it.</summary>
        public ITechnicianAccess TechnicianAccess
        {
            get { return _access; }
        }

        /// <summary>Gets the last alarms since boot (an alarm receiver of the event log).</summary>
        public AlarmBoard Alarms
        {
            get { return _alarms; }
        }

        /// <summary>Gets the last transactions' final states, kept across reboots; <c>null</c> until the journal is open.</summary>
        public TransactionHistory History
        {
            get { return _history; }
        }

        /// <summary>Gets the technician menu; <c>null</c> without a screen, a keypad or the payment side.</summary>
        public TechnicianMenu Menu
        {
            get { return _menu; }
        }

        /// <summary>Gets the settings a technician changed on the console, kept on flash; <c>null</c> when the drive could not load them.</summary>
        public TerminalConfigurationStore Configuration
        {
            get { return _configuration; }
        }

        /// <summary>
        /// Sets the technician PIN (provisioning, or a technician changing it): at least 8 digits. The menu and the
        /// console refuse everyone until it is set.
        /// </summary>
        /// <param name="pin">The PIN, 8..32 digits; stored only as a salted hash.</param>
        /// <returns><c>false</c> when the PIN is not valid or the drive failed.</returns>
        public bool SetTechnicianPin(string pin)
        {
            if (_access == null)
            {
                return false;
            }

            try
            {
                return _access.SetCredential("provisioning", pin);
            }
            catch (StorageException)
            {
                return false;
            }
        }

        /// <summary>
        /// Opens the debug console on a transport (TCP on the device's network or the simulator's 127.0.0.1, or a
        /// UART). Sessions are served from <see cref="Run"/>'s loop, or <see cref="PollConsole"/>. The caller owns
        /// the listener and stops it.
        /// </summary>
        /// <param name="listener">The listener.</param>
        public void AttachConsoleListener(IConsoleListener listener)
        {
            _console.AddListener(listener);
        }

        /// <summary>Serves the console's sessions once: accepts, reads, runs complete lines. Never blocks for long.</summary>
        public void PollConsole()
        {
            try
            {
                _console.Poll();
            }
            catch (StorageException exception)
            {
                SetStatus(TerminalStatus.StorageAlarm, "HW-STORAGE: " + exception.Message);
            }
        }

        /// <summary>Gets the count of boots and unclean restarts (power cuts, brownouts, crashes), kept across reboots.</summary>
        public ResetHistory Resets
        {
            get { return _resets; }
        }

        /// <summary>
        /// Restarts the terminal in order (the seeds' "restart the device"): pending acknowledgements are committed,
        /// the restart is logged and marked clean, then the platform restarts. Refused while a payment waits for
        /// the host's answer: its screen must not vanish.
        /// </summary>
        /// <param name="who">Who asked, for the log (<c>menu</c>, <c>console</c>).</param>
        /// <returns><c>false</c> when refused (a payment is authorizing) or the board cannot restart; on the device a restart does not return.</returns>
        public bool Restart(string who)
        {
            if (_sale != null && _sale.State == SaleState.Authorizing)
            {
                return false;
            }

            if (_board.Platform == null || _board.Platform.Restart == null)
            {
                return false;
            }

            try
            {
                if (_journal != null)
                {
                    _journal.Commit();
                }

                if (_eventLog != null)
                {
                    _eventLog.Append(EventKind.Maintenance, who, "restart requested");
                }
            }
            catch (StorageException)
            {
                // Restart anyway: the journal is durable record by record; only the clean mark may be missing.
            }

            _resets.MarkCleanShutdown();
            _board.Platform.Restart.Restart();
            return true;
        }

        /// <summary>Connects the receiver of one outbound queue (display, printer or host).</summary>
        /// <param name="destination">A single destination.</param>
        /// <param name="sink">The receiver.</param>
        /// <remarks>A sink attached here replaces the board's own display or printer for that queue.</remarks>
        public void AttachSink(int destination, IOutboxSink sink)
        {
            _pendingSinks[Destinations.IndexOf(destination)] = sink;
            if (_pump != null)
            {
                _pump.Attach(destination, sink);
            }
        }

        /// <summary>
        /// Boots: identity check, journal recovery, and the first delivery round. Never throws for
        /// a storage fault: it sets <see cref="TerminalStatus.StorageAlarm"/> with the reason.
        /// </summary>
        /// <returns>The status after boot.</returns>
        public TerminalStatus Boot()
        {
            _journal = null;
            _pump = null;
            _payments = null;
            _sale = null;
            _desk = null;
            _hostLink = null;
            _hostClient = null;
            _menu = null;
            _history = null;
            Recovery = null;
            OpenMaintenance();
            try
            {
                IdentityVerdict = _identityGuard.Check();
                switch (IdentityVerdict)
                {
                    case IdentityVerdict.NotProvisioned:
                        return SetStatus(TerminalStatus.NotProvisioned, "Not provisioned: a technician sets the terminal and merchant ids.");
                    case IdentityVerdict.SilentlyFormatted:
                        return SetStatus(TerminalStatus.StorageAlarm, "HW-STORAGE: the drive was formatted; queued results may be lost. Reconcile with the merchant backend, then re-provision.");
                    case IdentityVerdict.IdentityMismatch:
                        return SetStatus(TerminalStatus.StorageAlarm, "HW-STORAGE: the drive belongs to another terminal. Call service.");
                    case IdentityVerdict.Unverifiable:
                        return SetStatus(TerminalStatus.StorageAlarm, "HW-STORAGE: the identity witness cannot be read and the drive holds no identity; a new terminal cannot be told from a formatted one. Check the witness (EEPROM) and its cable.");
                }

                _journal = new TransactionJournal(_board.Storage, _identityGuard.Identity.KeyNamespace, _settings.Journal);
                Recovery = _journal.Open();
                _pump = new OutboxPump(_journal);
                AttachSinks();
                if (_peripherals.Screens != null)
                {
                    _peripherals.Screens.SetTerminalId(_identityGuard.Identity.TerminalId);
                    _peripherals.Screens.ShowIdle();
                }

                SetStatus(TerminalStatus.Ready, ReadyMessage());
                StartPayments();
                BuildSelfTests();
                BuildTechnicianMenu();
                _pump.DeliverRound();
                ShowStatus();
                return Status;
            }
            catch (StorageException exception)
            {
                _journal = null;
                _pump = null;
                return SetStatus(TerminalStatus.StorageAlarm, "HW-STORAGE: " + exception.Message);
            }
        }

        /// <summary>Provisions a new terminal (technician action), then boots.</summary>
        /// <param name="identity">The identity to give it.</param>
        /// <returns><c>true</c> when provisioned; <c>false</c> when it already has an identity, or the drive or witness failed (see <see cref="StatusMessage"/>).</returns>
        public bool Provision(TerminalIdentity identity)
        {
            try
            {
                if (!_identityGuard.Provision(identity))
                {
                    // Refused: already provisioned, or the witness cannot be read. Boot says which.
                    Boot();
                    return false;
                }
            }
            catch (StorageException exception)
            {
                SetStatus(TerminalStatus.StorageAlarm, "HW-STORAGE: provisioning failed: " + exception.Message);
                return false;
            }

            Boot();
            return true;
        }

        /// <summary>Runs one delivery round over every connected sink.</summary>
        /// <returns>Items delivered; 0 when the terminal is not ready.</returns>
        public int DeliverPending()
        {
            if (_pump == null)
            {
                return 0;
            }

            try
            {
                int delivered = _pump.DeliverRound();
                ShowStatus();
                if (Status == TerminalStatus.StorageAlarm)
                {
                    // The fault that raised the alarm is gone: the round committed.
                    SetStatus(TerminalStatus.Ready, ReadyMessage());
                }

                return delivered;
            }
            catch (StorageException exception)
            {
                SetStatus(TerminalStatus.StorageAlarm, "HW-STORAGE: " + exception.Message);
                return 0;
            }
        }

        /// <summary>
        /// Does the host's share of a round: asks about unknown payments whose inquiry is due (their
        /// late results replace the sale's "checking" screen), sends queued reversals and uploads,
        /// and settles when the daily time has come. Does nothing without a host link.
        /// </summary>
        public void ServiceHost()
        {
            if (_payments == null)
            {
                return;
            }

            try
            {
                // Resolve first: a late answer's upload, or a burned key's reversal, then goes out in
                // the same round as what was already queued.
                PaymentOutcome[] resolved = _payments.ResolveUnknown();
                for (int i = 0; i < resolved.Length; i++)
                {
                    _sale.Resolve(resolved[i]);
                }

                if (_history != null)
                {
                    // Before the uploads: a resolved payment leaves the journal once its items are delivered.
                    _history.Track(_journal);
                }

                _payments.SendQueuedHostItems();
                SettlementOutcome settled = _payments.AutoSettle(_board.Clock.UtcNowMilliseconds);
                if (_reports != null)
                {
                    _reports.Enqueue(settled, false);
                    _reports.PrintPending();
                }
            }
            catch (StorageException exception)
            {
                SetStatus(TerminalStatus.StorageAlarm, "HW-STORAGE: " + exception.Message);
            }
        }

        /// <summary>
        /// One pass of the cashier's desk: keys to the sale, a card or wallet code to the payment, the sale's state
        /// to the screen. Does nothing until the payment side runs (a host link and a ready journal).
        /// </summary>
        public void PollCashier()
        {
            if (_desk == null)
            {
                return;
            }

            try
            {
                _desk.Poll();
                if (_history != null && _journal != null)
                {
                    _history.Track(_journal);
                }
            }
            catch (StorageException exception)
            {
                SetStatus(TerminalStatus.StorageAlarm, "HW-STORAGE: " + exception.Message);
            }
        }

        /// <summary>The network is back: ask about every unknown payment now, not at its backoff.</summary>
        public void NetworkRestored()
        {
            if (_payments != null)
            {
                _payments.NetworkRestored();
                ServiceHost();
            }
        }

        /// <summary>
        /// The device's main loop: boot, then poll the cashier's desk every few milliseconds (the keypad's scan
        /// period) and deliver pending items every few seconds. A terminal that could not open its journal boots
        /// again each round, so a fault that clears (a re-seated witness, a technician's provisioning) needs no
        /// power cycle. Never returns.
        /// </summary>
        public void Run()
        {
            Boot();
            long nextRoundMilliseconds = _board.Clock.MonotonicMilliseconds + _settings.DeliveryIntervalMilliseconds;
            while (true)
            {
                Thread.Sleep(_settings.CashierPollIntervalMilliseconds);
                PollCashier();
                PollConsole();
                if (_board.Clock.MonotonicMilliseconds < nextRoundMilliseconds)
                {
                    continue;
                }

                nextRoundMilliseconds = _board.Clock.MonotonicMilliseconds + _settings.DeliveryIntervalMilliseconds;
                if (_pump == null)
                {
                    Boot();
                }
                else
                {
                    ServiceHost();
                    DeliverPending();
                }
            }
        }

        /// <summary>
        /// Starts the payment side when the board has a host link: the flow, the settlement batch,
        /// the sale session, then the boot round: queued reversals and uploads go out, unknown
        /// payments and QR orders a reboot left open are asked about.
        /// </summary>
        private void StartPayments()
        {
            if (_board.HostLink == null)
            {
                return;
            }

            HostClientSettings hostSettings = new HostClientSettings();
            hostSettings.TerminalId = _identityGuard.Identity.TerminalId;
            hostSettings.MerchantId = _identityGuard.Identity.MerchantId;
            hostSettings.FirmwareVersion = _settings.FirmwareVersion;
            hostSettings.TimeoutMilliseconds = _settings.HostTimeoutMilliseconds;
            _hostLink = new WatchedHttpLink(_board.HostLink);
            _hostClient = new HostClient(_hostLink, hostSettings);
            _payments = new PaymentFlow(_journal, _hostClient, _board.Clock, _settings.Payments, _board.Storage);
            _payments.SettlementSettings = _settings.Settlement;
            if (_pendingSinks[0] == null && _peripherals.Screens != null)
            {
                // The board's own screen: answers are drawn before they are committed (IResultDisplay).
                _payments.ResultDisplay = _peripherals.Screens;
            }

            _sale = new SaleSession(_payments, _settings.Payments);
            _desk = new CashierDesk(_peripherals, _sale, _board.Clock);
            try
            {
                _payments.OpenBatch();
            }
            catch (SettlementBatchException exception)
            {
                // Payments go on; settlement refuses until a technician looks (HW-STORAGE).
                SetStatus(TerminalStatus.Ready, "HW-STORAGE: the settlement batch is damaged: " + exception.Message);
            }

            _payments.ResolveQrOrders();
            ServiceHost();
        }

        private string ReadyMessage()
        {
            if (Recovery != null && Recovery.NeedsAttention)
            {
                return "HW-STORAGE: journal damage was found and skipped; run the storage self-test.";
            }

            if (IdentityVerdict == IdentityVerdict.WitnessUnavailable)
            {
                return "HW-STORAGE: the identity witness cannot be read; a silent format of the drive would go unnoticed. Check the witness (EEPROM).";
            }

            return string.Empty;
        }

        /// <summary>
        /// Prints the report of a settlement the cashier or a technician started (the daily one is queued by
        /// <see cref="ServiceHost"/>). It waits in the report queue while the printer cannot print.
        /// </summary>
        /// <param name="outcome">The settlement's outcome.</param>
        /// <returns><c>true</c> when queued; <c>false</c> without a printer, or when the queue is full.</returns>
        public bool PrintSettlementReport(SettlementOutcome outcome)
        {
            if (_reports == null || outcome == null)
            {
                return false;
            }

            bool queued = _reports.Enqueue(outcome, true);
            _reports.PrintPending();
            return queued;
        }

        // The idle screen's status bar: what the host link last did and how many results wait in the queues.
        private void ShowStatus()
        {
            if (_peripherals.Screens == null || _journal == null)
            {
                return;
            }

            // Results only: queued self-test reports are the technician's business, not the cashier's.
            int queued = _journal.PendingCount(Destinations.Display) + _journal.PendingCount(Destinations.Printer) + _journal.PendingCount(Destinations.Host) - _journal.QueuedReportCount;
            bool networkUp = _hostLink != null && _hostLink.LastAnswered;
            SelfTestVerdict verdict = _selfTestResults == null ? SelfTestVerdict.NotRun : SelfTestRun.Summarize(_selfTestResults.ToArray());
            _peripherals.Screens.SetStatus(networkUp, queued, verdict);
        }

        // The event log and the kept self-test results live on the same drive as the journal but apart from it: a
        // terminal whose journal cannot open still logs, and still runs its self-tests for the technician.
        private void OpenMaintenance()
        {
            // Each part is opened once per start of the firmware; a part the drive refused is tried again at the next
            // Boot (a terminal in storage alarm boots again every round, and must not re-read what it already has).
            if (_eventLog == null)
            {
                try
                {
                    EventLog log = new EventLog(_board.Storage, _board.Clock, EventLogRecordsPerFile);
                    log.Open();
                    log.AddAlarmSink(_alarms);
                    _eventLog = log;
                }
                catch (StorageException)
                {
                    _eventLog = null;
                }
            }

            if (_access == null)
            {
                try
                {
                    TechnicianAccess access = new TechnicianAccess(_board.Storage, _board.Clock, _eventLog, new Random());
                    access.Load();
                    _access = access;
                }
                catch (StorageException)
                {
                    _access = null;
                }
            }

            if (_configuration == null)
            {
                try
                {
                    TerminalConfigurationStore configuration = new TerminalConfigurationStore(_board.Storage, _eventLog);
                    configuration.Load();
                    configuration.ApplyTo(_settings);
                    _configuration = configuration;
                }
                catch (StorageException)
                {
                    _configuration = null;
                }
            }

            if (_selfTestResults == null)
            {
                try
                {
                    SelfTestResultStore results = new SelfTestResultStore(_board.Storage);
                    results.Load();
                    _selfTestResults = results;
                }
                catch (StorageException)
                {
                    _selfTestResults = null;
                }
            }

            if (_resets == null)
            {
                _resets = new ResetHistory(_board.Storage);
                _resets.MarkRunning(_eventLog);
            }

            BuildSelfTests();
        }

        // The runner sees whatever the terminal has now; it is rebuilt when boot opens the journal and the payment side.
        private void BuildSelfTests()
        {
            SelfTestContext context = new SelfTestContext();
            context.Board = _board;
            context.Clock = _board.Clock;
            context.Settings = _settings;
            context.Peripherals = _peripherals;
            context.Journal = _journal;
            context.Payments = _payments;
            context.Host = _hostClient;
            context.HostLink = _hostLink;
            context.EventLog = _eventLog;
            context.Resets = _resets;
            context.Identity = _journal != null ? _identityGuard.Identity : null;
            _selfTests = new SelfTestRunner(context, _selfTestResults);
            _selfTests.Finished = SelfTestsFinished;
            if (_journal != null)
            {
                // Reports ride the journal's host queue behind the payments' items: durable, sent once.
                _selfTests.Reports = new JournalSelfTestReportQueue(_journal, _board.Clock, _identityGuard.Identity.TerminalId);
            }

            if (_payments != null)
            {
                _payments.HostOutbox.EventLog = _eventLog;
            }

            _selfTestContext = context;
            if (_console != null)
            {
                RefreshConsoleServices();
            }
        }

        // The menu needs a screen, a keypad and the cashier's desk to take keys from.
        private void BuildTechnicianMenu()
        {
            _history = new TransactionHistory(_board.Storage);
            try
            {
                _history.Load();
            }
            catch (StorageException)
            {
                // The history is a convenience: the journal still holds every live result.
            }

            if (_desk == null || _peripherals.Screens == null || _peripherals.Keypad == null || _access == null)
            {
                return;
            }

            TerminalIdentity identity = _identityGuard.Identity;
            _menu = new TechnicianMenu(_peripherals.Screens, _access, _board.Clock);
            _menu.Runner = _selfTests;
            _menu.SelfTestContext = _selfTestContext;
            _menu.ResultStore = _selfTestResults;
            _menu.EventLog = _eventLog;
            _menu.Operator = new KeypadOperatorPrompt(_peripherals.Screens, _peripherals.Keypad, _board.Clock, _board.Display.Delay);
            _menu.Journal = _journal;
            _menu.History = _history;
            _menu.Printer = _peripherals.Printer;
            _menu.Receipts = _settings.Receipts;
            _menu.TerminalId = identity.TerminalId;
            _menu.MerchantId = identity.MerchantId;
            _menu.Restart = new OrderlyRestart(this, "menu");
            _menu.Sale = _sale;
            _desk.Technician = _menu;
        }

        private ConsoleServices BuildConsoleServices()
        {
            ConsoleServices services = new ConsoleServices();
            services.Clock = _board.Clock;
            services.App = this;
            services.Settings = _settings;
            services.FirmwareVersion = _settings.FirmwareVersion;
            services.Printer = _peripherals.Printer;
            services.Platform = _board.Platform;
            services.Restart = new OrderlyRestart(this, "console");
            services.PaymentInProgress = IsPaymentAuthorizing;
            return services;
        }

        // What changes from boot to boot: the log, the gate, the runner, the journal.
        private void RefreshConsoleServices()
        {
            ConsoleServices services = _console.Services;
            services.Access = _access;
            services.EventLog = _eventLog;
            services.SelfTests = _selfTests;
            services.SelfTestResults = _selfTestResults;
            services.Journal = _journal;
            services.Configuration = _configuration;
            services.TerminalId = _journal != null ? _identityGuard.Identity.TerminalId : string.Empty;
        }

        private void SelfTestsFinished(SelfTestRun run)
        {
            ShowStatus();
        }

        private bool IsPaymentAuthorizing()
        {
            return _sale != null && _sale.State == SaleState.Authorizing;
        }

        /// <summary>The menu's and the console's restart: the app's orderly <see cref="TerminalApp.Restart"/>, which marks the shutdown clean.</summary>
        private sealed class OrderlyRestart : IRestartControl
        {
            private readonly TerminalApp _app;
            private readonly string _who;

            public OrderlyRestart(TerminalApp app, string who)
            {
                _app = app;
                _who = who;
            }

            public void Restart()
            {
                _app.Restart(_who);
            }
        }

        private void AttachSinks()
        {
            // A sink attached by the caller wins; otherwise the board's own screen and printer serve the queue.
            TerminalIdentity identity = _identityGuard.Identity;
            IOutboxSink display = _pendingSinks[0];
            if (display == null && _peripherals.Screens != null)
            {
                display = new DisplayOutboxSink(_peripherals.Screens, _journal);
            }

            IOutboxSink printer = _pendingSinks[1];
            _reports = null;
            if (_peripherals.Printer != null)
            {
                if (printer == null)
                {
                    printer = new PrinterOutboxSink(_peripherals.Printer, _journal, identity.MerchantId, identity.TerminalId, _settings.Receipts, _board.Storage);
                }

                _reports = new SettlementReportQueue(_peripherals.Printer, _board.Clock, identity.MerchantId, identity.TerminalId, _settings.Payments.CurrencyNumericCode, _settings.Receipts, SettlementReportQueue.DefaultCapacity);
            }

            _pump.Attach(Destinations.Display, display);
            _pump.Attach(Destinations.Printer, printer);
            _pump.Attach(Destinations.Host, _pendingSinks[2]);
        }

        private TerminalStatus SetStatus(TerminalStatus status, string message)
        {
            bool changed = status != Status || message != StatusMessage;
            Status = status;
            StatusMessage = message;
            if (changed && status == TerminalStatus.StorageAlarm)
            {
                LogFault("HW-STORAGE", message);
            }

            return status;
        }

        // A fault goes to the maintenance log once per change (the alarm's re-boots repeat it every round).
        private void LogFault(string causeId, string message)
        {
            if (_eventLog == null)
            {
                return;
            }

            try
            {
                _eventLog.Append(EventKind.Fault, causeId, message);
            }
            catch (StorageException)
            {
                // The drive that raised the alarm may refuse the record too; the status still says it.
            }
        }
    }
}

using System;
using Terminal.App;
using Terminal.App.Console;
using Terminal.App.Peripherals;
using Terminal.App.SelfTests;
using Terminal.App.Technician;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tests.App.ConsoleTests
{
    /// <summary>A console over a simulated board: event log, technician gate, configuration store, journal, printer, restart, and two fake self-tests.</summary>
    internal sealed class ConsoleRig
    {
        public const string Credential = "20261123";

        public ConsoleRig(int seed = 1)
        {
            Board = SimulatedBoard.Create(seed);
            Log = new EventLog(Board.Storage, Board.Clock, 200);
            Log.Open();
            Access = new TechnicianAccess(Board.Storage, Board.Clock, Log, new Random(seed), 2);
            Access.Load();
            Access.SetCredential("provisioning", Credential);
            Configuration = new TerminalConfigurationStore(Board.Storage, Log);
            Configuration.Load();
            Journal = new TransactionJournal(Board.Storage, "T0001.1", JournalSettings.CreateDefault());
            Journal.Open();
            Settings = TerminalSettings.CreateDefault();
            Peripherals = TerminalPeripherals.Create(Board, Settings);
            SelfTestContext context = new() { Board = Board, Clock = Board.Clock, Settings = Settings, Peripherals = Peripherals, Journal = Journal, EventLog = Log };
            Results = new SelfTestResultStore(Board.Storage);
            Runner = new SelfTestRunner(context, Results, new SelfTest[] { new FixedSelfTest("TX-PENDING", CheckVerdict.Pass), new FixedSelfTest("HW-PRINTER", CheckVerdict.Fail) });
            Services = new ConsoleServices
            {
                Clock = Board.Clock,
                Access = Access,
                EventLog = Log,
                SelfTests = Runner,
                SelfTestResults = Results,
                Journal = Journal,
                TerminalId = "T0001",
                FirmwareVersion = "1.0.0",
                Settings = Settings,
                Configuration = Configuration,
                Printer = Peripherals.Printer,
                Restart = Board.Platform.Restart,
                Platform = Board.Platform,
                SetClock = utc => { Board.ManualClock.SetWallClock(utc); return true; },
            };
            Host = new DebugConsoleHost(Services);
        }

        public SimulatedBoard Board { get; }

        public EventLog Log { get; }

        public TechnicianAccess Access { get; }

        public TerminalConfigurationStore Configuration { get; }

        public TransactionJournal Journal { get; }

        public TerminalSettings Settings { get; }

        public TerminalPeripherals Peripherals { get; }

        public SelfTestResultStore Results { get; }

        public SelfTestRunner Runner { get; }

        public ConsoleServices Services { get; }

        public DebugConsoleHost Host { get; }

        public (ConsoleSession Session, MemoryConnection Connection) Open()
        {
            MemoryConnection connection = new();
            ConsoleSession session = new(connection, Services, ConsoleCommandSet.CreateDefault(), "test");
            connection.TakeOutput();
            return (session, connection);
        }

        /// <summary>Sends a line and polls until the session has answered it (a status line arrived).</summary>
        public static string Ask(ConsoleSession session, MemoryConnection connection, string line)
        {
            connection.Send(line + "\n");
            for (int i = 0; i < 1000 && connection.HasPendingInput; i++)
            {
                session.Poll();
            }

            return connection.TakeOutput();
        }

        private sealed class FixedSelfTest : SelfTest
        {
            private readonly CheckVerdict verdict;

            public FixedSelfTest(string causeId, CheckVerdict verdict)
                : base(causeId)
            {
                this.verdict = verdict;
            }

            public override SelfTestResult Run(SelfTestContext context) =>
                Verdict(verdict, verdict == CheckVerdict.Pass ? "fine" : "paper out").Measure("paper", verdict == CheckVerdict.Pass ? "ok" : "out", string.Empty);
        }
    }
}

using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using System.Collections.Generic;
using Terminal.App;
using Terminal.App.Maintenance;
using Terminal.App.Peripherals;
using Terminal.App.SelfTests;
using Terminal.Core.Journal;
using Terminal.Drivers.Scanner.Gm65;
using Terminal.Core.Maintenance;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>
    /// A terminal for the hardware self-tests: the simulated board, the real drivers built as the app builds them,
    /// an opened journal, event log and reset history on the board's flash, and a self-test context over all of it.
    /// </summary>
    internal sealed class HardwareRig
    {
        public const string TerminalId = "T0001234";

        public HardwareRig(int seed = 1, bool withJournal = true)
        {
            Board = SimulatedBoard.Create(seed);

            // A scanner as installed in the field: set up and saved once, so it answers at the terminal's speed.
            Board.ScannerEmulator.ConfigureAsInstalled(SimulatedBoard.ScannerBaudRate, (int)Gm65Settings.CreateDefault().ReadMode);
            Settings = TerminalSettings.CreateDefault();
            Peripherals = TerminalPeripherals.Create(Board, Settings);
            EventLog = new EventLog(Board.Storage, Board.Clock, 16);
            EventLog.Open();
            Resets = new ResetHistory(Board.Storage);
            Resets.MarkRunning(EventLog);
            if (withJournal)
            {
                Journal = new TransactionJournal(Board.Storage, TerminalId, Settings.Journal);
                Journal.Open();
            }

            Context = new SelfTestContext
            {
                Board = Board,
                Clock = Board.Clock,
                Settings = Settings,
                Peripherals = Peripherals,
                Journal = Journal,
                EventLog = EventLog,
                Resets = Resets,
            };
        }

        public SimulatedBoard Board { get; }

        public TerminalSettings Settings { get; }

        public TerminalPeripherals Peripherals { get; }

        public EventLog EventLog { get; }

        public ResetHistory Resets { get; }

        public TransactionJournal? Journal { get; }

        public SelfTestContext Context { get; }

        /// <summary>Lets time pass with a keypad scan every 5 ms, as the app's loop does.</summary>
        public void ScanKeypad(int milliseconds)
        {
            for (int elapsed = 0; elapsed < milliseconds; elapsed += 5)
            {
                Board.ManualClock.Advance(5);
                Peripherals.Keypad!.Scan(Board.ManualClock.MonotonicMilliseconds);
            }
        }

        /// <summary>Writes a few committed transactions, so the journal has segments and frames to scan.</summary>
        public void WriteTransactions(int count)
        {
            for (int i = 0; i < count; i++)
            {
                var intent = new TransactionIntent
                {
                    Kind = TransactionKind.Sale,
                    Method = PaymentMethod.Card,
                    AmountMinorUnits = 1000 + i,
                    CurrencyNumericCode = 156,
                    CreatedUtcMilliseconds = Board.Clock.UtcNowMilliseconds,
                    CardLast4 = "4242",
                    CardBrand = "UnionPay",
                    MerchantReference = "ORDER-" + i,
                };
                CapacityVerdict verdict = Journal!.BeginTransaction(intent, Board.Clock.UtcNowMilliseconds, out uint sequence);
                Assert.IsTrue(verdict.IsAccepted, verdict.Message);
                Journal.RecordResponse(sequence, new HostResponse { Outcome = TransactionOutcome.Approved, ResponseCode = "00", AuthorizationCode = "A1B2C3", HostReference = "H" + i, HostTimeUtcMilliseconds = Board.Clock.UtcNowMilliseconds }, Destinations.All);
                Journal.Commit();
            }
        }

        public static void AssertFinding(SelfTestResult result, string causeId, CheckVerdict verdict)
        {
            Assert.AreEqual(causeId, result.CauseId);
            Assert.AreEqual(SelfTestRun.VerdictName(verdict), SelfTestRun.VerdictName(result.Verdict), result.Summary + " | " + result.MeasurementsText());
            Assert.IsNotNull(result.Remedy);
            Assert.IsFalse(string.IsNullOrEmpty(result.Remedy.Chinese), "Chinese remedy");
            Assert.IsFalse(string.IsNullOrEmpty(result.Remedy.English), "English remedy");
            Assert.IsFalse(string.IsNullOrEmpty(result.Summary), "summary");
        }

        public static string Measured(SelfTestResult result, string name)
        {
            Measurement? measurement = result.FindMeasurement(name);
            Assert.IsNotNull(measurement, "measurement " + name + " missing: " + result.MeasurementsText());
            return measurement.Value;
        }
    }

    /// <summary>
    /// A technician at the terminal, scripted: answers questions in order, does something at each instruction
    /// (presents a card, scans a code), and presses keys on the keypad emulator that the real driver then reads.
    /// </summary>
    internal sealed class ScriptedOperator : IOperatorPrompt
    {
        private readonly HardwareRig _rig;
        private readonly Queue<OperatorAnswer> _answers = new Queue<OperatorAnswer>();
        private readonly Queue<KeyCode> _keys = new Queue<KeyCode>();

        public ScriptedOperator(HardwareRig rig)
        {
            _rig = rig;
        }

        public List<string> Questions { get; } = new List<string>();

        public List<string> Instructions { get; } = new List<string>();

        /// <summary>Gets or sets what the technician does when told something (present the card, scan the code).</summary>
        public Action<string>? OnInstruct { get; set; }

        /// <summary>Gets or sets what the technician does when asked, before answering (look at the screen).</summary>
        public Action<string>? OnAsk { get; set; }

        public ScriptedOperator Answer(params OperatorAnswer[] answers)
        {
            foreach (OperatorAnswer answer in answers)
            {
                _answers.Enqueue(answer);
            }

            return this;
        }

        public ScriptedOperator Press(params KeyCode[] keys)
        {
            foreach (KeyCode key in keys)
            {
                _keys.Enqueue(key);
            }

            return this;
        }

        public OperatorAnswer Ask(string chinese, string english, int timeoutMilliseconds)
        {
            Questions.Add(english);
            OnAsk?.Invoke(english);
            return _answers.Count > 0 ? _answers.Dequeue() : OperatorAnswer.NoAnswer;
        }

        public void Instruct(string chinese, string english)
        {
            Instructions.Add(english);
            OnInstruct?.Invoke(english);
        }

        public bool TryReadKey(int timeoutMilliseconds, out KeyCode key)
        {
            if (_keys.Count > 0)
            {
                KeyCode next = _keys.Dequeue();
                _rig.Board.KeypadEmulator.Press(next);
                _rig.ScanKeypad(80);
                _rig.Board.KeypadEmulator.Release(next);
                _rig.ScanKeypad(80);
            }
            else
            {
                _rig.ScanKeypad(timeoutMilliseconds);
            }

            // What the menu's prompt does: the keypad driver's next press, whatever was scripted.
            while (_rig.Peripherals.Keypad!.TryReadKey(out KeyEvent keyEvent))
            {
                if (keyEvent.Kind == KeyEventKind.Pressed)
                {
                    key = keyEvent.Key;
                    return true;
                }
            }

            key = default;
            return false;
        }
    }
}

using System;
using System.Globalization;
using System.IO;
using Terminal.App;
using Terminal.Core.Identity;
using Terminal.Core.Journal;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Storage;

namespace Terminal.Tools.Simulator
{
    /// <summary>
    /// Runs a terminal session from a script, one command per line, on simulated hardware, printing
    /// what the terminal shows, prints and uploads. Commands: provision, boot, sale, approve,
    /// decline, timeout, cancel, deliver, receiver, powercut, powercut-next-write, format, advance,
    /// status, expect. A line that does not parse stops the run with its line number.
    /// </summary>
    public sealed class ScriptRunner
    {
        private readonly TextWriter _output;
        private readonly SimulatedBoard _board;
        private readonly ConsoleSink _display;
        private readonly ConsoleSink _printer;
        private readonly ConsoleSink _host;
        private TerminalApp _app;
        private uint _lastTransaction;
        private int _reference;

        /// <summary>Creates a runner with a fresh simulated terminal.</summary>
        /// <param name="output">Where the session is printed.</param>
        /// <param name="seed">Seed of the simulated flash (which prefix of a torn write survives).</param>
        public ScriptRunner(TextWriter output, int seed)
        {
            _output = output;
            _board = SimulatedBoard.Create(seed);
            _display = new ConsoleSink("display", output);
            _printer = new ConsoleSink("printer", output);
            _host = new ConsoleSink("host", output);
            _app = NewApp();
        }

        /// <summary>Power cuts performed.</summary>
        public int PowerCuts { get; private set; }

        /// <summary>Expectations that failed.</summary>
        public int FailedExpectations { get; private set; }

        /// <summary>Runs a whole script.</summary>
        /// <param name="lines">The script's lines.</param>
        /// <returns>0 when every expectation held, 1 when one failed, 2 for a script error.</returns>
        public int Run(string[] lines)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                _output.WriteLine("> " + line);
                bool wasOff = _board.Flash.IsPoweredOff;
                try
                {
                    Execute(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
                catch (ScriptException exception)
                {
                    _output.WriteLine($"script error on line {i + 1}: {exception.Message}");
                    return 2;
                }
                catch (PowerCutException) when (wasOff)
                {
                    _output.WriteLine("  the terminal is off: 'boot' it first");
                }
                catch (PowerCutException)
                {
                    PowerCuts++;
                    _output.WriteLine("  POWER LOST during this command; the terminal is off until 'boot'");
                }
            }

            PrintSummary();
            return FailedExpectations == 0 ? 0 : 1;
        }

        private void Execute(string[] words)
        {
            switch (words[0])
            {
                case "provision":
                    Need(words, 3, "provision <terminal-id> <merchant-id>");
                    bool done = _app.Provision(new TerminalIdentity(words[1], words[2], (uint)(_board.ManualClock.UtcNowMilliseconds / 1000)));
                    _output.WriteLine(done ? $"  provisioned {words[1]}; status {Name(_app.Status)}" : "  refused: the terminal already has an identity");
                    break;
                case "boot":
                    if (_board.Flash.IsPoweredOff)
                    {
                        _board.Flash.PowerOn();
                    }

                    _app = NewApp();
                    _app.Boot();
                    PrintBoot();
                    break;
                case "sale":
                    Sale(words);
                    break;
                case "approve":
                case "decline":
                    Answer(words);
                    break;
                case "timeout":
                    RequireReady();
                    _output.WriteLine(_app.Journal.RecordOutcomeUnknown(Transaction(words, 1))
                        ? "  no answer in time: UNKNOWN - checking the result, do not pay again"
                        : "  nothing to time out");
                    break;
                case "cancel":
                    RequireReady();
                    _output.WriteLine(_app.Journal.RecordCancellation(Transaction(words, 1), "CANCEL") != null
                        ? "  cancelled; a reversal is queued for the host"
                        : "  nothing to cancel");
                    break;
                case "deliver":
                    _output.WriteLine($"  delivered {_app.DeliverPending()} item(s)");
                    break;
                case "receiver":
                    Need(words, 3, "receiver <display|printer|host> <on|off>");
                    Sink(words[1]).Online = words[2] == "on" ? true : words[2] == "off" ? false : throw new ScriptException("say on or off");
                    _output.WriteLine($"  {words[1]} receiver {words[2]}");
                    break;
                case "powercut":
                    _board.Flash.CutPowerNow();
                    PowerCuts++;
                    _output.WriteLine("  power cut: the terminal is off until 'boot'");
                    break;
                case "powercut-next-write":
                    _board.Flash.CutPowerAtMutation(_board.Flash.MutationCount + 1 + (words.Length > 1 ? Number(words[1]) : 0));
                    _output.WriteLine("  the power will fail during the next flash write");
                    break;
                case "format":
                    _board.Flash.SilentFormat();
                    _output.WriteLine("  the drive was formatted behind the terminal's back");
                    break;
                case "advance":
                    Need(words, 2, "advance <seconds>");
                    _board.ManualClock.Advance(Number(words[1]) * 1000L);
                    break;
                case "status":
                    PrintStatus();
                    break;
                case "expect":
                    Expect(words);
                    break;
                default:
                    throw new ScriptException($"unknown command '{words[0]}'");
            }
        }

        private TerminalApp NewApp()
        {
            var app = new TerminalApp(_board, TerminalSettings.CreateDefault());
            app.AttachSink(Destinations.Display, _display);
            app.AttachSink(Destinations.Printer, _printer);
            app.AttachSink(Destinations.Host, _host);
            return app;
        }

        private void Sale(string[] words)
        {
            RequireReady();
            Need(words, 2, "sale <amount, e.g. 12.50> [card <last4> <brand>]");
            var intent = new TransactionIntent
            {
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.Card,
                AmountMinorUnits = MinorUnits(words[1]),
                CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = _board.ManualClock.UtcNowMilliseconds,
                CardLast4 = words.Length > 3 && words[2] == "card" ? words[3] : "0000",
                CardBrand = words.Length > 4 ? words[4] : "UnionPay",
                MerchantReference = "ORD-" + (++_reference).ToString("D6", CultureInfo.InvariantCulture),
            };
            try
            {
                CapacityVerdict verdict = _app.Journal.BeginTransaction(intent, _board.ManualClock.UtcNowMilliseconds, out uint sequence);
                if (!verdict.IsAccepted)
                {
                    _output.WriteLine("  refused: " + verdict.Message);
                    return;
                }

                _lastTransaction = sequence;
                _output.WriteLine($"  transaction {sequence}: intent for {words[1]} CNY is durable; sending to the host");
            }
            catch (ArgumentException exception)
            {
                throw new ScriptException(exception.Message);
            }
        }

        private void Answer(string[] words)
        {
            RequireReady();
            bool approve = words[0] == "approve";
            uint transaction = Transaction(words, approve ? 1 : 2);
            var response = new HostResponse
            {
                Outcome = approve ? TransactionOutcome.Approved : TransactionOutcome.Declined,
                ResponseCode = approve ? "00" : (words.Length > 1 ? words[1] : "05"),
                AuthorizationCode = approve ? "A" + transaction.ToString("D5", CultureInfo.InvariantCulture) : string.Empty,
                HostReference = "HR" + transaction.ToString("D8", CultureInfo.InvariantCulture),
                HostTimeUtcMilliseconds = _board.ManualClock.UtcNowMilliseconds,
            };
            JournalEntry? item = _app.Journal.RecordResponse(transaction, response, Destinations.All);
            _output.WriteLine(item == null
                ? $"  transaction {transaction} already has its answer: duplicate ignored"
                : $"  host answered transaction {transaction}: result queued for display, printer and host");
        }

        private uint Transaction(string[] words, int index)
        {
            if (words.Length > index && words[index] != "last")
            {
                return (uint)Number(words[index]);
            }

            if (_lastTransaction == 0)
            {
                throw new ScriptException("no transaction yet");
            }

            return _lastTransaction;
        }

        private void Expect(string[] words)
        {
            Need(words, 3, "expect <pending-display|pending-printer|pending-host|shown|printed|uploaded|duplicates|live|status> <value>");
            string actual = words[1] switch
            {
                "pending-display" => Pending(Destinations.Display),
                "pending-printer" => Pending(Destinations.Printer),
                "pending-host" => Pending(Destinations.Host),
                "shown" => _display.Received.ToString(CultureInfo.InvariantCulture),
                "printed" => _printer.Received.ToString(CultureInfo.InvariantCulture),
                "uploaded" => _host.Received.ToString(CultureInfo.InvariantCulture),
                "duplicates" => (_display.DuplicatesIgnored + _printer.DuplicatesIgnored + _host.DuplicatesIgnored).ToString(CultureInfo.InvariantCulture),
                "live" => _app.Journal == null ? "0" : _app.Journal.LiveTransactionCount.ToString(CultureInfo.InvariantCulture),
                "status" => Name(_app.Status),
                _ => throw new ScriptException($"cannot expect '{words[1]}'"),
            };
            bool ok = actual == words[2];
            if (!ok)
            {
                FailedExpectations++;
            }

            _output.WriteLine($"  {(ok ? "ok" : "FAILED")}: {words[1]} is {actual}{(ok ? string.Empty : ", expected " + words[2])}");
        }

        private string Pending(int destination)
        {
            return _app.Journal == null ? "0" : _app.Journal.PendingCount(destination).ToString(CultureInfo.InvariantCulture);
        }

        private void PrintBoot()
        {
            _output.WriteLine($"  identity {NameOf(_app.IdentityVerdict)}; status {Name(_app.Status)}");
            if (_app.StatusMessage.Length > 0)
            {
                _output.WriteLine("  " + _app.StatusMessage);
            }

            RecoveryReport? report = _app.Recovery;
            if (report != null)
            {
                _output.WriteLine($"  journal recovered: {report.SegmentsRead} segment(s), {report.FramesAccepted} record(s), torn tail {report.TornTailBytes} byte(s) cut, {report.MarkedForInquiry} marked for a status inquiry, {report.LiveTransactions} live");
            }
        }

        private void PrintStatus()
        {
            if (_app.Journal == null)
            {
                _output.WriteLine($"  status {Name(_app.Status)}");
                return;
            }

            _output.WriteLine($"  status {Name(_app.Status)}; live {_app.Journal.LiveTransactionCount}; queued display {Pending(Destinations.Display)}, printer {Pending(Destinations.Printer)}, host {Pending(Destinations.Host)}; segments {_app.Journal.SegmentCount}");
        }

        private void PrintSummary()
        {
            _output.WriteLine("summary:");
            _output.WriteLine($"  shown {_display.Received}, printed {_printer.Received}, uploaded {_host.Received}, duplicates ignored by receivers {_display.DuplicatesIgnored + _printer.DuplicatesIgnored + _host.DuplicatesIgnored}");
            _output.WriteLine($"  power cuts {PowerCuts}, failed expectations {FailedExpectations}");
            _output.WriteLine($"  flash: {_board.Flash.Counters.BytesWritten} bytes written, {_board.Flash.Counters.Syncs} syncs, {_board.Flash.Counters.FilesCreated} files created, {_board.Flash.Counters.Renames} renames");
        }

        private void RequireReady()
        {
            if (_app.Status != TerminalStatus.Ready)
            {
                throw new ScriptException("the terminal is not ready (status " + Name(_app.Status) + "); boot or provision it first");
            }
        }

        private ConsoleSink Sink(string name)
        {
            return name switch
            {
                "display" => _display,
                "printer" => _printer,
                "host" => _host,
                _ => throw new ScriptException($"no receiver '{name}'; say display, printer or host"),
            };
        }

        private static void Need(string[] words, int count, string usage)
        {
            if (words.Length < count)
            {
                throw new ScriptException("usage: " + usage);
            }
        }

        private static int Number(string text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                throw new ScriptException($"'{text}' is not a whole number");
            }

            return value;
        }

        private static long MinorUnits(string amount)
        {
            if (!decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) || value <= 0 || decimal.Round(value, 2) != value)
            {
                throw new ScriptException($"'{amount}' is not an amount like 12.50");
            }

            return (long)(value * 100);
        }

        private static string Name(TerminalStatus status)
        {
            return status switch
            {
                TerminalStatus.Ready => "ready",
                TerminalStatus.NotProvisioned => "not-provisioned",
                TerminalStatus.StorageAlarm => "storage-alarm",
                _ => "off",
            };
        }

        private static string NameOf(IdentityVerdict verdict)
        {
            return verdict switch
            {
                IdentityVerdict.Intact => "intact",
                IdentityVerdict.NotProvisioned => "not provisioned",
                IdentityVerdict.SilentlyFormatted => "SILENTLY FORMATTED",
                IdentityVerdict.IdentityMismatch => "MISMATCH",
                IdentityVerdict.MarkerRepaired => "marker repaired",
                IdentityVerdict.WitnessRepaired => "witness repaired",
                IdentityVerdict.Unverifiable => "UNVERIFIABLE (witness unreadable)",
                _ => "witness unavailable",
            };
        }
    }

    /// <summary>A script line that cannot be carried out; the message says why.</summary>
    public sealed class ScriptException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What is wrong with the line.</param>
        public ScriptException(string message)
            : base(message)
        {
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Terminal.Core.Journal;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.CardReader;
using Terminal.Tools.PaymentHost;
using Terminal.Tools.Simulator.Panels;
using Terminal.Tools.Simulator.Rig;

namespace Terminal.Tools.Simulator.Scripting
{
    /// <summary>
    /// The commands of a whole-terminal session, typed at <c>--headless</c> or read from a <c>mode app</c> script:
    /// keys, a card, a code, the fault switches, power, the console, and <c>expect</c> checks of what the terminal
    /// showed and printed. <c>wait</c> is the caller's (real time, or stepped time). Runs on the terminal's thread.
    /// </summary>
    public sealed class AppCommands
    {
        /// <summary>The one-line help of every command.</summary>
        public static readonly string[] Help =
        [
            "key <keys>                 e.g. 'key 4200 ok ok': a word of digits is typed digit by digit; names: 00 ok cancel clear backspace menu",
            "tap [card]                 a test card in the reader's field: " + string.Join(" ", TestCards.CardNames) + " (default unionpay)",
            "scan [code]                a wallet code under the scanner: " + string.Join(" ", TestCards.CodeNames) + " or the digits (default alipay)",
            "network down|up            pull or plug the network (pulling it loses the answer in flight)",
            "network cut-next-answer    the next request reaches the host, then the network goes down before its answer arrives",
            "switch <name> on|off       " + string.Join(" ", FaultSwitches.All.Select(FaultSwitches.NameOf)),
            "power cut|on, reboot       cut the power, power on (boot), power-cycle",
            "wait <seconds>             let time pass",
            "show, status               the screen's words; the terminal's state, queues and host",
            "console <line>             a line for the debug console",
            "expect screen <text>       the screen's words contain the text (also: expect no-screen <text>)",
            "expect state <state>       the sale's state: Idle AmountEntry Confirm WaitingForCard Unknown Approved Declined ...",
            "expect receipts <n>        receipts cut so far; expect receipt <text>: the last one contains the text",
            "expect queue <display|printer|host> <n>, expect charges <n> (approved payments in the embedded host's ledger)",
        ];

        private readonly SimulatedTerminal terminal;
        private readonly Transcript transcript;
        private readonly TextWriter output;

        /// <summary>Creates the interpreter.</summary>
        /// <param name="terminal">The terminal it drives.</param>
        /// <param name="transcript">What was shown and printed so far.</param>
        /// <param name="output">Where answers go.</param>
        public AppCommands(SimulatedTerminal terminal, Transcript transcript, TextWriter output)
        {
            ArgumentNullException.ThrowIfNull(terminal);
            ArgumentNullException.ThrowIfNull(transcript);
            ArgumentNullException.ThrowIfNull(output);
            this.terminal = terminal;
            this.transcript = transcript;
            this.output = output;
        }

        /// <summary>Gets how many expectations failed.</summary>
        public int FailedExpectations { get; private set; }

        /// <summary>Gets how many expectations were checked.</summary>
        public int Expectations { get; private set; }

        /// <summary>Carries out one command (not <c>wait</c>).</summary>
        /// <param name="words">The command's words.</param>
        /// <exception cref="ScriptException">The command is unknown or malformed.</exception>
        public void Execute(string[] words)
        {
            ArgumentNullException.ThrowIfNull(words);
            switch (words[0])
            {
                case "key":
                case "keys":
                    Need(words, 2, "key <keys>, e.g. key 4200 ok ok");
                    if (!KeyNames.TryParseAll(words.Skip(1), out List<KeyCode> keys, out string unknown))
                    {
                        throw new ScriptException($"no key '{unknown}'");
                    }

                    terminal.TapKeys(keys.ToArray());
                    break;
                case "tap":
                    string cardName = words.Length > 1 ? words[1] : "unionpay";
                    if (!TestCards.TryCreateCard(cardName, out EmvTestCard card))
                    {
                        throw new ScriptException($"no test card '{cardName}'; try {string.Join(", ", TestCards.CardNames)}");
                    }

                    terminal.TapCard(card);
                    break;
                case "scan":
                    string code = TestCards.CodeOf(words.Length > 1 ? words[1] : "alipay");
                    output.WriteLine(terminal.Scan(code) ? "  scanned " + code : "  the scanner is not looking: no sale waits for a code");
                    break;
                case "network":
                    Need(words, 2, "network down|up|cut-next-answer");
                    Network(words[1]);
                    break;
                case "switch":
                    Need(words, 3, "switch <name> on|off");
                    if (!FaultSwitches.TryParse(words[1], out FaultSwitch faultSwitch))
                    {
                        throw new ScriptException($"no switch '{words[1]}'");
                    }

                    string refused = terminal.SetSwitch(faultSwitch, OnOff(words[2]));
                    output.WriteLine(refused.Length > 0 ? "  refused: " + refused : $"  {words[1]} {words[2]}");
                    break;
                case "power":
                    Need(words, 2, "power cut|on");
                    Power(words[1]);
                    break;
                case "reboot":
                    terminal.Reboot();
                    break;
                case "show":
                    output.WriteLine("  " + terminal.ScreenText().Replace("\n", "\n  ", StringComparison.Ordinal));
                    break;
                case "status":
                    Status();
                    break;
                case "console":
                    string answer = terminal.ExecuteConsole(string.Join(' ', words.Skip(1)));
                    output.WriteLine("  " + answer.Replace("\n", "\n  ", StringComparison.Ordinal));
                    break;
                case "help":
                    foreach (string line in Help)
                    {
                        output.WriteLine("  " + line);
                    }

                    break;
                case "expect":
                    Expect(words);
                    break;
                default:
                    throw new ScriptException($"unknown command '{words[0]}' (try 'help')");
            }
        }

        /// <summary>Writes what was shown and printed, the queues, the host's ledger and the failed expectations.</summary>
        public void PrintSummary()
        {
            output.WriteLine("summary:");
            output.WriteLine($"  screens shown {transcript.Screens.Count}:");
            foreach (string screen in transcript.Screens)
            {
                string[] lines = screen.Split('\n');
                output.WriteLine("    - " + lines[0] + (lines.Length > 1 ? " · " + lines[1] : string.Empty));
            }

            output.WriteLine($"  receipts printed {transcript.Receipts.Count}:");
            for (int index = 0; index < transcript.Receipts.Count; index++)
            {
                IReadOnlyList<string> receipt = transcript.Receipts[index];
                string markers = string.Join(", ", new[] { "LATE CONFIRMATION", "REPRINT" }.Where(marker => receipt.Any(line => line.Contains(marker, StringComparison.Ordinal))));
                output.WriteLine($"    - receipt {index + 1}: {receipt.Count} lines" + (markers.Length > 0 ? ", marked " + markers : string.Empty));
            }

            output.WriteLine($"  queues: display {Depth(Destinations.Display)}, printer {Depth(Destinations.Printer)}, host {Depth(Destinations.Host)}");
            output.WriteLine($"  network: {terminal.Network.RequestsSent} requests reached the host, {terminal.Network.AnswersLost} answers lost, {terminal.Network.RequestsRefused} refused while down");
            if (terminal.EmbeddedHost != null)
            {
                LedgerSummary ledger = terminal.EmbeddedHost.Ledger.Summary();
                output.WriteLine($"  host ledger: {ledger.Payments} payment(s), {Approved(ledger)} approved, double charges {ledger.DoubleCharges}");
            }

            output.WriteLine($"  boots {terminal.Boots}, expectations {Expectations}, failed expectations {FailedExpectations}");
        }

        private static int Approved(LedgerSummary ledger) => ledger.ByStatus.TryGetValue("approved", out int approved) ? approved : 0;

        private static bool OnOff(string word)
        {
            return word switch
            {
                "on" => true,
                "off" => false,
                _ => throw new ScriptException("say on or off"),
            };
        }

        private static void Need(string[] words, int count, string usage)
        {
            if (words.Length < count)
            {
                throw new ScriptException("usage: " + usage);
            }
        }

        private static int Number(string word)
        {
            if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                throw new ScriptException($"'{word}' is not a whole number");
            }

            return number;
        }

        private string Depth(int destination)
        {
            int depth = terminal.QueueDepth(destination);
            return depth < 0 ? "-" : depth.ToString(CultureInfo.InvariantCulture);
        }

        private void Network(string how)
        {
            switch (how)
            {
                case "down":
                    terminal.SetSwitch(FaultSwitch.NetworkDown, true);
                    output.WriteLine("  network down");
                    break;
                case "up":
                    terminal.SetSwitch(FaultSwitch.NetworkDown, false);
                    output.WriteLine("  network up");
                    break;
                case "cut-next-answer":
                    terminal.Network.CutDuringNextAnswer();
                    output.WriteLine("  the network will go down while the next answer is on its way");
                    break;
                default:
                    throw new ScriptException("network down|up|cut-next-answer");
            }
        }

        private void Power(string how)
        {
            switch (how)
            {
                case "cut":
                    terminal.CutPower();
                    break;
                case "on":
                    terminal.PowerOn();
                    break;
                default:
                    throw new ScriptException("power cut|on");
            }
        }

        private void Status()
        {
            output.WriteLine($"  power {(terminal.PoweredOn ? "on" : "off")}, status {(terminal.PoweredOn ? terminal.App.Status.ToString() : "-")}, sale {terminal.SaleState()}");
            output.WriteLine($"  queues: display {Depth(Destinations.Display)}, printer {Depth(Destinations.Printer)}, host {Depth(Destinations.Host)}");
            output.WriteLine("  switches: " + string.Join(", ", FaultSwitches.All.Select(faultSwitch => FaultSwitches.NameOf(faultSwitch) + (terminal.IsOn(faultSwitch) ? " ON" : " off"))));
            output.WriteLine("  host " + terminal.HostAddress);
        }

        private void Expect(string[] words)
        {
            Need(words, 3, "expect <what> <value>");
            string rest = string.Join(' ', words.Skip(2));
            string screen = terminal.ScreenText();
            IReadOnlyList<string> lastReceipt = transcript.Receipts.Count > 0 ? transcript.Receipts[^1] : [];
            switch (words[1])
            {
                case "screen":
                    Check(screen.Contains(rest, StringComparison.Ordinal), $"the screen shows '{rest}'", "it shows:\n" + screen);
                    break;
                case "no-screen":
                    Check(!screen.Contains(rest, StringComparison.Ordinal), $"the screen does not show '{rest}'", "it shows:\n" + screen);
                    break;
                case "state":
                    Check(terminal.SaleState() == rest, $"the sale is {rest}", "it is " + terminal.SaleState());
                    break;
                case "receipts":
                    Check(transcript.Receipts.Count == Number(rest), $"{rest} receipt(s) printed", transcript.Receipts.Count + " were");
                    break;
                case "receipt":
                    Check(lastReceipt.Any(line => line.Contains(rest, StringComparison.Ordinal)), $"the last receipt says '{rest}'", "it says:\n" + string.Join("\n", lastReceipt));
                    break;
                case "queue":
                    Need(words, 4, "expect queue <display|printer|host> <n>");
                    int destination = words[2] switch
                    {
                        "display" => Destinations.Display,
                        "printer" => Destinations.Printer,
                        "host" => Destinations.Host,
                        _ => throw new ScriptException("expect queue display|printer|host <n>"),
                    };
                    Check(terminal.QueueDepth(destination) == Number(words[3]), $"{words[2]} queue holds {words[3]}", "it holds " + terminal.QueueDepth(destination));
                    break;
                case "charges":
                    if (terminal.EmbeddedHost == null)
                    {
                        throw new ScriptException("expect charges needs the embedded host (no --host)");
                    }

                    int approved = Approved(terminal.EmbeddedHost.Ledger.Summary());
                    Check(approved == Number(rest), $"the host approved {rest} payment(s)", approved + " were");
                    break;
                default:
                    throw new ScriptException($"cannot expect '{words[1]}'");
            }
        }

        private void Check(bool held, string what, string otherwise)
        {
            Expectations++;
            if (held)
            {
                output.WriteLine("  ok: " + what);
                return;
            }

            FailedExpectations++;
            output.WriteLine("  FAILED: expected " + what + "; " + otherwise.Replace("\n", "\n    ", StringComparison.Ordinal));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Storage;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tools.Chaos
{
    /// <summary>
    /// One seed of the network campaign: a payment host of its own and one terminal, N sales under
    /// host and terminal faults, a bounded drain with the faults cleared, then the terminal's view
    /// judged against the host's ledger.
    /// </summary>
    public sealed class NetworkSeedRun
    {
        /// <summary>Rounds of the final drain at most, each 60 s of simulated time apart (the longest backoff).</summary>
        public const int MaximumDrainRounds = 40;

        private static readonly HostOperation[] HostOperationsUsed = { HostOperation.Authorize, HostOperation.Status, HostOperation.Reversal, HostOperation.Result };
        private static readonly string[] DeclineEndings = { "05", "51", "54", "61", "91" };

        private readonly int _seed;
        private readonly int _transactions;
        private readonly int _timeout;
        private readonly Random _random;
        private readonly List<NetworkSale> _sales = new();
        private readonly Dictionary<uint, NetworkSale> _bySequence = new();
        private readonly Dictionary<string, int> _hostArmed = new();
        private NetworkTerminal _terminal = null!;
        private PaymentHostServer _host = null!;
        private bool _cutArmed;
        private string _step = string.Empty;
        private int _rounds;

        /// <summary>Creates a run.</summary>
        public NetworkSeedRun(int seed, int transactions, int timeoutMilliseconds)
        {
            _seed = seed;
            _transactions = transactions;
            _timeout = timeoutMilliseconds;
            _random = new Random(seed);
        }

        /// <summary>The counts of this seed.</summary>
        public NetworkCounters Counters { get; } = new();

        /// <summary>Runs the seed.</summary>
        public void Run()
        {
            Counters.Seeds = 1;
            using NetworkTerminal terminal = CreateTerminal(out PaymentHostServer host);
            using PaymentHostServer hostToDispose = host;
            _terminal = terminal;
            _host = host;

            int minimumFaults = 20;
            for (int t = 0; t < _transactions; t++)
            {
                var sale = new NetworkSale("N" + _seed + "-" + t, Amount());
                _sales.Add(sale);
                Counters.Transactions++;

                // At least 20 faults over the run: top up when behind the pace.
                int faults = _random.Next(3) == 0 ? 0 : 1 + (_random.Next(4) == 0 ? 1 : 0);
                if (Counters.FaultsArmed + faults < (long)minimumFaults * (t + 1) / _transactions)
                {
                    faults = (int)((long)minimumFaults * (t + 1) / _transactions - Counters.FaultsArmed);
                }

                bool terminalFaultAfterPay = false;
                for (int f = 0; f < faults; f++)
                {
                    if (_random.Next(4) == 0)
                    {
                        if (_random.Next(3) == 0)
                        {
                            terminalFaultAfterPay = true;
                        }
                        else
                        {
                            ArmTerminalFault(sale);
                        }
                    }
                    else
                    {
                        ArmHostFault(sale);
                    }
                }

                _step = "seed " + _seed + " sale " + sale.Reference + " pay";
                Attempt(sale);
                if (terminalFaultAfterPay)
                {
                    ArmTerminalFault(sale);
                }

                int rounds = _random.Next(4);
                for (int r = 0; r < rounds; r++)
                {
                    _step = "seed " + _seed + " sale " + sale.Reference + " round " + r;
                    Round(faultPhase: true);
                    _terminal.Board.ManualClock.Advance(1000 + _random.Next(8000));
                }

                RetryDue(faultPhase: true);
            }

            // The faults go; the terminal's own loop must then converge.
            CountHostFaults();
            _host.Faults.Clear();
            _terminal.Flash.CutPowerAtMutation(0);
            _cutArmed = false;
            _terminal.Link.Armed = LinkFault.None;
            bool quiet = false;
            for (int r = 0; r < MaximumDrainRounds && !quiet; r++)
            {
                _step = "seed " + _seed + " drain round " + r;
                Round(faultPhase: false);
                RetryDue(faultPhase: false);
                quiet = Guard(() => _terminal.IsQuiet()) && _sales.All(s => !s.NeedsRetry && !(s.FlowCancelled != 0 && !s.CashierCancelled && s.Attempts < 3 && RetryReady(s)));
                _terminal.Board.ManualClock.Advance(60000);
            }

            if (!quiet)
            {
                Counters.Note("seed " + _seed + ": not quiet after " + MaximumDrainRounds + " drain rounds (pending display " + _terminal.Journal.PendingCount(Destinations.Display)
                    + ", printer " + _terminal.Journal.PendingCount(Destinations.Printer) + ", host " + _terminal.Journal.PendingCount(Destinations.Host) + ")");
            }

            Counters.InjectedByKind["reboot_mid_flight"] += _terminal.Link.RebootsFired;
            Counters.InjectedByKind["power_off_mid_flight"] += _terminal.Link.PowerOffsFired;
            Counters.FaultsInjected = Counters.InjectedByKind.Values.Sum();
            Counters.Redeliveries = _terminal.Display.Redeliveries + _terminal.Printer.Redeliveries;
            Counters.Reversals = _terminal.Link.ReversedPaymentKeys.Count;
            Counters.Requests = _terminal.Link.Requests;
            Counters.MaxRounds = _rounds;
            Judge();
        }

        private NetworkTerminal CreateTerminal(out PaymentHostServer host)
        {
            // The host's clock is the terminal's manual clock; the board is made first to own it.
            NetworkTerminal? terminal = null;
            var provider = new DeferredClock();
            host = PaymentHostServer.Start(new PaymentHostOptions { TimeProvider = provider, RequestLog = null });
            terminal = new NetworkTerminal(host.BaseAddress, _seed, _timeout, OnDisplayed);
            provider.Clock = terminal.Board.ManualClock;
            return terminal;
        }

        private long Amount()
        {
            long amount = 100 * (1 + _random.Next(2000));
            if (_random.Next(8) == 0)
            {
                return amount + int.Parse(DeclineEndings[_random.Next(DeclineEndings.Length)], System.Globalization.CultureInfo.InvariantCulture);
            }

            int cents = _random.Next(100);
            string ending = cents.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            return amount + (IsDeclineEnding(ending) ? 0 : cents);
        }

        private static bool IsDeclineEnding(string ending)
        {
            return Array.IndexOf(new[] { "05", "51", "54", "55", "57", "58", "61", "65", "75", "91", "94", "96" }, ending) >= 0;
        }

        private void ArmHostFault(NetworkSale sale)
        {
            int roll = _random.Next(100);
            HostOperation operation = HostOperationsUsed[_random.Next(HostOperationsUsed.Length)];
            FaultRule rule;
            string name;
            long pastTimeout = _timeout + 50 + _random.Next(350);
            if (roll < 15)
            {
                name = "drop_request";
                rule = new FaultRule(FaultKind.DropRequest, count: 1, operation: operation);
            }
            else if (roll < 30)
            {
                name = "drop_response";
                rule = new FaultRule(FaultKind.DropResponse, count: 1, operation: operation);
            }
            else if (roll < 45)
            {
                name = "delay";
                rule = new FaultRule(FaultKind.Delay, pastTimeout, count: 1, operation: operation);
            }
            else if (roll < 60)
            {
                name = "error_5xx";
                rule = new FaultRule(FaultKind.Error5xx, count: 1, operation: operation);
            }
            else if (roll < 75)
            {
                name = "approve_after_timeout";
                rule = new FaultRule(FaultKind.ApproveAfterTimeout, pastTimeout, count: 1, operation: HostOperation.Authorize);
            }
            else if (roll < 95)
            {
                name = "approve_while_rebooting";
                rule = new FaultRule(FaultKind.ApproveWhileRebooting, count: 1, operation: HostOperation.Authorize);
            }
            else
            {
                name = "duplicate_notification";
                rule = new FaultRule(FaultKind.DuplicateNotification, count: 1, operation: HostOperation.Notifications);
            }

            _host.Faults.Arm(rule);
            _hostArmed[name] = _hostArmed.GetValueOrDefault(name) + 1;
            Counters.ArmedByKind[name]++;
            Counters.FaultsArmed++;
            sale.Faults.Add(rule.ToString());
        }

        private void ArmTerminalFault(NetworkSale sale)
        {
            int roll = _random.Next(3);
            string name;
            if (roll == 0)
            {
                name = "reboot_mid_flight";
                _terminal.Link.Armed = LinkFault.RebootMidFlight;
            }
            else if (roll == 1)
            {
                name = "power_off_mid_flight";
                _terminal.Link.Armed = LinkFault.PowerOffMidFlight;
            }
            else
            {
                name = "power_cut_at_mutation";
                int ahead = 1 + _random.Next(8);
                _terminal.Flash.CutPowerAtMutation(_terminal.Flash.MutationCount + ahead);
                _cutArmed = true;
                name += "+" + ahead;
            }

            string kind = name.Split('+')[0];
            Counters.ArmedByKind[kind]++;
            Counters.FaultsArmed++;
            sale.Faults.Add(name);
        }

        private void CountHostFaults()
        {
            var remaining = new Dictionary<string, int>();
            foreach (FaultRule rule in _host.Faults.Armed)
            {
                string name = NameOf(rule.Kind);
                remaining[name] = remaining.GetValueOrDefault(name) + (rule.Count ?? 0);
            }

            foreach (KeyValuePair<string, int> pair in _hostArmed)
            {
                Counters.InjectedByKind[pair.Key] += pair.Value - remaining.GetValueOrDefault(pair.Key);
            }
        }

        private static string NameOf(FaultKind kind)
        {
            return kind switch
            {
                FaultKind.DropRequest => "drop_request",
                FaultKind.DropResponse => "drop_response",
                FaultKind.Delay => "delay",
                FaultKind.Error5xx => "error_5xx",
                FaultKind.ApproveAfterTimeout => "approve_after_timeout",
                FaultKind.ApproveWhileRebooting => "approve_while_rebooting",
                FaultKind.DuplicateNotification => "duplicate_notification",
                _ => "other",
            };
        }

        /// <summary>One Pay call for a sale, as the cashier makes it.</summary>
        private void Attempt(NetworkSale sale)
        {
            sale.Attempts++;
            sale.NeedsRetry = false;
            Counters.Attempts++;
            PaymentOutcome? outcome = null;
            var card = new CardSale
            {
                AmountMinorUnits = sale.AmountMinorUnits,
                MerchantReference = sale.Reference,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                EntryMode = CardEntryMode.Contactless,
                ReaderPayload = "AAECAwQFBgc=",
            };
            Guard(() => outcome = _terminal.Flow.Pay(card));
            if (outcome != null)
            {
                if (outcome.TransactionSequence != 0)
                {
                    Track(sale, outcome.TransactionSequence);
                }

                Show(outcome, sale);
                if (outcome.Kind == PaymentOutcomeKind.Unknown)
                {
                    Counters.UnknownOutcomes++;
                }

                return;
            }

            // Cut before Pay returned: the cashier saw nothing. Is the intent on flash?
            uint found = 0;
            Guard(() => found = _terminal.FindByReference(sale.Reference, sale.Sequences));
            if (found != 0)
            {
                Track(sale, found);
            }
            else
            {
                sale.NeedsRetry = true;
            }
        }

        private void Track(NetworkSale sale, uint sequence)
        {
            if (!_bySequence.ContainsKey(sequence))
            {
                _bySequence[sequence] = sale;
                sale.Sequences.Add(sequence);
            }
        }

        private void Show(PaymentOutcome outcome, NetworkSale? sale = null)
        {
            sale ??= _bySequence.GetValueOrDefault(outcome.TransactionSequence);
            if (sale == null)
            {
                if (outcome.Kind != PaymentOutcomeKind.Refused)
                {
                    Counters.Note(_step + ": an outcome " + outcome.Kind + " for transaction " + outcome.TransactionSequence + " no sale knows");
                }

                return;
            }

            sale.Shown.Add(outcome.Kind);
        }

        private void OnDisplayed(JournalEntry item)
        {
            if (item.Type != JournalRecordType.HostResponse)
            {
                return;
            }

            HostResponse response = item.DecodeResponse();
            if (!_bySequence.TryGetValue(item.TransactionSequence, out NetworkSale? sale))
            {
                Counters.Note(_step + ": the screen got a result for transaction " + item.TransactionSequence + " no sale knows");
                return;
            }

            bool approved = response.Outcome == TransactionOutcome.Approved;
            sale.Shown.Add(approved ? PaymentOutcomeKind.Approved : PaymentOutcomeKind.Declined);
            if (approved)
            {
                sale.DisplayedApproved = true;
                if (response.IsLate)
                {
                    Counters.LateConfirmations++;
                }
            }
        }

        /// <summary>
        /// One round of the terminal's loop: inquire about unknown payments, send the host queue, drain
        /// display and printer, in a random order; in the fault phase a step may be skipped and the
        /// cashier may cancel an unknown payment.
        /// </summary>
        private void Round(bool faultPhase)
        {
            _rounds++;
            int[] order = { 0, 1, 2 };
            if (faultPhase)
            {
                _random.Shuffle(order);
            }

            foreach (int action in order)
            {
                if (faultPhase && _random.Next(7) == 0)
                {
                    continue;
                }

                switch (action)
                {
                    case 0:
                        PaymentOutcome[]? resolved = null;
                        Guard(() => resolved = _terminal.Flow.ResolveUnknown());
                        foreach (PaymentOutcome outcome in resolved ?? Array.Empty<PaymentOutcome>())
                        {
                            Show(outcome);
                            if (outcome.Kind == PaymentOutcomeKind.Cancelled && _bySequence.TryGetValue(outcome.TransactionSequence, out NetworkSale? sale))
                            {
                                Counters.FlowCancels++;
                                sale.FlowCancelled = outcome.TransactionSequence;
                            }
                        }

                        break;
                    case 1:
                        Guard(() => _terminal.Flow.SendQueuedHostItems());
                        break;
                    default:
                        Guard(() => _terminal.Pump.DeliverRound());
                        break;
                }
            }

            if (faultPhase && _random.Next(12) == 0)
            {
                // The cashier gives up on an unknown payment: the customer pays another way.
                NetworkSale? open = _sales.LastOrDefault(s => !s.CashierCancelled && s.Sequences.Count > 0 && Guard(() => _terminal.Flow.IsUnknown(s.Sequences[^1])));
                if (open != null)
                {
                    PaymentOutcome? cancelled = null;
                    uint sequence = open.Sequences[^1];
                    Guard(() => cancelled = _terminal.Flow.Cancel(sequence));
                    if (cancelled != null)
                    {
                        Counters.CashierCancels++;
                        open.CashierCancelled = true;
                        Show(cancelled, open);
                    }
                }
            }
        }

        /// <summary>The cashier takes a sale again: one cut before its intent was durable, or one the flow cancelled once its reversal is acknowledged.</summary>
        private void RetryDue(bool faultPhase)
        {
            foreach (NetworkSale sale in _sales)
            {
                if (sale.Attempts >= 3 || sale.CashierCancelled)
                {
                    continue;
                }

                if (sale.NeedsRetry || (sale.FlowCancelled != 0 && RetryReady(sale)))
                {
                    sale.FlowCancelled = 0;
                    Counters.CashierRetries++;
                    _step = "seed " + _seed + " sale " + sale.Reference + " retry " + sale.Attempts + (faultPhase ? string.Empty : " (drain)");
                    Attempt(sale);
                }
            }
        }

        private bool RetryReady(NetworkSale sale)
        {
            return sale.FlowCancelled == sale.Sequences[^1] && _terminal.Link.ReversedPaymentKeys.Contains(PaymentKey(sale.FlowCancelled));
        }

        private static string PaymentKey(uint sequence) => NetworkTerminal.KeyNamespace + "-" + sequence;

        /// <summary>Runs a flow call; a power cut (or a link fault) reboots the terminal; anything else thrown is a crash.</summary>
        private bool Guard(Func<bool> action)
        {
            bool result = false;
            Guard(() => { result = action(); });
            return result;
        }

        private void Guard(Action action)
        {
            try
            {
                action();
            }
            catch (PowerCutException)
            {
                if (!_terminal.Link.PoweredOffByLink && _cutArmed)
                {
                    _cutArmed = false;
                    Counters.InjectedByKind["power_cut_at_mutation"]++;
                }
            }
            catch (Exception exception)
            {
                Counters.Crashes++;
                Counters.Note(_step + ": threw " + exception.GetType().Name + ": " + exception.Message);
            }

            if (_terminal.Flash.IsPoweredOff || _terminal.Link.RebootRequested)
            {
                Reboot();
            }
        }

        private void Reboot()
        {
            Counters.Reboots++;
            _terminal.Link.RebootRequested = false;
            _terminal.Link.PoweredOffByLink = false;
            if (!_terminal.Flash.IsPoweredOff)
            {
                _terminal.Flash.CutPowerNow();
            }

            for (int attempt = 0; attempt < 5; attempt++)
            {
                _terminal.Flash.PowerOn();
                try
                {
                    _terminal.Boot();
                    return;
                }
                catch (PowerCutException)
                {
                    if (_cutArmed)
                    {
                        _cutArmed = false;
                        Counters.InjectedByKind["power_cut_at_mutation"]++;
                    }
                }
            }

            throw new InvalidOperationException("the terminal did not boot in 5 attempts");
        }

        /// <summary>The terminal's view against the ledger.</summary>
        private void Judge()
        {
            var uploaded = _terminal.Link.UploadedKeys;
            var reversed = _terminal.Link.ReversedPaymentKeys;
            var displayed = _terminal.Display.Received;
            var printed = _terminal.Printer.Received;
            foreach (NetworkSale sale in _sales)
            {
                ChargeReport report = _host.Ledger.Charges(sale.Reference);
                string about = "seed " + _seed + " sale " + sale.Reference + " amount " + sale.AmountMinorUnits + " attempts " + string.Join(",", sale.Sequences)
                    + " faults [" + string.Join("; ", sale.Faults) + "] shown [" + string.Join(",", sale.Shown) + "] ledger charges " + report.Charges + " net " + report.NetChargedMinor
                    + " approved [" + string.Join(",", report.ApprovedKeys) + "] reversed [" + string.Join(",", report.ReversedKeys) + "]";
                if (report.NetChargedMinor > 0)
                {
                    Counters.Charged++;
                }

                if (report.Charges > 1 || report.NetChargedMinor > sale.AmountMinorUnits)
                {
                    Counters.DoubleCharged++;
                    Counters.Note("double_charged: " + about);
                }

                if (report.NetChargedMinor > 0 && !sale.DisplayedApproved)
                {
                    Counters.ApprovedNotDisplayed++;
                    Counters.Note("approved_not_displayed: " + about);
                }

                PaymentOutcomeKind? last = sale.LastShown;
                if (report.NetChargedMinor > 0 && (last == PaymentOutcomeKind.Declined || last == PaymentOutcomeKind.Refused || last == PaymentOutcomeKind.Cancelled))
                {
                    Counters.ApprovedShownAsFailed++;
                    Counters.Note("approved_shown_as_failed: " + about);
                }

                if (sale.Sequences.Count == 0)
                {
                    Counters.Lost++;
                    Counters.Note("lost (never started): " + about);
                }

                foreach (uint sequence in sale.Sequences)
                {
                    string[] resultKeys = displayed.Where(p => p.Value.TransactionSequence == sequence && p.Value.Type == JournalRecordType.HostResponse).Select(p => p.Key).ToArray();
                    bool reachedAll = resultKeys.Length > 0 && resultKeys.All(k => printed.ContainsKey(k) && uploaded.Contains(k));
                    if (!reachedAll && !reversed.Contains(PaymentKey(sequence)))
                    {
                        Counters.Lost++;
                        Counters.Note("lost (transaction " + sequence + ": result keys [" + string.Join(",", resultKeys) + "], printed " + resultKeys.Count(printed.ContainsKey)
                            + ", uploaded " + resultKeys.Count(uploaded.Contains) + ", reversal acknowledged false): " + about);
                    }
                }
            }
        }
    }
}

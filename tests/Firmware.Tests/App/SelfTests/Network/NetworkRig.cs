using System;
using System.Collections.Generic;
using Terminal.App.Payments;
using Terminal.App.SelfTests;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Network;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests.Network
{
    /// <summary>
    /// A terminal for the network and data-flow self-tests: simulated board, real journal and payment flow, and a
    /// real HTTP link to an in-process <see cref="PaymentHostServer"/> behind a <see cref="ClockedLink"/> that lets
    /// the board's manual clock run for each exchange (latency without real waiting) and can fail exchanges the way
    /// a field network does. The link has no network while the simulated platform's link is down.
    /// </summary>
    internal sealed class NetworkRig : IDisposable
    {
        public const string KeyNamespace = "T0001234.1795392000";

        private readonly HttpClientLink _http;

        public NetworkRig(int seed, bool startHost = true)
        {
            Board = SimulatedBoard.Create(seed);
            if (startHost)
            {
                Host = PaymentHostServer.Start(new PaymentHostOptions());
                _http = new HttpClientLink(Host.BaseAddress);
            }
            else
            {
                // Nobody listens on the discard port of loopback: every connection is refused.
                _http = new HttpClientLink(new Uri("http://127.0.0.1:9/"));
            }

            Link = new ClockedLink(_http, Board);
            Client = new HostClient(Link, new HostClientSettings { TerminalId = "T0001234", MerchantId = "M88990001", FirmwareVersion = "1.0.0", TimeoutMilliseconds = 5000 });
            Boot();
        }

        public SimulatedBoard Board { get; }

        public PaymentHostServer? Host { get; }

        public ClockedLink Link { get; }

        public HostClient Client { get; }

        public TransactionJournal Journal { get; private set; } = null!;

        public PaymentFlow Flow { get; private set; } = null!;

        public SelfTestContext Context { get; private set; } = null!;

        /// <summary>Opens the journal from flash and builds the flow and the self-test context, as a boot does.</summary>
        public void Boot()
        {
            if (Board.Flash.IsPoweredOff)
            {
                Board.Flash.PowerOn();
            }

            Journal = new TransactionJournal(Board.Storage, KeyNamespace, JournalSettings.CreateDefault());
            Journal.Open();
            Flow = new PaymentFlow(Journal, Client, Board.Clock, PaymentFlowSettings.CreateDefault());
            Context = new SelfTestContext { Board = Board, Clock = Board.Clock, Journal = Journal, Payments = Flow, Host = Client };
        }

        public void PowerCutAndReboot()
        {
            Board.Flash.CutPowerNow();
            Boot();
        }

        public static CardSale Sale(long amount, string reference)
        {
            return new CardSale
            {
                AmountMinorUnits = amount,
                MerchantReference = reference,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                EntryMode = CardEntryMode.Contactless,
                ReaderPayload = "AAECAwQFBgc=",
            };
        }

        /// <summary>Commits a sale's intent and its approval straight into the journal: queued for display, printer and host.</summary>
        public uint QueueApprovedResult(long amount)
        {
            TransactionIntent intent = new TransactionIntent
            {
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.Card,
                AmountMinorUnits = amount,
                CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = Board.Clock.UtcNowMilliseconds,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                MerchantReference = "ORD-" + amount,
            };
            CapacityVerdict verdict = Journal.BeginTransaction(intent, intent.CreatedUtcMilliseconds, out uint sequence);
            if (!verdict.IsAccepted)
            {
                throw new InvalidOperationException(verdict.Message);
            }

            HostResponse response = new HostResponse { Outcome = TransactionOutcome.Approved, ResponseCode = "00", AuthorizationCode = "A1", HostReference = "H1", HostTimeUtcMilliseconds = intent.CreatedUtcMilliseconds };
            Journal.RecordResponse(sequence, response, Destinations.All);
            return sequence;
        }

        public void Dispose()
        {
            _http.Dispose();
            Host?.Dispose();
        }
    }

    /// <summary>
    /// An <see cref="IHttpLink"/> over a real one that advances the board's manual clock by a scripted latency per
    /// exchange, and can fail the next exchanges (timeout, connection failure) without sending them. Without a
    /// network link (the simulated platform's switch) it answers no network, as the device's would.
    /// </summary>
    internal sealed class ClockedLink : IHttpLink
    {
        private readonly IHttpLink _inner;
        private readonly SimulatedBoard _board;
        private readonly Queue<long> _latencies = new Queue<long>();
        private readonly Queue<LinkFailure> _failures = new Queue<LinkFailure>();

        public ClockedLink(IHttpLink inner, SimulatedBoard board)
        {
            _inner = inner;
            _board = board;
        }

        /// <summary>The latency of an exchange when none is scripted, in milliseconds.</summary>
        public long DefaultLatencyMilliseconds { get; set; } = 80;

        public int Exchanges { get; private set; }

        public void ScriptLatencies(params long[] milliseconds)
        {
            foreach (long value in milliseconds)
            {
                _latencies.Enqueue(value);
            }
        }

        public void ScriptFailures(LinkFailure failure, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _failures.Enqueue(failure);
            }
        }

        public HttpExchange Send(string method, string path, string[] headerNames, string[] headerValues, byte[] body, int bodyOffset, int bodyCount, byte[] responseBuffer, int timeoutMilliseconds)
        {
            Exchanges++;
            if (!_board.PlatformServices.LinkUp)
            {
                return HttpExchange.Failed(LinkFailure.NoNetwork, "no network link");
            }

            if (_failures.Count > 0)
            {
                LinkFailure failure = _failures.Dequeue();
                _board.ManualClock.Advance(failure == LinkFailure.Timeout ? timeoutMilliseconds : 30);
                return HttpExchange.Failed(failure, "scripted");
            }

            long latency = _latencies.Count > 0 ? _latencies.Dequeue() : DefaultLatencyMilliseconds;
            HttpExchange exchange = _inner.Send(method, path, headerNames, headerValues, body, bodyOffset, bodyCount, responseBuffer, timeoutMilliseconds);
            _board.ManualClock.Advance(latency);
            return exchange;
        }
    }
}

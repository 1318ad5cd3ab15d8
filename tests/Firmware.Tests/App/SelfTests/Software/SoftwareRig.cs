using System;
using Terminal.App;
using Terminal.App.Payments;
using Terminal.App.Peripherals;
using Terminal.App.SelfTests;
using Terminal.Core.Identity;
using Terminal.Core.Journal;
using Terminal.Core.Maintenance;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.SelfTests.Software
{
    /// <summary>
    /// A terminal for the software self-tests: the simulated board with its real drivers, an open journal and
    /// event log on its flash, and (when asked) the real payment host on loopback, whose clock is the board's
    /// clock plus <see cref="HostClockAheadMilliseconds"/>.
    /// </summary>
    internal sealed class SoftwareRig : IDisposable
    {
        public const string TerminalId = "T0001234";
        public const string MerchantId = "M88990001";

        private readonly HttpClientLink? _link;

        /// <summary>Creates the rig.</summary>
        /// <param name="seed">The flash's seed.</param>
        /// <param name="configureHost">Sets the host's options; <c>null</c> for a terminal without a host link.</param>
        public SoftwareRig(int seed, Action<PaymentHostOptions>? configureHost = null)
        {
            Board = SimulatedBoard.Create(seed);
            Settings = TerminalSettings.CreateDefault();
            Peripherals = TerminalPeripherals.Create(Board, Settings);
            Identity = new TerminalIdentity(TerminalId, MerchantId, 1795392000);
            Journal = new TransactionJournal(Board.Storage, Identity.KeyNamespace, Settings.Journal);
            Journal.Open();
            EventLog = new EventLog(Board.Storage, Board.Clock, 32);
            EventLog.Open();
            Context = new SelfTestContext
            {
                Board = Board,
                Clock = Board.Clock,
                Settings = Settings,
                Peripherals = Peripherals,
                Journal = Journal,
                EventLog = EventLog,
                Identity = Identity,
            };

            if (configureHost != null)
            {
                var options = new PaymentHostOptions { TimeProvider = new BoardTimeProvider(this) };
                configureHost(options);
                Host = PaymentHostServer.Start(options);
                _link = new HttpClientLink(Host.BaseAddress);
                Board.HostLink = _link;
                var watched = new WatchedHttpLink(_link);
                Client = new HostClient(watched, new HostClientSettings { TerminalId = TerminalId, MerchantId = MerchantId, FirmwareVersion = Settings.FirmwareVersion, TimeoutMilliseconds = 5000 });
                Flow = new PaymentFlow(Journal, Client, Board.Clock, Settings.Payments);
                Context.Host = Client;
                Context.HostLink = watched;
                Context.Payments = Flow;
            }
        }

        public SimulatedBoard Board { get; }

        public TerminalSettings Settings { get; }

        public TerminalPeripherals Peripherals { get; }

        public TerminalIdentity Identity { get; }

        public TransactionJournal Journal { get; }

        public EventLog EventLog { get; }

        public SelfTestContext Context { get; }

        public PaymentHostServer? Host { get; }

        public HostClient? Client { get; }

        public PaymentFlow? Flow { get; }

        /// <summary>Gets or sets how far the host's clock is ahead of the board's, in milliseconds.</summary>
        public long HostClockAheadMilliseconds { get; set; }

        /// <summary>Makes a card sale (the scripted issuer declines amounts whose last two digits are a decline code).</summary>
        public PaymentOutcome Pay(long amountMinorUnits, string reference)
        {
            return Flow!.Pay(new CardSale
            {
                AmountMinorUnits = amountMinorUnits,
                MerchantReference = reference,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                EntryMode = CardEntryMode.Contactless,
                ReaderPayload = "AAECAwQFBgc=",
            });
        }

        public static void AssertFinding(SelfTestResult result, CheckVerdict verdict, string causeId)
        {
            Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(verdict, result.Verdict, result.Summary);
            Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(causeId, result.CauseId);
            Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsFalse(string.IsNullOrEmpty(result.Remedy.Chinese), "Chinese remedy");
            Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsFalse(string.IsNullOrEmpty(result.Remedy.English), "English remedy");
            Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsTrue(result.Summary.Length > 0);
            foreach (char c in result.Summary)
            {
                Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsTrue(c >= ' ' && c <= '~', "summary is printable ASCII: " + result.Summary);
            }
        }

        public static string Value(SelfTestResult result, string name)
        {
            Measurement? measurement = result.FindMeasurement(name);
            Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsNotNull(measurement, "measurement " + name + " in " + result.MeasurementsText());
            return measurement!.Value;
        }

        public void Dispose()
        {
            _link?.Dispose();
            Host?.Dispose();
        }

        /// <summary>The host's clock: the board's wall clock plus the rig's offset, so skews are exact.</summary>
        private sealed class BoardTimeProvider : TimeProvider
        {
            private readonly SoftwareRig _rig;

            public BoardTimeProvider(SoftwareRig rig)
            {
                _rig = rig;
            }

            public override DateTimeOffset GetUtcNow()
            {
                return DateTimeOffset.FromUnixTimeMilliseconds(_rig.Board.Clock.UtcNowMilliseconds + _rig.HostClockAheadMilliseconds);
            }
        }
    }
}

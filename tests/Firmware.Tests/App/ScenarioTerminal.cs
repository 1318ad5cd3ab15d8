using System;
using Terminal.App.Outbox;
using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App
{
    /// <summary>
    /// A terminal for the payment scenarios: simulated board, real journal, real payment flow, and a
    /// real HTTP link to an in-process <see cref="PaymentHostServer"/> on loopback. It can lose power
    /// and reboot from the same flash, as the device would.
    /// </summary>
    internal sealed class ScenarioTerminal : IDisposable
    {
        /// <summary>The key namespace every scenario terminal uses: terminal id and provisioning number.</summary>
        public const string KeyNamespace = "T0001234.1795392000";

        private readonly HttpClientLink _link;
        private readonly bool _withBatch;

        public ScenarioTerminal(PaymentHostServer host, int seed, bool withBatch = false)
        {
            _withBatch = withBatch;
            Board = SimulatedBoard.Create(seed);
            _link = new HttpClientLink(host.BaseAddress);
            Client = new HostClient(_link, new HostClientSettings { TerminalId = "T0001234", MerchantId = "M88990001", FirmwareVersion = "1.0.0", TimeoutMilliseconds = 5000 });
            Boot();
        }

        public SimulatedBoard Board { get; }

        public HostClient Client { get; }

        public TransactionJournal Journal { get; private set; } = null!;

        public PaymentFlow Flow { get; private set; } = null!;

        public OutboxPump Pump { get; private set; } = null!;

        /// <summary>Approvals the settlement batch counted at the last boot (with a batch only).</summary>
        public int RecountedAtBoot { get; private set; }

        public void Boot()
        {
            if (Board.Flash.IsPoweredOff)
            {
                Board.Flash.PowerOn();
            }

            Journal = new TransactionJournal(Board.Storage, KeyNamespace, JournalSettings.CreateDefault());
            Journal.Open();
            Flow = _withBatch
                ? new PaymentFlow(Journal, Client, Board.Clock, PaymentFlowSettings.CreateDefault(), Board.Storage)
                : new PaymentFlow(Journal, Client, Board.Clock, PaymentFlowSettings.CreateDefault());
            if (_withBatch)
            {
                RecountedAtBoot = Flow.OpenBatch();
            }

            Pump = new OutboxPump(Journal);
            Pump.Attach(Destinations.Host, new HostOutboxSink(Journal, Client));
        }

        public void PowerCutAndReboot()
        {
            Board.Flash.CutPowerNow();
            Boot();
        }

        public string KeyOf(uint sequence) => KeyNamespace + "-" + sequence;

        public void Dispose() => _link.Dispose();
    }
}

using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App;
using Terminal.App.Outbox;
using Terminal.Core.Identity;
using Terminal.Core.Journal;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Storage;
using Terminal.App.Payments;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App
{
    [TestClass]
    public sealed class TerminalAppTests
    {
        private static readonly TerminalIdentity Identity = new TerminalIdentity("T0001234", "M88990001", 1795392000);

        private sealed class RecordingSink : IOutboxSink
        {
            public List<string> Keys { get; } = new();

            public bool Deliver(JournalEntry item, string idempotencyKey)
            {
                Keys.Add(idempotencyKey);
                return true;
            }
        }

        private static TransactionIntent Sale()
        {
            return new TransactionIntent
            {
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.Card,
                AmountMinorUnits = 1250,
                CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = 1795392000000,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                MerchantReference = "ORD-1",
            };
        }

        [TestMethod]
        public void A_new_terminal_boots_not_provisioned_and_ready_once_provisioned()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());

            Assert.AreEqual(TerminalStatus.NotProvisioned, app.Boot());
            Assert.IsTrue(app.Provision(Identity));
            Assert.AreEqual(TerminalStatus.Ready, app.Status);
            Assert.AreEqual(Identity.KeyNamespace, app.Journal.KeyNamespace);
        }

        [TestMethod]
        public void Results_queued_before_a_power_cut_reach_the_sinks_at_the_next_boot_with_the_provisioned_key()
        {
            SimulatedBoard board = SimulatedBoard.Create(2);
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            app.Provision(Identity);
            app.Journal.BeginTransaction(Sale(), 1795392000000, out uint sequence);
            app.Journal.RecordResponse(sequence, new HostResponse { Outcome = TransactionOutcome.Approved, ResponseCode = "00", HostReference = "H1" }, Destinations.All);
            board.Flash.CutPowerNow();
            board.Flash.PowerOn();

            var rebooted = new TerminalApp(board, TerminalSettings.CreateDefault());
            var display = new RecordingSink();
            rebooted.AttachSink(Destinations.Display, display);
            rebooted.Boot();

            Assert.AreEqual(1, display.Keys.Count);
            StringAssert.StartsWith(display.Keys[0], "T0001234.1795392000-");
        }

        [TestMethod]
        public void A_storage_alarm_from_a_failed_delivery_round_clears_when_a_round_commits()
        {
            SimulatedBoard board = SimulatedBoard.Create(3);
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            var display = new RecordingSink();
            app.AttachSink(Destinations.Display, display);

            // The board's printer would spend the one-shot fault on its reprint mark (counted, and the receipt
            // prints anyway, by design); this test is about the acknowledgement commit.
            app.AttachSink(Destinations.Printer, new RecordingSink());
            app.Provision(Identity);
            app.Journal.BeginTransaction(Sale(), 1795392000000, out uint sequence);
            app.Journal.RecordResponse(sequence, new HostResponse { Outcome = TransactionOutcome.Approved, ResponseCode = "00", HostReference = "H1" }, Destinations.All);

            board.Flash.FailNextMutationWith = StorageError.MediaFault;
            app.DeliverPending();
            Assert.AreEqual(TerminalStatus.StorageAlarm, app.Status);
            StringAssert.StartsWith(app.StatusMessage, "HW-STORAGE");

            app.DeliverPending();
            Assert.AreEqual(TerminalStatus.Ready, app.Status);
            Terminal.Core.Maintenance.EventRecord fault = app.EventLog.Read(app.EventLog.Count - 1);
            Assert.AreEqual(Terminal.Core.Maintenance.EventKind.Fault, fault.Kind, "the alarm is in the maintenance log");
            Assert.AreEqual("HW-STORAGE", fault.Source);
            Assert.AreEqual(1, app.EventLog.CountOf(Terminal.Core.Maintenance.EventKind.Fault), "logged once, not per round");
        }

        [TestMethod]
        public void An_unreadable_witness_boots_ready_with_a_warning()
        {
            SimulatedBoard board = SimulatedBoard.Create(4);
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            app.Provision(Identity);
            board.Witness.Fails = true;

            Assert.AreEqual(TerminalStatus.Ready, app.Boot());
            StringAssert.Contains(app.StatusMessage, "witness cannot be read");
        }

        [TestMethod]
        public void Provisioning_with_a_failing_witness_raises_an_alarm_instead_of_throwing()
        {
            SimulatedBoard board = SimulatedBoard.Create(5);
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            board.Witness.Fails = true;

            Assert.IsFalse(app.Provision(Identity));
            Assert.AreEqual(TerminalStatus.StorageAlarm, app.Status);
        }
    
        [TestMethod]
        public void A_terminal_with_a_host_link_resolves_at_boot_the_approval_a_reboot_interrupted()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            using var link = new HttpClientLink(host.BaseAddress);
            SimulatedBoard board = SimulatedBoard.Create(6);
            board.HostLink = link;
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            var display = new RecordingSink();
            app.AttachSink(Destinations.Display, display);
            app.Provision(Identity);
            Assert.IsNotNull(app.Payments, "a board with a host link gets the payment side");
            host.Faults.Arm(new FaultRule(FaultKind.ApproveWhileRebooting, count: 1, operation: HostOperation.Authorize));
            app.Sale!.Press(SaleKey.Digit5);
            app.Sale.Press(SaleKey.Ok);
            app.Sale.Press(SaleKey.Ok);
            PaymentOutcome first = app.Sale.PresentCard(new CardSale { MerchantReference = "ORD-A1", CardLast4 = "4242", CardBrand = "UnionPay", EntryMode = CardEntryMode.Contactless, ReaderPayload = "AAECAwQFBgc=" })!;
            Assert.AreEqual(PaymentOutcomeKind.Unknown, first.Kind);
            board.Flash.CutPowerNow();
            board.Flash.PowerOn();

            var rebooted = new TerminalApp(board, TerminalSettings.CreateDefault());
            rebooted.AttachSink(Destinations.Display, display);
            rebooted.Boot();

            Assert.AreEqual(1, display.Keys.Count, "the late approval reached the screen during boot");
            Assert.AreEqual(0, rebooted.Journal.PendingCount(Destinations.Host), "and was uploaded");
            Assert.AreEqual(1, host.Ledger.Charges("ORD-A1").Charges);
        }

        [TestMethod]
        public void A_terminal_without_a_host_link_boots_ready_and_keeps_its_results_queued()
        {
            SimulatedBoard board = SimulatedBoard.Create(7);
            var app = new TerminalApp(board, TerminalSettings.CreateDefault());
            app.Provision(Identity);

            Assert.AreEqual(TerminalStatus.Ready, app.Status);
            Assert.IsNull(app.Payments);
            app.Journal.BeginTransaction(Sale(), 1795392000000, out uint sequence);
            app.Journal.RecordResponse(sequence, new HostResponse { Outcome = TransactionOutcome.Approved, ResponseCode = "00", HostReference = "H1" }, Destinations.All);

            app.ServiceHost();
            app.DeliverPending();

            Assert.AreEqual(1, app.Journal.PendingCount(Destinations.Host), "nothing takes the upload, and nothing drops it");
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Network;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Network;
using Terminal.Hal.Simulated.Storage;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App
{
    /// <summary>The answer is on the screen before anything is written to flash (nanoframework.md, flash physics).</summary>
    [TestClass]
    public sealed class ResultDisplayTests
    {
        /// <summary>Notes the flash's mutation count when each HTTP answer comes back.</summary>
        private sealed class WatchedLink : IHttpLink
        {
            private readonly IHttpLink _inner;
            private readonly SimulatedFlash _flash;

            public WatchedLink(IHttpLink inner, SimulatedFlash flash)
            {
                _inner = inner;
                _flash = flash;
            }

            public long MutationsWhenAnswered { get; private set; }

            public HttpExchange Send(string method, string path, string[] headerNames, string[] headerValues, byte[] body, int bodyOffset, int bodyCount, byte[] responseBuffer, int timeoutMilliseconds)
            {
                HttpExchange exchange = _inner.Send(method, path, headerNames, headerValues, body, bodyOffset, bodyCount, responseBuffer, timeoutMilliseconds);
                MutationsWhenAnswered = _flash.MutationCount;
                return exchange;
            }
        }

        private sealed class Screen : IResultDisplay
        {
            private readonly Func<long> _mutations;

            public Screen(Func<long> mutations) => _mutations = mutations;

            public List<(PaymentOutcome Outcome, long Mutations)> Shown { get; } = new();

            public Action? WhenShown { get; set; }

            public void Show(PaymentOutcome outcome)
            {
                Shown.Add((outcome, _mutations()));
                WhenShown?.Invoke();
            }
        }

        private static CardSale Sale(string reference) => new CardSale
        {
            AmountMinorUnits = 1250, MerchantReference = reference, CardLast4 = "4242", CardBrand = "UnionPay",
            EntryMode = CardEntryMode.Contactless, ReaderPayload = "AAECAwQFBgc=",
        };

        [TestMethod]
        public void No_flash_write_comes_between_the_hosts_answer_and_the_screen()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            SimulatedBoard board = SimulatedBoard.Create(21);
            using var http = new HttpClientLink(host.BaseAddress);
            var link = new WatchedLink(http, board.Flash);
            var journal = new TransactionJournal(board.Storage, "T0001234.1795392000", JournalSettings.CreateDefault());
            journal.Open();
            var client = new HostClient(link, new HostClientSettings { TerminalId = "T0001234", MerchantId = "M1", FirmwareVersion = "1.0.0" });
            var screen = new Screen(() => board.Flash.MutationCount);
            var flow = new PaymentFlow(journal, client, board.Clock, PaymentFlowSettings.CreateDefault()) { ResultDisplay = screen };

            for (int i = 0; i < 20; i++)
            {
                flow.Pay(Sale("ORD-D" + i));
                Assert.AreEqual(link.MutationsWhenAnswered, screen.Shown[i].Mutations, "flash mutations between answer and screen");
            }

            Assert.AreEqual(0, journal.PendingCount(Destinations.Display), "shown already: not queued for the display");
            Assert.AreEqual(20, journal.PendingCount(Destinations.Printer));
        }

        [TestMethod]
        public void A_power_cut_between_the_screen_and_the_commit_shows_the_result_again_as_late_and_charges_once()
        {
            using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
            SimulatedBoard board = SimulatedBoard.Create(22);
            using var http = new HttpClientLink(host.BaseAddress);
            var client = new HostClient(http, new HostClientSettings { TerminalId = "T0001234", MerchantId = "M1", FirmwareVersion = "1.0.0" });
            var journal = new TransactionJournal(board.Storage, "T0001234.1795392000", JournalSettings.CreateDefault());
            journal.Open();
            var screen = new Screen(() => board.Flash.MutationCount);
            screen.WhenShown = () => board.Flash.CutPowerAtMutation(board.Flash.MutationCount + 1);
            var flow = new PaymentFlow(journal, client, board.Clock, PaymentFlowSettings.CreateDefault()) { ResultDisplay = screen };

            Assert.ThrowsException<PowerCutException>(() => flow.Pay(Sale("ORD-D99")));
            Assert.AreEqual(PaymentOutcomeKind.Approved, screen.Shown[0].Outcome.Kind, "the customer saw the approval");

            board.Flash.PowerOn();
            screen.WhenShown = null;
            journal = new TransactionJournal(board.Storage, "T0001234.1795392000", JournalSettings.CreateDefault());
            journal.Open();
            flow = new PaymentFlow(journal, client, board.Clock, PaymentFlowSettings.CreateDefault()) { ResultDisplay = screen };
            PaymentOutcome[] resolved = flow.ResolveUnknown();

            Assert.AreEqual(1, resolved.Length);
            Assert.AreEqual(2, screen.Shown.Count);
            Assert.IsTrue(screen.Shown[1].Outcome.IsLate, "shown again after the reboot, as a late confirmation");
            Assert.AreEqual(1, host.Ledger.Charges("ORD-D99").Charges);
        }
    }
}

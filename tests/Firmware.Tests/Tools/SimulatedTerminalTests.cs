using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.CardReader;
using Terminal.Hal.Simulated.Printer;
using Terminal.Tools.PaymentHost;
using Terminal.Tools.Simulator.Rig;

namespace Terminal.Tests.Tools
{
    /// <summary>
    /// The simulator's whole terminal in stepped time: the device's app on the emulated peripherals, the embedded payment
    /// host, and each fault switch doing what the page says it does.
    /// </summary>
    [TestClass]
    public sealed class SimulatedTerminalTests
    {
        [TestMethod]
        public void Keys_tapped_through_the_matrix_reach_the_sale_one_by_one_through_the_drivers_debouncing()
        {
            using SimulatedTerminal terminal = Started();

            terminal.TapKeys(KeyCode.Digit4, KeyCode.Digit2, KeyCode.DoubleZero, KeyCode.Ok, KeyCode.Ok);
            Settle(terminal);

            Assert.AreEqual("WaitingForCard", terminal.SaleState());
            StringAssert.Contains(terminal.ScreenText(), "42.00");
            Assert.IsFalse(terminal.IsBusy, "every key was released");
        }

        [TestMethod]
        public void Pulling_the_network_while_the_answer_is_on_its_way_shows_UNKNOWN_then_the_late_confirmation_and_charges_once()
        {
            using SimulatedTerminal terminal = Started();
            KeyAmount(terminal);

            terminal.Network.CutDuringNextAnswer();
            Tap(terminal);
            string unknown = terminal.ScreenText();
            Passes(terminal, 5000);
            string stillUnknown = terminal.SaleState();
            terminal.SetSwitch(FaultSwitch.NetworkDown, false);
            Passes(terminal, 3000);

            StringAssert.Contains(unknown, "Do not pay again");
            Assert.AreEqual("Unknown", stillUnknown, "no answer while the network is down");
            Assert.AreEqual(1, terminal.Network.AnswersLost);
            StringAssert.Contains(terminal.ScreenText(), "LATE CONFIRMATION");
            Assert.AreEqual(1, terminal.Board.PrinterEmulator.Slips.Count);
            StringAssert.Contains(string.Join("\n", EscPosPrinterEmulator.TextOf(terminal.Board.PrinterEmulator.Slips[0])), "LATE CONFIRMATION");
            Assert.AreEqual(1, terminal.EmbeddedHost!.Ledger.Summary().Payments);
            Assert.AreEqual(0, terminal.EmbeddedHost.Ledger.Summary().DoubleCharges);
        }

        [TestMethod]
        public void A_payment_tapped_while_the_network_is_down_is_UNKNOWN_then_cancelled_and_never_charged()
        {
            using SimulatedTerminal terminal = Started();
            KeyAmount(terminal);

            terminal.SetSwitch(FaultSwitch.NetworkDown, true);
            Tap(terminal);
            string state = terminal.SaleState();
            terminal.SetSwitch(FaultSwitch.NetworkDown, false);
            Passes(terminal, 3000);

            Assert.AreEqual("Unknown", state, "the terminal cannot know the request never left: UNKNOWN, never failed");
            Assert.IsTrue(terminal.Network.RequestsRefused > 0, "the request found the network down");
            Assert.AreEqual(0, terminal.EmbeddedHost!.Ledger.Summary().ByStatus.GetValueOrDefault("approved"), "nobody was charged");
            Assert.AreNotEqual("Approved", terminal.SaleState());
        }

        [TestMethod]
        [DataRow(FaultSwitch.PaperOut)]
        [DataRow(FaultSwitch.CoverOpen)]
        public void A_stopped_printer_keeps_the_receipt_queued_and_prints_it_once_the_fault_is_cleared(FaultSwitch fault)
        {
            using SimulatedTerminal terminal = Started();
            terminal.SetSwitch(fault, true);
            KeyAmount(terminal);

            Tap(terminal);
            Passes(terminal, 3000);
            int queuedWhileStopped = terminal.QueueDepth(Destinations.Printer);
            int printedWhileStopped = terminal.Board.PrinterEmulator.Slips.Count;
            terminal.SetSwitch(fault, false);
            Passes(terminal, 3000);

            Assert.AreEqual("Approved", terminal.SaleState());
            Assert.AreEqual(1, queuedWhileStopped, "the receipt waits in the journal");
            Assert.AreEqual(0, printedWhileStopped);
            Assert.AreEqual(1, terminal.Board.PrinterEmulator.Slips.Count, "printed once the fault is cleared");
            Assert.AreEqual(0, terminal.QueueDepth(Destinations.Printer));
        }

        [TestMethod]
        public void An_unplugged_reader_takes_no_card_and_the_host_sees_no_payment()
        {
            using SimulatedTerminal terminal = Started();
            terminal.SetSwitch(FaultSwitch.ReaderUnplugged, true);
            KeyAmount(terminal);

            Tap(terminal);
            Passes(terminal, 1000);

            Assert.AreEqual("WaitingForCard", terminal.SaleState());
            Assert.AreEqual(0, terminal.EmbeddedHost!.Ledger.Summary().Payments);
            Assert.IsTrue(terminal.IsOn(FaultSwitch.ReaderUnplugged));
        }

        [TestMethod]
        public void The_host_switches_arm_the_hosts_own_fault_rules_and_clear_them()
        {
            using SimulatedTerminal terminal = Started();

            terminal.SetSwitch(FaultSwitch.HostSlow, true);
            terminal.SetSwitch(FaultSwitch.HostAnswersAfterTimeout, true);
            FaultRule[] armed = terminal.EmbeddedHost!.Faults.Armed.ToArray();
            terminal.SetSwitch(FaultSwitch.HostSlow, false);
            FaultRule[] afterSlowOff = terminal.EmbeddedHost.Faults.Armed.ToArray();

            Assert.AreEqual(2, armed.Length);
            Assert.IsTrue(armed.Any(rule => rule.Kind == FaultKind.Delay && rule.Value == HostFaultSwitches.SlowHostDelayMilliseconds));
            Assert.IsTrue(armed.Any(rule => rule.Kind == FaultKind.ApproveAfterTimeout && rule.Value > 8000 && rule.Operation == HostOperation.Authorize), "held past the terminal's timeout");
            Assert.AreEqual(FaultKind.ApproveAfterTimeout, afterSlowOff.Single().Kind);
        }

        [TestMethod]
        public void A_host_that_answers_after_the_timeout_leaves_the_payment_UNKNOWN_until_the_inquiry_finds_it_approved()
        {
            using SimulatedTerminal terminal = Started(hostTimeoutMilliseconds: 300);
            terminal.SetSwitch(FaultSwitch.HostAnswersAfterTimeout, true);
            KeyAmount(terminal);

            Tap(terminal);
            string state = terminal.SaleState();
            terminal.SetSwitch(FaultSwitch.HostAnswersAfterTimeout, false);
            Passes(terminal, 5000);

            Assert.AreEqual("Unknown", state);
            StringAssert.Contains(terminal.ScreenText(), "LATE CONFIRMATION");
            Assert.AreEqual(1, terminal.EmbeddedHost!.Ledger.Summary().ByStatus.GetValueOrDefault("approved"));
        }

        [TestMethod]
        public void A_power_cut_darkens_the_screen_and_power_on_boots_a_new_app_that_still_holds_the_queued_receipt()
        {
            using SimulatedTerminal terminal = Started();
            terminal.SetSwitch(FaultSwitch.PaperOut, true);
            KeyAmount(terminal);
            Tap(terminal);
            Passes(terminal, 3000);

            terminal.CutPower();
            TerminalSnapshot off = terminal.Capture();
            Passes(terminal, 1000);
            terminal.PowerOn();
            Passes(terminal, 500);
            int queuedAfterBoot = terminal.QueueDepth(Destinations.Printer);
            terminal.SetSwitch(FaultSwitch.PaperOut, false);
            Passes(terminal, 3000);

            Assert.IsFalse(off.PoweredOn);
            Assert.IsFalse(off.ScreenLit, "no power, no picture");
            Assert.AreEqual(string.Empty, off.ScreenText);
            Assert.AreEqual(-1, off.QueueDepths[1], "the journal is closed while off");
            Assert.AreEqual(2, terminal.Boots);
            Assert.AreEqual(1, queuedAfterBoot, "the committed receipt survived the cut");
            Assert.AreEqual(1, terminal.Board.PrinterEmulator.Slips.Count, "printed once, after the reboot");
        }

        [TestMethod]
        public void Reboot_is_a_power_cycle_that_boots_the_same_terminal_ready()
        {
            using SimulatedTerminal terminal = Started();

            terminal.Reboot();
            Passes(terminal, 500);

            Assert.AreEqual(2, terminal.Boots);
            Assert.IsTrue(terminal.PoweredOn);
            Assert.AreEqual("Ready", terminal.App.Status.ToString());
            Assert.AreEqual("Idle", terminal.SaleState());
        }

        [TestMethod]
        public void The_snapshot_changes_the_screens_version_only_when_the_panel_was_written()
        {
            using SimulatedTerminal terminal = Started();
            TerminalSnapshot first = terminal.Capture();
            TerminalSnapshot still = terminal.Capture();

            terminal.TapKeys(KeyCode.Digit7);
            Settle(terminal);
            TerminalSnapshot typed = terminal.Capture();

            Assert.AreEqual(first.ScreenVersion, still.ScreenVersion);
            Assert.AreSame(first.ScreenPng, still.ScreenPng, "nothing drawn, nothing encoded again");
            Assert.AreNotEqual(first.ScreenVersion, typed.ScreenVersion);
            Assert.IsTrue(typed.ScreenPng.Take(4).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
            StringAssert.Contains(typed.ScreenText, "0.07");
        }

        internal static SimulatedTerminal Started(int hostTimeoutMilliseconds = 8000)
        {
            var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { Language = CashierLanguage.English, HostTimeoutMilliseconds = hostTimeoutMilliseconds });
            Assert.AreEqual("Ready", terminal.Start().ToString());
            Settle(terminal);
            return terminal;
        }

        internal static void Passes(SimulatedTerminal terminal, int milliseconds)
        {
            for (int passed = 0; passed < milliseconds; passed += 5)
            {
                terminal.Step(5);
            }
        }

        internal static void Settle(SimulatedTerminal terminal)
        {
            for (int passed = 0; terminal.IsBusy && passed < 60_000; passed += 5)
            {
                terminal.Step(5);
            }

            Passes(terminal, 200);
        }

        private static void KeyAmount(SimulatedTerminal terminal)
        {
            terminal.TapKeys(KeyCode.Digit2, KeyCode.Digit5, KeyCode.DoubleZero, KeyCode.Ok, KeyCode.Ok);
            Settle(terminal);
            Assert.AreEqual("WaitingForCard", terminal.SaleState());
        }

        private static void Tap(SimulatedTerminal terminal)
        {
            terminal.TapCard(EmvTestCard.UnionPay());
            Settle(terminal);
        }
    }
}

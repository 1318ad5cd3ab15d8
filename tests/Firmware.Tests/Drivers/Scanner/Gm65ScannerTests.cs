using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.Scanner.Gm65;
using Terminal.Hal.Buses;
using Terminal.Hal.Scanner;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.Drivers.Scanner
{
    /// <summary>The GM65 driver over the GM65 emulator: what the terminal gets, reports and counts, fault by fault.</summary>
    [TestClass]
    public sealed class Gm65ScannerTests
    {
        private const string WalletCode = "287654321098765432";

        [TestMethod]
        public void Start_finds_a_factory_fresh_module_at_9600_moves_it_to_115200_configures_verifies_and_saves_once()
        {
            var rig = new ScannerRig(installed: false);

            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Start());

            Assert.AreEqual(115200, rig.Module.BaudRate);
            Assert.AreEqual(115200, rig.Port.BaudRate);
            Assert.AreEqual(1, rig.Module.ZoneBit(0x0000) & 0x03, "command-triggered mode");
            Assert.AreEqual(0x01, rig.Module.ZoneBit(0x0060) & 0x7F, "code then CR, nothing else");
            Assert.AreEqual(0x1A, rig.Module.SavedZoneBit(0x002A), "115200 saved to flash");
            Assert.AreEqual(0xD5, rig.Module.SavedZoneBit(0x0000), "the LED, sound, aimer and light bits are left as they were");
            Assert.AreEqual(1, rig.Module.FlashSaves);
            Assert.AreEqual(1, rig.Scanner.Link.Resyncs);
            Assert.IsTrue(rig.Scanner.VersionAnswered);
            Assert.AreEqual("64 6E 15 03 05 00 00", rig.Scanner.Version);
            Assert.IsTrue(rig.Scanner.ConfigurationVerified);
        }

        [TestMethod]
        public void Start_on_an_installed_module_only_reads_so_the_module_flash_is_not_worn_at_every_boot()
        {
            var rig = new ScannerRig();

            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Start());

            Assert.AreEqual(0, rig.Module.FlashSaves);
            Assert.AreEqual(0, rig.Scanner.Link.Faults);
            Assert.IsTrue(rig.Scanner.ConfigurationVerified);
        }

        [TestMethod]
        public void An_armed_scanner_delivers_one_code_then_disarms_and_the_module_stops_looking()
        {
            var rig = new ScannerRig();
            rig.Scanner.Start();
            Assert.IsFalse(rig.Module.IsLooking, "the light stays off until a payment asks");

            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Arm());
            Assert.IsTrue(rig.Module.IsLooking);
            Assert.IsNull(rig.Read(), "nothing shown yet");
            Assert.IsTrue(rig.Module.Scan(WalletCode));

            Assert.AreEqual(WalletCode, rig.Read());
            Assert.IsFalse(rig.Scanner.IsArmed);
            Assert.IsFalse(rig.Module.Scan("second code"), "one read per arm");
            Assert.IsNull(rig.Read());
        }

        [TestMethod]
        public void In_continuous_mode_a_code_shown_before_the_terminal_asks_is_dropped_not_paid()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();

            rig.Module.Scan("shown too early");
            Assert.IsNull(rig.Read());
            Assert.AreEqual(1, rig.Scanner.UnrequestedCodes);

            rig.Scanner.Arm();
            rig.Module.Scan(WalletCode);
            Assert.AreEqual(WalletCode, rig.Read());
        }

        [TestMethod]
        public void In_manual_mode_arming_holds_the_trigger_line_low_until_the_code_arrives()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Manual));
            rig.Scanner.Start();
            Assert.IsTrue(rig.Trigger.Level, "released (active low)");

            rig.Scanner.Arm();
            Assert.IsFalse(rig.Trigger.Level);
            Assert.IsTrue(rig.Module.IsLooking);

            rig.Module.Scan(WalletCode);
            Assert.AreEqual(WalletCode, rig.Read());
            Assert.IsTrue(rig.Trigger.Level);
            Assert.IsFalse(rig.Module.IsLooking);
        }

        [TestMethod]
        public void Disarm_releases_the_trigger_and_a_later_code_is_dropped()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Manual));
            rig.Scanner.Start();
            rig.Scanner.Arm();

            rig.Scanner.Disarm();

            Assert.IsTrue(rig.Trigger.Level);
            Assert.IsFalse(rig.Module.Scan(WalletCode));
            Assert.IsNull(rig.Read());
        }

        [TestMethod]
        public void A_silent_module_is_reported_as_no_reply_with_timeouts_counted_and_found_again_as_a_reconnect()
        {
            var rig = new ScannerRig();
            rig.Module.Silent = true;

            Assert.AreEqual(ScannerStatus.NoReply, rig.Scanner.Start());
            Assert.IsFalse(rig.Scanner.VersionAnswered);
            Assert.IsFalse(rig.Scanner.ConfigurationVerified);
            Assert.IsTrue(rig.Scanner.Link.Timeouts >= 2, "at the configured speed and at the factory speed");
            Assert.AreEqual(ScannerStatus.NoReply, rig.Scanner.Arm());
            Assert.IsFalse(rig.Scanner.IsArmed);

            rig.Module.Silent = false;
            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.CheckHealth());
            Assert.AreEqual(1, rig.Scanner.Link.Reconnects);
            Assert.IsTrue(rig.Scanner.VersionAnswered);
        }

        [TestMethod]
        public void Garbled_replies_are_rejected_as_malformed_and_reported_as_garbled_until_the_line_is_clean()
        {
            var rig = new ScannerRig();
            rig.Module.GarbleReplies = true;

            Assert.AreEqual(ScannerStatus.Garbled, rig.Scanner.Start());
            Assert.AreEqual(ScanRejection.MalformedFrame, rig.Scanner.LastRejection);
            Assert.IsTrue(rig.Scanner.Link.MalformedFrames >= 2);
            Assert.AreEqual(0, rig.Module.FlashSaves);

            rig.Module.GarbleReplies = false;
            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.CheckHealth());
        }

        [TestMethod]
        public void Replies_with_a_wrong_checksum_are_refused_counted_and_never_acted_on()
        {
            var rig = new ScannerRig(installed: false);
            rig.Module.CorruptChecksums = true;

            ScannerStatus status = rig.Scanner.Start();

            Assert.AreEqual(ScannerStatus.ChecksumError, status);
            Assert.AreEqual(ScanRejection.ChecksumMismatch, rig.Scanner.LastRejection);
            Assert.IsTrue(rig.Scanner.Link.ChecksumErrors >= 2, "the command was retried");
            Assert.IsFalse(rig.Scanner.VersionAnswered);
            Assert.AreEqual(0, rig.Module.FlashSaves);
        }

        [TestMethod]
        public void A_factory_reset_mid_operation_is_found_at_the_next_arm_resynced_reconfigured_and_the_code_still_read()
        {
            var rig = new ScannerRig();
            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Start());

            rig.Module.FactoryReset();
            Assert.AreEqual(9600, rig.Module.BaudRate);

            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Arm());
            Assert.AreEqual(1, rig.Scanner.Link.Resyncs);
            Assert.AreEqual(115200, rig.Module.BaudRate);
            Assert.AreEqual(0x1A, rig.Module.SavedZoneBit(0x002A));
            Assert.AreEqual(0x01, rig.Module.SavedZoneBit(0x0060) & 0x7F);
            Assert.IsTrue(rig.Scanner.ConfigurationVerified);

            rig.Module.Scan(WalletCode);
            Assert.AreEqual(WalletCode, rig.Read());
        }

        [TestMethod]
        public void Without_reconfiguration_a_reset_module_sends_codes_the_terminal_could_not_frame()
        {
            // Proves the factory-reset test above can fail: after a reset the module has no end mark and is at 9600.
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();
            rig.Scanner.Arm();
            rig.Module.FactoryReset();
            rig.Module.SetZoneBit(0x0000, 0xD6);

            rig.Module.Scan(WalletCode);

            Assert.IsNull(rig.Read());
        }

        [TestMethod]
        public void A_pulled_cable_makes_arm_fail_with_no_reply_and_after_replugging_the_next_arm_works()
        {
            var rig = new ScannerRig();
            rig.Scanner.Start();

            rig.Port.Unplugged = true;
            Assert.AreEqual(ScannerStatus.NoReply, rig.Scanner.Arm());
            Assert.IsFalse(rig.Scanner.IsArmed);
            Assert.IsTrue(rig.Scanner.Link.Timeouts > 0);
            Assert.AreEqual(115200, rig.Port.BaudRate, "the port is back at the configured speed after the hunt");

            rig.Port.Unplugged = false;
            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Arm());
            Assert.AreEqual(1, rig.Scanner.Link.Reconnects);
            rig.Module.Scan(WalletCode);
            Assert.AreEqual(WalletCode, rig.Read());
        }

        [TestMethod]
        public void A_code_cut_by_a_pulled_cable_is_dropped_whole_and_never_glued_to_the_next_code()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();
            rig.Scanner.Arm();

            rig.Module.ScanCutOff(WalletCode, 6);
            Assert.IsNull(rig.Read());
            rig.Clock.Advance(2_000);
            rig.Port.Unplugged = false;
            Assert.IsNull(rig.Read(), "the app keeps polling while the cable is re-seated");
            Assert.AreEqual(ScanRejection.Truncated, rig.Scanner.LastRejection);
            rig.Module.Scan("777888999");

            Assert.AreEqual("777888999", rig.Read());
        }

        [TestMethod]
        public void A_code_read_in_two_parts_across_a_long_app_stall_is_dropped_whole_and_its_tail_never_delivered()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();
            rig.Scanner.Arm();
            byte[] code = System.Text.Encoding.ASCII.GetBytes(WalletCode + "\r");

            rig.Port.SendToTerminal(code, 0, 6);
            Assert.IsNull(rig.Read());
            rig.Clock.Advance(1_000);
            rig.Port.SendToTerminal(code, 6, code.Length - 6);

            Assert.IsNull(rig.Read(), "the tail alone is not a code");
            Assert.AreEqual(ScanRejection.Truncated, rig.Scanner.LastRejection);
            Assert.IsTrue(rig.Scanner.IsArmed, "still waiting for a whole code");
            rig.Module.Scan(WalletCode);
            Assert.AreEqual(WalletCode, rig.Read());
        }

        [TestMethod]
        public void A_code_read_in_two_parts_within_the_gap_is_delivered_whole()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();
            rig.Scanner.Arm();
            byte[] code = System.Text.Encoding.ASCII.GetBytes(WalletCode + "\r");

            rig.Port.SendToTerminal(code, 0, 6);
            Assert.IsNull(rig.Read());
            rig.Clock.Advance(300);
            rig.Port.SendToTerminal(code, 6, code.Length - 6);

            Assert.AreEqual(WalletCode, rig.Read());
        }

        [TestMethod]
        public void A_code_cut_off_and_then_a_reply_drops_the_cut_code_as_truncated()
        {
            var rig = new ScannerRig();
            rig.Scanner.Start();
            rig.Scanner.Arm();
            rig.Module.ScanCutOff(WalletCode, 6);
            Assert.IsNull(rig.Read());
            rig.Port.Unplugged = false;

            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Arm());
            rig.Module.Scan("777888999");

            Assert.AreEqual("777888999", rig.Read());
            Assert.AreEqual(ScanRejection.Truncated, rig.Scanner.LastRejection);
        }

        [TestMethod]
        public void A_code_arriving_just_before_a_command_reply_is_told_apart_from_it()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();
            rig.Scanner.Arm();

            rig.Module.ScanBeforeNextReply(WalletCode);
            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Arm(), "re-arming: the reply is found after the code");

            Assert.AreEqual(WalletCode, rig.Read());
        }

        [TestMethod]
        public void A_code_arriving_during_a_health_check_is_dropped_as_unrequested_and_the_check_passes()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();

            rig.Module.ScanBeforeNextReply(WalletCode);

            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.CheckHealth());
            Assert.AreEqual(1, rig.Scanner.UnrequestedCodes);
            Assert.IsNull(rig.Read());
        }

        [TestMethod]
        public void A_code_over_512_characters_is_rejected_whole_and_the_next_code_is_read()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();
            rig.Scanner.Arm();

            rig.Module.Scan(new string('7', 513));
            Assert.IsNull(rig.Read());
            Assert.AreEqual(ScanRejection.TooLong, rig.Scanner.LastRejection);
            Assert.AreEqual(0, rig.Scanner.Link.MalformedFrames, "a long code is not the line's fault");

            rig.Module.Scan(new string('7', 512));
            Assert.AreEqual(new string('7', 512), rig.Read());
        }

        [TestMethod]
        public void A_code_that_is_not_printable_ascii_is_rejected_and_the_next_code_is_read()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();
            rig.Scanner.Arm();

            rig.Module.Scan("付款码123");
            Assert.IsNull(rig.Read());
            Assert.AreEqual(ScanRejection.NotText, rig.Scanner.LastRejection);

            rig.Module.Scan(WalletCode);
            Assert.AreEqual(WalletCode, rig.Read());
        }

        [TestMethod]
        public void Noise_on_an_idle_line_is_rejected_with_a_reason_and_a_code_after_it_is_read()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();
            rig.Scanner.Arm();

            rig.Port.SendToTerminal(new byte[] { 0x41, 0x42, 0xFF, 0x13, 0x02, 0x77, 0x43, 0x0D });
            Assert.IsNull(rig.Read());
            Assert.AreNotEqual(ScanRejection.None, rig.Scanner.LastRejection);
            Assert.IsTrue(rig.Scanner.Rejections >= 2);

            rig.Module.Scan(WalletCode);
            Assert.AreEqual(WalletCode, rig.Read());
        }

        [TestMethod]
        public void A_rejected_code_without_its_end_mark_does_not_swallow_the_next_code()
        {
            var rig = new ScannerRig(ScannerRig.Mode(Gm65ReadMode.Continuous));
            rig.Scanner.Start();
            rig.Scanner.Arm();

            rig.Port.SendToTerminal(new byte[] { 0x31, 0x32, 0x07, 0x33 });
            Assert.IsNull(rig.Read());
            Assert.AreEqual(ScanRejection.NotText, rig.Scanner.LastRejection);
            rig.Clock.Advance(600);
            Assert.IsNull(rig.Read());

            rig.Module.Scan(WalletCode);
            Assert.AreEqual(WalletCode, rig.Read());
            Assert.AreEqual(1, rig.Scanner.Rejections, "the silence ends the skipping without a second rejection");
        }

        [TestMethod]
        public void A_module_that_does_not_keep_a_setting_fails_verification_and_nothing_is_saved()
        {
            var rig = new ScannerRig(installed: false);
            rig.Module.FrozenZoneBit = 0x0060;

            Assert.AreEqual(ScannerStatus.ConfigurationMismatch, rig.Scanner.Start());

            Assert.IsFalse(rig.Scanner.ConfigurationVerified);
            Assert.IsTrue(rig.Scanner.VersionAnswered, "it answers: HW-SCANNER, not HW-LINK");
            Assert.AreEqual(0, rig.Module.FlashSaves);
        }

        [TestMethod]
        public void A_setup_barcode_changing_the_mode_is_repaired_by_the_next_health_check()
        {
            var rig = new ScannerRig();
            rig.Scanner.Start();
            rig.Module.SetZoneBit(0x0000, 0xD6);

            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.CheckHealth());

            Assert.AreEqual(1, rig.Module.ZoneBit(0x0000) & 0x03);
            Assert.AreEqual(1, rig.Module.FlashSaves);
        }

        [TestMethod]
        public void The_configuration_survives_a_power_cycle_so_the_next_start_needs_no_resync()
        {
            var rig = new ScannerRig(installed: false);
            rig.Scanner.Start();

            rig.Module.PowerCycle();

            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Start());
            Assert.AreEqual(1, rig.Scanner.Link.Resyncs, "only the first start moved it");
            Assert.AreEqual(1, rig.Module.FlashSaves);
        }

        [TestMethod]
        public void A_module_at_a_speed_other_than_ours_or_the_factory_one_is_reported_and_not_hunted_further()
        {
            var rig = new ScannerRig(installed: false);
            rig.Module.ConfigureAsInstalled(38400, 1);

            ScannerStatus status = rig.Scanner.Start();

            Assert.IsTrue(status == ScannerStatus.Garbled || status == ScannerStatus.NoReply);
            Assert.AreEqual(0, rig.Scanner.Link.Resyncs);
            Assert.AreEqual(115200, rig.Port.BaudRate);
        }

        [TestMethod]
        public void Polling_an_armed_scanner_while_the_customer_finds_their_code_allocates_nothing()
        {
            // The app polls every 5 ms while it waits for a card or a code: garbage per poll means collections mid-sale.
            var rig = new ScannerRig();
            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Start());
            Assert.AreEqual(ScannerStatus.Ok, rig.Scanner.Arm());
            for (int poll = 0; poll < 10; poll++)
            {
                Assert.IsNull(rig.Read());
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int poll = 0; poll < 1_000; poll++)
            {
                rig.Scanner.TryReadCode(out _);
                rig.Clock.Advance(5);
            }

            Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.IsTrue(rig.Scanner.IsArmed, "still waiting: no code was taken");
        }

        [TestMethod]
        public void Missing_parts_and_bad_settings_are_programming_errors()
        {
            var clock = new ManualClock(0);
            var port = new SimulatedSerialPort(115200, clock);
            var pin = new SimulatedOutputPin(true);
            Assert.ThrowsException<ArgumentNullException>(() => new Gm65Scanner(null!, port, pin, clock, Gm65Settings.CreateDefault()));
            Assert.ThrowsException<ArgumentNullException>(() => new Gm65Scanner(port, port, null!, clock, Gm65Settings.CreateDefault()));

            Gm65Settings settings = Gm65Settings.CreateDefault();
            settings.BaudRate = 12345;
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => new Gm65Scanner(port, port, pin, clock, settings));
            settings = Gm65Settings.CreateDefault();
            settings.MaximumCodeLength = 0;
            Assert.ThrowsException<ArgumentOutOfRangeException>(() => new Gm65Scanner(port, port, pin, clock, settings));
        }
    }
}

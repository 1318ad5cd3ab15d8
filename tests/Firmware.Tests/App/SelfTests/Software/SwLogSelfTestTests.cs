using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Software;
using Terminal.Core.Maintenance;
using Terminal.Hal.Storage;

namespace Terminal.Tests.App.SelfTests.Software
{
    [TestClass]
    public sealed class SwLogSelfTestTests
    {
        [TestMethod]
        public void A_working_log_whose_receivers_all_take_the_test_alarm_passes()
        {
            using var rig = new SoftwareRig(51);
            var screen = new RecordingSink("screen", true);
            var console = new RecordingSink("console", true);
            rig.EventLog.AddAlarmSink(screen);
            rig.EventLog.AddAlarmSink(console);

            SelfTestResult result = new SwLogSelfTest().Run(rig.Context);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("2", SoftwareRig.Value(result, "alarm_accepted"));
            Assert.AreEqual(1, screen.Received.Count);
            Assert.AreEqual(EventKind.Alarm, screen.Received[0].Kind);
            Assert.AreEqual("SW-LOG", screen.Received[0].Source);
            Assert.AreSame(screen.Received[0], console.Received[0], "every sink gets the same durable record");
            Assert.AreEqual(1, rig.EventLog.CountOf(EventKind.Alarm));
            Assert.AreEqual(1, rig.EventLog.CountOf(EventKind.Maintenance), "the test record is kept as maintenance history");
        }

        [TestMethod]
        public void A_log_without_alarm_receivers_warns_that_alarms_reach_nobody()
        {
            using var rig = new SoftwareRig(52);

            SelfTestResult result = new SwLogSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Warn, "SW-LOG");
            StringAssert.Contains(result.Summary, "no alarm receivers");
            Assert.AreEqual("0", SoftwareRig.Value(result, "alarm_sinks"));
        }

        [TestMethod]
        public void A_receiver_that_refuses_the_test_alarm_fails_and_is_named()
        {
            using var rig = new SoftwareRig(53);
            rig.EventLog.AddAlarmSink(new RecordingSink("screen", true));
            rig.EventLog.AddAlarmSink(new RecordingSink("host-queue", false));

            SelfTestResult result = new SwLogSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-LOG");
            Assert.AreEqual("host-queue", SoftwareRig.Value(result, "refused_by"));
            Assert.AreEqual("1", SoftwareRig.Value(result, "alarm_accepted"));
        }

        [TestMethod]
        public void A_receiver_that_throws_counts_as_refusing()
        {
            using var rig = new SoftwareRig(54);
            rig.EventLog.AddAlarmSink(new ThrowingSink());

            SelfTestResult result = new SwLogSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-LOG");
            Assert.AreEqual("console", SoftwareRig.Value(result, "refused_by"));
        }

        [TestMethod]
        public void No_event_log_fails()
        {
            using var rig = new SoftwareRig(55);
            rig.Context.EventLog = null;

            SelfTestResult result = new SwLogSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-LOG");
            Assert.AreEqual("missing", SoftwareRig.Value(result, "event_log"));
        }

        [TestMethod]
        public void A_drive_that_fails_the_write_fails_the_test()
        {
            using var rig = new SoftwareRig(56);
            rig.EventLog.AddAlarmSink(new RecordingSink("screen", true));
            rig.Board.Flash.FailNextMutationWith = StorageError.MediaFault;

            SelfTestResult result = new SwLogSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-LOG");
            Assert.AreEqual("storage error", SoftwareRig.Value(result, "event_log"));
        }

        [TestMethod]
        public void A_damaged_earlier_record_shows_as_a_chain_break()
        {
            using var rig = new SoftwareRig(57);
            rig.EventLog.AddAlarmSink(new RecordingSink("screen", true));
            rig.EventLog.Append(EventKind.Reset, "boot", "clean start");
            rig.EventLog.Append(EventKind.Maintenance, "menu", "language set");
            rig.Board.Flash.FlipBits("events-0.log", 1, new Random(7));

            SelfTestResult result = new SwLogSelfTest().Run(rig.Context);

            SoftwareRig.AssertFinding(result, CheckVerdict.Fail, "SW-LOG");
            Assert.IsTrue(int.Parse(SoftwareRig.Value(result, "chain_breaks")) >= 1, result.MeasurementsText());
        }

        private sealed class RecordingSink : IAlarmSink
        {
            private readonly bool _accept;

            public RecordingSink(string name, bool accept)
            {
                Name = name;
                _accept = accept;
            }

            public string Name { get; }

            public List<EventRecord> Received { get; } = new List<EventRecord>();

            public bool Accept(EventRecord alarm)
            {
                Received.Add(alarm);
                return _accept;
            }
        }

        private sealed class ThrowingSink : IAlarmSink
        {
            public string Name => "console";

            public bool Accept(EventRecord alarm) => throw new InvalidOperationException("console gone");
        }
    }
}

using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.SelfTests;
using Terminal.App.SelfTests.Network;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tests.App.SelfTests.Network
{
    [TestClass]
    public sealed class NetLinkSelfTestTests
    {
        private static SelfTestResult Run(SimulatedBoard board)
        {
            return new NetLinkSelfTest().Run(new SelfTestContext { Board = board, Clock = board.Clock });
        }

        [TestMethod]
        public void A_joined_link_with_an_address_and_good_signal_passes_with_its_measurements()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);

            SelfTestResult result = Run(board);

            Assert.AreEqual(CheckVerdict.Pass, result.Verdict, result.Summary);
            Assert.AreEqual("NET-LINK", result.CauseId);
            Assert.AreEqual("-52", result.FindMeasurement("signal")!.Value);
            Assert.AreEqual("192.168.1.50", result.FindMeasurement("address")!.Value);
        }

        [TestMethod]
        public void A_link_that_is_down_fails_with_the_catalogue_remedy()
        {
            SimulatedBoard board = SimulatedBoard.Create(2);
            board.PlatformServices.LinkUp = false;

            SelfTestResult result = Run(board);

            Assert.AreEqual(CheckVerdict.Fail, result.Verdict);
            Assert.AreEqual("NET-LINK", result.CauseId);
            Assert.AreEqual("down", result.FindMeasurement("link")!.Value);
            Assert.IsTrue(result.Remedy.Chinese.Length > 0 && result.Remedy.English.Length > 0);
            StringAssert.Contains(result.Remedy.English, "router");
        }

        [TestMethod]
        public void A_signal_below_minus_75_dBm_warns_and_reports_the_dBm()
        {
            SimulatedBoard board = SimulatedBoard.Create(3);
            board.PlatformServices.LinkSignalDbm = -82;

            SelfTestResult result = Run(board);

            Assert.AreEqual(CheckVerdict.Warn, result.Verdict);
            Assert.AreEqual("-82", result.FindMeasurement("signal")!.Value);
            Assert.AreEqual("dBm", result.FindMeasurement("signal")!.Unit);
            Assert.IsTrue(result.Remedy.Chinese.Length > 0 && result.Remedy.English.Length > 0);
        }

        [TestMethod]
        public void A_link_without_an_address_fails_even_with_a_strong_signal()
        {
            SimulatedBoard board = SimulatedBoard.Create(4);
            board.PlatformServices.LinkAddress = string.Empty;

            SelfTestResult result = Run(board);

            Assert.AreEqual(CheckVerdict.Fail, result.Verdict);
            Assert.AreEqual("none", result.FindMeasurement("address")!.Value);
            StringAssert.Contains(result.Summary, "no address");
        }

        [TestMethod]
        public void A_board_without_a_network_status_service_skips()
        {
            SimulatedBoard board = SimulatedBoard.Create(5);
            board.Platform.Network = null;

            SelfTestResult result = Run(board);

            Assert.AreEqual(CheckVerdict.Skip, result.Verdict);
        }
    }
}

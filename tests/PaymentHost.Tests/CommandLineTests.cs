using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.PaymentHost
{
    /// <summary>The program's options.</summary>
    [TestClass]
    public sealed class CommandLineTests
    {
        [TestMethod]
        public void Defaults_listen_on_loopback_with_a_ledger_file_and_auto_pay()
        {
            PaymentHostCommandLine line = PaymentHostCommandLine.Parse(Array.Empty<string>(), null);

            Assert.AreEqual(PaymentHostCommandLine.DefaultUrls, line.Options.Urls);
            Assert.IsNotNull(line.Options.DatabasePath);
            Assert.AreEqual(PaymentHostCommandLine.DefaultQrAutoPayMilliseconds, line.Options.QrAutoPayMilliseconds);
            Assert.IsFalse(line.ShowHelp);
        }

        [TestMethod]
        public void Lab_options_are_read()
        {
            PaymentHostCommandLine line = PaymentHostCommandLine.Parse(
                new[] { "--listen", "0.0.0.0:8080", "--db", ":memory:", "--terminals", "T1,T2", "--qr-auto-pay-ms", "off", "--latest-firmware", "1.2.0" },
                null);

            Assert.AreEqual("http://0.0.0.0:8080", line.Options.Urls);
            Assert.IsNull(line.Options.DatabasePath);
            Assert.IsTrue(line.Options.TerminalIds.Contains("T2"));
            Assert.IsNull(line.Options.QrAutoPayMilliseconds);
            Assert.AreEqual("1.2.0", line.Options.LatestFirmware);
        }

        [TestMethod]
        [DataRow("--bogus")]
        [DataRow("--listen")]
        [DataRow("--listen", "8080")]
        [DataRow("--latest-firmware", "1.2")]
        [DataRow("--qr-expiry-ms", "soon")]
        public void Bad_arguments_are_refused(params string[] arguments)
        {
            Assert.ThrowsException<FormatException>(() => PaymentHostCommandLine.Parse(arguments, null));
        }
    }
}

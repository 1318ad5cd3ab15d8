using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App;
using Terminal.App.Console;
using Terminal.Core.Protocol;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tests.App.ConsoleTests
{
    [TestClass]
    public sealed class TerminalConfigurationStoreTests
    {
        [TestMethod]
        public void An_empty_store_leaves_every_setting_as_the_app_was_built_with_it()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            var store = new TerminalConfigurationStore(board.Storage, null);
            store.Load();
            TerminalSettings settings = BuiltForTheSimulator();

            store.ApplyTo(settings);

            Assert.AreEqual(300, settings.HostTimeoutMilliseconds, "the builder's short host timeout survives a boot with no console.cfg");
            Assert.AreEqual(250, settings.DeliveryIntervalMilliseconds);
            Assert.AreEqual(CashierLanguage.English, settings.Language);
            Assert.AreEqual(777L, settings.Payments.MaximumAmountMinorUnits);
            Assert.AreEqual(900L, settings.Payments.FirstInquiryDelayMilliseconds);
            Assert.IsFalse(store.IsSet(TerminalConfigurationStore.HostTimeout));
        }

        [TestMethod]
        public void A_value_the_technician_set_is_applied_after_a_reboot_and_only_that_one()
        {
            SimulatedBoard board = SimulatedBoard.Create(1);
            var first = new TerminalConfigurationStore(board.Storage, null);
            first.Load();
            Assert.IsTrue(first.TrySet(TerminalConfigurationStore.HostTimeout, "45000", "test", out string error), error);
            var reloaded = new TerminalConfigurationStore(board.Storage, null);
            reloaded.Load();
            TerminalSettings settings = BuiltForTheSimulator();

            reloaded.ApplyTo(settings);

            Assert.AreEqual(45000, settings.HostTimeoutMilliseconds);
            Assert.IsTrue(reloaded.IsSet(TerminalConfigurationStore.HostTimeout));
            Assert.AreEqual(250, settings.DeliveryIntervalMilliseconds, "keys never set keep the builder's value");
            Assert.AreEqual(CashierLanguage.English, settings.Language);
        }

        private static TerminalSettings BuiltForTheSimulator()
        {
            TerminalSettings settings = TerminalSettings.CreateDefault();
            settings.HostTimeoutMilliseconds = 300;
            settings.DeliveryIntervalMilliseconds = 250;
            settings.Language = CashierLanguage.English;
            settings.Payments.MaximumAmountMinorUnits = 777;
            settings.Payments.FirstInquiryDelayMilliseconds = 900;
            return settings;
        }
    }
}

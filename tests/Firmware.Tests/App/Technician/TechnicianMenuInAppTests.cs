using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App;
using Terminal.App.Technician;
using Terminal.Core.Identity;
using Terminal.Core.Maintenance;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Board;
using Terminal.Hal.Simulated.Network;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.App.Technician
{
    /// <summary>The menu as the app wires it: the real sign-in gate with its PIN on flash, reached through the cashier's keypad.</summary>
    [TestClass]
    public sealed class TechnicianMenuInAppTests
    {
        private const string Pin = "24681357";

        [TestMethod]
        public void Menu_three_times_then_the_PIN_set_at_provisioning_opens_the_service_menu_and_the_attempt_is_logged()
        {
            using var terminal = new Terminal();

            terminal.Press(KeyCode.Menu, KeyCode.Menu, KeyCode.Menu);
            string signIn = terminal.App.Peripherals.Screens.VisibleText;
            terminal.Type(Pin);
            terminal.Press(KeyCode.Ok);

            StringAssert.Contains(signIn, "技术员登录");
            Assert.IsTrue(terminal.App.Menu.IsSignedIn, terminal.App.Peripherals.Screens.VisibleText);
            StringAssert.Contains(terminal.App.Peripherals.Screens.VisibleText, "维护菜单");
            EventRecord last = LastOf(terminal.App.EventLog, EventKind.Access);
            Assert.IsNotNull(last);
            Assert.IsFalse(last.Text.Contains(Pin, StringComparison.Ordinal), "never the PIN in the log");
        }

        [TestMethod]
        public void Ten_wrong_PINs_lock_the_menu_and_the_lockout_survives_a_reboot()
        {
            using var terminal = new Terminal();
            for (int attempt = 0; attempt < 10; attempt++)
            {
                terminal.Press(KeyCode.Menu, KeyCode.Menu, KeyCode.Menu);
                terminal.Type("11112222");
                terminal.Press(KeyCode.Ok, KeyCode.Cancel, KeyCode.Cancel);
            }

            var rebooted = new TerminalApp(terminal.Board, TerminalSettings.CreateDefault());
            rebooted.Boot();

            Assert.IsTrue(rebooted.TechnicianAccess.IsLockedOut, "locked on flash, not in memory");
            Assert.AreEqual(AccessResult.LockedOut, rebooted.TechnicianAccess.TrySignIn("test", Pin), "even the right PIN waits out the lockout");
        }

        private static EventRecord LastOf(EventLog log, EventKind kind)
        {
            for (int i = log.Count - 1; i >= 0; i--)
            {
                EventRecord record = log.Read(i);
                if (record.Kind == kind)
                {
                    return record;
                }
            }

            return null!;
        }

        private sealed class Terminal : IDisposable
        {
            private readonly PaymentHostServer _host;
            private readonly HttpClientLink _link;

            public Terminal()
            {
                _host = PaymentHostServer.Start(new PaymentHostOptions());
                _link = new HttpClientLink(_host.BaseAddress);
                Board = SimulatedBoard.Create(61);
                Board.HostLink = _link;
                App = new TerminalApp(Board, TerminalSettings.CreateDefault());
                Assert.IsTrue(App.Provision(new TerminalIdentity("T0001234", "M88990001", 1795392000)));
                Assert.IsTrue(App.SetTechnicianPin(Pin));
                Poll(10);
            }

            public SimulatedBoard Board { get; }

            public TerminalApp App { get; }

            public void Type(string digits)
            {
                foreach (char digit in digits)
                {
                    Press((KeyCode)(digit - '0'));
                }
            }

            public void Press(params KeyCode[] keys)
            {
                foreach (KeyCode key in keys)
                {
                    Board.KeypadEmulator.Press(key);
                    Poll(10);
                    Board.KeypadEmulator.Release(key);
                    Poll(10);
                }
            }

            public void Dispose()
            {
                _link.Dispose();
                _host.Dispose();
            }

            private void Poll(int passes)
            {
                for (int pass = 0; pass < passes; pass++)
                {
                    Board.ManualClock.Advance(5);
                    App.PollCashier();
                }
            }
        }
    }
}

using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Payments;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.Board;
using Terminal.Tests.Core.Protocol;

namespace Terminal.Tests.Drivers.Keypad
{
    /// <summary>The keypad driver feeding the sale screen, as the app will wire it: a key code is a sale key by a cast.</summary>
    [TestClass]
    public sealed class KeypadToSaleTests
    {
        [TestMethod]
        public void Every_key_code_is_the_sale_key_of_the_same_meaning()
        {
            foreach (KeyCode key in Enum.GetValues(typeof(KeyCode)))
            {
                SaleKey sale = (SaleKey)(int)key;
                string expected = key == KeyCode.Menu ? nameof(SaleKey.Function) : key.ToString();
                Assert.AreEqual(expected, sale.ToString(), "KeyCode." + key + " must cast to the sale key of the same meaning");
            }

            Assert.AreEqual(Enum.GetValues(typeof(SaleKey)).Length, Enum.GetValues(typeof(KeyCode)).Length);
        }

        [TestMethod]
        public void Typing_1_2_00_on_the_keypad_shows_an_amount_of_12_00_and_a_stuck_key_types_nothing()
        {
            SimulatedBoard board = SimulatedBoard.Create(31);
            var journal = new TransactionJournal(board.Storage, "T0001234.1795392000", JournalSettings.CreateDefault());
            journal.Open();
            var settings = new PaymentFlowSettings { MaximumAmountMinorUnits = 5_000_000 };
            var client = new HostClient(new FakeHttpLink(), new HostClientSettings { TerminalId = "T0001234", MerchantId = "M88990001", FirmwareVersion = "1.0.0", TimeoutMilliseconds = 5000 });
            var session = new SaleSession(new PaymentFlow(journal, client, board.Clock, settings), settings);
            var rig = new KeypadRig(seed: 21);
            rig.Keys.SetStuck(KeyCode.Digit9, true);
            rig.Run(100);

            rig.Tap(KeyCode.Digit1);
            rig.Tap(KeyCode.Digit2);
            rig.Tap(KeyCode.DoubleZero);
            while (rig.Keypad.TryReadKey(out KeyEvent keyEvent))
            {
                if (keyEvent.Kind == KeyEventKind.Pressed)
                {
                    session.Press((SaleKey)(int)keyEvent.Key);
                }
            }

            Assert.AreEqual(1200, session.AmountMinorUnits);
            Assert.AreEqual("Amount 12.00", session.Prompt);
            Assert.IsTrue(rig.Keypad.IsStuck(KeyCode.Digit9));
        }
    }
}

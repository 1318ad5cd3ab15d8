using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Hal.Simulated.Board;

namespace Terminal.Tests.Hal
{
    [TestClass]
    public sealed class SimulatedBoardTests
    {
        [TestMethod]
        public void A_new_simulated_board_starts_at_midnight_on_2026_11_23_with_a_blank_2_megabyte_flash()
        {
            SimulatedBoard board = SimulatedBoard.Create(seed: 1);

            Assert.AreEqual(
                new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(),
                board.Clock.UtcNowMilliseconds);
            Assert.AreSame(board.ManualClock, board.Clock);
            Assert.AreSame(board.Flash.Storage, board.Storage);
            Assert.AreSame(board.Witness, board.IdentityWitness);
            Assert.AreEqual(2L * 1024 * 1024, board.Storage.TotalBytes);
            Assert.AreEqual(0, board.Storage.ListFiles().Length);
            Assert.IsFalse(board.IdentityWitness.TryRead(out _));
        }
    }
}

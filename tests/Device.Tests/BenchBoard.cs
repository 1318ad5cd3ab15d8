using Terminal.Hal.Esp32;

namespace Terminal.Device.Tests
{
    /// <summary>
    /// The board the on-board tests run against: the real <see cref="Esp32Board"/>, pins and all, with its
    /// data moved away from the production locations so that a provisioned terminal keeps its journal
    /// (<c>I:\terminal</c>) and its identity witness (EEPROM 0x0000-0x00FF) whatever the tests do.
    /// </summary>
    internal static class BenchBoard
    {
        /// <summary>The directory the storage tests use; emptied before and after them.</summary>
        public const string StorageDirectory = @"I:\devicetests";

        /// <summary>Where in the EEPROM the witness tests keep their slots, well clear of the production ones.</summary>
        public const int WitnessBaseAddress = 0x0800;

        /// <summary>Creates a board over the bench locations. The caller disposes it.</summary>
        /// <returns>A new board.</returns>
        public static Esp32Board Create()
        {
            Esp32BoardOptions options = new Esp32BoardOptions();
            options.StorageDirectory = StorageDirectory;
            options.WitnessBaseAddress = WitnessBaseAddress;
            return new Esp32Board(options);
        }
    }
}

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The device cost model of the <c>latency</c> benchmark: turns a window's counts into modelled
    /// ESP32-S3 milliseconds. Every constant is in the table of docs/latency-model.md with its
    /// source or the assumption behind it; change both together.
    /// </summary>
    internal static class LatencyCostModel
    {
        /// <summary>ESP32-S3 CPU clock, Hz (Espressif datasheet: up to 240 MHz).</summary>
        public const double CpuHertz = 240e6;

        /// <summary>
        /// CPU cycles per interpreted IL operation, all-in (fetch, decode, evaluation stack, type
        /// checks). Assumed 240, i.e. 1 million IL operations per second: conservative against
        /// .NET Micro Framework's ~7 us per for-loop iteration (~4 IL operations) on a 48 MHz ARM7
        /// (~84 cycles each), and consistent with a nanoFramework GPIO toggle loop at 27-81 kHz on an
        /// ESP32 (Home#1013).
        /// </summary>
        public const double CyclesPerIlOperation = 240;

        /// <summary>IL operations per byte of JSON decoded (JsonReader: bounds check, load, state switch, compare, copy into a string); estimated from the code.</summary>
        public const double IlOperationsPerJsonByte = 40;

        /// <summary>IL operations per managed byte allocated (heap search, zero fill, header, constructor stores); estimated.</summary>
        public const double IlOperationsPerAllocatedByte = 0.25;

        /// <summary>IL operations per answer outside the decoder: status and key checks, HostReply, Conclude, the response-code lookup, the outcome, the call to Show; estimated from the code.</summary>
        public const double IlOperationsPerAnswer = 3000;

        /// <summary>SPI clock of the panel, Hz (nanoframework.md: 40 MHz; a full 320x240x16 frame is at least 30.7 ms).</summary>
        public const double PanelSpiHertz = 40e6;

        /// <summary>Width of the region a result screen changes, pixels: assumed until issue #4 gives the real figure.</summary>
        public const int ResultRegionWidthPixels = 240;

        /// <summary>Height of the region a result screen changes, pixels: assumed until issue #4 gives the real figure.</summary>
        public const int ResultRegionHeightPixels = 160;

        /// <summary>Bits per pixel on the wire (RGB565).</summary>
        public const int BitsPerPixel = 16;

        /// <summary>CPU cycles per byte of the region cleared in the frame buffer (native fill in nanoFramework.Graphics); assumed.</summary>
        public const double CyclesPerRegionByteCleared = 1;

        /// <summary>Microseconds per character drawn (native glyph blit from a .tinyfnt font plus its share of the managed DrawText call); assumed.</summary>
        public const double MicrosecondsPerCharacterDrawn = 20;

        /// <summary>Milliseconds to program one 256-byte page (nanoframework.md, flash physics: ~0.7 ms).</summary>
        public const double PageProgramMilliseconds = 0.7;

        /// <summary>Milliseconds per 4 KB sector erase, typical (nanoframework.md: ~45 ms).</summary>
        public const double EraseTypicalMilliseconds = 45;

        /// <summary>Milliseconds per 4 KB sector erase, worst (nanoframework.md: 400 ms).</summary>
        public const double EraseWorstMilliseconds = 400;

        /// <summary>Milliseconds per LittleFS metadata commit (sync, delete, rename): one page program.</summary>
        public const double MetadataCommitMilliseconds = PageProgramMilliseconds;

        /// <summary>Milliseconds per stop-the-world collection of the whole managed heap (~100 KB without PSRAM); assumed.</summary>
        public const double CollectionMilliseconds = 20;

        /// <summary>Gets the bytes a result screen sends to the panel: the changed region.</summary>
        public static int RegionBytes
        {
            get { return ResultRegionWidthPixels * ResultRegionHeightPixels * BitsPerPixel / 8; }
        }

        /// <summary>Models the interpreter's time for the window's work.</summary>
        /// <param name="sample">The window's counts.</param>
        /// <returns>Milliseconds.</returns>
        public static double InterpreterMilliseconds(LatencySample sample)
        {
            double operations = IlOperationsPerAnswer + (IlOperationsPerJsonByte * sample.AnswerBytes) + (IlOperationsPerAllocatedByte * sample.AllocatedBytes);
            return operations * CyclesPerIlOperation / CpuHertz * 1000.0;
        }

        /// <summary>Models the flash's time in the window (typical erases, or worst).</summary>
        /// <param name="sample">The window's counts.</param>
        /// <param name="worstErase">Whether to use the worst erase time.</param>
        /// <returns>Milliseconds.</returns>
        public static double FlashMilliseconds(LatencySample sample, bool worstErase)
        {
            return (sample.FlashErases * (worstErase ? EraseWorstMilliseconds : EraseTypicalMilliseconds))
                + (sample.FlashPagesProgrammed * PageProgramMilliseconds)
                + (sample.FlashMetadataCommits * MetadataCommitMilliseconds);
        }

        /// <summary>Models the screen update: composing the region and sending it to the panel.</summary>
        /// <param name="sample">The window's counts.</param>
        /// <returns>Milliseconds.</returns>
        public static double ScreenMilliseconds(LatencySample sample)
        {
            double wire = RegionBytes * 8.0 / PanelSpiHertz * 1000.0;
            double clear = RegionBytes * CyclesPerRegionByteCleared / CpuHertz * 1000.0;
            double text = sample.ScreenCharacters * MicrosecondsPerCharacterDrawn / 1000.0;
            return wire + clear + text;
        }

        /// <summary>Models the whole window: answer returned to result on the panel.</summary>
        /// <param name="sample">The window's counts.</param>
        /// <param name="worstErase">Whether to use the worst erase time.</param>
        /// <returns>Milliseconds.</returns>
        public static double TotalMilliseconds(LatencySample sample, bool worstErase)
        {
            return InterpreterMilliseconds(sample) + FlashMilliseconds(sample, worstErase) + ScreenMilliseconds(sample)
                + (sample.CollectionInWindow ? CollectionMilliseconds : 0);
        }
    }
}

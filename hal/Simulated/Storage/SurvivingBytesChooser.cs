namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// Decides, for <see cref="SimulatedFlash.CloneAfterPowerCut"/>, how many of a file's unsynced bytes
    /// a power cut leaves on the flash.
    /// </summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="unsyncedBytes">How many bytes were appended to it since its last commit; at least 1.</param>
    /// <returns>How many of them survive, as a prefix: 0 to <paramref name="unsyncedBytes"/>.</returns>
    public delegate int SurvivingBytesChooser(string fileName, int unsyncedBytes);
}

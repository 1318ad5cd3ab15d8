namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>
    /// Called by <see cref="SimulatedFlash"/> just before a mutation is applied, while the flash still
    /// holds the state before it. The chaos tool forks power-cut images from here with
    /// <see cref="SimulatedFlash.CloneAfterPowerCut"/>.
    /// </summary>
    /// <param name="kind">What is about to happen.</param>
    /// <param name="fileName">The file it happens to; for a rename, the source name.</param>
    /// <param name="mutationIndex">The 1-based index the mutation gets if it completes: <see cref="SimulatedFlash.MutationCount"/> + 1.</param>
    public delegate void MutationObserver(MutationKind kind, string fileName, long mutationIndex);
}

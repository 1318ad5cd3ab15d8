namespace Terminal.Tools.Bench
{
    /// <summary>
    /// What happened in one payment's window, from the HTTP link returning the host's answer to
    /// <c>IResultDisplay.Show</c>: deterministic counts only, never a wall-clock time.
    /// </summary>
    internal struct LatencySample
    {
        /// <summary>The payment's kind in the mix.</summary>
        public LatencyPaymentKind Kind;

        /// <summary>Bytes of JSON in the answer the host client decoded.</summary>
        public int AnswerBytes;

        /// <summary>Managed bytes allocated on the benchmark thread in the window.</summary>
        public long AllocatedBytes;

        /// <summary>The simulated flash's mutations in the window (creates, appends, syncs, deletes, renames).</summary>
        public long FlashMutations;

        /// <summary>Modelled 4 KB sector erases in the window (<see cref="LatencyFlashProbe.ModelledErases"/>).</summary>
        public long FlashErases;

        /// <summary>256-byte pages programmed in the window.</summary>
        public long FlashPagesProgrammed;

        /// <summary>LittleFS metadata commits in the window: syncs, deletes, renames.</summary>
        public long FlashMetadataCommits;

        /// <summary>Characters of text on the result screen: the message and the next step.</summary>
        public int ScreenCharacters;

        /// <summary>Whether a garbage collection falls in the window under the heap model.</summary>
        public bool CollectionInWindow;
    }
}

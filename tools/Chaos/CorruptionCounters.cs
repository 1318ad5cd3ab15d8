namespace Terminal.Tools.Chaos
{
    /// <summary>What the corruption campaign counted.</summary>
    public sealed class CorruptionCounters : FailureNotes
    {

        /// <summary>Images recovered.</summary>
        public long Images { get; set; }

        /// <summary>Frames the scanner accepted from damaged segments, each compared with what was written.</summary>
        public long FramesChecked { get; set; }

        /// <summary>Records the recovered journal holds, each compared with what was written.</summary>
        public long RecordsChecked { get; set; }

        /// <summary>Recoveries that threw something other than a storage error.</summary>
        public long Crashes { get; set; }

        /// <summary>Recoveries that did not finish within 30 seconds.</summary>
        public long Hangs { get; set; }

        /// <summary>Accepted frames or records that differ from anything written.</summary>
        public long CorruptAccepted { get; set; }

        /// <summary>Whether nothing went wrong.</summary>
        public bool Ok => Crashes == 0 && Hangs == 0 && CorruptAccepted == 0;
    }
}

namespace Terminal.Hal.Keypad
{
    /// <summary>
    /// Counts, since boot, what a keypad driver saw go wrong: the evidence for failure cause HW-KEYPAD (a stuck or
    /// dead key, stray presses) and, for wiring faults, HW-LINK. The driver owns one and counts as it scans;
    /// self-tests and the console read it. Counters only grow.
    /// </summary>
    public sealed class KeypadCounters
    {
        private readonly object _sync = new object();
        private int _droppedEvents;
        private int _ambiguousScans;
        private int _wiringFaultScans;
        private int _stuckReports;

        /// <summary>Gets how many events were lost because the event queue was full (nobody read the keypad for a while).</summary>
        public int DroppedEvents
        {
            get
            {
                lock (_sync)
                {
                    return _droppedEvents;
                }
            }
        }

        /// <summary>Gets how many scans saw a key pattern a matrix cannot tell apart (three keys at the corners of a rectangle: ghosting), so new presses in them were refused.</summary>
        public int AmbiguousScans
        {
            get
            {
                lock (_sync)
                {
                    return _ambiguousScans;
                }
            }
        }

        /// <summary>Gets how many scans found a column line low with no row driven: a floating or shorted line (cable pulled, damaged flex).</summary>
        public int WiringFaultScans
        {
            get
            {
                lock (_sync)
                {
                    return _wiringFaultScans;
                }
            }
        }

        /// <summary>Gets how many times a key was reported stuck.</summary>
        public int StuckReports
        {
            get
            {
                lock (_sync)
                {
                    return _stuckReports;
                }
            }
        }

        /// <summary>Counts one event dropped on a full queue.</summary>
        public void CountDroppedEvent()
        {
            lock (_sync)
            {
                _droppedEvents++;
            }
        }

        /// <summary>Counts one ambiguous (ghosting) scan.</summary>
        public void CountAmbiguousScan()
        {
            lock (_sync)
            {
                _ambiguousScans++;
            }
        }

        /// <summary>Counts one scan with a wiring fault.</summary>
        public void CountWiringFaultScan()
        {
            lock (_sync)
            {
                _wiringFaultScans++;
            }
        }

        /// <summary>Counts one stuck-key report.</summary>
        public void CountStuckReport()
        {
            lock (_sync)
            {
                _stuckReports++;
            }
        }
    }
}

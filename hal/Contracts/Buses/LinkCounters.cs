namespace Terminal.Hal.Buses
{
    /// <summary>
    /// Counts, since boot, how a peripheral's link misbehaved: the evidence for failure cause HW-LINK
    /// (a loose or damaged cable). Each driver owns one and counts as it works; self-tests and the
    /// console read it. Counters only grow; they wrap after 2^31 events, which no terminal reaches.
    /// </summary>
    public sealed class LinkCounters
    {
        private readonly object _sync = new object();
        private int _timeouts;
        private int _checksumErrors;
        private int _malformedFrames;
        private int _resyncs;
        private int _reconnects;

        /// <summary>Gets how many times the peripheral did not answer within its timeout.</summary>
        public int Timeouts
        {
            get
            {
                lock (_sync)
                {
                    return _timeouts;
                }
            }
        }

        /// <summary>Gets how many frames arrived with a wrong checksum (LCS/DCS, CRC, sum).</summary>
        public int ChecksumErrors
        {
            get
            {
                lock (_sync)
                {
                    return _checksumErrors;
                }
            }
        }

        /// <summary>Gets how many replies could not be parsed for another reason (bad header, bad length, unexpected code).</summary>
        public int MalformedFrames
        {
            get
            {
                lock (_sync)
                {
                    return _malformedFrames;
                }
            }
        }

        /// <summary>Gets how many times the driver had to resynchronise the line (baud hunt, wake-up, flush of garbage).</summary>
        public int Resyncs
        {
            get
            {
                lock (_sync)
                {
                    return _resyncs;
                }
            }
        }

        /// <summary>Gets how many times the peripheral came back after being lost (cable re-plugged, power returned).</summary>
        public int Reconnects
        {
            get
            {
                lock (_sync)
                {
                    return _reconnects;
                }
            }
        }

        /// <summary>Gets the sum of every fault counter except <see cref="Reconnects"/>: zero means a clean link since boot.</summary>
        public int Faults
        {
            get
            {
                lock (_sync)
                {
                    return _timeouts + _checksumErrors + _malformedFrames + _resyncs;
                }
            }
        }

        /// <summary>Counts one reply that did not come in time.</summary>
        public void CountTimeout()
        {
            lock (_sync)
            {
                _timeouts++;
            }
        }

        /// <summary>Counts one frame with a wrong checksum.</summary>
        public void CountChecksumError()
        {
            lock (_sync)
            {
                _checksumErrors++;
            }
        }

        /// <summary>Counts one reply that did not parse for a reason other than its checksum.</summary>
        public void CountMalformedFrame()
        {
            lock (_sync)
            {
                _malformedFrames++;
            }
        }

        /// <summary>Counts one resynchronisation of the line.</summary>
        public void CountResync()
        {
            lock (_sync)
            {
                _resyncs++;
            }
        }

        /// <summary>Counts one return of a peripheral that had been lost.</summary>
        public void CountReconnect()
        {
            lock (_sync)
            {
                _reconnects++;
            }
        }
    }
}

namespace Terminal.Hal.Simulated.Buses
{
    /// <summary>
    /// The far end of a <see cref="SimulatedSerialPort"/>: a peripheral emulator (a printer, a scanner).
    /// It is handed every byte the terminal sends and answers through
    /// <see cref="SimulatedSerialPort.SendToTerminal(byte[], int, int)"/>, synchronously or later.
    /// </summary>
    public interface ISerialPeer
    {
        /// <summary>Takes bytes that arrived from the terminal (already garbled if the two speeds differ).</summary>
        /// <param name="data">The bytes; valid only during the call.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes.</param>
        void Receive(byte[] data, int offset, int count);
    }
}

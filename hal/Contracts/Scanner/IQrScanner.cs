using Terminal.Hal.Buses;

namespace Terminal.Hal.Scanner
{
    /// <summary>
    /// The customer-code scanner as the app sees it (a GM65-class module): started once, armed when a code is
    /// wanted, then polled with <see cref="TryReadCode"/> without blocking. It keeps its own health (version
    /// answered, configuration verified: failure cause HW-SCANNER) and link counters (HW-LINK). The board
    /// creates it; one thread uses it (the app loop).
    /// </summary>
    /// <remarks>
    /// A silent module, garbage on the line or a wrong checksum are <see cref="ScannerStatus"/> values and
    /// <see cref="ScanRejection"/> reasons, never exceptions. <see cref="Start"/>, <see cref="CheckHealth"/> and
    /// <see cref="Arm"/> exchange frames with the module and block for at most a few reply timeouts each;
    /// <see cref="TryReadCode"/> never waits. The code read is a payment credential: implementations never log it.
    /// </remarks>
    public interface IQrScanner
    {
        /// <summary>Gets the link counters since boot: timeouts, checksum errors, malformed frames, resyncs, reconnects.</summary>
        LinkCounters Link { get; }

        /// <summary>Gets the status of the last operation that talked to the module.</summary>
        ScannerStatus LastStatus { get; }

        /// <summary>Gets whether the module answered its version query at the last start or health check.</summary>
        bool VersionAnswered { get; }

        /// <summary>Gets the module's version as it reported it (printable text, or hex pairs), or an empty string before it answered.</summary>
        string Version { get; }

        /// <summary>Gets whether the configuration the driver needs read back from the module exactly as written, at the last start or health check.</summary>
        bool ConfigurationVerified { get; }

        /// <summary>Gets whether a code is wanted now: between <see cref="Arm"/> and the code (or <see cref="Disarm"/>).</summary>
        bool IsArmed { get; }

        /// <summary>Gets why the last bytes that did not make a code were dropped; <see cref="ScanRejection.None"/> when nothing was.</summary>
        ScanRejection LastRejection { get; }

        /// <summary>Gets how many codes or frames were rejected since boot.</summary>
        int Rejections { get; }

        /// <summary>Gets how many well-formed codes arrived while not armed and were dropped (a code shown before the terminal asked).</summary>
        int UnrequestedCodes { get; }

        /// <summary>
        /// Finds the module (at the configured speed, or at its factory speed after a reset, moving it back),
        /// writes the configuration the driver needs, reads it back, and saves it to the module's flash when it
        /// had to change anything. Call once after power-up.
        /// </summary>
        /// <returns><see cref="ScannerStatus.Ok"/> when the module answered and its configuration is verified; otherwise why not.</returns>
        ScannerStatus Start();

        /// <summary>
        /// The self-test of HW-SCANNER: asks the version and reads the configuration back, repairing on the way what
        /// a factory reset or a replaced module undid (speed, mode, terminator). Disarms first.
        /// </summary>
        /// <returns><see cref="ScannerStatus.Ok"/> when the module answered and its configuration is verified; otherwise why not.</returns>
        ScannerStatus CheckHealth();

        /// <summary>
        /// Asks for one code: starts the module looking (by command or by its trigger line, depending on the
        /// driver's mode), after checking that it still answers and recovering it once if it does not. The next
        /// code is then delivered by <see cref="TryReadCode"/>, which disarms.
        /// </summary>
        /// <returns><see cref="ScannerStatus.Ok"/> when the module is looking; otherwise why not (then it is not armed).</returns>
        ScannerStatus Arm();

        /// <summary>Stops asking for a code: the trigger line is released and codes arriving later are dropped as unrequested.</summary>
        void Disarm();

        /// <summary>Takes a code the module has read since <see cref="Arm"/>, without blocking.</summary>
        /// <param name="text">The code's text, without its terminator (printable ASCII only).</param>
        /// <returns><c>true</c> when a complete, well-formed code was read; <c>false</c> otherwise (see <see cref="LastRejection"/>).</returns>
        bool TryReadCode(out string text);
    }
}

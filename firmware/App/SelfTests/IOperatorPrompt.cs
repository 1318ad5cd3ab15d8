using Terminal.Hal.Keypad;

namespace Terminal.App.SelfTests
{
    /// <summary>
    /// The technician at the terminal, for the checks that need a person (verdict OPERATOR otherwise): look at a
    /// test pattern, press every key, present the test card, scan the test code. The technician menu provides
    /// it; a console run has none (<see cref="SelfTestContext.Operator"/> is <c>null</c>).
    /// </summary>
    public interface IOperatorPrompt
    {
        /// <summary>Shows an instruction and waits for Enter (yes) or Cancel (no). Draws over whatever is on screen.</summary>
        /// <param name="chinese">The question in Chinese.</param>
        /// <param name="english">The question in English.</param>
        /// <param name="timeoutMilliseconds">How long to wait, 1 or more.</param>
        /// <returns>The answer.</returns>
        OperatorAnswer Ask(string chinese, string english, int timeoutMilliseconds);

        /// <summary>Shows an instruction without waiting (e.g. "press every key", "present the test card").</summary>
        /// <param name="chinese">The instruction in Chinese.</param>
        /// <param name="english">The instruction in English.</param>
        void Instruct(string chinese, string english);

        /// <summary>Waits for the next key press, scanning the keypad meanwhile.</summary>
        /// <param name="timeoutMilliseconds">How long to wait, 1 or more.</param>
        /// <param name="key">The key; <see cref="KeyCode"/>'s default when none.</param>
        /// <returns><c>true</c> when a key was pressed in time.</returns>
        bool TryReadKey(int timeoutMilliseconds, out KeyCode key);
    }
}

namespace Terminal.Hal.Simulated.Keypad
{
    /// <summary>The state of the flat cable between the keypad and the board, a fault switch of <see cref="KeypadMatrixEmulator"/>.</summary>
    public enum KeypadCable
    {
        /// <summary>Plugged in: columns follow the rows through the closed keys.</summary>
        Connected = 0,

        /// <summary>Pulled out, columns held high by their pull-ups: reads exactly as "no key down".</summary>
        PulledHigh = 1,

        /// <summary>Pulled out or a broken trace with the pull-ups not winning: every column read is a coin toss.</summary>
        PulledFloating = 2,
    }
}

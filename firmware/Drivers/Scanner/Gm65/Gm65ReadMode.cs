namespace Terminal.Drivers.Scanner.Gm65
{
    /// <summary>
    /// How the module decides to look for a code: zone bit 0x0000, bits 1-0 (Grow GM65 user manual, 8.5 "List of
    /// zone bit": 00 manual, 01 command, 10 continuous, 11 sensor).
    /// </summary>
    public enum Gm65ReadMode
    {
        /// <summary>00: looks while the trigger line is held low (the driver drives it: GPIO 41, active low).</summary>
        Manual = 0,

        /// <summary>01: looks for one read period after the host writes zone bit 0x0002 bit 0 (the driver's default: the light is off until a payment asks).</summary>
        Command = 1,

        /// <summary>10: always looking; the driver drops codes that arrive while not armed.</summary>
        Continuous = 2,

        /// <summary>11: looks when its sensor sees a change in front of the window; codes outside an arm are dropped.</summary>
        Sensor = 3,
    }
}

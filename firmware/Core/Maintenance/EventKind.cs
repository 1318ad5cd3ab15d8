namespace Terminal.Core.Maintenance
{
    /// <summary>What an event-log record is about. Stored in one byte on flash: values are part of the format.</summary>
    public enum EventKind
    {
        /// <summary>A technician's action (provisioning, configuration change, reprint, restart, language).</summary>
        Maintenance = 1,

        /// <summary>A self-test run and its overall verdict.</summary>
        SelfTest = 2,

        /// <summary>A fault the terminal noticed by itself (storage alarm, printer fault, reader lost).</summary>
        Fault = 3,

        /// <summary>A start of the firmware: clean, or after a power cut, a crash or a watchdog.</summary>
        Reset = 4,

        /// <summary>An alarm raised to the alarm sinks (screen, console, host); also the self-test's test alarm.</summary>
        Alarm = 5,

        /// <summary>A debug-console session or command.</summary>
        Console = 6,

        /// <summary>A technician sign-in attempt (menu or console), granted or refused, and lockouts.</summary>
        Access = 7,
    }
}

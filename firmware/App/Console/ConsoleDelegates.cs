namespace Terminal.App.Console
{
    /// <summary>Tells whether a payment is being authorized right now (the cashier's sale is waiting for the host).</summary>
    /// <returns><c>true</c> while one is.</returns>
    public delegate bool PaymentInProgressQuery();

    /// <summary>Sets the terminal's wall clock (on the device nanoFramework.Runtime.Native <c>Rtc.SetSystemTime</c>).</summary>
    /// <param name="utcMilliseconds">The new time, UTC milliseconds since 1970, already validated by the console.</param>
    /// <returns><c>true</c> when the clock was set.</returns>
    public delegate bool ClockSetter(long utcMilliseconds);
}

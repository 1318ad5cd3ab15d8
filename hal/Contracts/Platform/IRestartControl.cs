namespace Terminal.Hal.Platform
{
    /// <summary>
    /// Restarts the terminal (the seeds' "restart the device" remedy). Nothing is lost: the journal is durable.
    /// On the device: nanoFramework.Runtime.Native <c>Power.RebootDevice()</c>; in the simulator: a counter the
    /// simulator turns into a reboot.
    /// </summary>
    public interface IRestartControl
    {
        /// <summary>Restarts now. On the device this call does not return.</summary>
        void Restart();
    }
}

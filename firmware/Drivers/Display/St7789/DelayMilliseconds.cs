namespace Terminal.Drivers.Display.St7789
{
    /// <summary>
    /// Waits a number of milliseconds: <c>System.Threading.Thread.Sleep</c> on the device, a fake clock's advance
    /// in tests (which must never really sleep). A delegate of our own because generic <c>Action&lt;int&gt;</c>
    /// does not run on nanoFramework 1.x.
    /// </summary>
    /// <param name="milliseconds">How long to wait, 0 or more.</param>
    public delegate void DelayMilliseconds(int milliseconds);
}

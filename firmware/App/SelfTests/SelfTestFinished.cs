namespace Terminal.App.SelfTests
{
    /// <summary>Told when a run is over and kept (store, log, host queue): the idle screen's verdict changes now, not at the next round.</summary>
    /// <param name="run">The finished run.</param>
    public delegate void SelfTestFinished(SelfTestRun run);
}

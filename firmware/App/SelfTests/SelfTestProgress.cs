namespace Terminal.App.SelfTests
{
    /// <summary>Told after each test of a run, so the menu and the console can show progress while the rest runs.</summary>
    /// <param name="result">The result just made.</param>
    /// <param name="index">Its position in the run, from 0.</param>
    /// <param name="total">The number of tests in the run.</param>
    public delegate void SelfTestProgress(SelfTestResult result, int index, int total);
}

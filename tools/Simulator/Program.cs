namespace Terminal.Tools.Simulator { internal static class Program { private static int Main(string[] args) { return 0; } } }

namespace Terminal.Tools.Bench { internal static class Program { private static int Main(string[] args) { return 0; } } }

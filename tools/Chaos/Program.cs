namespace Terminal.Tools.Chaos { internal static class Program { private static int Main(string[] args) { return 0; } } }

using System;
using System.Diagnostics;
using System.IO;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// Makes allocation figures count what nanoFramework allocates. The device's interpreter puts
    /// every <c>new</c> on the heap; the .NET 10 JIT stack-allocates objects it proves do not escape,
    /// and whether it does depends on when a method is promoted to optimised code. So the
    /// benchmark runs with tiered compilation off (Bench.csproj: one JIT, fully optimised,
    /// deterministic) and with object stack allocation off, a JIT setting read only from the
    /// environment: when it is not set, the benchmark runs itself again in a child process with it.
    /// </summary>
    internal static class DeviceLikeRuntime
    {
        private const string StackAllocationKnob = "DOTNET_JitObjectStackAllocation";

        /// <summary>Gets whether this process runs with object stack allocation off.</summary>
        public static bool IsActive
        {
            get { return Environment.GetEnvironmentVariable(StackAllocationKnob) == "0"; }
        }

        /// <summary>Runs this program again with the same arguments and object stack allocation off; output goes straight through.</summary>
        /// <param name="args">The arguments.</param>
        /// <returns>The child's exit code.</returns>
        public static int RunInChild(string[] args)
        {
            string host = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this program's executable");
            var start = new ProcessStartInfo(host) { UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            {
                start.ArgumentList.Add(typeof(DeviceLikeRuntime).Assembly.Location);
            }

            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment[StackAllocationKnob] = "0";
            using Process child = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + host);
            child.WaitForExit();
            return child.ExitCode;
        }
    }
}

using System.Reflection;

// Device build only: the legacy .nfproj project system does not generate assembly attributes (the host
// SDK-style Terminal.Drivers.csproj does, which is why this file is not in Terminal.Drivers.projitems).
[assembly: AssemblyTitle("Terminal.Drivers")]
[assembly: AssemblyProduct("Terminal")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
